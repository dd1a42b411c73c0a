import type { Problem } from "@st/core";
import type { FlatRecord } from "@st/core/forms";
import { type CaseListSheet, readCaseList, readCaseListSheet } from "@st/learning-review";
import { describe, expect, it } from "vitest";

// Rows as @st/workbook reads them from a case list workbook: typed answers, empty cells absent.
const columns = { caseId: "A", workerId: "B", closedDate: "C", daFactor: "D", workerTrained: "E", consultation: "F" };
const records: FlatRecord[] = [
  {
    caseId: "T01",
    workerId: "W01",
    closedDate: "2024-04-03",
    daFactor: "yes",
    workerTrained: "yes",
    consultation: "yes",
  },
  { caseId: "X03", workerId: "W07", daFactor: "yes", workerTrained: "no", consultation: "no" },
  {
    caseId: "U01",
    workerId: "W06",
    closedDate: "2024-04-01",
    daFactor: "yes",
    workerTrained: "no",
    consultation: "no",
  },
];
const csv = `caseId,workerId,closedDate,daFactor,workerTrained,consultation
T01,W01,2024-04-03,Y,Y,Y
X03,W07,,Y,N,N
U01,W06,2024-04-01,Y,N,N
`;
const sheet = (over: Partial<CaseListSheet> = {}): CaseListSheet => ({ records, problems: [], columns, ...over });

const badCell: Problem = {
  record: 2,
  path: "closedDate",
  field: "Date closed",
  expected: "a date",
  received: '"31/02/2024"',
  message: "is not a date",
  code: "invalid_date",
  sheet: "Cases",
  cell: "C3",
};

describe("readCaseListSheet", () => {
  it("reads the same cases as the CSV of the same list, an open case's blank closed date included", () => {
    const fromSheet = readCaseListSheet(sheet());
    const fromCsv = readCaseList(csv);
    expect(fromSheet.problems).toEqual([]);
    expect(fromSheet.cases).toEqual(fromCsv.cases);
    expect(fromSheet.cases.map((c) => c.caseId)).toEqual(["T01", "X03", "U01"]);
  });

  it("leaves out a row with a cell the workbook could not read, with that problem, and keeps the others", () => {
    const read = readCaseListSheet(sheet({ problems: [badCell] }));
    expect(read.cases.map((c) => c.caseId)).toEqual(["T01", "U01"]);
    expect(read.problems).toEqual([badCell]);
    expect(read.skipped).toEqual([{ record: 2, problems: [badCell] }]);
  });

  it("lets optional columns be absent, but a required column missing reads no case", () => {
    const missing = (path: string): Problem => ({
      path,
      field: path,
      expected: "a column",
      received: "nothing",
      message: "is missing",
      code: "missing_column",
    });
    const { outcome: _, ...withoutOutcome } = { ...columns, outcome: "G" };
    expect(readCaseListSheet(sheet({ columns: withoutOutcome, problems: [missing("outcome")] })).problems).toEqual([]);
    const noWorker = readCaseListSheet(sheet({ problems: [missing("workerId")] }));
    expect(noWorker.cases).toEqual([]);
    expect(noWorker.problems).toEqual([missing("workerId")]);
  });

  it("keeps the other columns of each row for the frames' filters, a header named __proto__ as data", () => {
    // JSON.parse makes "__proto__" an own key, as a workbook header can be.
    const others = [JSON.parse('{"Locality":"North","__proto__":"x"}'), {}, { Locality: "East" }];
    const read = readCaseListSheet(sheet({ others }));
    expect(read.cases[0]?.other).toEqual(JSON.parse('{"Locality":"North","__proto__":"x"}'));
    expect(read.cases[2]?.other).toEqual({ Locality: "East" });
    expect(Object.getPrototypeOf(read.cases[0])).toBe(Object.prototype);
  });

  it("refuses what is not a sheet read, as a coded argument error", () => {
    expect(() => readCaseListSheet(undefined as never)).toThrow(/Case list workbook/);
  });
});

describe("readCaseList, other columns", () => {
  it("keeps a CSV column headed __proto__ as data, on the rows that fill it only", () => {
    const read = readCaseList(
      `${csv.replace("consultation\n", "consultation,__proto__\n").replace("Y,Y,Y\n", "Y,Y,Y,x\n")}`,
    );
    expect(read.problems).toEqual([]);
    expect(read.cases[0]?.other).toEqual(JSON.parse('{"__proto__":"x"}'));
    expect(read.cases[1]?.other).toBeUndefined();
  });
});
