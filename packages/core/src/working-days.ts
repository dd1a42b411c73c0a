/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays and any closure days
 * of your own (e.g. a council's Christmas closure). This is the calendar statutory response times
 * are counted in, such as the stage 1 to 3 periods of the Children Act 1989 complaints procedure.
 *
 * Counting convention, used throughout: a period of `n` working days from a date counts the
 * working days *after* that date, so the date itself never counts, and ends on the working day on
 * which the `n`-th falls. A complaint received on Friday 19 December 2025 with 10 working days to
 * answer is due on Wednesday 7 January 2026 (Christmas Day, Boxing Day and New Year's Day skipped).
 *
 * Supported dates are 1995-01-01 to 2100-12-31, the years whose bank holidays are known; any date
 * (or result) outside them is a `RangeError`.
 * @module
 */

import { checkArgument } from "./argument-checks.js";
import { bankHolidays, FIRST_BANK_HOLIDAY_YEAR, LAST_BANK_HOLIDAY_YEAR } from "./bank-holidays.js";
import { argumentError } from "./errors.js";
import { type IsoDate, isoDateArgument, isoDateFromDayNumber, isoDayNumber, toIsoDate } from "./iso-date.js";

/** Options shared by the working-day functions. */
export interface WorkingDayOptions {
  /**
   * Extra days that are not working days, on top of weekends and bank holidays: a borough's own
   * closure days. Order and duplicates do not matter; weekend dates are harmless.
   */
  closures?: Iterable<IsoDate | Date> | undefined;
}

/** A weekday that is not a working day, and why. */
export interface DayOff {
  /** The day. */
  date: IsoDate;
  /** Whether it is a bank holiday or one of the calendar's closure days. */
  kind: "bank holiday" | "closure";
  /** The bank holiday's name (e.g. `"Boxing Day"`), or `"Closure day"`. */
  name: string;
}

/**
 * A working-day calendar with its closure days fixed and precomputed. Build one with
 * {@link workingDayCalendar} when you count many periods against the same closures: the
 * standalone functions rebuild the closure index on every call that passes `closures`.
 */
export interface WorkingDayCalendar {
  /** The calendar's closure days that fall on weekdays, sorted, without duplicates. */
  readonly closures: readonly IsoDate[];
  /** See {@link isWorkingDay}. */
  isWorkingDay(date: IsoDate | Date): boolean;
  /** See {@link addWorkingDays}. */
  addWorkingDays(from: IsoDate | Date, n: number): IsoDate;
  /** See {@link workingDaysBetween}. */
  workingDaysBetween(a: IsoDate | Date, b: IsoDate | Date): number;
  /** See {@link nextWorkingDay}. */
  nextWorkingDay(date: IsoDate | Date): IsoDate;
  /** See {@link previousWorkingDay}. */
  previousWorkingDay(date: IsoDate | Date): IsoDate;
  /** See {@link daysOffBetween}. */
  daysOffBetween(a: IsoDate | Date, b: IsoDate | Date): DayOff[];
}

const FIRST_DAY = isoDayNumber(`${FIRST_BANK_HOLIDAY_YEAR}-01-01`);
const LAST_DAY = isoDayNumber(`${LAST_BANK_HOLIDAY_YEAR}-12-31`);
const RANGE = `${FIRST_BANK_HOLIDAY_YEAR}-01-01 to ${LAST_BANK_HOLIDAY_YEAR}-12-31`;

// Day number 4 (1970-01-05) is a Monday: weekday arithmetic counts whole weeks from it.
const MONDAY = 4;

/** Number of weekdays (Monday to Friday) with day number <= x, counted from an arbitrary origin. */
function weekdaysUpTo(x: number): number {
  const k = x - MONDAY;
  const weeks = Math.floor(k / 7);
  return 5 * weeks + Math.min(k - 7 * weeks + 1, 5);
}

/** The smallest day number x with weekdaysUpTo(x) >= v: the inverse of {@link weekdaysUpTo}. */
function weekdayAtCount(v: number): number {
  const weeks = Math.floor((v - 1) / 5);
  return MONDAY + 7 * weeks + (v - 5 * weeks - 1);
}

/** How many entries of an ascending array are <= x. */
function countUpTo(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function dayOf(date: IsoDate | Date, what: string): number {
  const where = { fn: "a working-day calculation", argument: "date", label: what };
  const day = isoDayNumber(date instanceof Date ? toIsoDate(date) : isoDateArgument(date, where));
  if (day < FIRST_DAY || day > LAST_DAY)
    throw argumentError(where.fn, {
      ...where,
      expected: `a date from ${RANGE}`,
      received: isoDateFromDayNumber(day),
      message: `is outside the years whose bank holidays are known (${RANGE})`,
      code: "date_out_of_range",
    });
  return day;
}

function result(day: number): IsoDate {
  // The date itself is not shown: beyond the range its holidays are unknown, so it would be wrong.
  if (day < FIRST_DAY || day > LAST_DAY)
    throw argumentError("a working-day calculation", {
      argument: "n",
      label: "Working days",
      expected: `a result from ${RANGE}`,
      received: day < FIRST_DAY ? "a day before it" : "a day after it",
      message: `working days are known from ${RANGE} only: the result falls ${day < FIRST_DAY ? "before" : "after"} it`,
      code: "date_out_of_range",
    });
  return isoDateFromDayNumber(day);
}

/** Monday to Friday (day number 0, 1970-01-01, was a Thursday). */
const isWeekday = (day: number) => {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
};

let holidayDays: { sorted: number[]; names: Map<number, string> } | undefined;

/** Every supported bank holiday as a day number (all fall on weekdays), with its name. */
function bankHolidayDays(): { sorted: number[]; names: Map<number, string> } {
  if (!holidayDays) {
    const names = new Map<number, string>();
    for (let year = FIRST_BANK_HOLIDAY_YEAR; year <= LAST_BANK_HOLIDAY_YEAR; year++) {
      for (const h of bankHolidays(year)) names.set(isoDayNumber(h.date), h.name);
    }
    holidayDays = { sorted: [...names.keys()].sort((a, b) => a - b), names };
  }
  return holidayDays;
}

/**
 * Build a working-day calendar: weekends, the bank holidays of England and Wales, and the given
 * closure days are not working days. Building costs one sort of the closures; every query after
 * that is a couple of binary searches, whatever the length of the period.
 *
 * @example
 * const hackney = workingDayCalendar({ closures: ["2025-12-29", "2025-12-30", "2025-12-31"] });
 * hackney.addWorkingDays("2025-12-19", 10) // "2026-01-12"
 */
export function workingDayCalendar(options: WorkingDayOptions = {}): WorkingDayCalendar {
  checkArgument(options, "record", { fn: "workingDayCalendar", argument: "options", label: "Options" });
  const holidays = bankHolidayDays();
  const closureDays = new Set<number>();
  if (options.closures !== undefined) {
    if (typeof options.closures === "string") {
      throw new TypeError("closures must be a list of dates, not a single string");
    }
    for (const closure of options.closures) {
      const day = isoDayNumber(toIsoDate(closure));
      if (isWeekday(day)) closureDays.add(day);
    }
  }
  const off =
    closureDays.size === 0 ? holidays.sorted : [...new Set([...holidays.sorted, ...closureDays])].sort((a, b) => a - b);
  const offSet = new Set(off);
  const closures = Object.freeze([...closureDays].sort((a, b) => a - b).map(isoDateFromDayNumber));

  /** Working days with day number <= x (from the same arbitrary origin as weekdaysUpTo). */
  const workingUpTo = (x: number) => weekdaysUpTo(x) - countUpTo(off, x);

  /** The smallest day x with workingUpTo(x) >= target; always a working day. */
  const workingDayAtCount = (target: number) => {
    // Start at the weekday that would be right with no days off, then move forward by the days
    // off met so far until none are added. Each step stays at or before the answer, because the
    // answer has at least as many days off before it as any earlier day.
    let x = weekdayAtCount(target);
    for (;;) {
      const next = weekdayAtCount(target + countUpTo(off, x));
      if (next === x) return x;
      x = next;
    }
  };

  const isWorking = (day: number) => isWeekday(day) && !offSet.has(day);

  const addWorkingDays = (from: IsoDate | Date, n: number): IsoDate => {
    if (!Number.isSafeInteger(n))
      throw argumentError("addWorkingDays", {
        argument: "n",
        label: "Working days",
        expected: "a whole number",
        received: n,
        message: `the number of working days must be a whole number: got ${n}`,
      });
    const day = dayOf(from, "the start date");
    // In cumulative counts of working days: n >= 1 asks for the day whose count is n more than
    // that of `from`; n <= 0 counts back from the day before `from`, so that n = 0 gives the first
    // working day on or after `from` and n = -1 the last working day before it.
    const target = n > 0 ? workingUpTo(day) + n : workingUpTo(day - 1) + n + 1;
    return result(workingDayAtCount(target));
  };

  return {
    closures,
    isWorkingDay: (date) => isWorking(dayOf(date, "the date")),
    addWorkingDays,
    workingDaysBetween: (a, b) => workingUpTo(dayOf(b, "the end date")) - workingUpTo(dayOf(a, "the start date")),
    nextWorkingDay: (date) => addWorkingDays(date, 1),
    previousWorkingDay: (date) => addWorkingDays(date, -1),
    daysOffBetween: (a, b) => {
      const first = dayOf(a, "the start date");
      const last = dayOf(b, "the end date");
      const days: DayOff[] = [];
      for (let i = countUpTo(off, first); i < off.length && (off[i] as number) <= last; i++) {
        const day = off[i] as number;
        const name = holidays.names.get(day);
        days.push({
          date: isoDateFromDayNumber(day),
          kind: name === undefined ? "closure" : "bank holiday",
          name: name ?? "Closure day",
        });
      }
      return days;
    },
  };
}

let standard: WorkingDayCalendar | undefined;

function calendarFor(options: WorkingDayOptions | undefined): WorkingDayCalendar {
  if (options?.closures === undefined) {
    standard ??= workingDayCalendar();
    return standard;
  }
  return workingDayCalendar(options);
}

/**
 * True when a date is a working day: Monday to Friday, not a bank holiday in England and Wales,
 * and not one of `options.closures`. A `Date` is read as its local calendar day.
 *
 * @example
 * isWorkingDay("2025-12-26") // false: Boxing Day
 */
export function isWorkingDay(date: IsoDate | Date, options?: WorkingDayOptions): boolean {
  return calendarFor(options).isWorkingDay(date);
}

/**
 * The working day on which a period of `n` working days from `from` ends.
 *
 * - `n >= 1`: counts the working days *after* `from` (the day of `from` itself is never counted,
 *   whether or not it is a working day) and returns the one on which the `n`-th falls.
 * - `n === 0`: returns `from` when it is a working day, otherwise the next working day (the first
 *   day on which something received on `from` can be dealt with).
 * - `n <= -1`: goes back: returns the `|n|`-th working day before `from`, so that
 *   `addWorkingDays(addWorkingDays(d, n), -n) === d` for any working day `d`.
 *
 * Throws a `RangeError` when `n` is not a whole number or the start or the result lies outside
 * 1995 to 2100.
 *
 * @example
 * addWorkingDays("2025-12-19", 10) // "2026-01-07"
 * addWorkingDays("2025-12-20", 0)  // "2025-12-22": a Saturday moves to Monday
 */
export function addWorkingDays(from: IsoDate | Date, n: number, options?: WorkingDayOptions): IsoDate {
  return calendarFor(options).addWorkingDays(from, n);
}

/**
 * The number of working days in `(a, b]`: after `a`, up to and including `b`. Negative when `b`
 * is before `a` (minus the working days in `(b, a]`), zero when they are the same day. This is the
 * inverse of {@link addWorkingDays}: `workingDaysBetween(d, addWorkingDays(d, n)) === n` for
 * every `n >= 1`.
 *
 * @example
 * workingDaysBetween("2025-12-19", "2026-01-07") // 10
 */
export function workingDaysBetween(a: IsoDate | Date, b: IsoDate | Date, options?: WorkingDayOptions): number {
  return calendarFor(options).workingDaysBetween(a, b);
}

/**
 * The first working day strictly after `date` (the same as `addWorkingDays(date, 1)`). For "this
 * day if it is a working day, else the next one", use `addWorkingDays(date, 0)`.
 *
 * @example
 * nextWorkingDay("2025-12-24") // "2025-12-29"
 */
export function nextWorkingDay(date: IsoDate | Date, options?: WorkingDayOptions): IsoDate {
  return calendarFor(options).nextWorkingDay(date);
}

/** The last working day strictly before `date` (the same as `addWorkingDays(date, -1)`). */
export function previousWorkingDay(date: IsoDate | Date, options?: WorkingDayOptions): IsoDate {
  return calendarFor(options).previousWorkingDay(date);
}

/**
 * The weekdays in `(a, b]` that are not working days, with the reason for each: what a period
 * from `a` to `b` skipped besides weekends. Use it to explain a due date to a person.
 *
 * @example
 * daysOffBetween("2025-12-19", "2026-01-07").map((d) => d.name)
 * // ["Christmas Day", "Boxing Day", "New Year's Day"]
 */
export function daysOffBetween(a: IsoDate | Date, b: IsoDate | Date, options?: WorkingDayOptions): DayOff[] {
  return calendarFor(options).daysOffBetween(a, b);
}
