import { formatProblem } from "@st/core";
import {
  caseListFieldLabels,
  caseListFieldOf,
  caseListFields,
  caseListForm,
  caseListHeaderAliases,
  parseCaseList,
  readCaseList,
  readDate,
  safeParseCaseList,
} from "@st/learning-review";
import { describe, expect, it } from "vitest";
import { caseListCsv } from "./fixtures.js";

describe("readCaseList from CSV", () => {
  it("reads the contract's columns, yes/no answers, outcomes and other columns", () => {
    const list = parseCaseList(caseListCsv);
    expect(list.cases).toHaveLength(24);
    expect(list.cases[0]).toEqual({
      caseId: "T01",
      workerId: "W01",
      closedDate: "2024-04-03",
      daFactor: "yes",
      workerTrained: "yes",
      consultation: "yes",
      outcome: "cp-plan",
      team: "North",
    });
    expect(list.cases.find((c) => c.caseId === "X03")!.closedDate).toBeNull();
    expect(list.columns).toEqual([
      "caseId",
      "workerId",
      "closedDate",
      "daFactor",
      "workerTrained",
      "consultation",
      "outcome",
      "team",
    ]);
  });

  it("understands the column names exports use, UK dates, a byte-order mark, CRLF and quoted fields", () => {
    const csv =
      "\uFEFFCase ID,Allocated Worker,Date Closed,DA factor,S&T trained,Case consultation,Locality,Notes\r\n" +
      'C-1,"Smith, J",31/05/2024,Yes,TRUE,0,North,"said ""no"", then\r\nleft"\r\n' +
      "C-2,W2,2024-05-31T00:00:00Z,n,false,1,South,\r\n";
    const list = parseCaseList(csv);
    expect(list.cases).toEqual([
      {
        caseId: "C-1",
        workerId: "Smith, J",
        closedDate: "2024-05-31",
        daFactor: "yes",
        workerTrained: "yes",
        consultation: "no",
        other: { Locality: "North", Notes: 'said "no", then\r\nleft' },
      },
      {
        caseId: "C-2",
        workerId: "W2",
        closedDate: "2024-05-31",
        daFactor: "no",
        workerTrained: "no",
        consultation: "yes",
        other: { Locality: "South" },
      },
    ]);
  });

  it("reads tab-separated text", () => {
    const tsv = "caseId\tworkerId\tclosedDate\tdaFactor\tworkerTrained\tconsultation\nA\tW\t\tY\tN\tN\n";
    expect(parseCaseList(tsv).cases[0]).toMatchObject({ caseId: "A", closedDate: null });
  });

  it("names each missing column once, not once a row", () => {
    const result = readCaseList("caseId,closedDate,daFactor\nA,2024-01-01,Y\nB,2024-01-02,Y\n");
    expect(result.problems.map((p) => p.message)).toEqual([
      "the case list has no Worker id column",
      "the case list has no Worker S&T Core trained column",
      "the case list has no Case consultation held column",
    ]);
    expect(result.cases).toEqual([]);
  });

  it("names every bad cell with its record, line and the column's label, and keeps the good rows", () => {
    const csv = [
      "caseId,workerId,closedDate,daFactor,workerTrained,consultation,outcome",
      "A,W1,2024-02-30,Y,Y,Y,",
      "B,W1,2024-02-01,maybe,Y,Y,",
      "C,,2024-02-01,Y,N/K,Y,",
      '"D",W2,2024-02-01,Y,Y,Y,"adopted"',
      "E,W2,01/02/2024,Y,Y,Y,CP",
      "E,W3,2024-02-01,Y,Y,Y,",
    ].join("\n");
    const result = readCaseList(csv);
    expect(result.cases.map((c) => c.caseId)).toEqual(["E"]);
    expect(result.problems.map(formatProblem)).toEqual([
      'record 1, line 2: "Closed date": is not a date: there is no 30 February 2024 (expected a date written YYYY-MM-DD (or DD/MM/YYYY), found "2024-02-30")',
      'record 2, line 3: "Domestic abuse a factor": "maybe" is not an answer to a yes/no question (expected Yes or No, found "maybe")',
      'record 3, line 4: "Worker id": is empty (expected a value, found an empty value)',
      'record 3, line 4: "Worker S&T Core trained": "N/K" means not known, but this question takes yes or no only (expected Yes or No, found "N/K")',
      `record 4, line 5: "Outcome": is not a known outcome (expected one of closed-after-assessment (Closed after assessment (no further action)), early-help (Closed after assessment, stepped down to early help), cin-plan (Child in need plan), cp-plan (Child protection plan), plo (Pre-proceedings (PLO)), proceedings (Care proceedings), other (Other), found "adopted")`,
      'record 6, line 7: "Case id": case E is listed twice (first as record 5) (expected each case once, found "E")',
    ]);
    expect(result.skipped.map((s) => [s.record, s.caseId])).toEqual([
      [1, "A"],
      [2, "B"],
      [3, "C"],
      [4, "D"],
      [6, "E"],
    ]);
    expect(result.total).toBe(6);
    expect(() => parseCaseList(csv)).toThrow(/6 problems in the case list/);
  });

  it("refuses two columns that read as the same field", () => {
    const result = readCaseList("caseId,workerId,closedDate,daFactor,trained,workerTrained,consultation\n");
    expect(result.problems.map((p) => p.message)).toEqual([
      'the columns "trained" and "workerTrained" both read as Worker S&T Core trained: rename or remove one',
    ]);
  });

  it("reports an unclosed quotation mark with the line it opened on", () => {
    const result = readCaseList('caseId,workerId\nA,"W1\nB,W2\n');
    expect(result.problems).toMatchObject([
      {
        code: "unclosed_quote",
        field: "Case list",
        line: 2,
        message: "a quoted field opened on line 2 is never closed, so the rest of the file was read into it",
      },
    ]);
  });

  it("reports an empty file", () => {
    expect(safeParseCaseList("")).toMatchObject({ ok: false, problems: [{ message: "the case list is empty" }] });
  });
});

