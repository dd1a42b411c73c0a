import { StValidationError } from "@st/core";
import { readWorkbook, writeTemplate } from "@st/workbook";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { complaints, terminology } from "./forms.js";

/** A workbook as a person might make or leave it: rows of values from row 1 on one sheet. */
async function workbookOf(rows: unknown[][], edit?: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Records");
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== undefined) sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
    });
  });
  edit?.(sheet, workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The template filled in by hand: the template's own two header rows, then the rows given from row 3. */
async function filledTemplate(rows: Record<string, unknown>[]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeTemplate(complaints, { terminology })) as never);
  const sheet = workbook.getWorksheet("Records")!;
  const ids = (sheet.getRow(2).values as unknown[]).slice(1);
  rows.forEach((row, r) => {
    for (const [id, value] of Object.entries(row)) {
      if (value !== undefined) sheet.getCell(3 + r, ids.indexOf(id) + 1).value = value as ExcelJS.CellValue;
    }
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("readWorkbook on a filled template", () => {
  it("reads answers however people give them: labels, values, Y/N, dates of every kind", async () => {
    const bytes = await filledTemplate([
      {
        reference: "C-1",
        received: new Date(Date.UTC(2025, 2, 4)),
        complainantRole: "Person who uses harm",
        "content.specificComplaints": "y",
        "investigation.investigated": "Yes",
        "investigation.stageReached": 2,
        "investigation.upheld": "yes, in PART",
        "investigation.whatUpheld": "Reply was late",
        "process.emails": "1,204",
        "process.copiedIn": "MP; mayor",
      },
      { reference: "C-2", received: 45_720, "investigation.investigated": "no", "process.copiedIn": "Mayor, MP" },
      { reference: "C-3", received: "4/3/2025", "investigation.investigated": "N", "process.hoursSpent": "2.5" },
      {
        reference: "C-4",
        received: "4 March 2025",
        "investigation.investigated": "yes",
        "investigation.stageReached": "Stage 3",
      },
    ]);
    const { records, rows, problems, skipped } = await readWorkbook(complaints, bytes, { terminology });
    expect(problems).toEqual([]);
    expect(skipped).toEqual([]);
    expect(rows).toEqual([3, 4, 5, 6]);
    expect(records).toEqual([
      {
        reference: "C-1",
        received: "2025-03-04",
        complainantRole: "perpetrator",
        "content.specificComplaints": "yes",
        "investigation.investigated": "yes",
        "investigation.stageReached": 2,
        "investigation.upheld": "part",
        "investigation.whatUpheld": "Reply was late",
        "process.emails": 1204,
        "process.copiedIn": ["mp", "mayor"],
      },
      {
        reference: "C-2",
        received: "2025-03-04",
        "investigation.investigated": "no",
        "process.copiedIn": ["mayor", "mp"],
      },
      { reference: "C-3", received: "2025-03-04", "investigation.investigated": "no", "process.hoursSpent": 2.5 },
      {
        reference: "C-4",
        received: "2025-03-04",
        "investigation.investigated": "yes",
        "investigation.stageReached": 3,
      },
    ]);
  });

  it("reports every problem with its sheet, cell, record and the question's label", async () => {
    const bytes = await filledTemplate([
      { reference: "C-1", received: "31/02/2025", "investigation.investigated": "maybe" },
      {
        reference: "C-2",
        received: "2025-01-01",
        "investigation.investigated": "No",
        "investigation.stageReached": "Stage 2",
        "process.emails": 2.5,
        "process.copiedIn": "MP; the press",
      },
      { received: "2025-01-01", "investigation.investigated": "Yes", "investigation.upheld": "Yes, in full" },
    ]);
    const { records, problems } = await readWorkbook(complaints, bytes, { terminology });
    const summary = problems.map((p) => [p.cell, p.record, p.code, p.field]);
    expect(summary).toEqual([
      ["B3", 1, "invalid_type", "Date received"],
      ["F3", 1, "invalid_option", "Was the complaint investigated?"],
      ["G4", 2, "not_applicable", "If Y, what stage did it get to?"],
      ["J4", 2, "invalid_type", "Number of emails from the complainer?"],
      ["L4", 2, "invalid_option", "Did the complainer copy in others?"],
      ["A5", 3, "required", "Complaint reference"],
      ["G5", 3, "required", "If Y, what stage did it get to?"],
      ["I5", 3, "required", "If yes, what was upheld?"],
    ]);
    expect(problems.every((p) => p.sheet === "Records")).toBe(true);
    expect(problems[0]).toMatchObject({
      received: '"31/02/2025"',
      expected: "a date such as 2025-12-19 or 19/12/2025",
    });
    expect(problems[4]?.message).toBe('holds "the press", not among the options');
    // Readable answers are kept even in a row with problems; unreadable ones are left out.
    expect(records[1]).toEqual({
      reference: "C-2",
      received: "2025-01-01",
      "investigation.investigated": "no",
      "investigation.stageReached": 2,
    });
  });

  it("reports blank rows between records as skipped, never silently, and ignores the rest of the sheet", async () => {
    const bytes = await filledTemplate([
      { reference: "C-1", received: "2025-01-01", "investigation.investigated": "No" },
      {},
      { reference: "   " },
      { reference: "C-2", received: "2025-01-01", "investigation.investigated": "No" },
    ]);
    const { records, rows, skipped } = await readWorkbook(complaints, bytes);
    expect(rows).toEqual([3, 6]);
    expect(records.map((r) => r.reference)).toEqual(["C-1", "C-2"]);
    expect(skipped).toEqual([
      { row: 4, reason: "blank row" },
      { row: 5, reason: "blank row" },
    ]);
  });

  it("finds columns by the hidden ids even when headers were reworded or columns moved", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeTemplate(complaints)) as never);
    const sheet = workbook.getWorksheet("Records")!;
    sheet.getCell("A1").value = "Our ref";
    sheet.spliceColumns(1, 0, ["Notes", "typed into the hidden row", "ignore me"]);
    sheet.getCell("B3").value = "C-1";
    sheet.getCell("C3").value = "2025-06-01";
    sheet.getCell("G3").value = "No";
    const { records, problems } = await readWorkbook(complaints, new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(records).toEqual([{ reference: "C-1", received: "2025-06-01", "investigation.investigated": "no" }]);
    expect(problems).toEqual([expect.objectContaining({ code: "unknown_column", cell: "A1", field: "Notes" })]);
  });
});

