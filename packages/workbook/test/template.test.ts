import { StValidationError } from "@st/core";
import { EXCEL_CELL_LIMIT, readWorkbook, writeTemplate } from "@st/workbook";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { complaints, terminology } from "./forms.js";

async function open(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook;
}

type Validations = { model: Record<string, { type: string; formulae?: unknown[]; showErrorMessage?: boolean }> };
const validationAt = (sheet: ExcelJS.Worksheet, address: string) =>
  (sheet as unknown as { dataValidations: Validations }).dataValidations.model[address];

describe("writeTemplate", () => {
  it("writes a records sheet headed by labels in the chosen words, with the ids in a hidden row", async () => {
    const workbook = await open(await writeTemplate(complaints, { terminology }));
    expect(workbook.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ["Records", "visible"],
      ["Instructions", "visible"],
      ["Lists", "hidden"],
    ]);
    const sheet = workbook.getWorksheet("Records")!;
    expect(sheet.getCell("A1").value).toBe("Complaint reference");
    expect(sheet.getCell("C1").value).toBe("Complainant");
    expect(sheet.getRow(2).hidden).toBe(true);
    expect(sheet.getCell("G2").value).toBe("investigation.stageReached");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    const note = String(sheet.getCell("I1").note);
    expect(note).toContain(
      'Answer only when "Was it upheld?" is "Yes, in full" or "Yes, in part"; leave empty otherwise.',
    );
    expect(note).toContain("Question id: investigation.whatUpheld");
    expect(String(sheet.getCell("A1").note)).toContain("As in the complaints register.");
    expect(sheet.getColumn("A").width).toBeGreaterThanOrEqual(10);
  });

  it("gives every closed question a drop-down and checks numbers and dates", async () => {
    const workbook = await open(await writeTemplate(complaints, { terminology }));
    const sheet = workbook.getWorksheet("Records")!;
    const lists = workbook.getWorksheet("Lists")!;
    const listItems = (formula: unknown) => {
      const [, from, to] = /\$([A-Z]+\$\d+):\$([A-Z]+\$\d+)$/.exec(String(formula))!;
      const values: unknown[] = [];
      const [col, start] = from!.split("$");
      const end = Number(to!.split("$")[1]);
      for (let r = Number(start); r <= end; r++) values.push(lists.getCell(`${col}${r}`).value);
      return values;
    };
    expect(listItems(validationAt(sheet, "C3")?.formulae?.[0])).toEqual([
      "Person who uses harm",
      "Victim-survivor at the person who uses harm's instigation",
      "Other",
    ]);
    expect(listItems(validationAt(sheet, "F500")?.formulae?.[0])).toEqual(["Yes", "No"]);
    expect(listItems(validationAt(sheet, "G3")?.formulae?.[0])).toEqual(["Stage 1", "Stage 2", "Stage 3"]);
    // Several answers share a cell, so the list guides but does not refuse typed additions.
    expect(validationAt(sheet, "L3")).toMatchObject({ type: "list" });
    expect(validationAt(sheet, "L3")?.showErrorMessage).not.toBe(true);
    expect(validationAt(sheet, "J3")).toMatchObject({ type: "whole", formulae: [0, 999_999_999_999_999] });
    expect(validationAt(sheet, "B3")).toMatchObject({ type: "date" });
    expect(validationAt(sheet, "K3")).toMatchObject({ type: "decimal" });
    expect(validationAt(sheet, "A3")).toBeUndefined();
    expect(validationAt(sheet, "C2002")).toBeDefined();
    expect(lists.getCell("B1").value).toBe("complaints-proforma");
    expect(lists.getCell("C1").value).toBe(1);
  });

  it("writes instructions from the form's help text and conditions", async () => {
    const workbook = await open(await writeTemplate(complaints, { terminology }));
    const text = workbook
      .getWorksheet("Instructions")!
      .getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? row : []))
      .filter((v) => typeof v === "string")
      .join("\n");
    expect(text).toContain("Complaints from person who uses harms");
    expect(text).toContain("Form complaints-proforma, version 1");
    expect(text).toContain("As in the complaints register.");
    expect(text).toContain("From the complaints file.");
    expect(text).toContain('only when "Was the complaint investigated?" is "Yes"');
    expect(text).toContain('one or more of "Mayor", "MP", "Councillor", "The Ombudsman" and "Other", separated by ";"');
    expect(text).toContain("process.copiedInOther");
  });

  it("fills the template with records, options as their labels and dates as dates", async () => {
    const bytes = await writeTemplate(complaints, {
      terminology,
      records: [
        {
          reference: "C-1",
          received: "2025-03-04",
          complainantRole: "perpetrator",
          investigation: { investigated: "yes", stageReached: 2 },
          process: { copiedIn: ["mp", "mayor"], emails: 3 },
        },
      ],
    });
    const sheet = (await open(bytes)).getWorksheet("Records")!;
    expect(sheet.getCell("A3").value).toBe("C-1");
    expect(sheet.getCell("B3").value).toEqual(new Date("2025-03-04T00:00:00Z"));
    expect(sheet.getCell("C3").value).toBe("Person who uses harm");
    expect(sheet.getCell("F3").value).toBe("Yes");
    expect(sheet.getCell("G3").value).toBe("Stage 2");
    expect(sheet.getCell("J3").value).toBe(3);
    expect(sheet.getCell("L3").value).toBe("MP; Mayor");
  });

  it("refuses records it cannot write faithfully, naming every problem", async () => {
    const attempt = writeTemplate(complaints, {
      records: [
        { reference: "C-1", received: "19/12/2025", unknownThing: 1 },
        { reference: "x".repeat(EXCEL_CELL_LIMIT + 1), complainantRole: "neighbour" },
      ],
    });
    await expect(attempt).rejects.toBeInstanceOf(StValidationError);
    const error = (await attempt.catch((e: unknown) => e)) as StValidationError;
    expect(error.problems.map((p) => [p.record, p.path, p.code])).toEqual([
      [1, "unknownThing", "unknown_field"],
      [1, "received", "invalid_type"],
      [2, "reference", "too_long_for_cell"],
      [2, "complainantRole", "invalid_option"],
    ]);
  });

  it("writes incomplete records as they are, for the reader to report", async () => {
    const bytes = await writeTemplate(complaints, { records: [{ reference: "C-1", "process.emails": -2 }] });
    const { records, problems } = await readWorkbook(complaints, bytes);
    expect(records).toEqual([{ reference: "C-1", "process.emails": -2 }]);
    expect(problems.map((p) => [p.cell, p.code])).toEqual([
      ["B3", "required"],
      ["F3", "required"],
      ["J3", "too_small"],
    ]);
  });

  it("refuses a sheet name Excel would not accept, and an unsound definition", async () => {
    await expect(writeTemplate(complaints, { sheetName: "a/b" })).rejects.toThrow(/must not contain/);
    await expect(writeTemplate(complaints, { sheetName: "Lists" })).rejects.toBeInstanceOf(StValidationError);
    const broken = { ...complaints, sections: [] } as never;
    await expect(writeTemplate(broken)).rejects.toBeInstanceOf(StValidationError);
  });

  it("writes a template with no blank rows to spare", async () => {
    const bytes = await writeTemplate(complaints, { blankRows: 0 });
    expect((await readWorkbook(complaints, bytes)).records).toEqual([]);
  });

  it("uses the sheet name given, and reads it back by that name", async () => {
    const bytes = await writeTemplate(complaints, { sheetName: "Complaints 2025", records: [{ reference: "C-9" }] });
    expect((await open(bytes)).worksheets[0]?.name).toBe("Complaints 2025");
    const read = await readWorkbook(complaints, bytes, { sheet: "Complaints 2025" });
    expect(read.records).toEqual([{ reference: "C-9" }]);
    expect((await readWorkbook(complaints, bytes)).records).toEqual([{ reference: "C-9" }]);
  });
});
