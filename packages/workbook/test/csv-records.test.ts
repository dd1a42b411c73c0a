import { StValidationError } from "@st/core";
import * as core from "@st/core/records";
import { guardFormula, parseCsv, readCsv, stringifyCsv, unguardFormula, writeCsv } from "@st/workbook";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { complaints, terminology } from "./forms.js";

const record = {
  reference: "C-1",
  received: "2025-03-04",
  complainantRole: "perpetrator",
  "investigation.investigated": "yes",
  "investigation.stageReached": 2,
  "process.copiedIn": ["mp", "other"],
  "process.copiedInOther": 'The "Gazette", a local paper',
};

describe("parseCsv and stringifyCsv", () => {
  it("are @st/core's, re-exported so imports from @st/workbook keep working", () => {
    expect(parseCsv).toBe(core.parseCsv);
    expect(stringifyCsv).toBe(core.stringifyCsv);
    expect(parseCsv('a,"b\r\nc"\r\n').rows).toEqual([["a", "b\r\nc"]]);
  });
});

describe("writeCsv", () => {
  it("writes ids and option values by default, for systems", () => {
    const csv = writeCsv(complaints, [record], { bom: false });
    const [header, row] = csv.split("\r\n");
    expect(header).toBe(
      "reference,received,complainantRole,content.specificComplaints,content.other,investigation.investigated,investigation.stageReached,investigation.upheld,investigation.whatUpheld,process.emails,process.hoursSpent,process.copiedIn,process.copiedInOther,process.threatened",
    );
    expect(row).toBe('C-1,2025-03-04,perpetrator,,,yes,2,,,,,mp; other,"The ""Gazette"", a local paper",');
  });

  it("writes labels in the chosen words, for people, behind a byte order mark Excel needs", () => {
    const csv = writeCsv(complaints, [record], { headers: "label", answers: "label", terminology });
    expect(csv.startsWith("\uFEFFComplaint reference,Date received,Complainant,")).toBe(true);
    expect(csv).toContain("C-1,2025-03-04,Person who uses harm,,,Yes,Stage 2,,,,,MP; Other,");
  });

  it("guards text a spreadsheet would run as a formula, and the reader takes the guard off", () => {
    const risky = {
      ...record,
      reference: '=HYPERLINK("http://example.org","click")',
      "process.copiedInOther": "-2 days",
    };
    const csv = writeCsv(complaints, [risky]);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.org"",""click"")"`);
    expect(csv).toContain("'-2 days");
    expect(readCsv(complaints, csv).records).toEqual([risky]);
    const unguarded = writeCsv(complaints, [risky], { guardFormulas: false });
    expect(unguarded).toContain('"=HYPERLINK(');
  });

  it("refuses answers it cannot write", () => {
    expect(() => writeCsv(complaints, [{ reference: 7 }, { colour: "red" }])).toThrow(StValidationError);
  });
});

describe("guardFormula", () => {
  it("is undone by unguardFormula for any text (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom("'", "=", "+", "-", "@", "\t", "a") })),
        (text) => {
          expect(unguardFormula(guardFormula(text))).toBe(text);
          expect(guardFormula(text)).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
    );
  });
});

describe("readCsv", () => {
  it("reads a file written by hand with labels, Y/N and UK dates", () => {
    const csv = [
      'Complaint reference,Date received,Was the complaint investigated?,"If Y, what stage did it get to?",Did the complainer copy in others?',
      'C-1,04/03/2025,Y,Stage 1,"Mayor, MP"',
      "C-2,5 March 2025,N,,",
    ].join("\n");
    const { records, rows, problems } = readCsv(complaints, csv);
    expect(records).toEqual([
      {
        reference: "C-1",
        received: "2025-03-04",
        "investigation.investigated": "yes",
        "investigation.stageReached": 1,
        "process.copiedIn": ["mayor", "mp"],
      },
      { reference: "C-2", received: "2025-03-05", "investigation.investigated": "no" },
    ]);
    expect(rows).toEqual([2, 3]);
    expect(problems.every((p) => p.code === "missing_column")).toBe(true);
  });

  it("reports each problem with its line and the cell a spreadsheet would show", () => {
    const csv =
      'reference,received,investigation.investigated\r\nC-1,"2025-01-01",Yes\r\n"C-2\nsecond line",not a date,No\r\n';
    const { problems } = readCsv(complaints, csv);
    const relevant = problems.filter((p) => p.code !== "missing_column");
    expect(relevant).toEqual([
      expect.objectContaining({ cell: "B3", line: 3, record: 2, field: "Date received", received: '"not a date"' }),
    ]);
    // A question with no column is reported once, not as a missing answer on every row.
    expect(problems).toContainEqual(
      expect.objectContaining({ code: "missing_column", path: "investigation.stageReached" }),
    );
  });

  it("reports blank lines between records as skipped rows with their lines", () => {
    const csv = "reference\nC-1\n\n,\nC-2\n\n\n";
    const { records, skipped } = readCsv(complaints, csv);
    expect(records).toEqual([{ reference: "C-1" }, { reference: "C-2" }]);
    expect(skipped).toEqual([
      { row: 3, reason: "blank row", line: 3 },
      { row: 4, reason: "blank row", line: 4 },
    ]);
  });

  it("guesses the delimiter from the header row", () => {
    expect(readCsv(complaints, "reference;received\nC-1;2025-01-01\n").records).toEqual([
      { reference: "C-1", received: "2025-01-01" },
    ]);
    expect(readCsv(complaints, "reference\treceived\nC-1\t2025-01-01\n").records).toEqual([
      { reference: "C-1", received: "2025-01-01" },
    ]);
    expect(readCsv(complaints, "reference\nA;B\n").records).toEqual([{ reference: "A;B" }]);
  });

  it("recognises a template's row of ids saved as CSV from Excel", () => {
    const csv = "Our reference,Date received\nreference,received\nC-1,2025-01-01\n";
    const { records, rows } = readCsv(complaints, csv);
    expect(records).toEqual([{ reference: "C-1", received: "2025-01-01" }]);
    expect(rows).toEqual([3]);
  });

  it("reports values beyond the header, a quote never closed, and an empty file", () => {
    const ragged = readCsv(complaints, "reference\nC-1,extra\n");
    expect(ragged.problems).toContainEqual(expect.objectContaining({ code: "unknown_column", cell: "B2" }));
    const open = readCsv(complaints, 'reference\n"C-1\n');
    expect(open.problems).toContainEqual(expect.objectContaining({ code: "unclosed_quote", line: 2 }));
    expect(readCsv(complaints, "").problems).toEqual([expect.objectContaining({ code: "no_header" })]);
  });
});

describe("readCsv on anything (fuzz)", () => {
  it("returns problems, never throws, and accounts for every non-blank row", () => {
    const header = "reference,received,investigation.investigated,process.copiedIn,process.emails\n";
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc
            .string({ unit: fc.constantFrom('"', ",", ";", "\n", "\r", "Yes", "2025-01-01", "MP", "1", "x", "'=") })
            .map((s) => header + s),
        ),
        (text) => {
          const result = readCsv(complaints, text);
          expect(result.records).toHaveLength(result.rows.length);
          for (const p of result.problems) expect(typeof p.message).toBe("string");
        },
      ),
      { numRuns: 500 },
    );
    // About 10 s on an idle two-core machine; several times that when CI runs every package at once.
  }, 120_000);
});
