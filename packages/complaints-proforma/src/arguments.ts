/**
 * The argument checks the package's public functions share (not exported from the index): each a
 * `typeof` that passes straight through for an argument of the right kind, and otherwise throws
 * `@st/core`'s coded `argumentTypeError` (an `StValidationError` that is also a `TypeError`) naming
 * the function and the argument in the proforma's words.
 * @module
 */
import { checkArgument } from "@st/core";

/** An argument the package's functions take again and again: its parameter name and its words. */
const PLACES = {
  definition: { argument: "definition", label: "Proforma definition", expected: "a proforma definition" },
  base: { argument: "base", label: "Proforma definition", expected: "a proforma definition" },
  record: { argument: "record", label: "Complaint record", expected: "a complaint record" },
  records: { argument: "records", label: "Complaint records", expected: "a list of complaint records" },
  inputs: { argument: "inputs", label: "Complaint records", expected: "a list of complaint records" },
  question: { argument: "question", label: "Proforma question", expected: "a question of a proforma definition" },
  terminology: { argument: "terminology", label: "Terminology profile", expected: "a terminology profile" },
  sorted: { argument: "sorted", label: "Sorted values", expected: "a list of numbers in ascending order" },
  summary: {
    argument: "summary",
    label: "Complaints summary",
    expected: "a complaints summary (from summariseComplaints)",
  },
  options: { argument: "options", label: "Options", expected: "an object of options" },
} as const;

type Place = keyof typeof PLACES;

const isRecord = (value: unknown): boolean => typeof value === "object" && value !== null && !Array.isArray(value);

/** Refuse anything but an object (a definition, a record, options...) at a named place; `optional` lets `undefined` through. */
export function checkRecordArgument(fn: string, place: Place, value: unknown, optional = false): void {
  if (isRecord(value)) return;
  checkArgument(value, "record", { fn, ...PLACES[place], optional });
}

/** Refuse anything but a list at a named place. */
export function checkListArgument(fn: string, place: Place, value: unknown): void {
  if (Array.isArray(value)) return;
  checkArgument(value, "list", { fn, ...PLACES[place] });
}
