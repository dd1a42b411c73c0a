/**
 * Dates typed as text, read the way people and case-management exports in the UK write them: the
 * one reader of free-form dates every package uses (workbook and CSV answers, case lists, audits).
 * @module
 */

import { checkArgument } from "./argument-checks.js";
import { type IsoDate, isIsoDate } from "./iso-date.js";
import { MONTH_NAMES, monthNumber } from "./label-text.js";

/** A time of day after a date, which is dropped: `09:30`, `09:30:15`, `09:30:15.250Z`, `09:30+01:00`. */
const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;

// Each form gives the year, month and day it read, as numbers or month words.
const FORMS: readonly { pattern: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  { pattern: new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME}$`), parts: (m) => [m[1]!, m[2]!, m[3]!] },
  { pattern: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  { pattern: new RegExp(`^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})${TIME}$`), parts: (m) => [m[4]!, m[3]!, m[1]!] },
  {
    pattern: /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4})$/i,
    parts: (m) => [m[3]!, m[2]!, m[1]!],
  },
  { pattern: /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i, parts: (m) => [m[3]!, m[1]!, m[2]!] },
];

/** Day first with a two-digit year: `19/12/25` could be 1925 or 2025. */
const TWO_DIGIT_YEAR = /^\d{1,2}([/.-])\d{1,2}\1\d{2}$/;

type Reading = { date: IsoDate } | { problem: string };

function read(text: string): Reading {
  const s = text.trim();
  for (const { pattern, parts } of FORMS) {
    const m = pattern.exec(s);
    if (!m) continue;
    const [yearText, monthText, dayText] = parts(m);
    const month = /^\d+$/.test(monthText) ? Number(monthText) : monthNumber(monthText);
    if (month === undefined) return { problem: `is not a date: "${monthText}" is not a month` };
    if (month < 1 || month > 12) return { problem: `is not a date: there is no month ${month}` };
    const date = `${yearText}-${String(month).padStart(2, "0")}-${dayText.padStart(2, "0")}`;
    if (isIsoDate(date)) return { date };
    return { problem: `is not a date: there is no ${Number(dayText)} ${MONTH_NAMES[month - 1]} ${yearText}` };
  }
  if (TWO_DIGIT_YEAR.test(s)) return { problem: "has a two-digit year: write the year in full, e.g. 19/12/2025" };
  return { problem: "is not a date" };
}

/**
 * A date typed as text, read the way people in the UK write it: `2025-12-19` (a time after it is
 * dropped), `2025/12/19`, day first `19/12/2025`, `19-12-2025`, `19.12.2025` (a time after it is
 * dropped), `19 Dec 2025`, `19th December 2025`, `December 19, 2025`. Years are written in full, so
 * `19/12/25` is not read. `undefined` when the text is not a real date; {@link dateTextProblem}
 * says why.
 *
 * @example
 * parseDateText("19/12/2025"); // "2025-12-19"
 * parseDateText("31/02/2025"); // undefined
 */
export function parseDateText(text: string): IsoDate | undefined {
  checkArgument(text, "text", { fn: "parseDateText", argument: "text", label: "Date text" });
  const reading = read(text);
  return "date" in reading ? reading.date : undefined;
}

/**
 * Why {@link parseDateText} does not read `text` as a date, in words a person can act on that
 * follow a field's label, or `undefined` when it does: `"is not a date: there is no 31 February
 * 2025"`, `"is not a date: there is no month 13"`, `"has a two-digit year: write the year in full,
 * e.g. 19/12/2025"`, or `"is not a date"`.
 */
export function dateTextProblem(text: string): string | undefined {
  checkArgument(text, "text", { fn: "dateTextProblem", argument: "text", label: "Date text" });
  const reading = read(text);
  return "problem" in reading ? reading.problem : undefined;
}
