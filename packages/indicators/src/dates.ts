/**
 * Reading the dates the returns write, and calendar-month arithmetic, all on ISO date strings so
 * that no time zone can move a date across a quarter boundary.
 * @module
 */
import { checkArgument } from "@st/core";
import { addIsoDays, type IsoDate } from "@st/core/calendar";
import { checkTextArgument } from "./arguments.js";
import { monthsBefore } from "./value-readers.js";

/** Census and extract dates are read in `@st/core`, with every other date: re-exported here, where they were first. */
export { parseExtractDate, parseXmlDate } from "@st/core/calendar";

/**
 * The date `months` calendar months before `date`, kept on the same day of the month or the last
 * day of a shorter month (29 February 2024 less 12 months is 28 February 2023).
 */
export function subtractMonths(date: IsoDate, months: number): IsoDate {
  checkTextArgument("subtractMonths", "date", "Date", date, "a date written YYYY-MM-DD");
  if (typeof months !== "number")
    checkArgument(months, "number", { fn: "subtractMonths", argument: "months", label: "Months" });
  return monthsBefore(date, months);
}

/** The census year a reference date closes: from the day after the reference date a year earlier, to the reference date. */
export function censusYear(referenceDate: IsoDate): { from: IsoDate; to: IsoDate } {
  checkTextArgument("censusYear", "referenceDate", "Census reference date", referenceDate, "a date written YYYY-MM-DD");
  return { from: nextDay(monthsBefore(referenceDate, 12)), to: referenceDate };
}

/**
 * The day after an ISO date: `addIsoDays(date, 1)` from `@st/core`.
 * @throws RangeError when `date` is not a real date written `YYYY-MM-DD`.
 */
export function nextDay(date: IsoDate): IsoDate {
  return addIsoDays(date, 1);
}
