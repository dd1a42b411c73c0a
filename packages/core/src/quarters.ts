/**
 * Calendar quarters, written `YYYY-Qn`: the period every quarterly return and indicator series is
 * keyed by (`2023-Q3` is July to September 2023). Financial-year quarters are in
 * `financial-years.ts`; the labels real returns print are read by `parseQuarterLabel`.
 * @module
 */

import * as z from "zod";
import { argumentError } from "./errors.js";
import { type IsoDate, toIsoDate } from "./iso-date.js";

/** A quarter's number within its year, 1 to 4. */
export type QuarterNumber = 1 | 2 | 3 | 4;

/**
 * A calendar quarter written `YYYY-Qn`: `2023-Q1` is January to March 2023, `2023-Q3` July to
 * September. Sorting the strings sorts the quarters (for four-digit years).
 */
export type QuarterId = `${number}-Q${QuarterNumber}`;

const QUARTER_ID = /^(\d{4})-Q([1-4])$/;

/** True when `value` is a {@link QuarterId} in canonical form (four-digit year, capital Q). */
export function isQuarterId(value: unknown): value is QuarterId {
  return typeof value === "string" && QUARTER_ID.test(value);
}

/**
 * A zod schema for a stored {@link QuarterId}. Read labels written any other way with
 * `parseQuarterLabel`. A plain pattern, so JSON Schema generated from a record carries it.
 */
export const quarterIdSchema: z.ZodType<QuarterId, string> = z
  .string()
  .regex(QUARTER_ID, { message: "must be a calendar quarter written YYYY-Qn, e.g. 2023-Q3" }) as z.ZodType<
  string,
  string
> as z.ZodType<QuarterId, string>;

function check(quarter: QuarterId): void {
  if (!isQuarterId(quarter))
    throw argumentError("a quarter calculation", {
      argument: "quarter",
      label: "Quarter",
      expected: "a calendar quarter written YYYY-Qn, e.g. 2023-Q3",
      received: quarter,
      message: "is not a quarter written YYYY-Qn",
      code: "invalid_quarter",
    });
}

/**
 * The quarter written `YYYY-Qn` for a year and a quarter number.
 * @throws RangeError when the year is not a whole number from 0 to 9999 or the quarter is not 1 to 4.
 */
export function quarterId(year: number, quarter: number): QuarterId {
  if (!Number.isInteger(year) || year < 0 || year > 9999)
    throw argumentError("quarterId", {
      argument: "year",
      label: "Year",
      expected: "a whole number from 0 to 9999",
      received: year,
      message: `year out of range: ${year}`,
    });
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4)
    throw argumentError("quarterId", {
      argument: "quarter",
      label: "Quarter",
      expected: "1, 2, 3 or 4",
      received: quarter,
      message: `quarter must be 1, 2, 3 or 4: ${quarter}`,
    });
  return `${String(year).padStart(4, "0")}-Q${quarter}` as QuarterId;
}

/** The year and quarter number of a {@link QuarterId}: `2023-Q3` gives `{ year: 2023, quarter: 3 }`. */
export function quarterParts(quarter: QuarterId): { year: number; quarter: QuarterNumber } {
  check(quarter);
  return { year: Number(quarter.slice(0, 4)), quarter: Number(quarter.slice(6)) as QuarterNumber };
}

/** The calendar quarter a date falls in: `quarterOf("2023-08-15")` is `"2023-Q3"`. A `Date` is read in local time. */
export function quarterOf(date: IsoDate | Date): QuarterId {
  const iso = toIsoDate(date);
  const month = Number(iso.slice(5, 7));
  return quarterId(Number(iso.slice(0, 4)), Math.ceil(month / 3));
}

const LAST_DAY = ["03-31", "06-30", "09-30", "12-31"] as const;

/** The first day of a quarter: `quarterStart("2023-Q3")` is `"2023-07-01"`. */
export function quarterStart(quarter: QuarterId): IsoDate {
  const { quarter: n } = quarterParts(quarter);
  return `${quarter.slice(0, 4)}-${String(n * 3 - 2).padStart(2, "0")}-01`;
}

/** The last day of a quarter: `quarterEnd("2023-Q3")` is `"2023-09-30"`. */
export function quarterEnd(quarter: QuarterId): IsoDate {
  const { quarter: n } = quarterParts(quarter);
  return `${quarter.slice(0, 4)}-${LAST_DAY[n - 1]}`;
}

/** True when `date` falls within `quarter`, first and last days included. */
export function isInQuarter(date: IsoDate | Date, quarter: QuarterId): boolean {
  return quarterOf(date) === quarter;
}

/**
 * The quarter `n` quarters after `quarter` (before it when `n` is negative).
 * @throws RangeError when the result would fall outside the years 0 to 9999.
 */
export function addQuarters(quarter: QuarterId, n: number): QuarterId {
  if (!Number.isInteger(n))
    throw argumentError("addQuarters", {
      argument: "n",
      label: "Quarters to add",
      expected: "a whole number",
      received: n,
      message: `quarters to add must be a whole number: ${n}`,
    });
  const index = quarterIndex(quarter) + n;
  return quarterId(Math.floor(index / 4), (((index % 4) + 4) % 4) + 1);
}

/** The quarter after `quarter`: `nextQuarter("2023-Q4")` is `"2024-Q1"`. */
export function nextQuarter(quarter: QuarterId): QuarterId {
  return addQuarters(quarter, 1);
}

/** The quarter before `quarter`: `previousQuarter("2024-Q1")` is `"2023-Q4"`. */
export function previousQuarter(quarter: QuarterId): QuarterId {
  return addQuarters(quarter, -1);
}

// Quarters counted from 0000-Q1, so arithmetic and comparison are integer operations.
function quarterIndex(quarter: QuarterId): number {
  const { year, quarter: n } = quarterParts(quarter);
  return year * 4 + n - 1;
}

/** How many quarters `to` is after `from` (negative when before): from `2023-Q3` to `2024-Q1` is 2. */
export function differenceInQuarters(to: QuarterId, from: QuarterId): number {
  return quarterIndex(to) - quarterIndex(from);
}

/** Order two quarters, for `Array.prototype.sort`: negative when `a` is earlier, 0 when equal, positive when later. */
export function compareQuarters(a: QuarterId, b: QuarterId): -1 | 0 | 1 {
  return Math.sign(quarterIndex(a) - quarterIndex(b)) as -1 | 0 | 1;
}

/**
 * Every quarter from `from` to `to`, both included, in order: `quartersBetween("2023-Q3", "2024-Q1")`
 * is `["2023-Q3", "2023-Q4", "2024-Q1"]`. Empty when `to` is before `from`.
 */
export function quartersBetween(from: QuarterId, to: QuarterId): QuarterId[] {
  const count = differenceInQuarters(to, from) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addQuarters(from, i));
}
