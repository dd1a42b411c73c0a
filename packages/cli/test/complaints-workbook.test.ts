import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  COMPLAINT_SCHEMA_VERSION,
  type ComplaintRecord,
  checkComplaints,
  complaintsProforma,
  proformaAtVersion,
  writeComplaint,
} from "@st/complaints-proforma";
import { addIsoDays } from "@st/core/calendar";
import { flattenRecord, nestRecord } from "@st/core/records";
import { readCsv, readWorkbook, writeCsv, writeTemplate } from "@st/workbook";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scratch } from "./scratch.js";

const { dir, file, st } = scratch("st-complaints-book-");

// Synthetic complaints: no real person, case or worker.
function complaint(i: number, patch: Partial<ComplaintRecord> = {}): ComplaintRecord {
  return {
    complaint: {
      reference: `HK-${i}`,
      borough: "E09000012",
      received: addIsoDays("2025-01-06", i),
      complainantRole: "perpetrator",
      status: "open",
    },
    investigation: { investigated: "yes", stageReached: 1 },
    process: { emails: i, copiedInOthers: "yes", copiedIn: ["mayor", "mp"] },
    ...patch,
  } as ComplaintRecord;
}

/** A workbook the template writes, filled with records (without their schemaVersion: rows carry none). */
async function filled(records: readonly ComplaintRecord[]): Promise<Uint8Array> {
  return writeTemplate(complaintsProforma, { records });
}

describe("st complaints template", () => {
  it("writes a workbook that validate reads back", async () => {
    const r = await st(["complaints", "template", "--out", "proforma.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(join(dir, "proforma.xlsx"));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(dir, "proforma.xlsx")) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Records", "Instructions", "Lists"]);
    const header = book.getWorksheet("Records")!.getRow(1).values as unknown[];
    expect(header).toContain("If Y, what stage did it get to?");
    const v = await st(["complaints", "validate", join(dir, "proforma.xlsx"), "--format", "json"]);
    expect(JSON.parse(v.out)).toEqual({ valid: true, records: 0, errors: [] });
  });

  it("writes the words of a terminology profile", async () => {
    await st(["complaints", "template", "--out", "phuh.xlsx", "--terminology", "person-who-uses-harm"]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(dir, "phuh.xlsx")) as unknown as ArrayBuffer);
    const lists = JSON.stringify(book.getWorksheet("Lists")!.getSheetValues());
    expect(lists).toContain("The person who uses harm");
    expect(lists).not.toContain("{perpetrator}");
  });

  it("refuses a path that is not .xlsx", async () => {
    expect((await st(["complaints", "template", "--out", "proforma.xls"])).code).toBe(2);
    expect((await st(["complaints", "template"])).code).toBe(2);
  });
});

