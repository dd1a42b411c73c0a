/**
 * The arguments the public functions share (case notes, findings, lint options), each described
 * once, so a function checks one with a short line: `checkArg("summariseFindings", FINDINGS, findings)`.
 * One constant a place, so a bundle keeps only the places its functions check. Internal: not
 * exported from the index.
 * @module
 */
import { type ArgumentSpec, checkArgumentOf } from "@st/core";

/** An argument as the public functions take it (`ArgumentSpec` of `@st/core`); the function's name is given at the check. */
export type Place = ArgumentSpec;

/** `checkArgumentOf` of `@st/core`: throws its coded error unless `value` is of the kind the place takes. */
export const checkArg = checkArgumentOf;

export const TEXT: Place = { kinds: "text", argument: "text", label: "Case notes" };
export const WORD: Place = { kinds: "text", argument: "word", label: "Word" };
export const PATTERN: Place = {
  kinds: "text",
  argument: "source",
  label: "Pattern",
  expected: "a pattern in the rule language (text)",
};
export const CLASSES: Place = { kinds: "record", argument: "classes", label: "Word classes", optional: true };
export const SEVERITY: Place = {
  kinds: "text",
  argument: "severity",
  label: "Severity",
  expected: "a severity (error, warning or info)",
};
export const EXPLANATION: Place = { kinds: "text", argument: "explanation", label: "Explanation" };
export const CODES: Place = { kinds: "list", argument: "codes", label: "Source codes", optional: true };
export const FINDING: Place = { kinds: "record", argument: "finding", label: "Finding", expected: "a finding" };
export const FINDINGS: Place = {
  kinds: "list",
  argument: "findings",
  label: "Findings",
  expected: "a list of findings",
};
export const FILES: Place = {
  kinds: "list",
  argument: "files",
  label: "Linted files",
  expected: "a list of linted files",
};
export const WIDTH: Place = { kinds: "number", argument: "width", label: "Width", optional: true };
export const LINT_OPTIONS: Place = { kinds: "record", argument: "options", label: "Lint options", optional: true };
export const SARIF_OPTIONS: Place = { kinds: "record", argument: "options", label: "SARIF options", optional: true };
export const CHUNK_OPTIONS: Place = { kinds: "record", argument: "options", label: "Chunk options", optional: true };
export const PACK: Place = {
  kinds: "list",
  argument: "pack",
  label: "Rule pack",
  expected: "a list of rules",
  optional: true,
};
export const LINTER: Place = {
  kinds: "record",
  argument: "linter",
  label: "Linter",
  expected: "a linter (from createLinter)",
};
/** Text streamed in pieces; a string is an iterable of strings too. */
export const SOURCE: Place = {
  kinds: ["record", "list", "text"],
  argument: "source",
  label: "Case notes",
  expected: "text or an iterable of text",
};
