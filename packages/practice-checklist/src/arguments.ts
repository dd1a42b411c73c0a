/**
 * The argument checks of the public functions: shallow (a `typeof`), so a caller who passes
 * `undefined` or a list where a checklist belongs gets a coded error naming the function and the
 * argument, not "Cannot read properties of undefined". What is inside a record is left to its
 * schema. Internal: not exported from the index.
 * @module
 */
import { type ArgumentKind, argumentTypeError, checkArgument, type Problem } from "@st/core";

/** Throws a coded `StValidationError` (also a `TypeError`) unless `definition` is an object: a checklist definition. */
export function checkDefinition(
  fn: string,
  definition: unknown,
  argument = "definition",
  label = "Checklist definition",
): void {
  checkArgument(definition, "record", { fn, argument, label, expected: "a checklist definition" });
}

/** Throws a coded `StValidationError` (also a `TypeError`) unless `record` is an object: a completed checklist. */
export function checkRecord(fn: string, record: unknown, argument = "record"): void {
  checkArgument(record, "record", { fn, argument, label: "Completed checklist", expected: "a completed checklist" });
}

/** Throws a coded `StValidationError` (also a `TypeError`) unless `options` is an object or left out. */
export function checkOptions(fn: string, options: unknown): void {
  checkArgument(options, "record", { fn, argument: "options", label: "Options", optional: true });
}

/**
 * Throws a coded `StValidationError` (also a `TypeError`) unless `value` is of `kinds`; for the
 * places met once. `expected` says what the function takes when the kind alone says too little.
 */
export function checkPlace(
  fn: string,
  value: unknown,
  kinds: ArgumentKind | readonly ArgumentKind[],
  argument: string,
  label: string,
  expected?: string,
): void {
  checkArgument(value, kinds, { fn, argument, label, ...(expected === undefined ? {} : { expected }) });
}

/** What a text argument must be: JSON or YAML. */
const DATA_TEXT = "JSON or YAML text";

/** Throws a coded `StValidationError` (also a `TypeError`) unless `text` is a string of JSON or YAML. */
export function checkText(fn: string, text: unknown, label: string): void {
  checkArgument(text, "text", { fn, argument: "text", label, expected: DATA_TEXT });
}

/**
 * For the `safeParse*` functions, which return problems rather than throw: the problem of a `text`
 * that is not a string (coded `invalid_type`, as {@link checkText} throws it), or `undefined`.
 */
export function textProblems(fn: string, text: unknown, label: string): Problem[] | undefined {
  if (typeof text === "string") return undefined;
  const error = argumentTypeError(fn, {
    argument: "text",
    label,
    expected: DATA_TEXT,
    received: text,
    message: `is not ${DATA_TEXT}`,
  });
  return [...error.problems];
}

/** The labels of the text arguments of the readers. */
export const DEFINITION_TEXT = "Checklist definition text";
/** @see DEFINITION_TEXT */
export const RECORDS_TEXT = "Completed checklists text";
/** @see DEFINITION_TEXT */
export const PROFILE_TEXT = "Terminology profile text";
