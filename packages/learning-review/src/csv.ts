/**
 * A small RFC 4180 CSV reader for case lists: quoted fields with commas, quotes and line breaks,
 * CRLF or LF, a byte-order mark, comma or tab separated. Internal: the case-list reader is the
 * public surface.
 * @module
 */

/** One row of a CSV file with the 1-based line it starts on. */
export interface CsvRow {
  /** The fields, unquoted. */
  fields: string[];
  /** 1-based line number where the row starts in the file. */
  line: number;
}

/** What went wrong reading a CSV file. */
export interface CsvError {
  /** 1-based line number. */
  line: number;
  /** What is wrong, in words. */
  message: string;
}

/** The rows of a CSV text, or the first error that stops reading it. */
export type CsvResult = { ok: true; rows: CsvRow[]; separator: string } | { ok: false; error: CsvError };

/** The separator of a CSV text: a tab when the first line has tabs and no commas, else a comma. */
function guessSeparator(text: string): string {
  const end = text.search(/\r|\n/);
  const first = end < 0 ? text : text.slice(0, end);
  return first.includes("\t") && !first.includes(",") ? "\t" : ",";
}

/**
 * Read CSV text into rows. Blank lines are skipped. A quote inside an unquoted field is kept as
 * written (exports often hold `5'10"`); a quoted field that never closes is an error naming the
 * line it opened on.
 */
export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = guessSeparator(text);
  const sep = separator.charCodeAt(0);
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const n = text.length;
  let atRowStart = true;
  while (i < n) {
    if (atRowStart) {
      rowLine = line;
      atRowStart = false;
    }
    let c = text.charCodeAt(i);
    let field: string;
    if (c === 34) {
      // Quoted field: "" is a quote; ends at the closing quote.
      const openedOn = line;
      let value = "";
      let from = i + 1;
      let closed = false;
      let j = from;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 34) {
          if (text.charCodeAt(j + 1) === 34) {
            value += text.slice(from, j + 1);
            j += 2;
            from = j;
            continue;
          }
          value += text.slice(from, j);
          closed = true;
          j++;
          break;
        }
        if (d === 10) line++;
        else if (d === 13 && text.charCodeAt(j + 1) !== 10) line++;
        j++;
      }
      if (!closed) return { ok: false, error: { line: openedOn, message: "a quoted field is never closed" } };
      // Text after the closing quote and before the separator is kept, as spreadsheets do.
      let k = j;
      while (k < n) {
        const d = text.charCodeAt(k);
        if (d === sep || d === 10 || d === 13) break;
        k++;
      }
      field = value + text.slice(j, k);
      i = k;
    } else {
      let k = i;
      while (k < n) {
        const d = text.charCodeAt(k);
        if (d === sep || d === 10 || d === 13) break;
        k++;
      }
      field = text.slice(i, k);
      i = k;
    }
    fields.push(field);
    c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      if (i === n) fields.push("");
      continue;
    }
    // End of row (or of text).
    if (c === 13 && text.charCodeAt(i + 1) === 10) i += 2;
    else if (i < n) i++;
    line++;
    if (!(fields.length === 1 && fields[0] === "")) rows.push({ fields, line: rowLine });
    fields = [];
    atRowStart = true;
  }
  if (!atRowStart && !(fields.length === 1 && fields[0] === "")) rows.push({ fields, line: rowLine });
  return { ok: true, rows, separator };
}
