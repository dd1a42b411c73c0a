import { StValidationError } from "@st/core";
import { checkAnswers, type FlatRecord } from "@st/core/forms";
import { EXCEL_CELL_LIMIT, readCsv, readWorkbook, writeCsv, writeTemplate } from "@st/workbook";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { complaints, terminology } from "./forms.js";
import { storedZip } from "./zip.js";

/** Text people (and systems) put in answers: any Unicode, control characters and lone surrogates included. */
const someText = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }) },
    { weight: 3, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 40 }) },
    {
      weight: 2,
      arbitrary: fc.string({
        unit: fc.constantFrom(
          "_x0041_",
          "_x",
          "\r\n",
          "\r",
          "\n",
          " ",
          "\t",
          '"',
          ",",
          ";",
          "=",
          "'",
          "\u0000",
          "é",
          "🙂",
          "\uD800",
        ),
        minLength: 1,
        maxLength: 12,
      }),
    },
    // Up to the most a cell holds.
    { weight: 1, arbitrary: fc.integer({ min: 1, max: EXCEL_CELL_LIMIT }).map((n) => "Ω".repeat(n - 1) + "!") },
  )
  .filter((s) => s.trim() !== "");

const someDate = fc.oneof(
  fc
    .date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("1900-01-01", "1900-02-28", "1900-03-01", "1899-12-31", "1904-01-01", "9999-12-31", "2024-02-29"),
);

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Sound records of the test form: every condition respected, optional answers often left out. */
const soundRecord: fc.Arbitrary<FlatRecord> = fc
  .record({
    reference: someText,
    received: someDate,
    complainantRole: optional(fc.constantFrom("perpetrator", "victimInstigated", "other")),
    specific: optional(fc.constantFrom("yes", "no")),
    other: optional(someText),
    investigated: fc.constantFrom("yes", "no"),
    stageReached: fc.constantFrom(1, 2, 3),
    upheld: optional(fc.constantFrom("full", "part", "no")),
    whatUpheld: someText,
    emails: optional(fc.maxSafeNat()),
    hours: optional(fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n))),
    copiedIn: optional(
      fc.uniqueArray(fc.constantFrom("mayor", "mp", "councillor", "ombudsman", "other"), { minLength: 1 }),
    ),
    copiedInOther: someText,
    threatened: optional(fc.constantFrom("yes", "no", "unknown")),
  })
  .map((r) => {
    const record: Record<string, unknown> = {
      reference: r.reference,
      received: r.received,
      complainantRole: r.complainantRole,
      "content.specificComplaints": r.specific,
      "content.other": r.other,
      "investigation.investigated": r.investigated,
      "process.emails": r.emails,
      "process.hoursSpent": r.hours,
      "process.copiedIn": r.copiedIn,
      "process.threatened": r.threatened,
    };
    if (r.investigated === "yes") {
      record["investigation.stageReached"] = r.stageReached;
      record["investigation.upheld"] = r.upheld;
      if (r.upheld === "full" || r.upheld === "part") record["investigation.whatUpheld"] = r.whatUpheld;
    }
    if (r.copiedIn?.includes("other")) record["process.copiedInOther"] = r.copiedInOther;
    return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as FlatRecord;
  });

