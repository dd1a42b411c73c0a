import { complaintsProforma } from "@st/complaints-proforma";
import { writeTemplate } from "@st/workbook";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { scratch } from "./scratch.js";

/**
 * Bad input for `st complaints validate`: whatever arrives, the outcome is a clear error (exit 2,
 * one paragraph, no stack trace) or a clean result (exit 0 or 1, one JSON document that accounts
 * for every record), never a crash, a hang or a dropped row.
 */
const { file, st } = scratch("st-complaints-bad-");

async function validate(path: string) {
  const { code, out, err } = await st(["complaints", "validate", path, "--format", "json"]);
  expect(err).not.toContain("internal error");
  if (code === 2) {
    expect(out).toBe("");
    expect(err.trim().split("\n").length).toBeLessThanOrEqual(3);
    return { code, err, out: undefined };
  }
  return {
    code,
    err,
    out: JSON.parse(out) as {
      valid: boolean;
      records: number;
      errors: { record: number; code: string; cell?: string }[];
    },
  };
}

const record = (i: number) => ({
  schemaVersion: 1,
  complaint: {
    reference: `R-${i}`,
    borough: "E09000012",
    received: "2025-03-03",
    complainantRole: "perpetrator",
    status: "open",
  },
  process: { emails: i % 50 },
  learnings: { forPractice: `An early meeting with the team kept the response consistent (case ${i}).` },
});

describe("malformed JSON is a clear error", () => {
  for (const [name, content] of [
    ["empty.json", ""],
    ["truncated.json", '[{"schemaVersion": 1, "complaint": {'],
    ["trailing-comma.json", "[{},]"],
    ["not-utf8.json", new Uint8Array([0x5b, 0xff, 0xfe, 0x5d])],
    ["a-number.json", "42"],
    ["null.json", "null"],
    ["object.json", JSON.stringify(record(1))],
    ["nul-bytes.json", "\u0000\u0000\u0000"],
  ] as const) {
    it(name, async () => {
      const r = await validate(file(name, content));
      expect(r.code).toBe(2);
      expect(r.err).toContain(name);
    });
  }
});

