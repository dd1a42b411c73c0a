/**
 * Delimited text as the returns and extracts arrive: comma-separated (SSDA903, Standard
 * Safeguarding Dataset extracts) or tab-separated (published tables), RFC 4180 quoting, a byte
 * order mark, CRLF or LF line ends. Browser-safe; no Node APIs.
 * @module
 */
import { checkArgument, StValidationError } from "@st/core";
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

/**
 * Split delimited text into rows of cells. Quoted cells may hold delimiters, quotes (doubled) and
 * line breaks. Blank lines are dropped (their line numbers are kept on the rows around them). An
 * unterminated quote is a {@link StValidationError} naming the line it opened on.
 */
export function parseDelimited(text: string, options: ParseDelimitedOptions = {}): DelimitedRow[] {
  checkTextArgument("parseDelimited", "text", "Delimited text", text, "the text of a CSV or tab-separated file");
  checkRecordArgument("parseDelimited", "options", options);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = /^[^\r\n]*\S[^\r\n]*$/m.exec(source)?.[0] ?? "";
  const delimiter = options.delimiter ?? (firstLine.includes("\t") ? "\t" : ",");
  const rows: DelimitedRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let cellStarted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && !cellStarted) {
      quoted = true;
      quoteLine = line;
      cellStarted = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = "";
      cellStarted = false;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++;
      cells.push(cell);
      if (cells.length > 1 || cells[0] !== "") rows.push({ line: rowLine, cells });
      cells = [];
      cell = "";
      cellStarted = false;
      line++;
      rowLine = line;
    } else {
      cell += ch;
      cellStarted = true;
    }
  }
  if (quoted) {
    const fileName = options.fileName ?? "input";
    throw new StValidationError(
      [
        {
          path: "",
          field: fileName,
          expected: "a closing quote",
          received: "the end of the file",
          message: `a quoted cell opened on line ${quoteLine} is never closed`,
          code: "unterminated_quote",
          line: quoteLine,
        },
      ],
      { subject: fileName },
    );
  }
  cells.push(cell);
  if (cells.length > 1 || cells[0] !== "") rows.push({ line: rowLine, cells });
  return rows;
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
  const [header, ...body] = parseDelimited(text, options);
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
