/**
 * Reading a borough's child population from a spreadsheet saved as CSV, for rates per 10,000
 * children (`ratesPer10000`).
 * @module
 */
import { checkArgument, isStValidationError, type Problem, type SafeResult, StValidationError } from "@st/core";
import type { ChildPopulation } from "./analysis.js";
import { findColumn, parseHeaderedTable } from "./csv.js";

/** Options of {@link safeReadChildPopulation}. */
export interface ReadChildPopulationOptions {
  /** The file's name, for problems. */
  fileName?: string | undefined;
}

/**
 * The child population in a CSV (or tab-separated) text: a header naming the columns `borough` and
 * `children` (or `population`), and optionally `year`; a row a borough, or a borough in a year.
 * Figures may have thousands separators ("82,000"). Every row that is not a borough with a positive
 * number of children is a problem naming its line, never dropped. Never throws on bad text.
 *
 * @throws StValidationError (also a `TypeError`) when `text` is not text or `options` not an object.
 */
export function safeReadChildPopulation(
  text: string,
  options: ReadChildPopulationOptions = {},
): SafeResult<ChildPopulation> {
  checkArgument(text, "text", { fn: "safeReadChildPopulation", argument: "text", label: "Child population" });
  checkArgument(options, "record", {
    fn: "safeReadChildPopulation",
    argument: "options",
    label: "Options",
    optional: true,
  });
  let table: ReturnType<typeof parseHeaderedTable>;
  try {
    table = parseHeaderedTable(text, { fileName: options.fileName });
  } catch (error) {
    if (isStValidationError(error)) return { ok: false, problems: [...error.problems] };
    throw error;
  }
  const boroughColumn = findColumn(table.columns, "borough");
  const childrenColumn = findColumn(table.columns, "children") ?? findColumn(table.columns, "population");
  const yearColumn = findColumn(table.columns, "year");
  if (boroughColumn === undefined || childrenColumn === undefined)
    return {
      ok: false,
      problems: [
        {
          path: "",
          field: "Columns",
          expected: 'columns "borough" and "children" (and optionally "year")',
          received: table.columns.length ? table.columns.join(", ") : "no header line",
          message: 'the first line must name the columns "borough" and "children"',
          code: "missing_column",
          line: 1,
        },
      ],
    };
  const population: Record<string, number | Record<string, number>> = {};
  const problems: Problem[] = [];
  for (const row of table.rows) {
    const borough = (row.values[boroughColumn] ?? "").trim();
    const given = (row.values[childrenColumn] ?? "").trim();
    const n = Number(given.replace(/,/g, ""));
    // Number("") is 0 and Number("x") NaN: neither passes.
    const counted = Number.isFinite(n) && n > 0;
    if (borough === "")
      problems.push({
        path: "borough",
        field: "Borough",
        expected: "a borough's name or GSS code",
        received: "nothing",
        message: "the row names no borough",
        code: "blank",
        line: row.line,
      });
    if (!counted)
      problems.push({
        path: "children",
        field: "Children",
        expected: "a positive number of children",
        received: given === "" ? "nothing" : JSON.stringify(given),
        message: "is not a positive number of children",
        code: "invalid_number",
        line: row.line,
      });
    if (borough === "" || !counted) continue;
    const year = yearColumn === undefined ? undefined : row.values[yearColumn]?.trim();
    if (year) {
      const existing = population[borough];
      population[borough] = { ...(typeof existing === "object" ? existing : {}), [year]: n };
    } else population[borough] = n;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: population };
}

/**
 * {@link safeReadChildPopulation}, throwing instead.
 *
 * @throws StValidationError carrying every problem found.
 */
export function readChildPopulation(text: string, options: ReadChildPopulationOptions = {}): ChildPopulation {
  const result = safeReadChildPopulation(text, options);
  if (!result.ok) throw new StValidationError(result.problems, { subject: options.fileName ?? "child population" });
  return result.value;
}
