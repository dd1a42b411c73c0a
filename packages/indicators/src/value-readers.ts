/**
 * The value readers the census and extract readers call for every element and cell, unchecked:
 * the public functions (`parseXmlDate`, `parseCensusBoolean`...) check their argument once and
 * call these. Not exported from the index.
 * @module
 */
import type { IsoDate } from "@st/core";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function valid(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** `parseXmlDate` unchecked. */
export function readXmlDate(text: string): IsoDate | undefined {
  const t = text.length === 10 ? text : text.trim();
  if (t.length < 10) return undefined;
  const c = (i: number) => t.charCodeAt(i);
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
  ) {
    return undefined;
  }
  if (
    t.length > 10 &&
    !/^(?:Z|[+-]\d{2}:\d{2}|[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)$/.test(t.slice(10))
  ) {
    return undefined;
  }
  const year = (c(0) - 48) * 1000 + (c(1) - 48) * 100 + (c(2) - 48) * 10 + (c(3) - 48);
  const month = (c(5) - 48) * 10 + (c(6) - 48);
  const day = (c(8) - 48) * 10 + (c(9) - 48);
  if (!valid(year, month, day)) return undefined;
  return t.length === 10 ? t : t.slice(0, 10);
}

/** `parseExtractDate` unchecked. */
export function readExtractDate(text: string): IsoDate | undefined {
  const t = text.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t);
  if (uk) {
    const day = Number(uk[1]);
    const month = Number(uk[2]);
    const year = Number(uk[3]);
    if (!valid(year, month, day)) return undefined;
    return `${uk[3]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  return readXmlDate(t.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, "$1T$2"));
}

/** `subtractMonths` unchecked. */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = Math.min(day, daysIn(y, m));
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
