/**
 * Dates as systems write them, read to {@link IsoDate}: XML Schema dates in the census
 * (`2024-03-31`, `2024-03-31Z`, `2024-03-31+01:00`, `2024-03-31T00:00:00`) and the dates of
 * database and case-management extracts (`31/03/2024`, `31/03/2024 14:05`,
 * `2024-03-31 00:00:00.000`). The calendar date is kept as written; a zone or a time is dropped,
 * never applied, so no time zone can move a date across a quarter boundary. Dates typed by people
 * ("19 Dec 2025") are {@link parseDateText}'s.
 * @module
 */
import { checkArgument } from "./argument-checks.js";
import { daysInMonth, type IsoDate } from "./iso-date.js";

const isDigit = (code: number) => code >= 48 && code <= 57;
const XML_DATE_SUFFIX = /^(?:Z|[+-]\d{2}:\d{2}|[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)$/;
const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * Read an XML Schema date (or date-time) as the census writes it. `undefined` when it is not a real
 * date. Written out character by character rather than as a RegExp: the census reader calls it for
 * every date of a 100,000-child file.
 *
 * @example
 * parseXmlDate("2024-03-31+01:00") // "2024-03-31"
 * parseXmlDate("2024-02-30") // undefined
 */
export function parseXmlDate(text: string): IsoDate | undefined {
  if (typeof text !== "string") checkArgument(text, "text", { fn: "parseXmlDate", argument: "text", label: "Date" });
  const t = text.length === 10 ? text : text.trim();
  if (t.length < 10) return undefined;
  const c = (i: number) => t.charCodeAt(i);
  // Unrolled: no array or RegExp per call on the hot path.
  if (
    !isDigit(c(0)) ||
    !isDigit(c(1)) ||
    !isDigit(c(2)) ||
    !isDigit(c(3)) ||
    c(4) !== 45 ||
    !isDigit(c(5)) ||
    !isDigit(c(6)) ||
    c(7) !== 45 ||
    !isDigit(c(8)) ||
    !isDigit(c(9))
  )
    return undefined;
  if (t.length > 10 && !XML_DATE_SUFFIX.test(t.slice(10))) return undefined;
  const year = (c(0) - 48) * 1000 + (c(1) - 48) * 100 + (c(2) - 48) * 10 + (c(3) - 48);
  const month = (c(5) - 48) * 10 + (c(6) - 48);
  const day = (c(8) - 48) * 10 + (c(9) - 48);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return t.length === 10 ? t : t.slice(0, 10);
}

/**
 * Read a date from a CSV extract: `dd/mm/yyyy` (always day first, as the SSDA903 return writes it),
 * with an optional time, or ISO `YYYY-MM-DD` with an optional time (Standard Safeguarding Dataset
 * exports write SQL datetimes such as `2023-07-01 00:00:00.000`). `undefined` when it is neither.
 */
export function parseExtractDate(text: string): IsoDate | undefined {
  if (typeof text !== "string")
    checkArgument(text, "text", { fn: "parseExtractDate", argument: "text", label: "Date" });
  const t = text.trim();
  const dayFirst = DAY_FIRST.exec(t);
  if (dayFirst) {
    const day = Number(dayFirst[1]);
    const month = Number(dayFirst[2]);
    const year = Number(dayFirst[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return `${dayFirst[3]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  return parseXmlDate(t.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, "$1T$2"));
}
