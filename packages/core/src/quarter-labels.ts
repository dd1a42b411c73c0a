/**
 * Quarter labels as people write them in returns and reports ("Jul-Sep 23", "July-sept 23",
 * "April-June 24", "Q2 2023/24", "2023-Q3"), read to the canonical {@link QuarterId}, and written
 * back in the styles a report needs.
 * @module
 */

import * as z from "zod";
import { describeValue, StValidationError } from "./errors.js";
import { financialQuarterOf } from "./financial-years.js";
import {
  fitsTwoDigits,
  labelProblem,
  MONTH_NAMES,
  monthNumber,
  normaliseLabel,
  readFinancialYearStart,
  readYear,
} from "./label-text.js";
import type { ProblemCode } from "./problem-codes.js";
import { type QuarterId, quarterId, quarterParts } from "./quarters.js";
import type { SafeResult } from "./zod-problems.js";

/**
 * How {@link formatQuarter} writes a quarter, shown for `2023-Q3`:
 * - `"id"`: `2023-Q3`, the canonical id records and JSON use;
 * - `"short"`: `Jul-Sep 23`, the month range the partnership's returns print (four-digit year
 *   outside 1990 to 2089, where two digits would read back as another century);
 * - `"long"`: `July to September 2023`;
 * - `"financial"`: `2023/24 Q2`, the quarter of the UK financial year (April to March).
 */
export type QuarterStyle = "id" | "short" | "long" | "financial";

/** Every {@link QuarterStyle}, in the order listed there. */
export const quarterStyles: readonly QuarterStyle[] = Object.freeze(["id", "short", "long", "financial"]);

/**
 * Write a quarter in one of the {@link QuarterStyle | styles}: `formatQuarter("2023-Q3", "short")` is
 * `"Jul-Sep 23"`. {@link parseQuarterLabel} reads every style back to the same quarter.
 */
export function formatQuarter(quarter: QuarterId, style: QuarterStyle): string {
  const { year, quarter: n } = quarterParts(quarter);
  const first = MONTH_NAMES[n * 3 - 3] ?? "";
  const last = MONTH_NAMES[n * 3 - 1] ?? "";
  switch (style) {
    case "id":
      return quarter;
    case "short": {
      const yy = fitsTwoDigits(year) ? String(year % 100).padStart(2, "0") : String(year);
      return `${first.slice(0, 3)}-${last.slice(0, 3)} ${yy}`;
    }
    case "long":
      return `${first} to ${last} ${year}`;
    case "financial": {
      const financial = financialQuarterOf(quarter);
      return `${financial.financialYear} Q${financial.quarter}`;
    }
    default:
      throw new RangeError(`unknown quarter style: ${String(style)}`);
  }
}

const FIELD = "Quarter";
const EXPECTED =
  'a calendar quarter such as "Jul-Sep 23", "July to September 2023", "2023-Q3" or a financial quarter such as "2023/24 Q2"';

type Read = { ok: true; value: QuarterId } | { ok: false; message: string; code?: ProblemCode };

const NOT_A_QUARTER: Read = { ok: false, message: "is not a quarter label" };

const CALENDAR_ID = /^(\d{4}) ?-? ?q([1-4])$/;
const QUARTER_WORD = "(?:q|qtr|quarter) ?([1-4])";
const QUARTER_FIRST = new RegExp(`^${QUARTER_WORD}(?: of|,)? (.+)$`);
const QUARTER_LAST = new RegExp(`^(.+?),? ${QUARTER_WORD}$`);
const FOUR_DIGIT_YEAR = /^\d{4}$/;

function financialQuarter(yearText: string, n: number): Read {
  if (FOUR_DIGIT_YEAR.test(yearText)) {
    return {
      ok: false,
      code: "ambiguous_quarter",
      message: `is ambiguous: write ${yearText}-Q${n} for the calendar quarter, or Q${n} ${yearText}/${String((Number(yearText) + 1) % 100).padStart(2, "0")} for the financial one`,
    };
  }
  const read = readFinancialYearStart(yearText);
  if (!read) return NOT_A_QUARTER;
  if ("message" in read) return { ok: false, message: read.message };
  // Financial quarter 1 is April to June, so quarters 1 to 3 fall in the starting year.
  const value = n === 4 ? quarterId(read.start + 1, 1) : quarterId(read.start, n + 1);
  return { ok: true, value };
}

// Words and marks that only join the two months ("Jul-Sep", "July to September", "Jul/Sep").
const JOINERS = new Set(["-", "/", ",", "to", "through", "thru", "until", "till"]);
const TOKEN = /'?\d+(?: ?\/ ?'?\d+)?|[a-z]+\.?|[-/,]/g;

const YEAR_TOKEN = /^'?\d{2}$|^\d{4}$/;

