/**
 * The value readers the census and extract readers call for every element and cell, unchecked:
 * the public functions (`parseCensusBoolean`...) check their argument once and call these. Dates
 * are read by `parseXmlDate` and `parseExtractDate` in `@st/core`. Not exported from the index.
 * @module
 */
import { addIsoMonths, type IsoDate } from "@st/core/calendar";

/** `subtractMonths`: `addIsoMonths` of `@st/core`, backwards. */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
  return addIsoMonths(date, -months);
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
