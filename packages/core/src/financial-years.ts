/**
 * UK local-government financial years: 1 April to 31 March, written `2024/25`. Financial quarter 1
 * is April to June, so calendar quarter `2023-Q3` (July to September 2023) is quarter 2 of 2023/24,
 * and `2024-Q1` (January to March 2024) is quarter 4 of 2023/24.
 * @module
 */
import * as z from "zod";
import { checkArgument } from "./argument-checks.js";
import { argumentError, describeValue, StValidationError } from "./errors.js";
import { type IsoDate, isIsoDate } from "./iso-date.js";
import { labelProblem, normaliseLabel, readFinancialYearStart } from "./label-text.js";
import { isQuarterId, type QuarterId, type QuarterNumber, quarterId, quarterOf, quarterParts } from "./quarters.js";
import type { SafeResult } from "./zod-problems.js";

/**
 * A financial year written `YYYY/YY`: the year it starts in, a slash, and the last two digits of
 * the year it ends in. `"2024/25"` runs from 1 April 2024 to 31 March 2025; `"1999/00"` ends in 2000.
 */
export type FinancialYearId = `${number}/${number}`;

/** A quarter of a financial year: quarter 1 is April to June, quarter 4 is January to March. */
export interface FinancialQuarter {
  /** The financial year, e.g. `"2023/24"`. */
  readonly financialYear: FinancialYearId;
  /** The quarter within it, 1 (April to June) to 4 (January to March). */
  readonly quarter: QuarterNumber;
}

const FINANCIAL_YEAR_ID = /^(\d{4})\/(\d{2})$/;

