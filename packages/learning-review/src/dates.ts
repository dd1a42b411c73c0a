/**
 * Dates as case-list exports write them.
 * @module
 */
import { type IsoDate, isIsoDate } from "@st/core";

function iso(year: string, month: string, day: string): IsoDate | undefined {
  const value = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isIsoDate(value) ? value : undefined;
}

/**
 * Read a date the way UK case-management exports write it: `2024-03-31` (a time after it is
 * dropped), `2024/03/31`, or day first `31/03/2024`, `31-03-2024`, `31.03.2024`. Years are written
 * in full, so `31/03/24` is not read (it could be 1924 or 2024). `undefined` when the text is not a
 * real date.
 */
export function readDate(text: string): IsoDate | undefined {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return iso(m[1]!, m[2]!, m[3]!);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return iso(m[1]!, m[2]!, m[3]!);
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) return iso(m[4]!, m[3]!, m[1]!);
  return undefined;
}
