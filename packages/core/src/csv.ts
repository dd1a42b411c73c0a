/**
 * CSV as RFC 4180 describes it, read leniently the way spreadsheets write it: fields in double
 * quotes may hold commas, quotes (doubled) and line breaks; lines end in CRLF, LF or CR; a UTF-8
 * byte order mark at the start is dropped. Our own, small, with no dependency, so it runs in the
 * browser and its behaviour on odd input is ours to state. The one CSV tokenizer of the tools:
 * `@st/workbook`'s records, `@st/indicators`' extracts and `@st/learning-review`'s case lists all
 * read through it, so a quote left open is the same `unclosed_quote` problem everywhere.
 * @module
 */

import { checkArgument } from "./argument-checks.js";
import { argumentError, type Problem } from "./errors.js";

/** Options for {@link parseCsv} and {@link stringifyCsv}. */
export interface CsvOptions {
  /** The character between fields (default `,`). Excel in some locales writes `;`; tab for TSV. */
  delimiter?: string;
}

/** A CSV text split into rows of fields. */
export interface ParsedCsv {
  /** Every row, each a list of its fields as text. A blank line is a row with one empty field. */
  rows: string[][];
  /** The 1-based line of the text on which each row starts (rows may span lines inside quotes). */
  lines: number[];
  /** What could not be read cleanly, e.g. a quote never closed. Each problem carries its `line`. */
  problems: Problem[];
}

function checkDelimiter(delimiter: string, fn: string): string {
  if (
    typeof delimiter !== "string" ||
    delimiter.length !== 1 ||
    delimiter === '"' ||
    delimiter === "\r" ||
    delimiter === "\n"
  )
    throw argumentError(fn, {
      argument: "options.delimiter",
      label: "CSV delimiter",
      expected: "one character other than a quote or line break",
      received: delimiter,
      message: "is not a CSV delimiter",
      code: "invalid_delimiter",
    });
  return delimiter;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13) {
      count++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return count;
}

/**
 * Split CSV text into rows of fields. Never throws on any text: a quote left open runs to the end
 * of the text and is reported; text after a closing quote (`"a"b`) is kept as written, as
 * spreadsheets do.
 */
export function parseCsv(text: string, options: CsvOptions = {}): ParsedCsv {
  checkArgument(text, "text", { fn: "parseCsv", argument: "text", label: "CSV text" });
  checkArgument(options, "record", { fn: "parseCsv", argument: "options", label: "CSV options" });
  const delimiter = checkDelimiter(options.delimiter ?? ",", "parseCsv").charCodeAt(0);
  const rows: string[][] = [];
  const lines: number[] = [];
  const problems: Problem[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let rowLine = 1;
  let row: string[] = [];
  while (i < n) {
    let field: string;
    if (text.charCodeAt(i) === 34) {
      const startLine = line;
      let value = "";
      let closed = false;
      i++;
      while (i < n) {
        const quote = text.indexOf('"', i);
        const end = quote === -1 ? n : quote;
        value += text.slice(i, end);
        line += countLineBreaks(text, i, end);
        if (quote === -1) {
          i = n;
          break;
        }
        if (text.charCodeAt(quote + 1) === 34) {
          value += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        closed = true;
        break;
      }
      if (!closed)
        problems.push({
          path: "",
          field: "file",
          expected: "a closing quote",
          received: "the end of the file",
          message: `a quoted field opened on line ${startLine} is never closed, so the rest of the file was read into it`,
          code: "unclosed_quote",
          line: startLine,
        });
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === delimiter || c === 10 || c === 13) break;
        j++;
      }
      field = value + text.slice(i, j);
      i = j;
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === delimiter || c === 10 || c === 13) break;
        j++;
      }
      field = text.slice(i, j);
      i = j;
    }
    row.push(field);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === delimiter) {
      i++;
      if (i >= n) row.push("");
      continue;
    }
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    rows.push(row);
    lines.push(rowLine);
    line++;
    rowLine = line;
    row = [];
  }
  if (row.length) {
    rows.push(row);
    lines.push(rowLine);
  }
  return { rows, lines, problems };
}

/**
 * Write rows of fields as CSV: fields holding the delimiter, a quote, a line break or a leading
 * byte order mark are quoted, quotes doubled; every row ends in CRLF. {@link parseCsv} reads the
 * result back to the same rows.
 */
export function stringifyCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  checkArgument(rows, "list", { fn: "stringifyCsv", argument: "rows", label: "Rows" });
  checkArgument(options, "record", { fn: "stringifyCsv", argument: "options", label: "CSV options" });
  const delimiter = checkDelimiter(options.delimiter ?? ",", "stringifyCsv");
  const needsQuotes = (field: string) =>
    field.includes(delimiter) || /["\r\n]/.test(field) || field.charCodeAt(0) === 0xfeff;
  let out = "";
  for (const row of rows) {
    out += row.map((field) => (needsQuotes(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(delimiter);
    out += "\r\n";
  }
  return out;
}