function readMonthRange(text: string): Read {
  const raw = text.match(TOKEN);
  if (!raw) return NOT_A_QUARTER;
  // Every character but spaces must belong to a token, or the label holds something unexplained.
  let covered = 0;
  for (const word of raw) covered += word.length;
  if (covered !== text.length - countSpaces(text)) return NOT_A_QUARTER;
  const months: number[] = [];
  const monthPositions: number[] = [];
  // A year is a calendar year (>= 0) or the start of a financial year, stored as -(start + 1).
  const years: number[] = [];
  let position = 0;
  for (const word of raw) {
    if (JOINERS.has(word)) continue;
    const month = monthNumber(word);
    if (month !== undefined) {
      months.push(month);
      monthPositions.push(position);
    } else if (YEAR_TOKEN.test(word)) {
      years.push(readYear(word));
    } else if (word.includes("/")) {
      const read = readFinancialYearStart(word.replace(/ /g, ""));
      if (!read) return NOT_A_QUARTER;
      if ("message" in read) return { ok: false, message: read.message };
      years.push(-(read.start + 1));
    } else {
      return NOT_A_QUARTER;
    }
    position += 1;
  }
  if (months.length === 0 && years.length === 1 && raw.length <= 2) {
    return { ok: false, message: "names a year, not a quarter" };
  }
  if (months.length === 0 || years.length === 0) return NOT_A_QUARTER;
  if (months.length === 1) return { ok: false, message: "names one month, not a quarter of three" };
  // Two months, and years only before the first, between them or at the end.
  if (months.length !== 2 || years.length > 2 || (monthPositions[1] ?? 0) - (monthPositions[0] ?? 0) > 2) {
    return NOT_A_QUARTER;
  }
  const from = months[0] ?? 0;
  const to = months[1] ?? 0;
  // January to March fall in the second calendar year of a financial year, the rest in the first.
  const calendarYears = years.map((y) => (y >= 0 ? y : -y - 1 + (from >= 4 ? 0 : 1)));
  const year = calendarYears[0] ?? 0;
  if (calendarYears.some((y) => y !== year)) {
    return { ok: false, message: "spans two years, but a calendar quarter falls within one" };
  }
  if ((from - 1) % 3 !== 0 || to !== from + 2) {
    const name = (m: number) => MONTH_NAMES[m - 1] ?? "";
    return {
      ok: false,
      code: "not_a_calendar_quarter",
      message: `covers ${name(from)} to ${name(to)}, which is not a calendar quarter (January to March, April to June, July to September or October to December)`,
    };
  }
  if (year > 9999) return NOT_A_QUARTER;
  return { ok: true, value: quarterId(year, (from + 2) / 3) };
}

function countSpaces(text: string): number {
  let spaces = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) spaces += 1;
  return spaces;
}

function read(label: string): Read {
  const text = normaliseLabel(label);
  if (text === "") return { ok: false, message: "no quarter was given", code: "required" };
  const calendar = CALENDAR_ID.exec(text);
  if (calendar) return { ok: true, value: quarterId(Number(calendar[1]), Number(calendar[2])) };
  const quarterFirst = QUARTER_FIRST.exec(text);
  if (quarterFirst) return financialQuarter(quarterFirst[2] ?? "", Number(quarterFirst[1]));
  const quarterLast = QUARTER_LAST.exec(text);
  if (quarterLast) return financialQuarter(quarterLast[1] ?? "", Number(quarterLast[2]));
  return readMonthRange(text);
}

/** What {@link safeParseQuarterLabel} returns (a {@link SafeResult}): the quarter, or the problems with the label. */
export type QuarterLabelResult = SafeResult<QuarterId>;

/**
 * Read a quarter label as returns and reports write it, without throwing. See
 * {@link parseQuarterLabel} for what is accepted.
 * @returns `{ ok: true, value }` with the calendar quarter, or `{ ok: false, problems }` quoting the label.
 */
export function safeParseQuarterLabel(label: string): QuarterLabelResult {
  if (typeof label !== "string") {
    return {
      ok: false,
      problems: [labelProblem(label, FIELD, EXPECTED, "a quarter must be given as text", "invalid_type")],
    };
  }
  const result = read(label);
  if (result.ok) return result;
  const message = result.code === "required" ? result.message : `${describeValue(label)} ${result.message}`;
  return {
    ok: false,
    problems: [labelProblem(label, FIELD, EXPECTED, message, result.code ?? "invalid_quarter_label")],
  };
}

/**
 * Read a quarter label as returns and reports write it, to its calendar quarter:
 *
 * - month ranges, with any case, spacing, dash or "to", abbreviated or not, and a two- or four-digit
 *   year: `"Jul-Sep 23"`, `"July-sept 23"`, `"April-June 24"`, `"Jul- Sep 23"`, `"Jul–Sep 2023"`,
 *   `"July to September 2023"`, `"Jul 23 - Sep 23"`; the year may also be a financial year
 *   (`"Jan-Mar 2023/24"` is `2024-Q1`);
 * - calendar quarter ids: `"2023-Q3"`, `"2023 Q3"` (the ONS style), `"2023Q3"`;
 * - financial quarters: `"Q2 2023/24"`, `"2023/24 Q2"`, `"Q2 FY23/24"`, `"Quarter 2 2023-24"`.
 *
 * Two-digit years are 2000 to 2089 for 00 to 89 and 1990 to 1999 for 90 to 99. A month range that is
 * not a calendar quarter (`"Aug-Oct 23"`) is an error, and so is `"Q3 2023"`, which could mean either
 * the calendar or the financial quarter.
 *
 * @throws {@link index!StValidationError} quoting the label when it is not a quarter.
 */
export function parseQuarterLabel(label: string): QuarterId {
  const result = safeParseQuarterLabel(label);
  if (result.ok) return result.value;
  throw new StValidationError(result.problems, { subject: "quarter label" });
}

/**
 * A zod schema that reads any label {@link parseQuarterLabel} accepts and gives the canonical
 * {@link QuarterId}, for columns of quarters in imported files. It transforms, so it describes input
 * (`z.toJSONSchema(schema, { io: "input" })`); stored records use `quarterIdSchema`.
 */
export const quarterLabelSchema = z.string().transform((label, context) => {
  const result = safeParseQuarterLabel(label);
  if (result.ok) return result.value;
  for (const problem of result.problems) {
    context.addIssue({ code: "custom", message: problem.message, input: label });
  }
  return z.NEVER;
});
