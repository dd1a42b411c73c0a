import { checkComplaints, complaintsProforma } from "@st/complaints-proforma";
import { nestRecord } from "@st/core/records";
import { readWorkbook, writeTemplate } from "@st/workbook";
import { bench, describe } from "vitest";
import { syntheticRecords } from "../../complaints-proforma/bench/synthetic.js";

// 10,000 complaints as the template holds them: rows carry no schemaVersion.
const rows = syntheticRecords(10_000).map(({ schemaVersion: _version, ...fields }) => fields);
const bytes = await writeTemplate(complaintsProforma, { records: rows, blankRows: 0 });

describe("read a 10,000-row workbook of complaints", () => {
  bench(
    "readWorkbook, then checkComplaints (what st complaints validate does)",
    async () => {
      const read = await readWorkbook(complaintsProforma, bytes);
      checkComplaints(
        read.records.map((r) => nestRecord(r)),
        { assumeVersion: 1 },
      );
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
  bench(
    "baseline: readWorkbook alone (@st/workbook's reader and its own checks)",
    async () => {
      await readWorkbook(complaintsProforma, bytes);
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
});
