/**
 * Turn zod's validation issues into {@link Problem}s a person can act on: the field's human label
 * instead of a key, what was expected and what was found in words, and no zod jargon.
 * @module
 */

import type * as z from "zod";
import { checkArgument } from "./argument-checks.js";
import { describeValue, type Problem, type ProblemLocation, StValidationError } from "./errors.js";
import type { ProblemCode } from "./problem-codes.js";
import { formatInWords, sizeInWords, sizeMessage, typeWords, valuesInWords } from "./zod-issue-words.js";
import { boundsOf, core, defOf, type Segment, schemaAt, titleOf } from "./zod-schema-paths.js";

/** One zod issue, as found in `error.issues` of a failed zod 4 parse. */
export type ZodIssue = z.core.$ZodIssue;

/**
 * Human labels of fields, for {@link zodProblems}.
 *
 * - A map from dotted path to label: `{ "investigation.stageReached": "If Y, what stage did it get to?" }`.
 *   Array positions may be written `*`: `{ "children.*.dateOfBirth": "Child's date of birth" }`;
 *   a bare field name (`{ dateOfBirth: "Date of birth" }`) labels that field wherever it is.
 * - Or a function from the dotted path and its segments to a label, `undefined` to fall back.
 *
 * When neither gives a label, the schema's own title is used (`z.string().meta({ title: "..." })`),
 * then a readable form of the key (`stageReached` becomes "Stage reached", see {@link labelFromKey}).
 */
export type FieldLabels =
  | Readonly<Record<string, string>>
  | ((path: string, segments: readonly (string | number)[]) => string | undefined);

/** Options for {@link zodProblems}. */
export interface ZodProblemOptions {
  /** Human labels of the fields (see {@link FieldLabels}). */
  labels?: FieldLabels | undefined;
  /**
   * The schema that was parsed. With it, labels come from the schema's titles, bounds are told in
   * full ("a whole number from 1 to 3" rather than "1 or more"), and an unknown field is matched
   * against the known ones to suggest the one meant.
   */
  schema?: z.ZodType | undefined;
  /**
   * The value that was parsed. zod only puts the value it found on an issue when parsing with
   * `{ reportInput: true }`; otherwise the value is looked up here by the issue's path, so that
   * each problem can say what was found.
   */
  input?: unknown;
  /**
   * Where the record came from, added to every problem: the same for all (e.g. `{ record: 3 }`),
   * or computed from each problem's path (e.g. a spreadsheet cell).
   */
  location?: ProblemLocation | ((path: readonly (string | number)[]) => ProblemLocation | undefined) | undefined;
}

/** The result of a `safe` parse: the value, or every problem found. */
export type SafeResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * A readable label from a field key, for fields without a label: `stageReached` and
 * `stage_reached` become "Stage reached"; acronyms stay in capitals (`gssCode` becomes "Gss code",
 * `GSSCode` becomes "GSS code").
 */