describe("st complaints validate on workbooks and CSV", () => {
  it("reports every problem with record, field label and cell, the reader's and the record's", async () => {
    const records = [
      complaint(1),
      complaint(2, { investigation: { investigated: "yes" } }),
      complaint(3, { stages: { stage1Response: "2024-12-01" } }),
    ];
    const path = file("filled.xlsx", await filled(records));
    const r = await st(["complaints", "validate", path, "--format", "json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out);
    expect(out.records).toBe(3);
    const columns = (await readWorkbook(complaintsProforma, readFileSync(path))).columns;
    expect(out.errors).toEqual([
      expect.objectContaining({
        record: 2,
        path: "investigation.stageReached",
        field: "If Y, what stage did it get to?",
        sheet: "Records",
        cell: `${columns["investigation.stageReached"]}4`,
      }),
      expect.objectContaining({
        record: 3,
        path: "stages.stage1Response",
        field: "Stage 1 response sent",
        code: "date_order",
        sheet: "Records",
        cell: `${columns["stages.stage1Response"]}5`,
      }),
    ]);
  });

  it("reads answers typed as people type them", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await filled([])) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Records")!;
    const ids = (sheet.getRow(2).values as unknown[]).map(String);
    const set = (id: string, value: unknown) => {
      sheet.getRow(3).getCell(ids.indexOf(id)).value = value as ExcelJS.CellValue;
    };
    set("complaint.reference", "HK-9");
    set("complaint.borough", "E09000012");
    set("complaint.received", "19/12/2025");
    set("complaint.complainantRole", "The perpetrator");
    set("complaint.status", "Open");
    set("investigation.investigated", "Y");
    set("investigation.stageReached", 2);
    set("process.copiedInOthers", "Yes");
    set("process.copiedIn", "Mayor; MP");
    const path = file("typed.xlsx", new Uint8Array(await book.xlsx.writeBuffer()));
    const r = await st(["complaints", "validate", path, "--format", "json"]);
    expect(JSON.parse(r.out)).toEqual({ valid: true, records: 1, errors: [] });
  });

  it("reads CSV, with lines and cells", async () => {
    const csv = writeCsv(complaintsProforma, [complaint(1), complaint(2, { process: { emails: 3 } })]).replace(
      /,3,/,
      ",-3,",
    );
    const r = await st(["complaints", "validate", file("records.csv", csv), "--format", "json"]);
    expect(r.code).toBe(1);
    const error = JSON.parse(r.out).errors[0];
    expect(error).toMatchObject({ record: 2, path: "process.emails", line: 3 });
    expect(error.cell).toMatch(/^[A-Z]+3$/);
  });

  it("summarises a workbook", async () => {
    const path = file("summary.xlsx", await filled([complaint(1), complaint(100)]));
    const r = await st(["complaints", "summary", path, "--by", "quarter", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(
      JSON.parse(r.out).groups.map((g: { quarter: string; complaints: number }) => [g.quarter, g.complaints]),
    ).toEqual([
      ["2025-Q1", 1],
      ["2025-Q2", 1],
    ]);
  });
});

describe("proforma version 2 in the workbook", () => {
  // Every question version 2 added, answered, follow-ups included.
  const v2 = (i: number): ComplaintRecord => {
    const base = complaint(i);
    return {
      ...base,
      complaint: { ...base.complaint, formality: i % 2 ? "formal" : "informal" },
      content: { lengthy: "yes", denialMinimisation: "yes", playingOff: "no", threatsToStaff: "yes" },
      investigation: {
        ...base.investigation,
        unreasonableRoute: "yes",
        unreasonableOutcome: "other",
        unreasonableOutcomeOther: "Contact through the solicitor only.",
      },
      worker: {
        impactReported: "yes",
        impact: ["safety", "other"],
        impactOther: "Asked not to visit alone.",
        supportOffered: "yes",
        support: ["safety-plan", "supervision"],
      },
    } as ComplaintRecord;
  };

  it("carries version 2's questions in the template st complaints template writes", async () => {
    await st(["complaints", "template", "--out", "v2.xlsx"]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(dir, "v2.xlsx")) as unknown as ArrayBuffer);
    const ids = (book.getWorksheet("Records")!.getRow(2).values as unknown[]).map(String);
    for (const id of [
      "complaint.formality",
      "content.lengthy",
      "content.denialMinimisation",
      "content.playingOff",
      "content.threatsToStaff",
      "investigation.unreasonableRoute",
      "investigation.unreasonableOutcome",
      "worker.impactReported",
      "worker.impact",
      "worker.supportOffered",
      "worker.support",
    ])
      expect(ids).toContain(id);
    expect(book.getWorksheet("Lists")!.getCell("C1").value).toBe(2);
  });

  it("reads a filled version 2 workbook back to the same records, and validates and summarises it", async () => {
    const records = [v2(1), v2(2)].map((r) => checkComplaints([writeComplaint(r)]).records[0]!);
    const bytes = await filled(records);
    const read = await readWorkbook(complaintsProforma, bytes);
    expect(read.problems).toEqual([]);
    const back = checkComplaints(
      read.records.map((r) => nestRecord(r)),
      { assumeVersion: COMPLAINT_SCHEMA_VERSION },
    );
    expect(back.problems).toEqual([]);
    expect(back.records).toEqual(records);
    const path = file("v2-filled.xlsx", bytes);
    expect(JSON.parse((await st(["complaints", "validate", path, "--format", "json"])).out)).toEqual({
      valid: true,
      records: 2,
      errors: [],
    });
    const total = JSON.parse(
      (await st(["complaints", "summary", path, "--by", "borough", "--format", "json"])).out,
    ).total;
    expect(total.formality).toEqual({ formal: 1, informal: 1, notRecorded: 0 });
    expect(total.conventions.denialMinimisation).toMatchObject({ yes: 2, no: 0 });
    expect(total.unreasonableRoute).toMatchObject({ yes: 2 });
    expect(total.workerSupport).toMatchObject({ "safety-plan": 2, supervision: 2 });
  });

  it("still reads a workbook made from the version 1 template, as version 1 records", async () => {
    const v1 = [complaint(1), complaint(2)];
    const path = file("v1.xlsx", await writeTemplate(proformaAtVersion(complaintsProforma, 1), { records: v1 }));
    const r = await st(["complaints", "validate", path, "--format", "json"]);
    expect(JSON.parse(r.out)).toEqual({ valid: true, records: 2, errors: [] });
    expect(r.code).toBe(0);
    const s = await st(["complaints", "summary", path, "--by", "borough", "--format", "json"]);
    expect(JSON.parse(s.out).total.formality).toEqual({ formal: 0, informal: 0, notRecorded: 2 });
  });

  it("reports a version 2 answer typed into a version 1 workbook's extra column as unknown", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await writeTemplate(proformaAtVersion(complaintsProforma, 1), {
        records: [complaint(1)],
      })) as unknown as ArrayBuffer,
    );
    const sheet = book.getWorksheet("Records")!;
    const column = sheet.getRow(1).cellCount + 1;
    sheet.getRow(1).getCell(column).value = "Was the complaint made formally or informally?";
    sheet.getRow(3).getCell(column).value = "Formal";
    const path = file("v1-extra.xlsx", new Uint8Array(await book.xlsx.writeBuffer()));
    const r = await st(["complaints", "validate", path, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).errors).toEqual([expect.objectContaining({ code: "unknown_column" })]);
  });
});

