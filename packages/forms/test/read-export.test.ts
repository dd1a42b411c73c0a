import { readCsvExport, readJsonExport, writeCsvExport } from "@st/forms";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("reading export files", () => {
  it("reads one JSON form or a list of them", () => {
    expect(readJsonExport('{"FORM_ID": "1"}')).toEqual({ ok: true, value: [{ FORM_ID: "1" }] });
    expect(readJsonExport('[{"FORM_ID": "1"}, {"FORM_ID": "2"}]')).toMatchObject({ ok: true, value: [{}, {}] });
  });

  it("says why a JSON file is not an export", () => {
    expect(readJsonExport("{")).toMatchObject({ ok: false, problems: [{ code: "invalid_json" }] });
    expect(readJsonExport('[{"A": 1}, 2]')).toMatchObject({
      ok: false,
      problems: [{ code: "invalid_type", record: 2 }],
    });
  });

  it("reads a CSV by its header row, skipping blank lines", () => {
    expect(readCsvExport("FORM_ID,Q_CMP_07\r\n1042,14/03/2025\r\n\r\n1057,\r\n")).toEqual({
      ok: true,
      value: [
        { FORM_ID: "1042", Q_CMP_07: "14/03/2025" },
        { FORM_ID: "1057", Q_CMP_07: "" },
      ],
    });
  });

  it("refuses a CSV row with more answers than the header has questions", () => {
    expect(readCsvExport("A,B\n1,2,3\n")).toMatchObject({ ok: false, problems: [{ code: "extra_fields", line: 2 }] });
    expect(readCsvExport("")).toMatchObject({ ok: false, problems: [{ code: "no_header" }] });
  });

  it("writes what it reads", () => {
    const forms = [{ A: "x, y", B: 'a "quote"\nand a line' }, { A: "z" }];
    expect(readCsvExport(writeCsvExport(forms, ["A", "B"]))).toEqual({
      ok: true,
      value: [
        { A: "x, y", B: 'a "quote"\nand a line' },
        { A: "z", B: "" },
      ],
    });
  });

  it("never throws on any text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constantFrom('"', "__proto__,a\n1,2", "\uFEFF")), (text) => {
        for (const result of [readJsonExport(text), readCsvExport(text)]) {
          if (result.ok) expect(Array.isArray(result.value)).toBe(true);
          else expect(result.problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
