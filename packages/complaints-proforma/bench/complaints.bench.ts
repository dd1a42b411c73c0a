import {
  COMPLAINT_SCHEMA_VERSION,
  checkComplaints,
  complaintRecordSchema,
  detect,
  summariseComplaints,
} from "@st/complaints-proforma";
import { bench, describe } from "vitest";
import { syntheticLetter, syntheticRecords } from "./synthetic.js";

// Stored at the current version, as `st complaints` writes them (versions.bench.ts reads older ones).
const stored = syntheticRecords(100_000).map((r) => ({ ...r, schemaVersion: COMPLAINT_SCHEMA_VERSION }));
const records = checkComplaints(stored).records;
if (records.length !== stored.length) throw new Error("the synthetic records must all be valid");
const bare = complaintRecordSchema.shape;
const letter = syntheticLetter(2000);

const validate = () => void checkComplaints(stored);
const sectionsAlone = () => {
  for (const r of stored) {
    for (const [key, schema] of Object.entries(bare)) {
      const value = (r as Record<string, unknown>)[key];
      if (value !== undefined) schema.safeParse(value);
    }
  }
};
const wholeSchema = () => {
  for (const { schemaVersion: _, ...r } of stored) complaintRecordSchema.safeParse(r);
};

// The ratio to the floor, from runs interleaved so that load from other work falls on all alike:
// CPU time (this process's user + system) and wall time, fastest of five each.
const tasks = {
  "floor: zod safeParse of each section alone": sectionsAlone,
  "zod safeParse of the record schema, rules included": wholeSchema,
  checkComplaints: validate,
};
const cpu: Record<string, number> = {};
const wall: Record<string, number> = {};
for (let round = 0; round < 5; round++) {
  for (const [name, task] of Object.entries(tasks)) {
    const start = process.cpuUsage();
    const t = performance.now();
    task();
    const used = process.cpuUsage(start);
    wall[name] = Math.min(wall[name] ?? Number.POSITIVE_INFINITY, performance.now() - t);
    cpu[name] = Math.min(cpu[name] ?? Number.POSITIVE_INFINITY, (used.user + used.system) / 1000);
  }
}
const floor = "floor: zod safeParse of each section alone";
console.log("\nValidating 100,000 records stored at the current version, fastest of five interleaved runs:");
console.table(
  Object.keys(tasks).map((name) => ({
    task: name,
    "CPU ms": Math.round(cpu[name]!),
    "× floor (CPU)": Math.round((cpu[name]! / cpu[floor]!) * 100) / 100,
    "wall ms": Math.round(wall[name]!),
    "× floor (wall)": Math.round((wall[name]! / wall[floor]!) * 100) / 100,
  })),
);

describe("validate 100,000 records", () => {
  const options = { iterations: 3, time: 0, warmupIterations: 1 };
  bench("checkComplaints: structure, conditional rules, dates, problems in the user's words", validate, options);
  bench("baseline: zod safeParse of each section alone (no rules, no versioning)", sectionsAlone, options);
});

describe("summariseComplaints 100,000 records by borough and quarter", () => {
  bench(
    "summariseComplaints",
    () => {
      summariseComplaints(records);
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