describe("readWorkbook on workbooks made by hand", () => {
  it("matches headers by label or id when there is no row of ids, reading from row 2", async () => {
    const bytes = await workbookOf([
      ["complaint reference", "Date received", "investigation.investigated", "Was it upheld?"],
      ["C-1", new Date(Date.UTC(2024, 11, 19)), true, undefined],
      ["C-2", "2024-12-20", "yes", "No"],
    ]);
    const { records, rows, problems } = await readWorkbook(complaints, bytes);
    expect(rows).toEqual([2, 3]);
    expect(records).toEqual([
      { reference: "C-1", received: "2024-12-19", "investigation.investigated": "yes" },
      { reference: "C-2", received: "2024-12-20", "investigation.investigated": "yes", "investigation.upheld": "no" },
    ]);
    // Every question without a column is reported once, not once a row.
    expect(problems.filter((p) => p.code === "missing_column")).toHaveLength(10);
    expect(problems.filter((p) => p.code !== "missing_column")).toEqual([]);
  });

  it("reports unknown, unlabelled, duplicated and ambiguous columns", async () => {
    const bytes = await workbookOf([
      ["reference", "Priority", "reference", undefined],
      ["C-1", "high", "C-1 again", "stray"],
    ]);
    const { problems, records } = await readWorkbook(complaints, bytes);
    expect(records).toEqual([{ reference: "C-1" }]);
    expect(
      problems.filter((p) => p.code !== "missing_column" && p.code !== "required").map((p) => [p.code, p.cell]),
    ).toEqual([
      ["unknown_column", "B1"],
      ["duplicate_column", "C1"],
      ["unknown_column", "D2"],
    ]);
  });

  it("reads formula results, reports errors and formulas never calculated, and reports merged cells", async () => {
    const bytes = await workbookOf(
      [
        ["reference", "received", "process.emails", "process.hoursSpent"],
        ["C-1", "2025-01-01", { formula: "1+1", result: 2 }, { error: "#DIV/0!" }],
        ["C-2", "2025-01-01", { formula: "A1*2" }, undefined],
        ["C-3", "2025-01-02", undefined, undefined],
      ],
      (sheet) => sheet.mergeCells("B3:B4"),
    );
    const { records, problems } = await readWorkbook(complaints, bytes);
    expect(records.map((r) => [r.reference, r.received, r["process.emails"]])).toEqual([
      ["C-1", "2025-01-01", 2],
      ["C-2", "2025-01-01", undefined],
      ["C-3", undefined, undefined],
    ]);
    const relevant = problems.filter((p) => !["missing_column", "required"].includes(p.code));
    expect(relevant.map((p) => [p.code, p.cell, p.received])).toEqual([
      ["merged_cells", "B3", "merged cells"],
      ["unreadable_cell", "D2", "the error #DIV/0!"],
      ["unreadable_cell", "C3", "a formula with no saved result (open the file in Excel and save it)"],
    ]);
    expect(relevant[0]?.field).toBe("cells B3:B4");
  });

  it("reads a workbook whose drop-downs cover whole columns without expanding them", async () => {
    // exceljs would otherwise make one entry a cell: 4 million here, minutes of work.
    const bytes = await workbookOf(
      [
        ["reference", "received"],
        ["C-1", "2025-01-01"],
      ],
      (sheet) => {
        for (const column of ["A", "B", "C", "D"])
          (sheet as unknown as { dataValidations: { add(range: string, v: object): void } }).dataValidations.add(
            `${column}2:${column}1048576`,
            { type: "list", allowBlank: true, formulae: ['"a,b"'] },
          );
      },
    );
    expect((await readWorkbook(complaints, bytes)).records).toEqual([{ reference: "C-1", received: "2025-01-01" }]);
  });

  it("reads rich text and hyperlinks as their text", async () => {
    const bytes = await workbookOf([
      ["reference", "process.copiedInOther"],
      [
        { richText: [{ text: "C-" }, { font: { bold: true }, text: "7" }] },
        { text: "Local paper", hyperlink: "https://example.org" },
      ],
    ]);
    const { records } = await readWorkbook(complaints, bytes);
    expect(records[0]).toEqual({ reference: "C-7", "process.copiedInOther": "Local paper" });
  });

  it("reads dates in a 1904 workbook", async () => {
    const bytes = await workbookOf(
      [
        ["reference", "received"],
        ["C-1", 44_183],
      ],
      (_sheet, workbook) => {
        workbook.properties.date1904 = true;
      },
    );
    expect((await readWorkbook(complaints, bytes)).records[0]).toEqual({ reference: "C-1", received: "2024-12-19" });
  });

  it("says when the workbook was made from another form or version", async () => {
    const bytes = await writeTemplate({ ...complaints, version: 2 });
    const { problems } = await readWorkbook(complaints, bytes);
    expect(problems).toEqual([
      expect.objectContaining({
        code: "form_mismatch",
        received: "form complaints-proforma, version 2",
        sheet: "Lists",
      }),
    ]);
  });

  it("says which form and version a template was made from, so an earlier version can be read as it was", async () => {
    const earlier = await readWorkbook(complaints, await writeTemplate({ ...complaints, version: 2 }));
    expect(earlier.madeFrom).toEqual({ form: "complaints-proforma", version: 2 });
    const same = await readWorkbook(complaints, await writeTemplate(complaints));
    expect(same.madeFrom).toEqual({ form: "complaints-proforma", version: complaints.version });
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Records").addRow(["Complaint reference"]);
    const other = await readWorkbook(complaints, new Uint8Array(await plain.xlsx.writeBuffer()));
    expect(other.madeFrom).toBeUndefined();
  });

  it("reports a workbook with no sheet of records, or an empty one", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Lists");
    const none = await readWorkbook(complaints, new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(none.problems).toEqual([expect.objectContaining({ code: "no_sheet", received: 'sheets "Lists"' })]);
    const empty = await readWorkbook(complaints, await workbookOf([]));
    expect(empty.problems).toEqual([expect.objectContaining({ code: "no_header", cell: "A1" })]);
    const missingSheet = await readWorkbook(complaints, await workbookOf([["reference"]]), { sheet: "2025" });
    expect(missingSheet.problems[0]?.code).toBe("no_sheet");
  });
});

