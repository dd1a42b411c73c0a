/**
 * The argument checks the package's public functions share (not exported from the index): each a
 * `typeof` that passes straight through for an argument of the right kind, and otherwise throws
 * `@st/core`'s coded `argumentTypeError` (an `StValidationError` that is also a `TypeError`) naming
 * the function and the argument in the indicators' words. Checked once at a public entry, never per
 * child, row or element.
 * @module
 */
import { argumentTypeError, checkArgument } from "@st/core";

/** An argument the package's functions take again and again: its words. */
const PLACES = {
  table: { label: "Indicator table", expected: "an indicator table" },
  set: { label: "Indicator set", expected: "an indicator set" },
  definition: { label: "DA definition", expected: "a domestic abuse definition" },
  summary: { label: "Read summary", expected: "the summary of a file read" },
  points: { label: "Series", expected: "a list of series points" },
  rule: { label: "Outlier rule", expected: "an outlier rule" },
  options: { label: "Options", expected: "an object of options" },
} as const;

type Place = keyof typeof PLACES;

const isRecord = (value: unknown): boolean => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Refuse anything but an object (a table, a set, options...). `place` gives the words; `argument`
 * the parameter's name when it is not the place's own (`checkRecordArgument("findings", "table", table)`).
 */
export function checkRecordArgument(fn: string, place: Place, value: unknown, argument: string = place): void {
  if (isRecord(value)) return;
  checkArgument(value, "record", { fn, argument, ...PLACES[place] });
}

/** Refuse anything but a list. */
export function checkListArgument(fn: string, place: Place, value: unknown, argument: string = place): void {
  if (Array.isArray(value)) return;
  checkArgument(value, "list", { fn, argument, ...PLACES[place] });
}

/** Refuse anything but text, for a parameter in its own words ("Census date", "CSV text"). */
export function checkTextArgument(
  fn: string,
  argument: string,
  label: string,
  value: unknown,
  expected?: string,
): void {
  if (typeof value === "string") return;
  checkArgument(value, "text", { fn, argument, label, ...(expected ? { expected } : {}) });
}

/** True for what a census reader takes: text, bytes, or chunks (an iterable, async iterable or stream). */
export function isCensusSource(value: unknown): boolean {
  if (typeof value === "string" || value instanceof Uint8Array) return true;
  if (typeof value !== "object" || value === null) return false;
  const source = value as Record<PropertyKey, unknown>;
  return (
    typeof source[Symbol.iterator] === "function" ||
    typeof source[Symbol.asyncIterator] === "function" ||
    typeof source.getReader === "function"
  );
}

/** Refuse anything a census reader cannot read, before a byte is read. */
export function checkCensusSource(fn: string, value: unknown, argument = "source"): void {
  if (isCensusSource(value)) return;
  throw argumentTypeError(fn, {
    argument,
    label: "Census file",
    expected: "a census file's text or bytes, or its chunks (an iterable, async iterable or stream)",
    received: value,
    message: "is not a census file's text, bytes or chunks",
  });
}
