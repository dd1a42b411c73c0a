/**
 * Dates as case management systems write them (`14/03/2025`, `2025-03-14`, `14.03.2025`), read into
 * and written from our ISO `YYYY-MM-DD`. Small enough to read in a minute, so no date library.
 * @module
 */
import { isIsoDate } from "@st/core";
import * as z from "zod";

/**
 * A date format: the tokens `dd`, `mm` and `yyyy`, each once, in any order, with any separators
 * that are not letters or digits, e.g. `dd/mm/yyyy`, `yyyy-mm-dd`, `dd.mm.yyyy`, `yyyymmdd`.
 */
export const dateFormatSchema = z.string().refine(
  (format) => {
    const tokens = format.match(/dd|mm|yyyy/g) ?? [];
    const rest = format.replace(/dd|mm|yyyy/g, "");
    return tokens.length === 3 && new Set(tokens).size === 3 && !/[\p{L}\p{N}]/u.test(rest);
  },
  {
    message: "must hold dd, mm and yyyy once each, e.g. dd/mm/yyyy",
    params: { expected: "a format such as dd/mm/yyyy" },
  },
);

/** A date format such as `dd/mm/yyyy` (see {@link dateFormatSchema}). */
export type DateFormat = string;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * The year, month and day of a date written in `format`, or `undefined` when the text is not in
 * the format. Days and months may drop a leading zero (`4/3/2025`) when the format has
 * separators, as exports from some systems do. Does not check the calendar: see {@link readDate}.
 */
export function matchDate(text: string, format: DateFormat): { yyyy: string; mm: string; dd: string } | undefined {
  const separated = /[^dmy]/.test(format);
  const order: string[] = [];
  const pattern = format.split(/(dd|mm|yyyy)/).map((part) => {
    if (part === "dd" || part === "mm" || part === "yyyy") {
      order.push(part);
      return part === "yyyy" ? "(\\d{4})" : separated ? "(\\d{1,2})" : "(\\d{2})";
    }
    return escapeRegExp(part);
  });
  const match = new RegExp(`^${pattern.join("")}$`).exec(text.trim());
  if (!match) return undefined;
  const part = (token: string) => match[order.indexOf(token) + 1]!;
  return { yyyy: part("yyyy"), mm: part("mm").padStart(2, "0"), dd: part("dd").padStart(2, "0") };
}

/**
 * Read a date written in `format` as an ISO date, or `undefined` when it is not one: not in the
 * format, or not a day of the calendar (`31/02/2025`).
 */
export function readDate(text: string, format: DateFormat): string | undefined {
  const parts = matchDate(text, format);
  const iso = parts && `${parts.yyyy}-${parts.mm}-${parts.dd}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** Write an ISO date in `format`, e.g. `2025-03-14` as `14/03/2025` for `dd/mm/yyyy`. */
export function writeDate(iso: string, format: DateFormat): string {
  const [yyyy = "", mm = "", dd = ""] = iso.split("-");
  return format.replace(/dd|mm|yyyy/g, (token) => (token === "dd" ? dd : token === "mm" ? mm : yyyy));
}
