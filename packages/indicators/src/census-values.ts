/**
 * Reading one census value from its element's text: a date, a yes or no, a whole number or a code,
 * each absent when the element is empty. A value that cannot be read is a problem, and left out.
 * @module
 */
import { parseXmlDate } from "@st/core/calendar";
import type { CensusProblems } from "./census-problems.js";
import { readCensusBoolean } from "./value-readers.js";

/** The value being read, and the census reference date its event dates are checked against. */
export class CensusValues {
  readonly #problems: CensusProblems;
  /** The text of the value being read. */
  text = "";
  #referenceDate: string | undefined;
  #latestEvent: string | undefined;

  constructor(referenceDate: string | undefined, problems: CensusProblems) {
    this.#problems = problems;
    this.setReferenceDate(referenceDate);
  }

  /** The census reference date: the one given, else the header's once read. */
  get referenceDate(): string | undefined {
    return this.#referenceDate;
  }

  /** A date; `event` dates (not birth dates or targets) more than a year after the census reference date are left out. */
  date(element: string, path: string, event = true): string | undefined {
    const text = this.text;
    const date = parseXmlDate(text);
    if (date === undefined) {
      if (text.trim() !== "") this.#problems.add(element, text, "a date written YYYY-MM-DD", path);
      return undefined;
    }
    // A year's grace: some exports carry events just after the reference date (they count in no
    // quarter of this census); a date a year or more ahead is a typo (2042 for 2024) and would
    // distort the order of events, so it is left out.
    const end = this.#latestEvent;
    if (event && end !== undefined && date > end) {
      this.#problems.add(element, text, `a date no later than ${end}, a year after the census reference date`, path, {
        code: "date_after_census",
        message: `${element} ${date} is more than a year after the census reference date ${this.#referenceDate}; the value is left out`,
      });
      return undefined;
    }
    return date;
  }

  /** Set the census reference date, and with it the latest event date accepted: a year after it. */
  setReferenceDate(date: string | undefined): void {
    this.#referenceDate = date;
    this.#latestEvent = date === undefined ? undefined : `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
  }

  /** A census yes or no (true, false, 1 or 0, in either case). */
  bool(element: string, path: string): boolean | undefined {
    const text = this.text;
    if (text.trim() === "") return undefined;
    const value = readCensusBoolean(text);
    if (value === undefined) this.#problems.add(element, text, "true, false, TRUE, FALSE, 1 or 0", path);
    return value;
  }

  /** A whole number of at most nine digits. */
  int(element: string, path: string): number | undefined {
    const text = this.text.trim();
    if (text === "") return undefined;
    if (!/^-?\d{1,9}$/.test(text)) {
      this.#problems.add(element, text, "a whole number", path);
      return undefined;
    }
    return Number(text);
  }

  /** The text, trimmed: codes and identifiers, read as written. */
  str(): string | undefined {
    const text = this.text.trim();
    return text === "" ? undefined : text;
  }
}