describe("round trip", () => {
  it("the generated records are sound, so any difference below is the file's fault", () => {
    fc.assert(
      fc.property(soundRecord, (record) => {
        expect(checkAnswers(complaints, record)).toEqual([]);
      }),
    );
  });

  it("records -> workbook -> records gives the same records (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(soundRecord, { maxLength: 6 }), fc.boolean(), async (records, words) => {
        const options = words ? { terminology } : {};
        const bytes = await writeTemplate(complaints, { ...options, records, blankRows: 5 });
        const read = await readWorkbook(complaints, bytes, options);
        expect(read.problems).toEqual([]);
        expect(read.skipped).toEqual([]);
        expect(read.records).toEqual(records);
        expect(read.rows).toEqual(records.map((_, i) => i + 3));
      }),
      // A failure found late can take minutes to shrink through workbook writes; stop shrinking
      // after a minute so the report shows the counterexample rather than the test's timeout.
      { numRuns: 60, interruptAfterTimeLimit: 60_000 },
    );
  }, 120_000);

  it("keeps characters outside the Basic Multilingual Plane wherever they fall in the file", async () => {
    // JSZip encodes text in slices of 16,384 UTF-16 units; one of these two answers puts an emoji's
    // surrogate pair across a slice boundary (found by the property above, seed -48888971).
    for (const prefix of ["", "a"]) {
      const record = {
        reference: `${prefix}${"🙂".repeat(12_000)}`,
        received: "2024-01-01",
        "investigation.investigated": "no",
      };
      const read = await readWorkbook(complaints, await writeTemplate(complaints, { records: [record] }));
      expect(read.records[0]?.reference).toBe(record.reference);
    }
  });

  it("records -> CSV -> records gives the same records, in every style (property)", () => {
    fc.assert(
      fc.property(
        fc.array(soundRecord, { maxLength: 8 }),
        fc.constantFrom("id", "label") as fc.Arbitrary<"id" | "label">,
        fc.constantFrom("value", "label") as fc.Arbitrary<"value" | "label">,
        fc.constantFrom(",", ";", "\t"),
        fc.boolean(),
        (records, headers, answers, delimiter, bom) => {
          const csv = writeCsv(complaints, records, { headers, answers, delimiter, bom, terminology });
          const read = readCsv(complaints, csv, { delimiter, terminology });
          expect(read.problems).toEqual([]);
          expect(read.skipped).toEqual([]);
          expect(read.records).toEqual(records);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("readWorkbook on anything (fuzz)", () => {
  const expectProblemsOrRefusal = async (bytes: Uint8Array) => {
    try {
      const result = await readWorkbook(complaints, bytes);
      expect(result.records).toHaveLength(result.rows.length);
    } catch (error) {
      expect(error).toBeInstanceOf(StValidationError);
      // A changed size in the zip's directory can declare more than the limits allow: also a clear refusal.
      expect(["not_a_workbook", "too_large"]).toContain((error as StValidationError).problems[0]?.code);
    }
  };

  it("arbitrary bytes give a clear refusal, never another exception", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          fc.uint8Array({ maxLength: 600 }).map((b) => Uint8Array.from([0x50, 0x4b, 3, 4, ...b])),
        ),
        expectProblemsOrRefusal,
      ),
      { numRuns: 300 },
    );
  });

  it("a real workbook with bytes changed gives problems or a clear refusal", async () => {
    const template = await writeTemplate(complaints, {
      records: [{ reference: "C-1", received: "2025-01-01" }],
      blankRows: 1,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: template.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (changes) => {
          const bytes = template.slice();
          for (const [at, value] of changes) bytes[at] = value;
          await expectProblemsOrRefusal(bytes);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  const workbookXml =
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Records" sheetId="1" r:id="rId1"/></sheets></workbook>';
  const parts = (sheetXml: string) => ({
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": workbookXml,
    "xl/_rels/workbook.xml.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": sheetXml,
  });
  const sheet = (rows: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

  it("reads a minimal workbook made by another program", async () => {
    const bytes = storedZip(
      parts(
        sheet(
          '<row r="1"><c r="A1" t="inlineStr"><is><t>reference</t></is></c><c r="B1" t="inlineStr"><is><t>received</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>C-1</t></is></c><c r="B2"><v>45720</v></c></row>',
        ),
      ),
    );
    expect((await readWorkbook(complaints, bytes)).records).toEqual([{ reference: "C-1", received: "2025-03-04" }]);
  });

  it("workbooks with arbitrary sheet content give problems or a clear refusal", async () => {
    const cell = fc.record({
      ref: fc.oneof(
        fc.constantFrom("A1", "B2", "A2", "C3", "XFD1048576", "A0", "ZZZZ1", ""),
        fc.string({ maxLength: 6 }),
      ),
      type: fc.constantFrom("s", "n", "b", "e", "str", "inlineStr", "d", "bogus"),
      value: fc.oneof(
        fc.string({ maxLength: 10 }),
        fc.double().map(String),
        fc.constantFrom("45720", "-1", "1e308", "NaN", "#N/A"),
      ),
    });
    // Text as XML can carry it: markup escaped, characters XML cannot hold dropped.
    const xmlText = (s: string) =>
      s
        .replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`)
        // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping exactly these characters
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g, "");
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .array(cell, { maxLength: 8 })
            .map((cells) =>
              sheet(
                `<row r="1"><c r="A1" t="inlineStr"><is><t>reference</t></is></c></row>${cells
                  .map((c) => `<row><c r="${xmlText(c.ref)}" t="${c.type}"><v>${xmlText(c.value)}</v></c></row>`)
                  .join("")}`,
              ),
            ),
          fc.string({ maxLength: 200 }),
          fc
            .string({
              unit: fc.constantFrom("<row>", "</row>", "<c>", "</c>", "<v>", "1", "<sheetData>", "<", ">", "&", '"'),
            })
            .map(sheet),
        ),
        async (xml) => expectProblemsOrRefusal(storedZip(parts(xml))),
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
