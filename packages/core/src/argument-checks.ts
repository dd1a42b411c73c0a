/**
 * Checks that a public function's arguments are of the kind it works with, so that a caller who
 * passes `undefined`, a number or a list where a record belongs gets a coded
 * {@link index!StValidationError} naming the function and the argument, not "Cannot read properties of
 * undefined". The checks are shallow and cheap (a `typeof`): what is inside a record is the job of
 * its schema.
 * @module
 */
import { argumentTypeError, type StValidationError } from "./errors.js";

/**
 * The kinds of value an argument can be: `text` a string, `number` a number (not `NaN`), `boolean`,
 * `record` an object that is not a list, `list` an array, `function`, `bytes` a `Uint8Array`
 * (a Node `Buffer` is one), `date` a `Date`.
 */
export type ArgumentKind = "text" | "number" | "boolean" | "record" | "list" | "function" | "bytes" | "date";

/** Where an argument is, for the error when it is of the wrong kind. */
export interface ArgumentPlace {
  /** The function's name, e.g. `"score"`. */
  fn: string;
  /** The parameter's name, e.g. `"record"`. */
  argument: string;
  /** The parameter in words, e.g. "Completed checklist". */
  label: string;
  /** What the function takes, in words, when the kind alone says too little, e.g. "a completed checklist". */
  expected?: string;
  /** `undefined` is allowed (an optional parameter). */
  optional?: boolean;
}

const KIND_WORDS: Record<ArgumentKind, string> = {
  text: "text",
  number: "a number",
  boolean: "true or false",
  record: "an object",
  list: "a list",
  function: "a function",
  bytes: "bytes (a Uint8Array)",
  date: "a Date",
};

/** True when `value` is of `kind`. */
export function isArgumentKind(value: unknown, kind: ArgumentKind): boolean {
  switch (kind) {
    case "text":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && !Number.isNaN(value);
    case "boolean":
      return typeof value === "boolean";
    case "record":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "list":
      return Array.isArray(value);
    case "function":
      return typeof value === "function";
    case "bytes":
      return value instanceof Uint8Array;
    case "date":
      return value instanceof Date;
    default:
      throw argumentTypeError("isArgumentKind", {
        argument: "kind",
        label: "Kind",
        expected: Object.keys(KIND_WORDS).join(", "),
        received: kind,
        message: "is not a kind of argument",
      });
  }
}

/**
 * Throws the coded error of {@link argumentTypeError} unless `value` is of one of `kinds` (or
 * `undefined`, when the place says the argument is optional). For the first lines of a public
 * function: `checkArgument(record, "record", { fn: "score", argument: "record", label: "Completed checklist" })`.
 *
 * @throws StValidationError (also a `TypeError`) with one problem coded `invalid_type`.
 */
export function checkArgument(
  value: unknown,
  kinds: ArgumentKind | readonly ArgumentKind[],
  place: ArgumentPlace,
): void {
  if (typeof place !== "object" || place === null)
    throw argumentTypeError("checkArgument", {
      argument: "place",
      label: "Place",
      expected: "{ fn, argument, label }",
      received: place,
      message: "is not an argument place",
    });
  if (value === undefined && place.optional) return;
  const allowed: readonly ArgumentKind[] = typeof kinds === "string" ? [kinds] : Array.isArray(kinds) ? kinds : [];
  if (allowed.length === 0)
    throw argumentTypeError("checkArgument", {
      argument: "kinds",
      label: "Kinds",
      expected: "a kind or a list of kinds",
      received: kinds,
      message: "is not a kind or a list of kinds",
    });
  for (const kind of allowed) if (isArgumentKind(value, kind)) return;
  const expected = place.expected ?? allowed.map((kind) => KIND_WORDS[kind]).join(" or ");
  throw argumentTypeError(place.fn, {
    argument: place.argument,
    label: place.label,
    expected,
    received: value,
    message: `is not ${expected}`,
  }) satisfies StValidationError;
}

/**
 * An argument described once, with the kinds it takes, for a package whose functions share it
 * (case notes, a review round, lint options): see {@link checkArgumentOf}.
 */
export interface ArgumentSpec extends Omit<ArgumentPlace, "fn"> {
  /** The kinds of value the argument takes. */
  kinds: ArgumentKind | readonly ArgumentKind[];
}

/**
 * {@link checkArgument} for an argument described once as an {@link ArgumentSpec}, so each
 * function checks it in one short line: `checkArgumentOf("lint", CASE_NOTES, text)`.
 *
 * @throws StValidationError (also a `TypeError`) with one problem coded `invalid_type`.
 */
export function checkArgumentOf(fn: string, spec: ArgumentSpec, value: unknown): void {
  checkArgument(fn, "text", { fn: "checkArgumentOf", argument: "fn", label: "Function name" });
  checkArgument(spec, "record", {
    fn: "checkArgumentOf",
    argument: "spec",
    label: "Argument",
    expected: "an argument { kinds, argument, label }",
  });
  const { kinds, ...place } = spec;
  checkArgument(value, kinds, { fn, ...place });
}