describe("wrong types are reported per record, none dropped", () => {
  it("names every record that is not a record at all", async () => {
    const r = await validate(file("mixed.json", JSON.stringify([record(1), 1, "x", null, [], record(2), true])));
    expect(r.code).toBe(1);
    expect(r.out!.records).toBe(7);
    expect([...new Set(r.out!.errors.map((e) => e.record))]).toEqual([2, 3, 4, 5, 7]);
  });

  it("reports wrong types inside records by field", async () => {
    const bad = {
      schemaVersion: "1",
      complaint: "HK-1",
      content: [],
      investigation: { stageReached: "two", investigated: true },
      process: { emails: "lots", copiedIn: "mayor" },
      stages: { stage1Response: 20250101 },
    };
    const r = await validate(file("types.json", JSON.stringify([bad])));
    expect(r.code).toBe(1);
    expect(r.out!.errors.length).toBeGreaterThan(0);
  });

  it("survives deep nesting, huge strings and prototype keys", async () => {
    let deep: unknown = "x";
    for (let i = 0; i < 2000; i++) deep = { a: deep };
    const r = await validate(
      file(
        "hostile.json",
        `[${JSON.stringify({ ...record(1), content: deep })}, ${JSON.stringify({ ...record(2), learnings: { forPractice: "y".repeat(1_000_000) } })}, {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}]`,
      ),
    );
    expect(r.code).toBe(1);
    expect([...new Set(r.out!.errors.map((e) => e.record))]).toEqual([1, 2, 3]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("a 50 MB file", () => {
  it("of records is read in full, every record accounted for", async () => {
    const records = Array.from({ length: 200_000 }, (_, i) => record(i));
    const text = JSON.stringify(records);
    expect(text.length).toBeGreaterThan(50_000_000);
    const r = await validate(file("big.json", text));
    expect(r.code).toBe(0);
    expect(r.out).toEqual({ valid: true, records: 200_000, errors: [] });
  }, 120_000);

  it("of junk is a clear error", async () => {
    const junk = new Uint8Array(50 * 1024 * 1024);
    for (let i = 0; i < junk.length; i += 4096) junk[i] = (i * 7919) % 256;
    const r = await validate(file("junk.json", junk));
    expect(r.code).toBe(2);
  }, 60_000);
});

/** The template filled with `n` valid records, then changed by `edit` as a person might. */
async function workbook(n: number, edit: (sheet: ExcelJS.Worksheet, ids: string[]) => void): Promise<Uint8Array> {
  const records = Array.from({ length: n }, (_, i) => {
    const { schemaVersion: _version, ...fields } = record(i + 1);
    return fields;
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeTemplate(complaintsProforma, { records })) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Records")!;
  edit(sheet, (sheet.getRow(2).values as unknown[]).map(String));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("workbooks people have changed", () => {
  it("renamed headers are still read by the hidden row of ids", async () => {
    const bytes = await workbook(3, (sheet) => {
      sheet.getRow(1).getCell(1).value = "Ref no.";
      sheet.getRow(1).getCell(2).value = "LA";
    });
    const r = await validate(file("renamed.xlsx", bytes));
    expect(r.out).toEqual({ valid: true, records: 3, errors: [] });
  });

  it("renamed headers with the row of ids deleted are reported by column, rows still counted", async () => {
    const bytes = await workbook(3, (sheet) => {
      sheet.spliceRows(2, 1);
      sheet.getRow(1).getCell(1).value = "Ref no.";
    });
    const r = await validate(file("renamed-no-ids.xlsx", bytes));
    expect(r.code).toBe(1);
    expect(r.out!.records).toBe(3);
    expect(r.out!.errors.some((e) => e.cell === "A1")).toBe(true);
  });

  it("an extra column is reported, and every row still read", async () => {
    const bytes = await workbook(4, (sheet, ids) => {
      const column = ids.length + 1;
      sheet.getRow(1).getCell(column).value = "Notes for the manager";
      sheet.getRow(3).getCell(column).value = "call back";
    });
    const r = await validate(file("extra.xlsx", bytes));
    expect(r.out!.records).toBe(4);
    expect(r.out!.errors.map((e) => e.code)).toContain("unknown_column");
  });

  it("merged cells are reported at their cell", async () => {
    const bytes = await workbook(3, (sheet) => sheet.mergeCells("A3:A4"));
    const r = await validate(file("merged.xlsx", bytes));
    expect(r.code).toBe(1);
    expect(r.out!.records).toBe(3);
    expect(r.out!.errors).toContainEqual(expect.objectContaining({ code: "merged_cells", cell: "A3" }));
  });

  it("a blank row between records is said, never silently dropped", async () => {
    const bytes = await workbook(3, (sheet) => sheet.spliceRows(4, 0, []));
    const io = await st(["complaints", "validate", file("gap.xlsx", bytes), "--format", "json"]);
    const out = JSON.parse(io.out);
    expect(out.records).toBe(3);
    expect(out.skipped).toEqual([{ row: 4, reason: expect.any(String) }]);
  });

  for (const [name, content] of [
    ["empty.xlsx", new Uint8Array()],
    ["text.xlsx", "reference,borough\nHK-1,E09000012\n"],
    ["old.xlsx", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
    ["zip-of-nothing.xlsx", new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])],
  ] as const) {
    it(`${name} is a clear error`, async () => {
      const r = await validate(file(name, content));
      expect(r.code).toBe(2);
      expect(r.err).toContain(name);
    });
  }

  it("50 MB of junk named .xlsx is a clear error", async () => {
    const junk = new Uint8Array(50 * 1024 * 1024);
    junk.set([0x50, 0x4b, 0x03, 0x04]);
    for (let i = 4; i < junk.length; i += 4096) junk[i] = (i * 7919) % 256;
    const r = await validate(file("junk.xlsx", junk));
    expect(r.code).toBe(2);
  }, 60_000);

  it("a CSV with a quote left open, a stray delimiter and a BOM is read or reported, every row counted", async () => {
    const csv = '\uFEFFcomplaint.reference;complaint.borough\nHK-1;E09000012\n"HK-2;E09000012\n';
    const r = await validate(file("broken.csv", csv));
    expect([1, 2]).toContain(r.code);
    expect(r.err).not.toContain("internal error");
  });
});
