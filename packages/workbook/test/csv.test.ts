import { parseCsv, stringifyCsv } from "@st/workbook";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("parseCsv", () => {
  it("reads quoted fields holding commas, quotes and line breaks", () => {
    const text = 'id,note\r\n1,"Said ""take it all the way"", then left"\r\n2,"two\nlines, one comma"\r\n';
    expect(parseCsv(text)).toEqual({
      rows: [
        ["id", "note"],
        ["1", 'Said "take it all the way", then left'],
        ["2", "two\nlines, one comma"],
      ],
      lines: [1, 2, 3],
      problems: [],
    });
  });

  it("accepts LF, CRLF and lone CR line endings, and drops a byte order mark", () => {
    expect(parseCsv("\uFEFFa,b\nc,d\r\ne,f\rg,h").rows).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ]);
  });

  it("keeps empty fields, blank lines and a trailing delimiter", () => {
    expect(parseCsv("a,,c\n\n,\nx,\n").rows).toEqual([["a", "", "c"], [""], ["", ""], ["x", ""]]);
    expect(parseCsv("").rows).toEqual([]);
  });

  it("counts lines inside quoted fields so each row knows where it starts", () => {
    expect(parseCsv('a\n"1\r\n2\n3"\nb\n').lines).toEqual([1, 2, 5]);
  });

  it("reports a quote never closed, with the line it opened on", () => {
    const { rows, problems } = parseCsv('a,b\n1,"open\n2,3\n');
    expect(rows).toEqual([
      ["a", "b"],
      ["1", "open\n2,3\n"],
    ]);
    expect(problems).toEqual([expect.objectContaining({ code: "unclosed_quote", line: 2 })]);
  });

  it("keeps text after a closing quote as spreadsheets do", () => {
    expect(parseCsv('"a"b,c').rows).toEqual([["ab", "c"]]);
    expect(parseCsv('5" tall,x').rows).toEqual([['5" tall', "x"]]);
  });

  it("reads other delimiters and refuses impossible ones", () => {
    expect(parseCsv("a;b\n1;2", { delimiter: ";" }).rows).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseCsv("a\tb", { delimiter: "\t" }).rows).toEqual([["a", "b"]]);
    expect(() => parseCsv("a", { delimiter: '"' })).toThrow(RangeError);
    expect(() => parseCsv("a", { delimiter: ",," })).toThrow(RangeError);
    expect(() => stringifyCsv([["a"]], { delimiter: "" })).toThrow(
      '1 problem in the arguments of stringifyCsv:\n  - "CSV delimiter": is not a CSV delimiter (expected one character other than a quote or line break, found an empty value)',
    );
  });
});

describe("stringifyCsv", () => {
  it("quotes only what needs quoting and ends every row with CRLF", () => {
    expect(stringifyCsv([["a", "b,c", 'say "hi"', "x\ny", " padded "]])).toBe(
      'a,"b,c","say ""hi""","x\ny", padded \r\n',
    );
  });

  const field = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.string({ unit: fc.constantFrom(",", '"', "\r", "\n", ";", "\t", "a", " ", "\uFEFF") }),
  );
  const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 8 });

  it("parseCsv(stringifyCsv(rows)) gives the rows back (property)", () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(",", ";", "\t"), (input, delimiter) => {
        const { rows: output, problems } = parseCsv(stringifyCsv(input, { delimiter }), { delimiter });
        expect(problems).toEqual([]);
        expect(output).toEqual(input);
      }),
      { numRuns: 500 },
    );
  });

  it("still reads the rows back behind a byte order mark and with LF endings (property)", () => {
    fc.assert(
      fc.property(rows, (input) => {
        const text = stringifyCsv(input);
        // Line breaks inside quoted fields are data; only the row endings are rewritten.
        const lf = parseCsv(text)
          .rows.map((r) => r.map((f) => (/[",\r\n\uFEFF]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(","))
          .map((line) => `${line}\n`)
          .join("");
        expect(parseCsv(`\uFEFF${lf}`).rows).toEqual(input);
      }),
    );
  });
});

describe("parseCsv on anything (fuzz)", () => {
  it("never throws, and every row starts on a line within the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.string({ unit: fc.constantFrom('"', ",", "\r", "\n", "a", "\uFEFF") }),
        ),
        (text) => {
          const { rows, lines, problems } = parseCsv(text);
          expect(lines).toHaveLength(rows.length);
          const lineCount = text.split(/\r\n|\r|\n/).length;
          for (const line of lines) expect(line).toBeLessThanOrEqual(lineCount);
          expect(problems.length).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
