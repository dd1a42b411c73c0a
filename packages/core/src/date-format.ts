/**
 * Dates in a declared format, as a case-management export writes them (`dd/mm/yyyy`,
 * `yyyy-mm-dd`, `dd.mm.yyyy`, `yyyymmdd`): read into ISO `YYYY-MM-DD` and written back. Where the
 * format is not known, {@link parseDateText} reads the usual UK forms.
 * @module
 */
import * as z from "zod";
import { checkArgument } from "./argument-checks.js";
import { type IsoDate, isIsoDate, isoDateArgument } from "./iso-date.js";
import { MONTH_NAMES } from "./label-text.js";

/**
 * A date format: the tokens `dd`, `mm` and `yyyy`, each once, in any order, with any separators
 * that are not letters or digits, e.g. `dd/mm/yyyy`, `yyyy-mm-dd`, `dd.mm.yyyy`, `yyyymmdd`.
 */
export type DateFormat = string;

/** True when `format` is a {@link DateFormat}. */
export function isDateFormat(format: unknown): format is DateFormat {
  if (typeof format !== "string") return false;
  const tokens = format.match(/dd|mm|yyyy/g) ?? [];
  const rest = format.replace(/dd|mm|yyyy/g, "");
  return tokens.length === 3 && new Set(tokens).size === 3 && !/[\p{L}\p{N}]/u.test(rest);
}

/** A zod schema for a {@link DateFormat}, with a message a person can act on. */
export const dateFormatSchema = /* @__PURE__ */ z.string().refine(isDateFormat, {
  message: "must hold dd, mm and yyyy once each, e.g. dd/mm/yyyy",
  params: { expected: "a format such as dd/mm/yyyy" },
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * The year, month and day of a date written in `format`, as written, or `undefined` when the text
 * is not in the format. Days and months may drop a leading zero (`4/3/2025`) when the format has
 * separators, as exports from some systems do. Does not check the calendar: see
 * {@link readDateIn}.
 */
function matchDateIn(text: string, format: DateFormat): { yyyy: string; mm: string; dd: string } | undefined {
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
 * Read a date written in `format` as an {@link IsoDate}, or `undefined` when it is not one: not in
 * the format, or not a day of the calendar (`31/02/2025`); {@link dateInProblem} says which.
 *
 * @example
 * readDateIn("14/03/2025", "dd/mm/yyyy"); // "2025-03-14"
 */
export function readDateIn(text: string, format: DateFormat): IsoDate | undefined {
  checkArgument(text, "text", { fn: "readDateIn", argument: "text", label: "Date text" });
  checkArgument(format, "text", {
    fn: "readDateIn",
    argument: "format",
    label: "Date format",
    expected: "a date format such as DD/MM/YYYY",
  });
  const parts = matchDateIn(text, format);
  const iso = parts && `${parts.yyyy}-${parts.mm}-${parts.dd}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * Why {@link readDateIn} does not read `text` in `format`, in words that follow a field's label,
 * or `undefined` when it does: `"is not a date: there is no 31 February 2025"`, `"is not a date:
 * there is no month 13"`, or `"is not a date written dd/mm/yyyy"`.
 */
export function dateInProblem(text: string, format: DateFormat): string | undefined {
  checkArgument(text, "text", { fn: "dateInProblem", argument: "text", label: "Date text" });
  checkArgument(format, "text", {
    fn: "dateInProblem",
    argument: "format",
    label: "Date format",
    expected: "a date format such as DD/MM/YYYY",
  });
  if (readDateIn(text, format) !== undefined) return undefined;
  const parts = matchDateIn(text, format);
  if (!parts) return `is not a date written ${format}`;
  const month = Number(parts.mm);
  if (month < 1 || month > 12) return `is not a date: there is no month ${month}`;
  return `is not a date: there is no ${Number(parts.dd)} ${MONTH_NAMES[month - 1]} ${parts.yyyy}`;
}

/**
 * Write an {@link IsoDate} in `format`, e.g. `2025-03-14` as `14/03/2025` for `dd/mm/yyyy`.
 * Throws a `RangeError` when `date` is not a real date written `YYYY-MM-DD`.
 */
export function writeDateIn(date: IsoDate, format: DateFormat): string {
  checkArgument(format, "text", {
    fn: "writeDateIn",
    argument: "format",
    label: "Date format",
    expected: "a date format such as DD/MM/YYYY",
  });
  isoDateArgument(date, { fn: "writeDateIn", argument: "date", label: "Date" });
  const [yyyy = "", mm = "", dd = ""] = date.split("-");
  return format.replace(/dd|mm|yyyy/g, (token) => (token === "dd" ? dd : token === "mm" ? mm : yyyy));
}
