import { parseCsv, stringifyCsv } from "@st/core/records";
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

describe("parseCsv on text written many ways (property)", () => {
  // Ragged rows of fields that need quoting or not, each field quoted where it must be and at
  // random where it need not, rows ended in CRLF or LF (or, a whole file, in lone CR as old Mac
  // exports are), behind a byte order mark or not, with any of the three delimiters.
  const field = fc.oneof(
    fc.string({ unit: fc.constantFrom("a", "1", " ", ",", ";", "\t", '"', "\r", "\n", "é", "\uFEFF") }),
    fc.string(),
  );
  const file = fc.record({
    rows: fc.array(fc.array(fc.record({ text: field, quote: fc.boolean() }), { minLength: 1, maxLength: 7 }), {
      maxLength: 10,
    }),
    delimiter: fc.constantFrom(",", ";", "\t"),
    endings: fc.constantFrom("mixed", "cr"),
    ending: fc.infiniteStream(fc.constantFrom("\r\n", "\n")),
    bom: fc.boolean(),
    lastEnding: fc.boolean(),
  });
  const breaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;

  it("reads back every field and the line each row starts on", () => {
    fc.assert(
      fc.property(file, ({ rows, delimiter, endings, ending, bom, lastEnding }) => {
        const mustQuote = (f: string) =>
          f.includes(delimiter) || /[\r\n]/.test(f) || f.startsWith('"') || f.startsWith("\uFEFF");
        let text = bom ? "\uFEFF" : "";
        const lines: number[] = [];
        let line = 1;
        rows.forEach((row, i) => {
          const written = row
            .map(({ text: f, quote }) => (quote || mustQuote(f) ? `"${f.replaceAll('"', '""')}"` : f))
            .join(delimiter);
          const end = endings === "cr" ? "\r" : ending.next().value;
          lines.push(line);
          line += breaks(written) + 1;
          text += written + (i < rows.length - 1 || lastEnding ? end : "");
        });
        // A last row of one empty field with no line end is no row at all.
        const last = rows.at(-1);
        const expected = rows.map((row) => row.map((f) => f.text));
        const dropped = !lastEnding && last?.length === 1 && last[0]!.text === "" && !last[0]!.quote;
        const parsed = parseCsv(text, { delimiter });
        expect(parsed.problems).toEqual([]);
        expect(parsed.rows).toEqual(dropped ? expected.slice(0, -1) : expected);
        expect(parsed.lines).toEqual(dropped ? lines.slice(0, -1) : lines);
      }),
      { numRuns: 1000 },
    );
  });

  it("reports a quote left open once, on the line it opened, and keeps the rows before it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: fc.constantFrom("a", " ", "é") }), { minLength: 1, maxLength: 4 }), {
          maxLength: 6,
        }),
        fc.string({ unit: fc.constantFrom("a", ",", "\r\n", "\n", "\r") }),
        (before, rest) => {
          const head = stringifyCsv(before);
          const { rows, problems } = parseCsv(`${head}x,"${rest}`);
          expect(rows.slice(0, before.length)).toEqual(before);
          expect(rows.at(-1)).toEqual(["x", rest]);
          expect(problems).toEqual([
            expect.objectContaining({ code: "unclosed_quote", line: before.length + 1, field: "file" }),
          ]);
        },
      ),
    );
  });
});
