/**
 * One error type for every validation problem in the project, carrying all problems found at once.
 * @module
 */

import type { ProblemCode } from "./problem-codes.js";

/** Where in a file a problem was found. */
export interface ProblemLocation {
  /** 1-based position of the record in its input (for spreadsheets, the data row counted from the first record). */
  record?: number;
  /** Worksheet name, for spreadsheets. */
  sheet?: string;
  /** A1-style cell address, for spreadsheets. */
  cell?: string;
  /** 1-based line number, for text inputs. */
  line?: number;
  /** 1-based column (in characters) on {@link ProblemLocation.line}, where a parser can tell it. */
  column?: number;
}

/** One thing wrong with an input, told in the user's own terms. */
export interface Problem extends ProblemLocation {
  /** Dotted path of the field inside the record, e.g. `investigation.stageReached`. Empty for the record as a whole. */
  path: string;
  /** The human label of the field, from its definition (e.g. "If Y, what stage did it get to?"). */
  field: string;
  /** What was expected, in words. */
  expected: string;
  /** What was found, quoted or described. */
  received: string;
  /** One sentence saying what is wrong. */
  message: string;
  /**
   * A stable machine-readable code, e.g. `invalid_type`, `required`, `unknown_field`: one of
   * {@link problemCodes}, each listed with what it means.
   */
  code: ProblemCode;
}

const BRAND = Symbol.for("@st/core/StValidationError");

/**
 * Thrown when input does not meet its definition. Carries every problem found, not only the first.
 *
 * `instanceof StValidationError` holds even when the error was created by another copy of this
 * package (the ESM and the CommonJS builds loaded side by side), because the check is a brand, not
 * object identity.
 */
export class StValidationError extends Error {
  override readonly name = "StValidationError";
  /** Every problem found. Never empty. */
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], options?: { subject?: string; cause?: unknown }) {
    super(
      formatProblems(problems, options?.subject),
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.problems = problems;
    Object.defineProperty(this, BRAND, { value: true });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

/** True when `value` is an {@link index!StValidationError} from any copy of this package. */
export function isStValidationError(value: unknown): value is StValidationError {
  return value instanceof StValidationError;
}

function where(problem: ProblemLocation): string {
  const parts: string[] = [];
  if (problem.record !== undefined) parts.push(`record ${problem.record}`);
  if (problem.sheet !== undefined) parts.push(`sheet "${problem.sheet}"`);
  if (problem.cell !== undefined) parts.push(`cell ${problem.cell}`);
  if (problem.line !== undefined) parts.push(`line ${problem.line}`);
  if (problem.column !== undefined) parts.push(`column ${problem.column}`);
  return parts.join(", ");
}

/**
 * Render one problem as a sentence a person can act on:
 * `record 3, cell F4: "If Y, what stage did it get to?": expected 1, 2 or 3, found "4".`
 */
export function formatProblem(problem: Problem): string {
  expectKind(
    typeof problem === "object" && problem !== null && !Array.isArray(problem),
    "formatProblem",
    "problem",
    "Problem",
    "a problem",
    problem,
  );
  const place = where(problem);
  const field = problem.field ? `"${problem.field}"` : "the record";
  return `${place ? `${place}: ` : ""}${field}: ${problem.message} (expected ${problem.expected}, found ${problem.received})`;
}

/** Render a list of problems, one a line, under a heading that counts them. */
export function formatProblems(problems: readonly Problem[], subject = "input"): string {
  expectKind(Array.isArray(problems), "formatProblems", "problems", "Problems", "a list of problems", problems);
  expectKind(typeof subject === "string", "formatProblems", "subject", "Subject", "text", subject);
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return [`${count} in ${subject}:`, ...problems.map((p) => `  - ${formatProblem(p)}`)].join("\n");
}

/** Describe a received value briefly for a message: strings quoted and cut short, others by type. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") {
    if (value.trim() === "") return "an empty value";
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString().slice(0, 10);
  return "an object";
}

/** What {@link argumentError} says about an argument a function cannot work with. */
export interface ArgumentProblem {
  /** The parameter's name, e.g. `from`: the problem's `path`. */
  argument: string;
  /** The parameter in words, e.g. "Start date": the problem's `field`. */
  label: string;
  /** What the function takes, in words. */
  expected: string;
  /** The value given; described with {@link describeValue}. */
  received: unknown;
  /** One sentence saying what is wrong. */
  message: string;
  /** A stable code; default `invalid_argument`. */
  code?: ProblemCode;
}

/**
 * An {@link index!StValidationError} that is also a built-in `RangeError` or `TypeError` (what
 * calculators threw before, and what JavaScript throws for a value of the wrong kind): the built-in
 * error, named and branded, carrying its problems.
 */
function argumentErrorOf<E extends RangeError | TypeError>(
  Base: new (message: string) => E,
  problems: readonly Problem[],
  subject: string,
): StValidationError & E {
  const error = new Base(formatProblems(problems, subject));
  Object.defineProperties(error, {
    name: { value: "StValidationError", enumerable: true, configurable: true, writable: true },
    problems: { value: problems, enumerable: true },
    [BRAND]: { value: true },
  });
  return error as StValidationError & E;
}

/**
 * The error a calculator throws for an argument it cannot work with (a date that is not a day, a
 * stage that does not exist, a count that is not a whole number): an {@link index!StValidationError}
 * with one coded problem, so a caller catches parsers and calculators alike with
 * {@link isStValidationError}; and, for code written before, still a `RangeError`.
 *
 * @param fn - the function's name, e.g. `"stageDeadline"`: the error's subject.
 */
export function argumentError(fn: string, problem: ArgumentProblem): StValidationError & RangeError {
  expectArgumentProblem("argumentError", fn, problem);
  const { argument, label, expected, received, message, code = "invalid_argument" } = problem;
  const found: Problem = { path: argument, field: label, expected, received: describeValue(received), message, code };
  return argumentErrorOf(RangeError, [found], `the arguments of ${fn}`);
}

/**
 * The error a function throws for an argument of the wrong kind (`undefined` where a record is
 * needed, a number where text is): an {@link index!StValidationError} with one problem coded
 * `invalid_type`, and also a `TypeError`, as JavaScript itself would throw. See `checkArgument`.
 *
 * @param fn - the function's name, e.g. `"score"`: the error's subject.
 */
export function argumentTypeError(fn: string, problem: Omit<ArgumentProblem, "code">): StValidationError & TypeError {
  expectArgumentProblem("argumentTypeError", fn, problem);
  const { argument, label, expected, received, message } = problem;
  const found: Problem = {
    path: argument,
    field: label,
    expected,
    received: describeValue(received),
    message,
    code: "invalid_type",
  };
  return argumentErrorOf(TypeError, [found], `the arguments of ${fn}`);
}

/** Throws the coded error of {@link argumentTypeError} unless `ok`: the checks of this module's own arguments. */
function expectKind(
  ok: boolean,
  fn: string,
  argument: string,
  label: string,
  expected: string,
  received: unknown,
): void {
  if (!ok) throw argumentTypeError(fn, { argument, label, expected, received, message: `is not ${expected}` });
}

function expectArgumentProblem(fn: string, name: unknown, problem: unknown): void {
  expectKind(typeof name === "string", fn, "fn", "Function name", "text", name);
  expectKind(
    typeof problem === "object" && problem !== null && !Array.isArray(problem),
    fn,
    "problem",
    "Problem",
    "an argument problem { argument, label, expected, received, message }",
    problem,
  );
}
