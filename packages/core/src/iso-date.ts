/**
 * Calendar dates as ISO `YYYY-MM-DD` strings: the form every record, file and command of the
 * project uses, free of time zones (a complaint received on 19 December is received on 19 December
 * wherever the code runs).
 * @module
 */
import * as z from "zod";
import { checkArgument } from "./argument-checks.js";
import { argumentError } from "./errors.js";
import { MONTH_NAMES } from "./label-text.js";

/** A calendar date written `YYYY-MM-DD`, e.g. `"2025-12-19"`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month (1 to 12) of the proleptic Gregorian calendar: `daysInMonth(2024, 2)` is 29. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12)
    throw argumentError("daysInMonth", {
      argument: Number.isInteger(year) ? "month" : "year",
      label: Number.isInteger(year) ? "Month" : "Year",
      expected: Number.isInteger(year) ? "a month from 1 to 12" : "a whole year",
      received: Number.isInteger(year) ? month : year,
      message: Number.isInteger(year) ? "is not a month from 1 to 12" : "is not a whole year",
    });
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (so `"2025-02-30"` is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * A zod schema for {@link IsoDate}, with a message a person can act on (and, for `zodProblems`,
 * what was expected in words). Its JSON Schema says `"format": "date"` (RFC 3339 full-date), so
 * tools not written in TypeScript, and the data dictionary, know the field is a date.
 */
export const isoDateSchema = /* @__PURE__ */ z
  .string()
  .refine(isIsoDate, {
    message: "is not a real date written YYYY-MM-DD",
    params: { code: "invalid_format", expected: "a date written YYYY-MM-DD" },
  })
  .meta({ format: "date" });

/** Where a date argument comes from, for the error when it is not one: see {@link isoDateArgument}. */
export interface DateArgument {
  /** The function's name, e.g. `"stageDeadline"`. */
  fn: string;
  /** The parameter's name, e.g. `"from"`. */
  argument: string;
  /** The parameter in words, e.g. "Start date". */
  label: string;
}

/** Why `value` is not an {@link IsoDate}, in words that follow a label. */
function notAnIsoDate(value: unknown): string {
  if (typeof value !== "string") return "is not a date written YYYY-MM-DD";
  const match = ISO_DATE.exec(value);
  if (match) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return `is not a date: there is no month ${month}`;
    return `is not a date: there is no ${Number(match[3])} ${MONTH_NAMES[month - 1]} ${match[1]}`;
  }
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (dayFirst)
    return `is written day first: write dates YYYY-MM-DD, e.g. ${dayFirst[3]}-${dayFirst[2]!.padStart(2, "0")}-${dayFirst[1]!.padStart(2, "0")}`;
  return "is not a date written YYYY-MM-DD";
}

/**
 * `value` when it is an {@link IsoDate}; otherwise the coded error of `argumentError` (an
 * `StValidationError` that is also a `RangeError`), naming the function, the argument and what is
 * wrong: `"2025-02-31"` "is not a date: there is no 31 February 2025", `"19/12/2025"` "is written
 * day first: write dates YYYY-MM-DD, e.g. 2025-12-19". For functions of your own that take dates.
 */
export function isoDateArgument(value: unknown, where: DateArgument): IsoDate {
  checkArgument(where, "record", {
    fn: "isoDateArgument",
    argument: "where",
    label: "Where the date comes from",
    expected: "{ fn, argument, label }",
  });
  if (isIsoDate(value)) return value;
  throw argumentError(where.fn, {
    argument: where.argument,
    label: where.label,
    expected: "a date written YYYY-MM-DD",
    received: value,
    message: notAnIsoDate(value),
    code: "invalid_date",
  });
}

/**
 * The calendar day of a `Date` as an {@link IsoDate}, read in local time (what a person in the UK
 * means by "today"), or passes an {@link IsoDate} through after checking it.
 */
export function toIsoDate(date: Date | IsoDate): IsoDate {
  if (!(date instanceof Date)) return isoDateArgument(date, { fn: "toIsoDate", argument: "date", label: "Date" });
  if (Number.isNaN(date.getTime()))
    throw argumentError("toIsoDate", {
      argument: "date",
      label: "Date",
      expected: "a valid Date or a date written YYYY-MM-DD",
      received: date,
      message: "is an invalid Date",
      code: "invalid_date",
    });
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// Day numbers are computed with integer arithmetic on the proleptic Gregorian calendar (Howard
// Hinnant's days_from_civil and civil_from_days), several times faster than going through Date and
// toISOString, which matters to the working-day calendar's hot path.

/** Days since 1970-01-01 of an {@link IsoDate}: plain integer arithmetic on calendar days. */
export function isoDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) isoDateArgument(date, { fn: "isoDayNumber", argument: "date", label: "Date" });
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The {@link IsoDate} of a day number from {@link isoDayNumber}. */
export function isoDateFromDayNumber(day: number): IsoDate {
  checkArgument(day, "number", { fn: "isoDateFromDayNumber", argument: "day", label: "Day number" });
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${dayOfMonth < 10 ? "0" : ""}${dayOfMonth}`;
}

/** Add `days` calendar days (negative to go back) to an {@link IsoDate}. */
export function addIsoDays(date: IsoDate, days: number): IsoDate {
  return isoDateFromDayNumber(isoDayNumber(date) + days);
}

/**
 * Add `months` calendar months (negative to go back) to an {@link IsoDate}, keeping the day of the
 * month, or the last day of a shorter month: `addIsoMonths("2024-02-29", -12)` is `"2023-02-28"`,
 * `addIsoMonths("2025-01-31", 1)` is `"2025-02-28"`.
 */
export function addIsoMonths(date: IsoDate, months: number): IsoDate {
  if (!isIsoDate(date)) isoDateArgument(date, { fn: "addIsoMonths", argument: "date", label: "Date" });
  if (!Number.isInteger(months))
    throw argumentError("addIsoMonths", {
      argument: "months",
      label: "Months",
      expected: "a whole number of months",
      received: months,
      message: "is not a whole number of months",
    });
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** Day of the week of an {@link IsoDate}: 0 Sunday to 6 Saturday, as `Date#getDay`. */
export function isoWeekday(date: IsoDate): number {
  return (((isoDayNumber(date) + 4) % 7) + 7) % 7;
}