describe("readWorkbook on files that are not workbooks", () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ["an empty file", new Uint8Array(), /is empty/],
    [
      "an old .xls file",
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /save it as an Excel Workbook/,
    ],
    ["a CSV file", new TextEncoder().encode("reference,received\nC-1,2025-01-01\n"), /read it with readCsv/],
    ["a damaged zip", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), /could not be opened/],
    ["random bytes", Uint8Array.from({ length: 64 }, (_, i) => (i * 37) % 256), /not an Excel workbook/],
  ];
  it.each(cases)("rejects %s with a clear StValidationError", async (_name, bytes, message) => {
    const error = await readWorkbook(complaints, bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StValidationError);
    expect((error as StValidationError).problems[0]).toMatchObject({ code: "not_a_workbook", field: "file" });
    expect((error as StValidationError).message).toMatch(message);
  });

  it("refuses a workbook longer than maxRows before reading it all", async () => {
    const bytes = await writeTemplate(complaints, {
      records: Array.from({ length: 50 }, (_, i) => ({ reference: `C-${i}` })),
    });
    const error = await readWorkbook(complaints, bytes, { maxRows: 20 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StValidationError);
    expect((error as StValidationError).problems[0]?.code).toBe("too_many_rows");
    expect((await readWorkbook(complaints, bytes, { maxRows: 100 })).records).toHaveLength(50);
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const bytes = await writeTemplate(complaints, { records: [{ reference: "C-1" }] });
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect((await readWorkbook(complaints, buffer)).records).toEqual([{ reference: "C-1" }]);
  });
});
