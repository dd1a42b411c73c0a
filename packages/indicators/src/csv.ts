/**
 * Delimited text as the returns and extracts arrive: comma-separated (SSDA903, Standard
 * Safeguarding Dataset extracts) or tab-separated (published tables), RFC 4180 quoting, a byte
 * order mark, CRLF or LF line ends. Read with `@st/core`'s `parseCsv`, the one CSV parser of the
 * tools; this module adds the delimiter guess, drops blank lines and refuses a quote left open.
 * Browser-safe; no Node APIs.
 * @module
 */
import { argumentError, checkArgument, StValidationError } from "@st/core";
import { parseCsv } from "@st/core/records";
import { checkRecordArgument, checkTextArgument } from "./arguments.js";

/** One row of a delimited file, with the line it starts on. */
export interface DelimitedRow {
  /** 1-based line the row starts on. */
  line: number;
  /** The cells, unquoted. */
  cells: string[];
}

/** Options for {@link parseDelimited}. */
export interface ParseDelimitedOptions {
  /** The delimiter. Default: a tab when the first non-blank line has one, otherwise a comma. */
  delimiter?: "," | "\t" | ";" | undefined;
  /** The file's name, for errors. */
  fileName?: string | undefined;
}

/** The delimiter asked for, or a tab when the first non-blank line has one, otherwise a comma. */
function delimiterOf(fn: string, text: string, options: ParseDelimitedOptions): string {
  const asked: unknown = options.delimiter;
  if (asked === undefined) {
    const firstLine = /^[^\r\n]*\S[^\r\n]*$/m.exec(text)?.[0] ?? "";
    return firstLine.includes("\t") ? "\t" : ",";
  }
  if (typeof asked === "string" && asked.length === 1 && !/["\r\n]/.test(asked)) return asked;
  throw argumentError(fn, {
    argument: "options.delimiter",
    label: "Delimiter",
    expected: "one character other than a quote or line break",
    received: asked,
    message: "is not a delimiter",
    code: "invalid_delimiter",
  });
}

function readRows(fn: string, text: string, options: ParseDelimitedOptions): DelimitedRow[] {
  const parsed = parseCsv(text, { delimiter: delimiterOf(fn, text, options) });
  const open = parsed.problems[0];
  if (open) {
    // A quote never closed swallowed the rest of the file: refuse it rather than read it short.
    const fileName = options.fileName ?? "input";
    throw new StValidationError([{ ...open, field: fileName }], { subject: fileName });
  }
  const rows: DelimitedRow[] = [];
  parsed.rows.forEach((cells, i) => {
    if (cells.length > 1 || cells[0] !== "") rows.push({ line: parsed.lines[i]!, cells });
  });
  return rows;
}

/**
 * Split delimited text into rows of cells. Quoted cells may hold delimiters, quotes (doubled) and
 * line breaks. Blank lines are dropped (their line numbers are kept on the rows around them). A
 * quote never closed is a {@link StValidationError} coded `unclosed_quote`, naming the line it
 * opened on.
 */
export function parseDelimited(text: string, options: ParseDelimitedOptions = {}): DelimitedRow[] {
  checkTextArgument("parseDelimited", "text", "Delimited text", text, "the text of a CSV or tab-separated file");
  checkRecordArgument("parseDelimited", "options", options);
  return readRows("parseDelimited", text, options);
}

/** A header-keyed table: column names and rows as records keyed by them. */
export interface HeaderedTable {
  /** Column names as written in the header row, trimmed. */
  columns: string[];
  /** The data rows, each keyed by column name, with the line they start on. */
  rows: { line: number; values: Record<string, string> }[];
}

/** Read delimited text whose first row names the columns. Column names are trimmed; cells are kept as written. */
export function parseHeaderedTable(text: string, options: ParseDelimitedOptions = {}): HeaderedTable {
  checkTextArgument("parseHeaderedTable", "text", "Delimited text", text, "the text of a CSV or tab-separated file");
  checkRecordArgument("parseHeaderedTable", "options", options);
  const [header, ...body] = readRows("parseHeaderedTable", text, options);
  if (!header) return { columns: [], rows: [] };
  const columns = header.cells.map((c) => c.trim());
  return {
    columns,
    rows: body.map((row) => {
      const values: Record<string, string> = {};
      columns.forEach((column, i) => {
        values[column] = row.cells[i] ?? "";
      });
      return { line: row.line, values };
    }),
  };
}

/**
 * Find the column a field is in: the declared name, matched ignoring case, spaces and underscores.
 * Returns `undefined` when the table has no such column.
 */
export function findColumn(columns: readonly string[], wanted: string): string | undefined {
  if (!Array.isArray(columns))
    checkArgument(columns, "list", {
      fn: "findColumn",
      argument: "columns",
      label: "Column names",
      expected: "a list of column names",
    });
  checkTextArgument("findColumn", "wanted", "Column name", wanted);
  const key = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, "");
  const k = key(wanted);
  return columns.find((c) => key(c) === k);
}
