import {
  COMPLAINT_SCHEMA_VERSION,
  checkComplaints,
  complaintRecordSchema,
  detect,
  summarise,
} from "@st/complaints-proforma";
import { bench, describe } from "vitest";
import { syntheticLetter, syntheticRecords } from "./synthetic.js";

// Stored at the current version, as `st complaints` writes them (versions.bench.ts reads older ones).
const stored = syntheticRecords(100_000).map((r) => ({ ...r, schemaVersion: COMPLAINT_SCHEMA_VERSION }));
const records = checkComplaints(stored).records;
if (records.length !== stored.length) throw new Error("the synthetic records must all be valid");
const bare = complaintRecordSchema.shape;
const letter = syntheticLetter(2000);

describe("validate 100,000 records", () => {
  bench(
    "checkComplaints: structure, conditional rules, dates, problems in the user's words",
    () => {
      checkComplaints(stored);
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
  bench(
    "baseline: zod safeParse of each section alone (no rules, no versioning)",
    () => {
      for (const r of stored) {
        for (const [key, schema] of Object.entries(bare)) {
          const value = (r as Record<string, unknown>)[key];
          if (value !== undefined) schema.safeParse(value);
        }
      }
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
});

describe("summarise 100,000 records by borough and quarter", () => {
  bench(
    "summarise",
    () => {
      summarise(records);
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
  bench(
    "baseline: group by borough and quarter in a Map",
    () => {
      const groups = new Map<string, number>();
      for (const r of records) {
        const key = `${r.complaint.borough}|${r.complaint.received.slice(0, 7)}`;
        groups.set(key, (groups.get(key) ?? 0) + 1);
      }
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
});

describe("detect in a 2,000-word complaint", () => {
  bench("detect", () => {
    detect(letter);
  });
  bench("baseline: lower-case the text and split it into words", () => {
    letter.toLowerCase().split(/\W+/);
  });
});