export function labelFromKey(key: string | number): string {
  checkArgument(key, ["text", "number"], { fn: "labelFromKey", argument: "key", label: "Key" });
  if (typeof key === "number") return `Item ${key + 1}`;
  const words = key
    .replace(/[_\-.]+/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([a-zA-Z])(\d)/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (word.length > 1 && word === word.toUpperCase() ? word : word.toLowerCase()));
  if (words.length === 0) return key;
  const [first = "", ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(" ");
}

const segmentsOf = (path: readonly PropertyKey[]): Segment[] =>
  path.map((p) => (typeof p === "number" ? p : typeof p === "symbol" ? (p.description ?? "symbol") : String(p)));

const dotted = (segments: readonly Segment[]) => segments.join(".");

// ---------------------------------------------------------------------------------------------

function labelFor(segments: readonly Segment[], options: ZodProblemOptions): string {
  if (segments.length === 0) return "";
  const last = segments.at(-1) as Segment;
  const path = dotted(segments);
  const { labels } = options;
  let label: string | undefined;
  if (typeof labels === "function") label = labels(path, segments);
  else if (labels) {
    label =
      labels[path] ??
      labels[segments.map((s) => (typeof s === "number" ? "*" : s)).join(".")] ??
      (typeof last === "string" ? labels[last] : undefined);
  }
  label ??= titleOf(schemaAt(options.schema, segments));
  if (label === undefined && typeof last === "number" && segments.length > 1) {
    // An item of a list: name the list and the position.
    return `${labelFor(segments.slice(0, -1), options)} (item ${last + 1})`;
  }
  return label ?? labelFromKey(last);
}

function valueAt(input: unknown, segments: readonly Segment[]): unknown {
  let current = input;
  for (const segment of segments) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * zod's own English messages ("Invalid input: expected string, received number", "Too small: ...")
 * are jargon: they are replaced by ours. A message the schema's author wrote is kept.
 */
const ZOD_DEFAULT_MESSAGE = /^(Invalid |Too small: |Too big: |Unrecognized keys?: )/;
const authored = (issue: ZodIssue) => (ZOD_DEFAULT_MESSAGE.test(issue.message) ? undefined : issue.message);

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The known field an unknown key was probably meant to be, if one is close. */
function suggestion(key: string, parent: readonly Segment[], options: ZodProblemOptions): string | undefined {
  const known = new Set<string>();
  const parentSchema = options.schema ? schemaAt(options.schema, parent) : undefined;
  const shape = parentSchema ? defOf(core(parentSchema)).shape : undefined;
  for (const k of Object.keys(shape ?? {})) known.add(k);
  if (options.labels && typeof options.labels !== "function") {
    const prefix = parent.length ? `${dotted(parent)}.` : "";
    for (const path of Object.keys(options.labels)) {
      if (path.startsWith(prefix) && !path.slice(prefix.length).includes(".")) known.add(path.slice(prefix.length));
    }
  }
  const normal = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = levenshtein(normal(key), normal(candidate));
    if (distance <= Math.max(1, Math.floor(normal(candidate).length / 4)) && (!best || distance < best.distance)) {
      best = { key: candidate, distance };
    }
  }
  return best?.key;
}

interface Draft {
  segments: Segment[];
  expected: string;
  received: string;
  message: string;
  code: ProblemCode;
}

function receivedAt(issue: ZodIssue, segments: readonly Segment[], options: ZodProblemOptions): unknown {
  // The parsed value, when given, is the truth. An issue's own `input` is the value at its path,
  // except for refinements given a `path` and for a discriminated union's tag, where it is the
  // object that holds the field.
  if (options.input !== undefined) return valueAt(options.input, segments);
  if (!("input" in issue)) return undefined;
  const holdsField =
    issue.code === "custom" || (issue.code === "invalid_union" && issue.errors.length === 0 && "options" in issue);
  const last = segments.at(-1);
  if (holdsField && last !== undefined && issue.input !== null && typeof issue.input === "object") {
    return Object.hasOwn(issue.input, last) ? (issue.input as Record<Segment, unknown>)[last] : undefined;
  }
  return issue.input;
}

/** The option of a failed union that came closest: the one whose type matched and that has fewest problems. */
function closestOption(errors: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | undefined {
  let best: { issues: readonly ZodIssue[]; score: number } | undefined;
  for (const issues of errors) {
    let score = 0;
    for (const issue of issues) {
      if (issue.path.length === 0 && (issue.code === "invalid_type" || issue.code === "invalid_value")) score += 1000;
      else if (issue.code === "invalid_value" && issue.values.length === 1)
        score += 100; // a wrong tag: wrong branch
      else score += 1;
    }
    if (!best || score < best.score) best = { issues, score };
  }
  return best && best.score < 1000 ? best.issues : undefined;
}

function draft(issue: ZodIssue, prefix: readonly Segment[], options: ZodProblemOptions, out: Draft[]): void {
  const segments = [...prefix, ...segmentsOf(issue.path)];
  const value = receivedAt(issue, segments, options);
  const schema = schemaAt(options.schema, segments);
  // A field with nothing in it is missing, whatever the schema wanted there (an answer from a list,
  // a literal, one of a union's forms): say so, rather than that nothing is not an allowed answer.
  // Only when the value is known: without `reportInput` or `options.input`, an issue does not say.
  const missing = ("input" in issue || options.input !== undefined) && (value === undefined || value === null);
  // A refinement that names its own code keeps it, and its message if its author wrote one.
  const ownCode = issue.code === "custom" && typeof issue.params?.code === "string";
  const push = (d: Omit<Draft, "segments" | "received"> & { segments?: Segment[]; received?: string }) => {
    const found = { segments, received: describeValue(value), ...d };
    if (missing && !ownCode && d.code !== "required" && d.code !== "invalid_key") {
      found.code = "required";
      found.message =
        issue.code === "custom"
          ? issue.message && issue.message !== "Invalid input"
            ? issue.message
            : "is required"
          : (authored(issue) ?? "is required");
    }
    out.push(found);
  };

  switch (issue.code) {
    case "invalid_type": {
      const type = boundsOf(schema).type === "integer" ? "int" : issue.expected;
      const expected = typeWords(type);
      // Without the value (no `reportInput`, no `options.input`), zod's own message still says
      // which type it found.
      const known = "input" in issue || options.input !== undefined;
      const foundType = /received (\w+)$/.exec(issue.message)?.[1];
      const missing = known ? value === undefined || value === null : foundType === "undefined" || foundType === "null";
      const received = known || missing ? describeValue(value) : foundType ? typeWords(foundType) : "something else";
      if (missing) {
        push({ code: "required", expected, received, message: authored(issue) ?? "is required" });
        return;
      }
      let message = `is not ${expected}`;
      if (Number.isNaN(value)) message = "is not a number";
      else if (type === "int" && typeof value === "number") message = "is not a whole number";
      else if (expected.startsWith("nothing")) message = "should not be given";
      push({ code: "invalid_type", expected, received, message: authored(issue) ?? message });
      return;
    }
    case "too_small":
    case "too_big": {
      const empty = issue.code === "too_small" && issue.origin === "string" && value === "";
      push({
        code: empty ? "required" : issue.code,
        expected: sizeInWords(issue, schema),
        message: authored(issue) ?? (empty ? "is required" : sizeMessage(issue)),
      });
      return;
    }
    case "invalid_value":
      push({
        code: "invalid_value",
        expected: valuesInWords(issue.values),
        message:
          authored(issue) ??
          (issue.values.length === 1 ? "is not the value expected" : "is not one of the allowed answers"),
      });
      return;
    case "invalid_format":
      push({
        code: "invalid_format",
        expected: formatInWords(issue),
        message: authored(issue) ?? `is not ${formatInWords(issue)}`,
      });
      return;
    case "not_multiple_of":
      push({
        code: "not_multiple_of",
        expected: `a multiple of ${issue.divisor}`,
        message: authored(issue) ?? `is not a multiple of ${issue.divisor}`,
      });
      return;
    case "unrecognized_keys":
      for (const key of issue.keys) {
        const keySegments = [...segments, key];
        const found = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
        const meant = suggestion(key, segments, options);
        out.push({
          segments: keySegments,
          code: "unknown_field",
          expected: "nothing (unknown field)",
          received: describeValue(found),
          message: `is not a known field${meant ? ` (did you mean "${meant}"?)` : ""}`,
        });
      }
      return;
    case "invalid_union": {
      if (issue.errors.length === 0 && "options" in issue && issue.options) {
        // A discriminated union whose tag matched no option; the path points at the tag.
        push({
          code: "invalid_value",
          expected: valuesInWords(issue.options),
          message: authored(issue) ?? "is not one of the allowed answers",
        });
        return;
      }
      if (issue.errors.length === 0) {
        push({
          code: "invalid_union",
          expected: "exactly one of the allowed forms",
          message: authored(issue) ?? "matches more than one of the allowed forms",
        });
        return;
      }
      const closest = closestOption(issue.errors);
      if (closest) {
        for (const sub of closest) draft(sub, segments, options, out);
        return;
      }
      // No option came close: say which kinds of value would do.
      const kinds = new Set<string>();
      for (const issues of issue.errors) {
        for (const sub of issues) {
          if (sub.path.length !== 0) continue;
          if (sub.code === "invalid_type") kinds.add(typeWords(sub.expected));
          else if (sub.code === "invalid_value") for (const v of sub.values) kinds.add(valuesInWords([v]));
        }
      }
      const expected = kinds.size ? [...kinds].join(" or ") : "one of the allowed forms";
      push({ code: "invalid_type", expected, message: authored(issue) ?? "is not any of the allowed forms" });
      return;
    }
    case "invalid_key": {
      const inner: Draft[] = [];
      for (const sub of issue.issues) draft(sub, [], { ...options, input: undefined }, inner);
      push({
        code: "invalid_key",
        expected: inner[0] ? `a name that is ${inner[0].expected}` : "an allowed name",
        received: JSON.stringify(String(segments.at(-1) ?? "")),
        message: authored(issue) ?? "is not an allowed name for an entry",
      });
      return;
    }
    case "invalid_element":
      for (const sub of issue.issues) draft(sub, segments, { ...options, input: undefined }, out);
      return;
    case "custom": {
      const params = issue.params ?? {};
      push({
        // A refinement names its own code (checked against problemCodes by scripts/problem-codes.test.mjs).
        code: typeof params.code === "string" ? (params.code as ProblemCode) : "custom",
        expected: typeof params.expected === "string" ? params.expected : "a valid value",
        message: issue.message && issue.message !== "Invalid input" ? issue.message : "is not valid",
      });
      return;
    }
    default: {
      const unknown = issue as ZodIssue;
      push({
        // Every code zod 4 has is handled above: this is one a newer zod added.
        code: "invalid",
        expected: "a valid value",
        message: authored(unknown) ?? "is not valid",
      });
    }
  }
}

// zod's issue codes that are problem codes as they are; the others are mapped below.
const ZOD_PROBLEM_CODES: ReadonlySet<string> = new Set([
  "invalid_type",
  "invalid_value",
  "invalid_format",
  "invalid_union",
  "invalid_key",
  "too_small",
  "too_big",
  "not_multiple_of",
  "custom",
]);

/**
 * The problem code for a zod issue's code, for code that turns zod issues into problems itself:
 * zod's own code where it is a problem code, `unknown_field` for unrecognised keys, `invalid_value`
 * for a bad entry of a map or set, and `invalid` for a code a newer zod added.
 */
export function problemCodeOfZodIssue(code: string): ProblemCode {
  checkArgument(code, "text", { fn: "problemCodeOfZodIssue", argument: "code", label: "zod issue code" });
  if (ZOD_PROBLEM_CODES.has(code)) return code as ProblemCode;
  if (code === "unrecognized_keys") return "unknown_field";
  if (code === "invalid_element") return "invalid_value";
  return "invalid";
}

/**
 * Turn zod issues into {@link Problem}s: the path joined with dots, the field's human label (from
 * `options.labels`, the schema's titles, or a readable form of the key), what was expected and
 * what was found in words, and a message without zod jargon (a message the schema's author wrote,
 * e.g. `z.number().min(0, "Give zero or more")`, is kept).
 *
 * Codes are stable: `required` (missing, null, or empty text, whatever kind of value the schema
 * wanted there: an answer from a list, a literal, one of a union's forms), `invalid_type`, `too_small`,
 * `too_big`, `invalid_value`, `invalid_format`, `not_multiple_of`, `unknown_field` (one problem
 * per unknown key, naming it, with a suggestion when a known field is close), `invalid_key`, and
 * for refinements (`.refine`, `.superRefine`) `params.code` or `custom`; a refinement's
 * `params.expected` becomes `expected`. A union that fails reports the problems of the option that
 * came closest, or the kinds of value that would do.
 *
 * @example
 * const schema = z.strictObject({ stage: z.int().min(1).max(3) });
 * const result = schema.safeParse({ stage: 4, stgae: 1 });
 * if (!result.success) zodProblems(result.error, { schema, labels: { stage: "Stage reached" } });
 * // [{ path: "stage", field: "Stage reached", expected: "a whole number from 1 to 3", received: "4", ... },
 * //  { path: "stgae", field: "Stgae", expected: "nothing (unknown field)", message: 'is not a known field (did you mean "stage"?)', ... }]
 */
export function zodProblems(
  issues: readonly ZodIssue[] | { readonly issues: readonly ZodIssue[] },
  options: ZodProblemOptions = {},
): Problem[] {
  checkArgument(issues, ["list", "record"], {
    fn: "zodProblems",
    argument: "issues",
    label: "Issues",
    expected: "zod issues or a ZodError",
  });
  checkArgument(options, "record", { fn: "zodProblems", argument: "options", label: "Options" });
  const list = "issues" in issues ? issues.issues : issues;
  const drafts: Draft[] = [];
  for (const issue of list) draft(issue, [], options, drafts);
  return drafts.map(({ segments, ...rest }) => {
    const location = typeof options.location === "function" ? options.location(segments) : options.location;
    return { ...location, path: dotted(segments), field: labelFor(segments, options), ...rest };
  });
}

/** Options for {@link parseWithProblems}: those of {@link zodProblems}, and a subject for the error message. */
export interface ParseWithProblemsOptions extends Omit<ZodProblemOptions, "schema" | "input"> {
  /** What is being read, for the error's first line, e.g. `"complaint record"` (default `"input"`). */
  subject?: string | undefined;
}

/**
 * Parse `input` with a zod schema; on failure, return every problem in the user's terms instead of
 * zod issues. See {@link zodProblems} for what the problems say.
 */
export function safeParseWithProblems<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: ParseWithProblemsOptions = {},
): SafeResult<z.output<S>> {
  checkArgument(schema, "record", {
    fn: "safeParseWithProblems",
    argument: "schema",
    label: "Schema",
    expected: "a zod schema",
  });
  checkArgument(options, "record", { fn: "safeParseWithProblems", argument: "options", label: "Options" });
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: zodProblems(result.error, { ...options, schema, input }) };
}

/**
 * Parse `input` with a zod schema, throwing an {@link index!StValidationError} carrying every problem
 * in the user's terms when it does not fit.
 */
export function parseWithProblems<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: ParseWithProblemsOptions = {},
): z.output<S> {
  checkArgument(schema, "record", {
    fn: "parseWithProblems",
    argument: "schema",
    label: "Schema",
    expected: "a zod schema",
  });
  checkArgument(options, "record", { fn: "parseWithProblems", argument: "options", label: "Options" });
  const result = safeParseWithProblems(schema, input, options);
  if (result.ok) return result.value;
  throw new StValidationError(result.problems, options.subject === undefined ? {} : { subject: options.subject });
}