describe("record -> workbook -> record", () => {
  const text = fc
    .string({
      unit: fc.constantFrom("a", "é", "语", "😀", " ", "\n", "'", '"', ";", ",", "=", "+", "-", "1", "0"),
      minLength: 1,
      maxLength: 60,
    })
    .filter((s) => s.trim() !== "" && s === s.trim());
  const record = fc
    .record({
      i: fc.nat({ max: 5000 }),
      team: fc.option(text, { nil: undefined }),
      learning: fc.option(text, { nil: undefined }),
      emails: fc.option(fc.nat({ max: 10_000 }), { nil: undefined }),
      upheld: fc.option(fc.constantFrom("in-full" as const, "in-part" as const, "no" as const), { nil: undefined }),
      upheldWhat: text,
      kinds: fc.subarray(["substance-use", "mental-health", "neglect"] as const, { minLength: 1 }),
      gap: fc.option(fc.nat({ max: 60 }), { nil: undefined }),
    })
    .map(({ i, team, learning, emails, upheld, upheldWhat, kinds, gap }) => {
      const base = complaint(i);
      return checkComplaints([
        writeComplaint({
          complaint: { ...base.complaint, ...(team ? { team } : {}) },
          content: { counterAccusations: "yes", counterAccusationKinds: [...kinds] },
          // A section left empty is no section: the workbook has nothing to write for it.
          ...(upheld ? { investigation: { upheld, ...(upheld !== "no" ? { upheldWhat } : {}) } } : {}),
          ...(emails === undefined ? {} : { process: { emails } }),
          ...(learning ? { learnings: { forPractice: learning } } : {}),
          ...(gap === undefined ? {} : { stages: { stage1Response: addIsoDays(base.complaint.received, gap) } }),
        } as ComplaintRecord),
      ]).records[0]!;
    });

  // References are unique in a borough: a repeat is reported, not read as a second complaint.
  const records = fc.uniqueArray(record, { minLength: 1, maxLength: 5, selector: (r) => r.complaint.reference });

  it("is lossless through the workbook", async () => {
    await fc.assert(
      fc.asyncProperty(records, async (records) => {
        const read = await readWorkbook(complaintsProforma, await filled(records));
        expect(read.problems).toEqual([]);
        const back = checkComplaints(
          read.records.map((r) => nestRecord(r)),
          { assumeVersion: COMPLAINT_SCHEMA_VERSION },
        );
        expect(back.problems).toEqual([]);
        expect(back.records).toEqual(records);
      }),
      { numRuns: 25 },
    );
  });

  it("is lossless through CSV", () => {
    fc.assert(
      fc.property(records, (records) => {
        const read = readCsv(complaintsProforma, writeCsv(complaintsProforma, records));
        expect(read.problems).toEqual([]);
        expect(read.records.map((r) => nestRecord(r))).toEqual(records.map((r) => nestRecord(flattenRecord(r))));
      }),
      { numRuns: 50 },
    );
  });
});

describe("every field of the proforma, through the workbook", () => {
  it("comes back as it went in", async () => {
    const { complaintRecord } = await import("../../complaints-proforma/test/arbitraries.js");
    const records = fc.uniqueArray(complaintRecord, {
      minLength: 1,
      maxLength: 4,
      selector: (r) => r.complaint.reference,
    });
    await fc.assert(
      fc.asyncProperty(records, async (records) => {
        const read = await readWorkbook(complaintsProforma, await filled(records));
        expect(read.problems).toEqual([]);
        const back = checkComplaints(
          read.records.map((r) => nestRecord(r)),
          { assumeVersion: COMPLAINT_SCHEMA_VERSION },
        );
        expect(back.problems).toEqual([]);
        expect(back.records).toEqual(records);
      }),
      { numRuns: 30 },
    );
  });
});
