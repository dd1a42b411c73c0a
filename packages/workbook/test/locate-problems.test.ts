import type { Problem } from "@st/core";
import { locateProblems, readCsv, readWorkbook, writeCsv, writeTemplate } from "@st/workbook";
import { describe, expect, it } from "vitest";
import { complaints } from "./forms.js";

const records = [
  { reference: "C-1", received: "2025-03-04", complainantRole: "perpetrator" },
  { reference: "C-2", received: "2025-03-05", complainantRole: "perpetrator" },
];

// A rule across fields, found by a package's own checks after reading: it knows the record and question only.
const late: Problem = {
  record: 2,
  path: "received",
  field: "Date received",
  expected: "a date before the response",
  received: '"2025-03-05"',
  message: "is after the response",
  code: "date_order",
};

describe("locateProblems", () => {
  it("gives a problem on a workbook's record its sheet and the cell of its question on the record's row", async () => {
    const bytes = await writeTemplate(complaints, { records, sheetName: "Complaints" });
    const read = await readWorkbook(complaints, bytes);
    const [located] = locateProblems(read, [late]);
    expect(located).toEqual({ ...late, sheet: "Complaints", cell: `${read.columns.received}${read.rows[1]}` });
    expect(located?.cell).toMatch(/^[A-Z]+\d+$/);
  });

  it("gives a CSV record's problem its cell, and no sheet", () => {
    const read = readCsv(complaints, writeCsv(complaints, records, { bom: false }));
    const [located] = locateProblems(read, [late]);
    expect(located).toEqual({ ...late, cell: `${read.columns.received}3` });
  });

  it("leaves a problem with no record, or on a question with no column, as it was but for the sheet", () => {
    const read = readCsv(complaints, writeCsv(complaints, records, { bom: false }));
    const { record: _, ...whole } = late;
    const noColumn: Problem = { ...late, path: "not.a.question" };
    expect(locateProblems(read, [whole, noColumn])).toEqual([whole, noColumn]);
  });
});
