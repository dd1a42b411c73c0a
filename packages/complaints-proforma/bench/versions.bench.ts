import { checkComplaints } from "@st/complaints-proforma";
import { bench, describe } from "vitest";
import { syntheticRecords } from "./synthetic.js";

// The same 20,000 complaints stored at version 1 (read through the migration: checked against
// version 1, then against version 2) and at version 2 (checked once).
const v1 = syntheticRecords(20_000).map((r) => ({ ...r, schemaVersion: 1 }));
const v2 = v1.map((r) => ({ ...r, schemaVersion: 2 }));
if (checkComplaints(v1).records.length !== v1.length || checkComplaints(v2).records.length !== v2.length)
  throw new Error("the synthetic records must all be valid");

describe("validate 20,000 records by the version they were stored at", () => {
  bench("version 2 records (current: one check)", () => void checkComplaints(v2), {
    iterations: 5,
    time: 0,
    warmupIterations: 1,
  });
  bench("version 1 records (migrated on read: checked at version 1, then 2)", () => void checkComplaints(v1), {
    iterations: 5,
    time: 0,
    warmupIterations: 1,
  });
});