describe("readCaseList from JSON", () => {
  it("reads an array of objects with booleans, numbers and date lists", () => {
    const json = JSON.stringify([
      {
        caseId: 101,
        workerId: "W1",
        closedDate: "2024-05-01",
        daFactor: true,
        workerTrained: "Y",
        consultationDates: ["2024-04-20", "2024-03-01"],
        outcome: "RC8",
        region: "north",
      },
    ]);
    expect(parseCaseList(json).cases).toEqual([
      {
        caseId: "101",
        workerId: "W1",
        closedDate: "2024-05-01",
        daFactor: "yes",
        workerTrained: "yes",
        consultation: "yes",
        consultationDates: ["2024-03-01", "2024-04-20"],
        outcome: "closed-after-assessment",
        other: { region: "north" },
      },
    ]);
  });

  it("accepts { cases: [...] } and objects in memory", () => {
    const row = { caseId: "A", workerId: "W", closedDate: "", daFactor: "N", workerTrained: "N", consultation: "N" };
    expect(parseCaseList(JSON.stringify({ cases: [row] })).cases).toHaveLength(1);
    expect(parseCaseList([row]).cases[0]!.closedDate).toBeNull();
  });

  it("reports invalid JSON, a non-list, and rows that are not objects", () => {
    expect(readCaseList("[1,").problems[0]!.code).toBe("unparseable");
    expect(readCaseList('{"a":1}').problems[0]!.message).toBe("is not a list of cases");
    const mixed = readCaseList([
      { caseId: "A", workerId: "W", closedDate: "", daFactor: "N", workerTrained: "N", consultation: "N" },
      "B",
    ]);
    expect(mixed.cases).toHaveLength(1);
    expect(mixed.problems.map((p) => [p.record, p.message])).toEqual([[2, "is not a case"]]);
  });
});

describe("readDate", () => {
  it("reads ISO and day-first UK dates, and refuses two-digit years and impossible days", () => {
    expect(readDate("2024-02-29")).toBe("2024-02-29");
    expect(readDate("29/02/2024")).toBe("2024-02-29");
    expect(readDate("1.3.2024")).toBe("2024-03-01");
    expect(readDate("2024/3/1")).toBe("2024-03-01");
    expect(readDate("2024-03-01 09:30:00")).toBe("2024-03-01");
    expect(readDate("29/02/2023")).toBeUndefined();
    expect(readDate("01/03/24")).toBeUndefined();
    expect(readDate("03/01-2024")).toBeUndefined();
  });
});

describe("one header table for every reader", () => {
  it("no header names two fields, and every field answers to its id and its label", () => {
    const owner = new Map<string, string>();
    const key = (h: string) =>
      h
        .normalize("NFKC")
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, "");
    for (const field of caseListFields) {
      expect(caseListFieldOf(field)).toBe(field);
      expect(caseListFieldOf(caseListFieldLabels[field])).toBe(field);
      for (const alias of caseListHeaderAliases[field]) {
        expect(owner.get(key(alias)) ?? field).toBe(field);
        owner.set(key(alias), field);
        expect(caseListFieldOf(alias)).toBe(field);
      }
    }
    expect(Object.isFrozen(caseListHeaderAliases.caseId)).toBe(true);
  });

  it("a workbook saved as CSV, headed by the template's labels, reads as a case list", () => {
    const labels = caseListForm.sections[0]!.questions.map((q) => q.label);
    const csv = `${labels.join(",")}\nC1,W1,2024-05-01,Yes,Yes,,No,,Closed after assessment,,Team A\n`;
    const read = readCaseList(csv);
    expect(read.problems).toEqual([]);
    expect(read.cases[0]).toMatchObject({ caseId: "C1", workerTrained: "yes", consultation: "no", team: "Team A" });
  });
});
