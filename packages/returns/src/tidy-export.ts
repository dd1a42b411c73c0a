/**
 * The merged returns as one long table, one row a borough, quarter and figure, for Excel and
 * Power BI: every borough-quarter is present, with `not-returned` where there was no return, so a
 * gap is never read as zero.
 * @module
 */
import { checkList, checkMergedReturns } from "./arguments.js";
import type { MergedReturns } from "./merge-returns.js";

/** One row of the tidy table. */
export interface TidyRow {
  /** GSS code. */
  borough: string;
  /** Borough name. */
  boroughName: string;
  /** Quarter, `YYYY-Qn`. */
  quarter: string;
  /** Report section. */
  section: string;
  /** The figure's id. */
  indicator: string;
  /** What it counts. */
  label: string;
  /** The count or numerator; empty when withheld or not returned. */
  value: number | null;
  /** The n; empty when withheld or not returned. */
  n: number | null;
  /** `shown`, `suppressed`, `secondary` or `not-returned`. */
  status: string;
  /** What a table shows (`<5`, `[c] of 23`). */
  display: string;
  /** What is counted. */
  unit: string;
  /** The definition, `id@version`. */
  definition: string;
  /** The return it came from; empty when not returned. */
  returnId: string;
}

/** The columns of {@link tidyCsv}, in order. */
export const TIDY_COLUMNS = [
  "borough",
  "boroughName",
  "quarter",
  "section",
  "indicator",
  "label",
  "value",
  "n",
  "status",
  "display",
  "unit",
  "definition",
  "returnId",
] as const satisfies readonly (keyof TidyRow)[];

/** Every figure for every borough and quarter of the merged returns. */
export function tidyRows(merged: MergedReturns): TidyRow[] {
  checkMergedReturns("tidyRows", merged);
  const rows: TidyRow[] = [];
  for (const figure of merged.figures) {
    const definition = figure.definitions.map((d) => `${d.id}@${d.version}`).join(" ");
    for (const b of merged.boroughs)
      for (const quarter of merged.quarters) {
        const cell = figure.cells.find((c) => c.borough === b.code && c.quarter === quarter);
        rows.push({
          borough: b.code,
          boroughName: b.name,
          quarter,
          section: figure.section,
          indicator: figure.id,
          label: figure.label,
          value: cell?.value ?? null,
          n: cell?.n ?? null,
          status: cell?.status ?? "not-returned",
          display: cell?.display ?? "",
          unit: figure.unit,
          definition,
          returnId: cell?.returnId ?? "",
        });
      }
  }
  return rows;
}

function csvCell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  // A leading =, +, - or @ would run as a formula in Excel: quote it with a leading apostrophe.
  const safe = /^[=+\-@]/.test(text) && typeof value === "string" ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The tidy table as CSV (UTF-8, CRLF line ends, a header row), as Excel and Power BI read it. */
export function tidyCsv(rows: readonly TidyRow[]): string {
  checkList("tidyCsv", rows, "rows", "Rows", "a list of tidy rows (what tidyRows gives)");
  const lines = [TIDY_COLUMNS.join(","), ...rows.map((r) => TIDY_COLUMNS.map((c) => csvCell(r[c])).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}