/** True when `value` is a {@link FinancialYearId} in canonical form, with consecutive years (`"2024/25"`, not `"2024/26"`). */
export function isFinancialYearId(value: unknown): value is FinancialYearId {
  if (typeof value !== "string") return false;
  const match = FINANCIAL_YEAR_ID.exec(value);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

/**
 * A zod schema for a stored {@link FinancialYearId}. Read other spellings with
 * {@link parseFinancialYear}. A pattern plus a check that the years follow each other; JSON Schema
 * generated from a record carries the pattern.
 */
export const financialYearSchema: z.ZodType<FinancialYearId, string> = z
  .string()
  .regex(FINANCIAL_YEAR_ID, { message: "must be a financial year written YYYY/YY, e.g. 2024/25", abort: true })
  .refine(isFinancialYearId, { message: "must name two years that follow each other, e.g. 2024/25" }) as z.ZodType<
  string,
  string
> as z.ZodType<FinancialYearId, string>;

/**
 * The financial year starting in April of `startYear`: `financialYear(2024)` is `"2024/25"`.
 * @throws RangeError when `startYear` is not a whole number from 0 to 9998.
 */
export function financialYear(startYear: number): FinancialYearId {
  if (!Number.isInteger(startYear) || startYear < 0 || startYear > 9998) {
    throw argumentError("financialYear", {
      argument: "startYear",
      label: "Start year",
      expected: "a whole number from 0 to 9998",
      received: startYear,
      message: `financial year start out of range: ${startYear}`,
    });
  }
  return `${String(startYear).padStart(4, "0")}/${String((startYear + 1) % 100).padStart(2, "0")}` as FinancialYearId;
}

/** The calendar year a financial year starts in: `financialYearStartYear("2024/25")` is `2024`. */
export function financialYearStartYear(year: FinancialYearId): number {
  if (!isFinancialYearId(year))
    throw argumentError("a financial-year calculation", {
      argument: "year",
      label: "Financial year",
      expected: "a financial year written YYYY/YY, e.g. 2024/25",
      received: year,
      message: "is not a financial year written YYYY/YY",
      code: "invalid_financial_year",
    });
  return Number(year.slice(0, 4));
}

/** The financial year `n` years after `year` (before it when `n` is negative). */
export function addFinancialYears(year: FinancialYearId, n: number): FinancialYearId {
  return financialYear(financialYearStartYear(year) + n);
}

/** The first day of a financial year: `financialYearStart("2024/25")` is `"2024-04-01"`. */
export function financialYearStart(year: FinancialYearId): IsoDate {
  return `${String(financialYearStartYear(year)).padStart(4, "0")}-04-01`;
}

/** The last day of a financial year: `financialYearEnd("2024/25")` is `"2025-03-31"`. */
export function financialYearEnd(year: FinancialYearId): IsoDate {
  return `${String(financialYearStartYear(year) + 1).padStart(4, "0")}-03-31`;
}

function asQuarter(when: IsoDate | Date | QuarterId): QuarterId {
  if (typeof when === "string" && isQuarterId(when)) return when;
  if (typeof when === "string" && !isIsoDate(when)) {
    throw argumentError("a financial-year calculation", {
      argument: "when",
      label: "Date or quarter",
      expected: "a date written YYYY-MM-DD or a quarter written YYYY-Qn",
      received: when,
      message: "is neither a date written YYYY-MM-DD nor a quarter written YYYY-Qn",
      code: "invalid_date",
    });
  }
  return quarterOf(when);
}

/**
 * The financial quarter of a date or a calendar quarter: `financialQuarterOf("2023-Q3")` is
 * `{ financialYear: "2023/24", quarter: 2 }`, and so is `financialQuarterOf("2023-08-15")`.
 */
export function financialQuarterOf(when: IsoDate | Date | QuarterId): FinancialQuarter {
  const { year, quarter } = quarterParts(asQuarter(when));
  return quarter === 1
    ? { financialYear: financialYear(year - 1), quarter: 4 }
    : { financialYear: financialYear(year), quarter: (quarter - 1) as QuarterNumber };
}

/**
 * The financial year of a date or a calendar quarter: `financialYearOf("2024-03-31")` and
 * `financialYearOf("2024-Q1")` are `"2023/24"`; `financialYearOf("2024-04-01")` is `"2024/25"`.
 */
export function financialYearOf(when: IsoDate | Date | QuarterId): FinancialYearId {
  return financialQuarterOf(when).financialYear;
}

/**
 * A quarter of a financial year written as council reports write it: `"2023/24 Q2"` is July to
 * September 2023. Next to {@link QuarterId} (`"2023-Q3"`, the same three months), which the
 * census and every quarterly series key by: a label a council reads as its own quarter cannot be
 * mistaken for the calendar one.
 */
export type FinancialQuarterId = `${number}/${number} Q${QuarterNumber}`;

const FINANCIAL_QUARTER_ID = /^(\d{4}\/\d{2}) Q([1-4])$/;

/** True when `value` is a {@link FinancialQuarterId} in canonical form (`"2023/24 Q2"`, consecutive years). */
export function isFinancialQuarterId(value: unknown): value is FinancialQuarterId {
  if (typeof value !== "string") return false;
  const match = FINANCIAL_QUARTER_ID.exec(value);
  return match !== null && isFinancialYearId(match[1]);
}

/** A zod schema for {@link FinancialQuarterId}; other spellings ("Q2 FY23/24") are read by `parseQuarterLabel`. */
export const financialQuarterIdSchema: z.ZodType<FinancialQuarterId, string> = /* @__PURE__ */ z
  .string()
  .refine(isFinancialQuarterId, {
    message: "is not a financial quarter written YYYY/YY Qn",
    params: { code: "invalid_format", expected: "a financial quarter such as 2023/24 Q2" },
  }) as unknown as z.ZodType<FinancialQuarterId, string>;

/**
 * The {@link FinancialQuarterId} of a date, a calendar quarter or a financial quarter:
 * `financialQuarterId("2023-Q3")` and `financialQuarterId("2023-08-15")` are `"2023/24 Q2"`. To read
 * a label as people write it ("Q2 FY23/24", "Jul-Sep 23"), pass it through `parseQuarterLabel` first.
 */
export function financialQuarterId(when: IsoDate | Date | QuarterId | FinancialQuarter): FinancialQuarterId {
  const financial =
    typeof when === "object" && when !== null && !(when instanceof Date)
      ? financialQuarterOf(calendarQuarterOf(when))
      : financialQuarterOf(when);
  return `${financial.financialYear} Q${financial.quarter}`;
}

/** The year and quarter of a {@link FinancialQuarterId}: `"2023/24 Q2"` is `{ financialYear: "2023/24", quarter: 2 }`. */
export function financialQuarterParts(id: FinancialQuarterId): FinancialQuarter {
  const match = typeof id === "string" ? FINANCIAL_QUARTER_ID.exec(id) : null;
  if (!match || !isFinancialYearId(match[1]))
    throw argumentError("financialQuarterParts", {
      argument: "id",
      label: "Financial quarter",
      expected: "a financial quarter written YYYY/YY Qn, such as 2023/24 Q2",
      received: id,
      message: "is not a financial quarter written YYYY/YY Qn",
      code: "invalid_format",
    });
  return { financialYear: match[1], quarter: Number(match[2]) as QuarterNumber };
}

/** The calendar quarter of a financial quarter: quarter 2 of 2023/24 (or `"2023/24 Q2"`) is `"2023-Q3"`. */
export function calendarQuarterOf(financial: FinancialQuarter | FinancialQuarterId): QuarterId {
  if (typeof financial === "string") return calendarQuarterOf(financialQuarterParts(financial));
  checkArgument(financial, "record", {
    fn: "calendarQuarterOf",
    argument: "financial",
    label: "Financial quarter",
    expected: "a financial quarter { financialYear, quarter } or one written YYYY/YY Qn",
  });
  const start = financialYearStartYear(financial.financialYear);
  return financial.quarter === 4 ? quarterId(start + 1, 1) : quarterId(start, financial.quarter + 1);
}

/** The four calendar quarters of a financial year, in order: 2023/24 is `2023-Q2`, `2023-Q3`, `2023-Q4`, `2024-Q1`. */
export function quartersOfFinancialYear(year: FinancialYearId): [QuarterId, QuarterId, QuarterId, QuarterId] {
  const start = financialYearStartYear(year);
  return [quarterId(start, 2), quarterId(start, 3), quarterId(start, 4), quarterId(start + 1, 1)];
}

/** How {@link formatFinancialYear} writes a year: `"id"` gives `2024/25`, `"long"` gives `April 2024 to March 2025`. */
export type FinancialYearStyle = "id" | "long";

/** Write a financial year for people or files; {@link parseFinancialYear} reads every style back. */
export function formatFinancialYear(year: FinancialYearId, style: FinancialYearStyle = "id"): string {
  const start = financialYearStartYear(year);
  return style === "long" ? `April ${start} to March ${start + 1}` : financialYear(start);
}

const FY_FIELD = "Financial year";
const FY_EXPECTED = "a financial year such as 2024/25";

/**
 * Read a financial year written any of the ways people write one: `2024/25`, `2024-25`,
 * `2024/2025`, `2024 to 2025`, `FY2024/25`, `FY24/25`, `24/25`, `April 2024 to March 2025`.
 * Two-digit years are 2000 to 2089 for 00 to 89 and 1990 to 1999 for 90 to 99.
 * @returns `{ ok: true, value }` with the canonical `YYYY/YY`, or `{ ok: false, problems }` quoting the text.
 */
export function safeParseFinancialYear(text: string): SafeResult<FinancialYearId> {
  if (typeof text !== "string") {
    return {
      ok: false,
      problems: [labelProblem(text, FY_FIELD, FY_EXPECTED, "a financial year must be text", "invalid_type")],
    };
  }
  const read = readFinancialYearStart(normaliseLabel(text));
  if (read && "start" in read) return { ok: true, value: financialYear(read.start) };
  const message = `${describeValue(text)} ${read?.message ?? "is not a financial year"}`;
  return { ok: false, problems: [labelProblem(text, FY_FIELD, FY_EXPECTED, message, "invalid_financial_year")] };
}

/**
 * As {@link safeParseFinancialYear}, but throws.
 * @throws {@link index!StValidationError} quoting the text when it is not a financial year.
 */
export function parseFinancialYear(text: string): FinancialYearId {
  const result = safeParseFinancialYear(text);
  if (result.ok) return result.value;
  throw new StValidationError(result.problems, { subject: "financial year" });
}
