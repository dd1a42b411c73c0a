/**
 * Calendar months written `YYYY-MM`, and ranges of them: the building blocks of the month-range
 * labels returns print ("Jul-Sep 23") and of monthly breakdowns within a quarter.
 * @module
 */

import { checkArgument } from "./argument-checks.js";
import { argumentError } from "./errors.js";
import { type IsoDate, toIsoDate } from "./iso-date.js";
import { type QuarterId, quarterId, quarterParts } from "./quarters.js";

/** A calendar month written `YYYY-MM`, e.g. `"2023-07"` for July 2023. */
export type MonthId = `${number}-${string}`;

/** A run of whole months, first and last included. */
export interface MonthRange {
  /** The first month of the range. */
  readonly from: MonthId;
  /** The last month of the range (the same as `from` for a single month). */
  readonly to: MonthId;
}

const MONTH_ID = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True when `value` is a {@link MonthId} (`YYYY-MM` with a month from 01 to 12). */
export function isMonthId(value: unknown): value is MonthId {
  return typeof value === "string" && MONTH_ID.test(value);
}

function parts(month: MonthId): { year: number; month: number } {
  if (!isMonthId(month))
    throw argumentError("a month calculation", {
      argument: "month",
      label: "Month",
      expected: "a month written YYYY-MM, e.g. 2023-07",
      received: month,
      message: "is not a month written YYYY-MM",
      code: "invalid_month",
    });
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}

function monthIdOf(index: number): MonthId {
  const year = Math.floor(index / 12);
  if (year < 0 || year > 9999)
    throw argumentError("a month calculation", {
      argument: "n",
      label: "Months",
      expected: "a result within the years 0 to 9999",
      received: year,
      message: `year out of range: ${year}`,
    });
  return `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}` as MonthId;
}

function monthIndex(month: MonthId): number {
  const { year, month: m } = parts(month);
  return year * 12 + m - 1;
}

/** The month a date falls in: `monthOf("2023-08-15")` is `"2023-08"`. A `Date` is read in local time. */
export function monthOf(date: IsoDate | Date): MonthId {
  return toIsoDate(date).slice(0, 7) as MonthId;
}

/** The first day of a month: `monthStart("2024-02")` is `"2024-02-01"`. */
export function monthStart(month: MonthId): IsoDate {
  parts(month);
  return `${month}-01`;
}

/** The last day of a month, leap years included: `monthEnd("2024-02")` is `"2024-02-29"`. */
export function monthEnd(month: MonthId): IsoDate {
  const { year, month: m } = parts(month);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return `${month}-${days}`;
}

/** The month `n` months after `month` (before it when `n` is negative). */
export function addMonthsToMonth(month: MonthId, n: number): MonthId {
  if (!Number.isInteger(n))
    throw argumentError("addMonthsToMonth", {
      argument: "n",
      label: "Months to add",
      expected: "a whole number",
      received: n,
      message: `months to add must be a whole number: ${n}`,
    });
  return monthIdOf(monthIndex(month) + n);
}

/** Every month of a range, in order, both ends included; empty when `to` is before `from`. */
export function monthsOfRange(range: MonthRange): MonthId[] {
  checkArgument(range, "record", {
    fn: "monthsOfRange",
    argument: "range",
    label: "Month range",
    expected: "a month range { from, to }",
  });
  const first = monthIndex(range.from);
  const count = monthIndex(range.to) - first + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => monthIdOf(first + i));
}

/** The calendar quarter a month belongs to: `quarterOfMonth("2023-08")` is `"2023-Q3"`. */
export function quarterOfMonth(month: MonthId): QuarterId {
  const { year, month: m } = parts(month);
  return quarterId(year, Math.ceil(m / 3));
}

/** The three months of a quarter as a range: `2023-Q3` is `{ from: "2023-07", to: "2023-09" }`. */
export function monthRangeOfQuarter(quarter: QuarterId): MonthRange {
  const { year, quarter: n } = quarterParts(quarter);
  const first = year * 12 + (n - 1) * 3;
  return { from: monthIdOf(first), to: monthIdOf(first + 2) };
}

/** The quarter a month range covers exactly, or `undefined` when it is not a calendar quarter (e.g. August to October). */
export function quarterOfMonthRange(range: MonthRange): QuarterId | undefined {
  checkArgument(range, "record", {
    fn: "quarterOfMonthRange",
    argument: "range",
    label: "Month range",
    expected: "a month range { from, to }",
  });
  const { year, month } = parts(range.from);
  if ((month - 1) % 3 !== 0 || monthIndex(range.to) - monthIndex(range.from) !== 2) return undefined;
  return quarterId(year, (month + 2) / 3);
}
