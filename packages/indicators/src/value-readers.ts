/**
 * The value readers the census and extract readers call for every element and cell, unchecked:
 * the public functions (`parseCensusBoolean`...) check their argument once and call these. Dates
 * are read by `parseXmlDate` and `parseExtractDate` in `@st/core`. Not exported from the index.
 * @module
 */
import { daysInMonth, type IsoDate } from "@st/core";

/** `subtractMonths` unchecked. */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** `parseCensusBoolean` unchecked. */
export function readCensusBoolean(text: string): boolean | undefined {
  switch (text.trim()) {
    case "true":
    case "TRUE":
    case "True":
    case "1":
      return true;
    case "false":
    case "FALSE":
    case "False":
    case "0":
      return false;
    default:
      return undefined;
  }
}

/** `parseCensusSex` unchecked. */
export function readCensusSex(text: string): "M" | "F" | "U" | undefined {
  switch (text.trim().toUpperCase()) {
    case "M":
    case "1":
      return "M";
    case "F":
    case "2":
      return "F";
    case "U":
    case "0":
    case "9":
      return "U";
    default:
      return undefined;
  }
}
