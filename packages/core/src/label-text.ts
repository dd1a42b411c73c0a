/**
 * Internal: the reading rules shared by the period label parsers. Two-digit years are read in a
 * fixed window, not one that slides with today's date, so the same label means the same period
 * whenever the code runs.
 * @internal
 * @module
 */

import { describeValue, type Problem } from "./errors.js";
import type { ProblemCode } from "./problem-codes.js";

/** The first year a two-digit year can stand for: `90` is 1990, `89` is 2089. */
export const TWO_DIGIT_YEAR_FROM = 1990;

/** The year a two-digit year stands for: 00 to 89 are 2000 to 2089, 90 to 99 are 1990 to 1999. */
export function expandTwoDigitYear(yy: number): number {
  return yy >= TWO_DIGIT_YEAR_FROM % 100 ? 1900 + yy : 2000 + yy;
}

/** True when a year can be written with two digits and read back the same. */
export function fitsTwoDigits(year: number): boolean {
  return year >= TWO_DIGIT_YEAR_FROM && year < TWO_DIGIT_YEAR_FROM + 100;
}

/** A year written with two or four digits (optionally after an apostrophe, as in `'23`). */
export function readYear(text: string): number {
  const digits = text.replace(/^'/, "");
  return digits.length === 2 ? expandTwoDigitYear(Number(digits)) : Number(digits);
}

/**
 * Lower case, one space between words, and every dash, minus or hyphen look-alike read as `-` (labels
 * copied from Word and Excel carry en dashes and non-breaking spaces).
 */
export function normaliseLabel(text: string): string {
  // Most labels are plain ASCII; Unicode normalisation is the slowest step, so skip it for them.
  return (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize("NFKC"))
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212\u2043\ufe58\ufe63]/g, "-")
    .replace(/[\u2018\u2019\u02bc\u2032`\u00b4]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** The full English month names, January first. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const LOWER_MONTH_NAMES = /* @__PURE__ */ (() => MONTH_NAMES.map((name) => name.toLowerCase()))();

/**
 * The month (1 to 12) a word names: the full name or any abbreviation of at least three letters
 * ("Sep", "Sept", "June"), with or without a full stop. `undefined` for anything else.
 */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return undefined;
  const index = LOWER_MONTH_NAMES.findIndex((name) => name.startsWith(w));
  return index === -1 ? undefined : index + 1;
}

/** A problem with a label a person typed, quoting it. */
export function labelProblem(
  label: unknown,
  field: string,
  expected: string,
  message: string,
  code: ProblemCode,
): Problem {
  return { path: "", field, expected, received: describeValue(label), message, code };
}

const YEARS = /^(?:fy|financial year)? ?('?\d{4}|'?\d{2}) ?(?:\/|-|to) ?('?\d{4}|'?\d{2})$/;
const APRIL_TO_MARCH = /^apr(?:il)?\.? ('?\d{4}|'?\d{2}) ?(?:-|to) ?mar(?:ch)?\.? ('?\d{4}|'?\d{2})$/;

/**
 * Read a normalised financial-year label ("2024/25", "fy24/25", "april 2024 to march 2025") to the
 * year it starts in. `undefined` when the text is not shaped like a financial year; a message when
 * it is shaped like one but is not (years not consecutive).
 */
export function readFinancialYearStart(text: string): { start: number } | { message: string } | undefined {
  const match = YEARS.exec(text) ?? APRIL_TO_MARCH.exec(text);
  if (!match) return undefined;
  const [, first = "", second = ""] = match;
  const start = readYear(first);
  const endDigits = second.replace(/^'/, "");
  const ends = endDigits.length === 2 ? Number(endDigits) === (start + 1) % 100 : readYear(second) === start + 1;
  if (!ends)
    return {
      message:
        "names years that do not follow each other; a financial year runs from April of one year to March of the next",
    };
  if (start > 9998) return { message: "has a year out of range" };
  return { start };
}

/** Items quoted and listed for a message: `"a", "b" or "c"`. */
export function quoteList(items: readonly string[], last = "or"): string {
  const quoted = items.map((i) => `"${i}"`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${last} ${quoted.at(-1)}`;
}
