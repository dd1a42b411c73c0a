/**
 * The bank holidays of England and Wales, computed for every year from 1995 to 2100: the eight
 * regular holidays with their substitute days, plus the one-off moves and extra days proclaimed
 * since 1995 (VE Day 1995, the Millennium, three jubilees, a royal wedding, the 2020 VE Day move,
 * the 2022 state funeral and the 2023 coronation).
 *
 * Scotland and Northern Ireland have different holidays and are not covered.
 * @module
 */
import { argumentError } from "./errors.js";
import { addIsoDays, type IsoDate, isoWeekday, toIsoDate } from "./iso-date.js";

/** One bank holiday of England and Wales. */
export interface BankHoliday {
  /** The day off. */
  date: IsoDate;
  /** Its name, as on gov.uk, e.g. `"Early May bank holiday"` or `"Boxing Day"`. */
  name: string;
  /**
   * True when this is a substitute day: the holiday itself fell at a weekend and the day off moved
   * to the next weekday (e.g. Boxing Day 2026 is Saturday, so Monday 28 December is the holiday).
   */
  substitute: boolean;
}

/** The first year whose bank holidays are known (the 1995 VE Day move is the earliest one-off). */
export const FIRST_BANK_HOLIDAY_YEAR = 1995;
/** The last year whose bank holidays are computed. Later one-off changes cannot be known. */
export const LAST_BANK_HOLIDAY_YEAR = 2100;

/**
 * Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian algorithm, also
 * known as Meeus/Jones/Butcher), valid for any year from 1583.
 *
 * @example
 * easterSunday(2025) // "2025-04-20"
 */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999)
    throw argumentError("easterSunday", {
      argument: "year",
      label: "Year",
      expected: "a whole year from 1583 to 9999",
      received: year,
      message: "is not a year Easter is computed for",
      code: "out_of_range",
    });
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const pad = (n: number) => String(n).padStart(2, "0");
const ymd = (year: number, month: number, day: number): IsoDate => `${year}-${pad(month)}-${pad(day)}`;

/** The first Monday of a month. */
function firstMonday(year: number, month: number): IsoDate {
  const first = ymd(year, month, 1);
  return addIsoDays(first, (8 - isoWeekday(first)) % 7);
}

/** The last Monday of a month. */
function lastMonday(year: number, month: number, lastDay: number): IsoDate {
  const last = ymd(year, month, lastDay);
  return addIsoDays(last, -((isoWeekday(last) + 6) % 7));
}

/** Saturday or Sunday. */
function isWeekend(date: IsoDate): boolean {
  const day = isoWeekday(date);
  return day === 0 || day === 6;
}

/**
 * One-off changes proclaimed since 1995. `moves` replace a regular holiday's date (keyed by the
 * regular holiday's name); `extra` are additional days. Checked against the gov.uk lists and the
 * proclamations.
 */
const ONE_OFFS: Readonly<
  Record<number, { moves?: Readonly<Record<string, IsoDate>>; extra?: readonly (readonly [IsoDate, string])[] }>
> = {
  // 50th anniversary of VE Day: the early May holiday moved from 1 May.
  1995: { moves: { "Early May bank holiday": "1995-05-08" } },
  1999: { extra: [["1999-12-31", "Millennium Celebrations"]] },
  // Golden Jubilee: spring holiday moved from 27 May to Tuesday 4 June, jubilee on Monday 3 June.
  2002: {
    moves: { "Spring bank holiday": "2002-06-04" },
    extra: [["2002-06-03", "Queen's Golden Jubilee"]],
  },
  2011: { extra: [["2011-04-29", "Royal wedding"]] },
  // Diamond Jubilee: spring holiday moved from 28 May to Monday 4 June, jubilee on Tuesday 5 June.
  2012: {
    moves: { "Spring bank holiday": "2012-06-04" },
    extra: [["2012-06-05", "Queen's Diamond Jubilee"]],
  },
  // 75th anniversary of VE Day: the early May holiday moved from Monday 4 May to Friday 8 May.
  2020: { moves: { "Early May bank holiday": "2020-05-08" } },
  // Platinum Jubilee: spring holiday moved from 30 May to Thursday 2 June, jubilee on Friday 3 June.
  2022: {
    moves: { "Spring bank holiday": "2022-06-02" },
    extra: [
      ["2022-06-03", "Platinum Jubilee bank holiday"],
      ["2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II"],
    ],
  },
  2023: { extra: [["2023-05-08", "Bank holiday for the coronation of King Charles III"]] },
};

