/**
 * Calendar quarters as this package uses them.
 *
 * Adapter: `@st/core` is gaining `QuarterId`, `parseQuarterLabel`, `quarterOf`, `quarterStart` and
 * `quarterEnd` (branch core-places). Until it lands these are written here under the same names so
 * that switching is a matter of re-exporting; the package-specific helpers below them stay.
 * @module
 */
import type { IsoDate } from "@st/core";

/** A calendar quarter written `YYYY-Qn`: `2023-Q3` is July to September 2023. */
export type QuarterId = `${number}-Q${1 | 2 | 3 | 4}`;

const QUARTER_ID = /^(\d{4})-Q([1-4])$/;

/** True when `value` is a {@link QuarterId}. */
export function isQuarterId(value: unknown): value is QuarterId {
  return typeof value === "string" && QUARTER_ID.test(value);
}

/** The calendar quarter an ISO date falls in. String arithmetic only, so no time zone can move it. */
export function quarterOf(date: IsoDate): QuarterId {
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  return `${date.slice(0, 4)}-Q${(((month - 1) / 3) | 0) + 1}` as QuarterId;
}

function parts(quarter: QuarterId): [number, number] {
  const match = QUARTER_ID.exec(quarter);
  if (!match) throw new RangeError(`not a quarter written YYYY-Qn: "${quarter}"`);
  return [Number(match[1]), Number(match[2])];
}

/** First day of a quarter. */
export function quarterStart(quarter: QuarterId): IsoDate {
  const [year, q] = parts(quarter);
  return `${year}-${String(q * 3 - 2).padStart(2, "0")}-01`;
}

/** Last day of a quarter. */
export function quarterEnd(quarter: QuarterId): IsoDate {
  const [year, q] = parts(quarter);
  return `${year}-${["03-31", "06-30", "09-30", "12-31"][q - 1]}`;
}

/** The quarter `n` quarters after (or before, when negative) `quarter`. */
export function addQuarters(quarter: QuarterId, n: number): QuarterId {
  const [year, q] = parts(quarter);
  const index = year * 4 + (q - 1) + n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}` as QuarterId;
}

/** Every quarter from `first` to `last`, both included, in order. Empty when `last` is before `first`. */
export function quarterRange(first: QuarterId, last: QuarterId): QuarterId[] {
  const out: QuarterId[] = [];
  for (let q = first; q <= last; q = addQuarters(q, 1)) out.push(q);
  return out;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The label the partnership's returns use for a quarter: `2023-Q3` is `"Jul-Sep 23"`. */
export function quarterLabel(quarter: QuarterId): string {
  const [year, q] = parts(quarter);
  return `${MONTHS[q * 3 - 3]}-${MONTHS[q * 3 - 1]} ${String(year % 100).padStart(2, "0")}`;
}

/** The UK financial year (April to March) a quarter belongs to, written `2023/24`. */
export function financialYearOf(quarter: QuarterId): string {
  const [year, q] = parts(quarter);
  const start = q === 1 ? year - 1 : year;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

/** The quarter of the UK financial year (Q1 is April to June): `2023-Q3` is `"2023/24 Q2"`. */
export function financialQuarterOf(quarter: QuarterId): string {
  const [, q] = parts(quarter);
  return `${financialYearOf(quarter)} Q${q === 1 ? 4 : q - 1}`;
}

const MONTH_WORDS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/**
 * Parse a quarter label as real returns write it: `"Jul-Sep 23"`, `"July-sept 23"`, `"April-June 24"`,
 * `"Jul- Sep 23"`, `"2023-Q3"`. Returns `undefined` for anything else, so the caller can quote it.
 * The two-digit year is the calendar year of the months named.
 */
export function parseQuarterLabel(label: string): QuarterId | undefined {
  const text = label.trim();
  if (isQuarterId(text)) return text;
  const match = /^([a-z]+)\.?\s*[-–—to ]+\s*([a-z]+)\.?\s*[' ]?\s*(\d{2}|\d{4})$/i.exec(text);
  if (!match) return undefined;
  const first = MONTH_WORDS[match[1]!.toLowerCase()];
  const last = MONTH_WORDS[match[2]!.toLowerCase()];
  if (first === undefined || last === undefined || (first - 1) % 3 !== 0 || last !== first + 2) return undefined;
  const yearText = match[3]!;
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  return `${year}-Q${(first + 2) / 3}` as QuarterId;
}
