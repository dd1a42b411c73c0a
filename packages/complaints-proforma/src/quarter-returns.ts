/**
 * Reading the list of quarters boroughs made their complaints return for, which a summary needs so
 * that a quarter with no records reads as none received, not as not returned.
 * @module
 */
import {
  argumentError,
  checkArgument,
  describeValue,
  isStValidationError,
  type Problem,
  type ProblemLocation,
  type SafeResult,
  StValidationError,
} from "@st/core";
import { safeParseQuarterLabel } from "@st/core/calendar";
import { getLocalAuthority } from "@st/core/places";
import { parseCsv } from "@st/core/records";
import type { QuarterReturn } from "./summary.js";

/** Options of {@link safeReadQuarterReturns}. */
export interface ReadQuarterReturnsOptions {
  /**
   * How the text is laid out: `csv` (the default), a header line naming the columns `borough` and
   * `quarter` (others are ignored), or `json`, an array of `{ borough, quarter }`.
   */
  format?: "csv" | "json" | undefined;
}

/** One entry as read, with where it stands in the text. */
interface Entry extends ProblemLocation {
  borough: unknown;
  quarter: unknown;
}

const LIST = "Returns made";

function wholeProblem(code: Problem["code"], expected: string, received: string, message: string): Problem {
  return { path: "", field: LIST, expected, received, message, code };
}

/** The entries of a CSV text, or the problems that stop it being read. */
function csvEntries(text: string): SafeResult<Entry[]> {
  const csv = parseCsv(text);
  if (csv.problems.length > 0) return { ok: false, problems: csv.problems };
  const header = (csv.rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = ["borough", "quarter"].filter((name) => !header.includes(name));
  if (missing.length > 0)
    return {
      ok: false,
      problems: missing.map((name) => ({
        ...wholeProblem(
          "missing_column",
          "a header line naming the columns borough and quarter",
          header.length ? header.join(", ") : "no header line",
          `the first line must name a ${name} column`,
        ),
        line: 1,
      })),
    };
  const b = header.indexOf("borough");
  const q = header.indexOf("quarter");
  return {
    ok: true,
    value: csv.rows.flatMap((cells, i) =>
      i === 0 || cells.every((cell) => cell.trim() === "")
        ? []
        : [{ borough: cells[b]?.trim() ?? "", quarter: cells[q]?.trim() ?? "", line: csv.lines[i] ?? i + 1 }],
    ),
  };
}

/** The entries of a JSON text, or the problem that stops it being read. */
function jsonEntries(text: string): SafeResult<Entry[]> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return {
      ok: false,
      problems: [wholeProblem("invalid_json", "JSON", "text that is not JSON", (error as Error).message)],
    };
  }
  if (!Array.isArray(data))
    return {
      ok: false,
      problems: [
        wholeProblem(
          "invalid_type",
          "an array of { borough, quarter }",
          describeValue(data),
          "expected a list of returns",
        ),
      ],
    };
  return {
    ok: true,
    value: data.map((item: unknown, i) => {
      const row = typeof item === "object" && item !== null ? (item as Record<string, unknown>) : {};
      return { borough: row.borough, quarter: row.quarter, record: i + 1 };
    }),
  };
}

/** One entry read, or every problem with it, each placed where the entry stands. */
function returnOf({ borough, quarter, ...at }: Entry): SafeResult<QuarterReturn> {
  const problems: Problem[] = [];
  let code: string | undefined;
  const boroughProblem = (message: string, problemCode: Problem["code"]) =>
    problems.push({
      path: "borough",
      field: "Borough",
      expected: "a local authority's name or GSS code",
      received: describeValue(borough),
      message,
      code: problemCode,
      ...at,
    });
  if (typeof borough !== "string") boroughProblem("a borough must be given as text", "invalid_type");
  else if (borough.trim() === "") boroughProblem("the entry names no borough", "blank");
  else
    try {
      code = getLocalAuthority(borough).code;
    } catch (error) {
      if (!isStValidationError(error)) throw error;
      boroughProblem(error.problems[0]?.message ?? "not a local authority", "unknown_local_authority");
    }
  const label = safeParseQuarterLabel(quarter as string);
  if (!label.ok) problems.push(...label.problems.map((p) => ({ ...p, path: "quarter", field: "Quarter", ...at })));
  if (code === undefined || !label.ok) return { ok: false, problems };
  return { ok: true, value: { borough: code, quarter: label.value } };
}

/**
 * The quarters boroughs made their return for, from a CSV or JSON text, or every problem found:
 * each names its line (CSV) or item (JSON), the field, what was expected and what was found.
 * Boroughs may be given by name or GSS code; quarters as any label `parseQuarterLabel` reads
 * ("2025-Q2", "Q2 2025/26", ...). Never throws on bad text.
 *
 * @throws StValidationError (also a `TypeError`) when `text` is not text or `options` not an object.
 */
export function safeReadQuarterReturns(
  text: string,
  options: ReadQuarterReturnsOptions = {},
): SafeResult<QuarterReturn[]> {
  checkArgument(text, "text", { fn: "safeReadQuarterReturns", argument: "text", label: LIST });
  checkArgument(options, "record", {
    fn: "safeReadQuarterReturns",
    argument: "options",
    label: "Options",
    optional: true,
  });
  if (options.format !== undefined && options.format !== "csv" && options.format !== "json")
    throw argumentError("safeReadQuarterReturns", {
      argument: "options.format",
      label: "Format",
      expected: "csv or json",
      received: options.format,
      message: "is not a format the returns can be read from",
    });
  const entries = options.format === "json" ? jsonEntries(text) : csvEntries(text);
  if (!entries.ok) return entries;
  const problems: Problem[] = [];
  const value: QuarterReturn[] = [];
  for (const entry of entries.value) {
    const read = returnOf(entry);
    if (read.ok) value.push(read.value);
    else problems.push(...read.problems);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

/**
 * {@link safeReadQuarterReturns}, throwing instead.
 *
 * @throws StValidationError carrying every problem found.
 */
export function readQuarterReturns(text: string, options: ReadQuarterReturnsOptions = {}): QuarterReturn[] {
  const result = safeReadQuarterReturns(text, options);
  if (!result.ok) throw new StValidationError(result.problems);
  return result.value;
}
