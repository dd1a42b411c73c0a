/**
 * Calendar dates as ISO `YYYY-MM-DD` strings: the form every record, file and command of the
 * project uses, free of time zones (a complaint received on 19 December is received on 19 December
 * wherever the code runs).
 * @module
 */
import { z } from "zod";

/** A calendar date written `YYYY-MM-DD`, e.g. `"2025-12-19"`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (so `"2025-02-30"` is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A zod schema for {@link IsoDate}, with a message a person can act on. */
export const isoDateSchema = z.string().refine(isIsoDate, { message: "must be a date written YYYY-MM-DD" });

/**
 * The calendar day of a `Date` as an {@link IsoDate}, read in local time (what a person in the UK
 * means by "today"), or passes an {@link IsoDate} through after checking it.
 */
export function toIsoDate(date: Date | IsoDate): IsoDate {
  if (typeof date === "string") {
    if (!isIsoDate(date)) throw new RangeError(`not a date written YYYY-MM-DD: "${date}"`);
    return date;
  }
  if (Number.isNaN(date.getTime())) throw new RangeError("invalid Date");
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Days since 1970-01-01 of an {@link IsoDate}: plain integer arithmetic on calendar days. */
export function isoDayNumber(date: IsoDate): number {
  const [y, m, d] = toIsoDate(date).split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** The {@link IsoDate} of a day number from {@link isoDayNumber}. */
export function isoDateFromDayNumber(day: number): IsoDate {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Add `days` calendar days (negative to go back) to an {@link IsoDate}. */
export function addIsoDays(date: IsoDate, days: number): IsoDate {
  return isoDateFromDayNumber(isoDayNumber(date) + days);
}

/** Day of the week of an {@link IsoDate}: 0 Sunday to 6 Saturday, as `Date#getDay`. */
export function isoWeekday(date: IsoDate): number {
  return (((isoDayNumber(date) + 4) % 7) + 7) % 7;
}
