/**
 * INTERIM copies of `@st/core` helpers that are landing in parallel (branches core-time and
 * core-places), under their planned names. Every import of this file is replaced by `@st/core`
 * once they land; nothing here is exported from the package.
 * @internal
 * @module
 */
import { addIsoDays, type IsoDate, isoDayNumber, isoWeekday } from "@st/core";

function easterSunday(year: number): IsoDate {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
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

const iso = (y: number, m: number, d: number): IsoDate =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

function firstMonday(y: number, m: number): IsoDate {
  const first = iso(y, m, 1);
  return addIsoDays(first, (8 - isoWeekday(first)) % 7);
}
function lastMonday(y: number, m: number, days: number): IsoDate {
  const last = iso(y, m, days);
  return addIsoDays(last, -((isoWeekday(last) + 6) % 7));
}

const moved: Record<string, IsoDate> = {
  "1995-05-01": "1995-05-08",
  "2020-05-04": "2020-05-08",
  "2002-05-27": "2002-06-04",
  "2012-05-28": "2012-06-04",
  "2022-05-30": "2022-06-02",
};
const extra = ["1999-12-31", "2002-06-03", "2011-04-29", "2012-06-05", "2022-06-03", "2022-09-19", "2023-05-08"];

/** England and Wales bank holidays of a year, sorted. */
export function bankHolidays(year: number): IsoDate[] {
  const days: IsoDate[] = [];
  const newYear = iso(year, 1, 1);
  const nyDow = isoWeekday(newYear);
  days.push(nyDow === 6 ? iso(year, 1, 3) : nyDow === 0 ? iso(year, 1, 2) : newYear);
  const easter = easterSunday(year);
  days.push(addIsoDays(easter, -2), addIsoDays(easter, 1));
  days.push(firstMonday(year, 5), lastMonday(year, 5, 31), lastMonday(year, 8, 31));
  const xmasDow = isoWeekday(iso(year, 12, 25));
  if (xmasDow === 5) days.push(iso(year, 12, 25), iso(year, 12, 28));
  else if (xmasDow === 6) days.push(iso(year, 12, 27), iso(year, 12, 28));
  else if (xmasDow === 0) days.push(iso(year, 12, 26), iso(year, 12, 27));
  else days.push(iso(year, 12, 25), iso(year, 12, 26));
  const result = days.map((d) => moved[d] ?? d);
  for (const d of extra) if (d.startsWith(`${year}-`)) result.push(d);
  return [...new Set(result)].sort();
}

const cache = new Map<number, Set<IsoDate>>();
function holidaySet(year: number): Set<IsoDate> {
  let set = cache.get(year);
  if (!set) {
    set = new Set(bankHolidays(year));
    cache.set(year, set);
  }
  return set;
}

/** Options of the working-day functions. */
export interface WorkingDayOptions {
  /** Extra days the borough is closed. */
  closures?: readonly IsoDate[];
}

/** True when `date` is not a weekend day, a bank holiday or a closure. */
export function isWorkingDay(date: IsoDate, options: WorkingDayOptions = {}): boolean {
  const dow = isoWeekday(date);
  if (dow === 0 || dow === 6) return false;
  if (holidaySet(Number(date.slice(0, 4))).has(date)) return false;
  return !options.closures?.includes(date);
}

/** The working day `n` working days after `from` (the day of `from` itself is not counted). */
export function addWorkingDays(from: IsoDate, n: number, options: WorkingDayOptions = {}): IsoDate {
  let date = from;
  let left = n;
  while (left > 0) {
    date = addIsoDays(date, 1);
    if (isWorkingDay(date, options)) left--;
  }
  return date;
}

/** Working days after `a` up to and including `b`; negative when `b` is before `a`. */
export function workingDaysBetween(a: IsoDate, b: IsoDate, options: WorkingDayOptions = {}): number {
  if (isoDayNumber(b) < isoDayNumber(a)) return -workingDaysBetween(b, a, options);
  let count = 0;
  for (let date = a; date !== b; ) {
    date = addIsoDays(date, 1);
    if (isWorkingDay(date, options)) count++;
  }
  return count;
}

/** A calendar quarter `YYYY-Qn`. */
export type QuarterId = string;

/** The calendar quarter of a date. */
export function quarterOf(date: IsoDate): QuarterId {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter after a quarter. */
export function nextQuarter(quarter: QuarterId): QuarterId {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}

/** True when `code` is the GSS code of an English or Welsh local authority with children's services. */
export function isLocalAuthorityCode(code: string): boolean {
  return /^(E0[6-9]|E10|W06)\d{6}$/.test(code);
}

const names: Record<string, string> = {
  E09000012: "Hackney",
  E09000031: "Waltham Forest",
  E09000025: "Newham",
  E09000013: "Hammersmith and Fulham",
  E09000003: "Barnet",
  E09000002: "Barking and Dagenham",
};

/** A local authority's name by GSS code, when known. */
export function localAuthorityName(code: string): string | undefined {
  return names[code];
}

/** Words a terminology profile supplies. */
export interface Terminology {
  /** Who uses abuse: "perpetrator" by default. */
  perpetrator: string;
  /** Who is abused: "victim-survivor" by default. */
  "victim-survivor": string;
}

/** The default profile. */
export const defaultTerminology: Terminology = { perpetrator: "perpetrator", "victim-survivor": "victim-survivor" };

/** Fill `{perpetrator}` and `{victim-survivor}` placeholders from a profile. */
export function resolveTerms(text: string, terms: Terminology = defaultTerminology): string {
  return text.replace(/\{(perpetrator|victim-survivor)\}/g, (_, key: keyof Terminology) => terms[key]);
}