function checkYear(year: number, fn: string, argument: string, label: string): void {
  if (!Number.isInteger(year) || year < FIRST_BANK_HOLIDAY_YEAR || year > LAST_BANK_HOLIDAY_YEAR)
    throw argumentError(fn, {
      argument,
      label,
      expected: `a whole year from ${FIRST_BANK_HOLIDAY_YEAR} to ${LAST_BANK_HOLIDAY_YEAR}`,
      received: year,
      message: `is not a year whose bank holidays are known (England and Wales, ${FIRST_BANK_HOLIDAY_YEAR} to ${LAST_BANK_HOLIDAY_YEAR})`,
      code: "out_of_range",
    });
}

function computeBankHolidays(year: number): BankHoliday[] {
  const easter = easterSunday(year);
  const holidays: BankHoliday[] = [];
  const add = (date: IsoDate, name: string, substitute = false) => {
    holidays.push({ date: ONE_OFFS[year]?.moves?.[name] ?? date, name, substitute });
  };

  // New Year's Day at a weekend gives the next Monday.
  const newYear = ymd(year, 1, 1);
  if (isWeekend(newYear)) add(addIsoDays(newYear, isoWeekday(newYear) === 6 ? 2 : 1), "New Year's Day", true);
  else add(newYear, "New Year's Day");

  add(addIsoDays(easter, -2), "Good Friday");
  add(addIsoDays(easter, 1), "Easter Monday");
  add(firstMonday(year, 5), "Early May bank holiday");
  add(lastMonday(year, 5, 31), "Spring bank holiday");
  add(lastMonday(year, 8, 31), "Summer bank holiday");

  // Christmas and Boxing Day: a day that falls at a weekend moves to the next weekday not
  // already taken, so Christmas on Saturday gives Monday 27 and Tuesday 28, and Christmas on
  // Sunday gives Boxing Day on Monday 26 and the Christmas substitute on Tuesday 27.
  const christmasWeekday = isoWeekday(ymd(year, 12, 25));
  if (christmasWeekday === 6) {
    add(ymd(year, 12, 27), "Christmas Day", true);
    add(ymd(year, 12, 28), "Boxing Day", true);
  } else if (christmasWeekday === 0) {
    add(ymd(year, 12, 26), "Boxing Day");
    add(ymd(year, 12, 27), "Christmas Day", true);
  } else if (christmasWeekday === 5) {
    add(ymd(year, 12, 25), "Christmas Day");
    add(ymd(year, 12, 28), "Boxing Day", true);
  } else {
    add(ymd(year, 12, 25), "Christmas Day");
    add(ymd(year, 12, 26), "Boxing Day");
  }

  for (const [date, name] of ONE_OFFS[year]?.extra ?? []) add(date, name);
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const cache = new Map<number, readonly BankHoliday[]>();

/**
 * The bank holidays of England and Wales in a year, in date order, substitute days included.
 *
 * Supported years are {@link FIRST_BANK_HOLIDAY_YEAR} to {@link LAST_BANK_HOLIDAY_YEAR}; any other
 * year is a `RangeError` that names the range. Future years follow the regular rules: a one-off
 * holiday proclaimed after this version was published is not known to it, so add it as a closure
 * (see `workingDayCalendar`) until you upgrade.
 *
 * The returned list and its entries are frozen and shared between calls.
 *
 * @example
 * bankHolidays(2026).map((h) => h.date)
 * // ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"]
 */
export function bankHolidays(year: number): readonly BankHoliday[] {
  checkYear(year, "bankHolidays", "year", "Year");
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = Object.freeze(computeBankHolidays(year).map((h) => Object.freeze(h)));
    cache.set(year, holidays);
  }
  return holidays;
}

/**
 * The bank holiday on a date, or `undefined` when the date is not one. A `Date` is read as its
 * local calendar day. Throws a `RangeError` for a date outside the supported years.
 */
export function bankHolidayOn(date: IsoDate | Date): BankHoliday | undefined {
  const iso = toIsoDate(date);
  return bankHolidays(Number(iso.slice(0, 4))).find((h) => h.date === iso);
}

/** True when a date is a bank holiday in England and Wales (see {@link bankHolidayOn}). */
export function isBankHoliday(date: IsoDate | Date): boolean {
  return bankHolidayOn(date) !== undefined;
}

/**
 * The bank holidays from `from` to `to`, both included, in date order. Empty when `to` is before
 * `from`. Both dates must lie in the supported years.
 */
export function bankHolidaysBetween(from: IsoDate | Date, to: IsoDate | Date): BankHoliday[] {
  const a = toIsoDate(from);
  const b = toIsoDate(to);
  const firstYear = Number(a.slice(0, 4));
  const lastYear = Number(b.slice(0, 4));
  checkYear(firstYear, "bankHolidaysBetween", "from", "From date");
  checkYear(lastYear, "bankHolidaysBetween", "to", "To date");
  const result: BankHoliday[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const h of bankHolidays(year)) if (h.date >= a && h.date <= b) result.push(h);
  }
  return result;
}
