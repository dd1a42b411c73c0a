import { readCsv, readWorkbook, writeTemplate } from "@st/workbook";
import { describe, expect, it } from "vitest";

const form = {
  id: "f",
  version: 1,
  title: "Form",
  sections: [
    {
      id: "s",
      title: "Section",
      questions: [
        { id: "s.a", label: "A", type: "text" as const },
        { id: "s.b", label: "B", type: "integer" as const },
      ],
    },
  ],
};

describe("columns", () => {
  it("says which column each question was read from, so callers can point at cells", async () => {
    const book = await readWorkbook(form, await writeTemplate(form, { records: [{ "s.a": "x", "s.b": 1 }] }));
    expect(book.columns).toEqual({ "s.a": "A", "s.b": "B" });
    expect(book.sheet).toBe("Records");
    const csv = readCsv(form, "B,A\n1,x\n");
    expect(csv.columns).toEqual({ "s.b": "A", "s.a": "B" });
    expect(readCsv(form, "").columns).toEqual({});
  });
});

describe("header aliases and other columns", () => {
  const aliases = { "s.a": ["Case ref", "case_number"], "s.b": ["Count of visits"] };

  it("reads a column headed by an alias, ignoring case, spaces and punctuation", () => {
    const csv = readCsv(form, "CASE-REF,count of visits.\nx,2\n", { headerAliases: aliases });
    expect(csv.problems).toEqual([]);
    expect(csv.records).toEqual([{ "s.a": "x", "s.b": 2 }]);
    expect(csv.columns).toEqual({ "s.a": "A", "s.b": "B" });
    // Without the aliases, the same headers are unknown columns and the questions missing.
    expect(readCsv(form, "CASE-REF,count of visits.\nx,2\n").problems.map((p) => p.code)).toEqual([
      "unknown_column",
      "unknown_column",
      "missing_column",
      "missing_column",
    ]);
  });

  it("a label or id still wins over an alias; an alias of two questions is ambiguous", () => {
    const csv = readCsv(form, "A,Case ref\nx,y\n", { headerAliases: aliases });
    expect(csv.problems.map((p) => p.code)).toEqual(["duplicate_column", "missing_column"]);
    const twice = readCsv(form, "Ref,B\nx,1\n", { headerAliases: { "s.a": ["ref"], "s.b": ["REF"] } });
    expect(twice.problems.map((p) => p.code)).toEqual(["ambiguous_column", "missing_column"]);
  });

  it("keeps other columns' text per record when asked, from CSV and workbooks alike", async () => {
    const csv = readCsv(form, "A,Locality,B,Notes\nx,North,1,\ny,,2,late\n", { otherColumns: "keep" });
    expect(csv.problems).toEqual([]);
    expect(csv.others).toEqual([{ Locality: "North" }, { Notes: "late" }]);
    expect(readCsv(form, "A,Locality\nx,North\n").others).toBeUndefined();

    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Cases");
    sheet.addRow(["Case ref", "Opened", "Count of visits"]);
    sheet.addRow(["x", new Date(Date.UTC(2025, 0, 31)), 3]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const book = await readWorkbook(form, bytes, { headerAliases: aliases, otherColumns: "keep" });
    expect(book.problems).toEqual([]);
    expect(book.records).toEqual([{ "s.a": "x", "s.b": 3 }]);
    expect(book.others).toEqual([{ Opened: "2025-01-31" }]);
  });
});
