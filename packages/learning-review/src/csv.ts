/**
 * Case lists and legacy audits as CSV, read with `@st/core`'s `parseCsv`, the one CSV parser of
 * the tools: this module guesses the separator, skips blank lines and turns a quote left open into
 * the refusal of the file. Internal: the case-list and legacy-audit readers are the public surface.
 * @module
 */
import type { Problem } from "@st/core";
import { parseCsv } from "@st/core/records";

/** One row of a CSV file with the 1-based line it starts on. */
export interface CsvRow {
  /** The fields, unquoted. */
  fields: string[];
  /** 1-based line number where the row starts in the file. */
  line: number;
}

/**
 * The rows of a CSV text, or the problem that stops reading it: a quote never closed, coded
 * `unclosed_quote` as every CSV reader of the tools codes it, with the line it opened on.
 */
export type CsvResult = { ok: true; rows: CsvRow[]; separator: string } | { ok: false; problem: Problem };

/** The separator of a CSV text: a tab when the first line has tabs and no commas, else a comma. */
function guessSeparator(text: string): string {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.slice(start).search(/\r|\n/);
  const first = end < 0 ? text.slice(start) : text.slice(start, start + end);
  return first.includes("\t") && !first.includes(",") ? "\t" : ",";
}

/**
 * Read CSV text into rows. Blank lines are skipped. A quote inside an unquoted field is kept as
 * written (exports often hold `5'10"`); a quoted field that never closes is a problem naming the
 * line it opened on.
 */
export function readCsvRows(text: string): CsvResult {
  const separator = guessSeparator(text);
  const parsed = parseCsv(text, { delimiter: separator });
  const open = parsed.problems[0];
  if (open) return { ok: false, problem: open };
  const rows: CsvRow[] = [];
  parsed.rows.forEach((fields, i) => {
    if (fields.length > 1 || fields[0] !== "") rows.push({ fields, line: parsed.lines[i]! });
  });
  return { ok: true, rows, separator };
}
