/**
 * Turn zod's validation issues into {@link Problem}s a person can act on: the field's human label
 * instead of a key, what was expected and what was found in words, and no zod jargon.
 * @module
 */
import * as z from "zod";
import { checkArgument } from "./argument-checks.js";
import { describeValue, type Problem, type ProblemLocation, StValidationError } from "./errors.js";

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

type Segment = string | number;

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
// Finding the part of a schema at a path, through wrappers. Uses `_zod.def`, zod 4's documented
// surface for library authors.

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "catch", "readonly", "nonoptional"]);

/** The schema itself and every wrapper inside it, outermost first, down to the real type. */
function layers(schema: z.ZodType): z.ZodType[] {
  const found: z.ZodType[] = [];
  let current: z.ZodType | undefined = schema;
  for (let depth = 0; current && depth < 32; depth++) {
    found.push(current);
    const def = defOf(current);
    if (WRAPPERS.has(def.type)) current = def.innerType;
    else if (def.type === "pipe") current = def.in;
    else if (def.type === "lazy") current = def.getter?.();
    else break;
  }
  return found;
}

const core = (schema: z.ZodType): z.ZodType => layers(schema).at(-1) as z.ZodType;

function child(schema: z.ZodType, segment: Segment): z.ZodType | undefined {
  const def = defOf(core(schema));
  switch (def.type) {
    case "object":
      return typeof segment === "string" && def.shape && Object.hasOwn(def.shape, segment)
        ? def.shape[segment]
        : undefined;
    case "array":
      return def.element;
    case "tuple":
      return typeof segment === "number" ? (def.items?.[segment] ?? def.rest ?? undefined) : undefined;
    case "record":
      return def.valueType;
    case "union":
      for (const option of def.options ?? []) {
        const found = child(option, segment);
        if (found) return found;
      }
      return undefined;
    case "intersection":
      return (def.left && child(def.left, segment)) ?? (def.right && child(def.right, segment));
    default:
      return undefined;
  }
}

function schemaAt(schema: z.ZodType | undefined, segments: readonly Segment[]): z.ZodType | undefined {
  let current = schema;
  for (const segment of segments) {
    if (!current) return undefined;
    current = child(current, segment);
  }
  return current;
}

function titleOf(schema: z.ZodType | undefined): string | undefined {
  if (!schema) return undefined;
  for (const layer of layers(schema)) {
    const title = z.globalRegistry.get(layer)?.title;
    if (typeof title === "string" && title) return title;
  }
  return undefined;
}

interface Bounds {
  type?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

/** The bounds of a schema as JSON Schema states them, or nothing when it cannot say. */
function boundsOf(schema: z.ZodType | undefined): Bounds {
  if (!schema) return {};
  try {
    return z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as Bounds;
  } catch {
    return {};
  }
}

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

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  integer: "a whole number",
  boolean: "true or false",
  bigint: "a whole number",
  symbol: "a symbol",
  undefined: "nothing",
  void: "nothing",
  never: "nothing",
  null: "nothing (null)",
  date: "a date",
  array: "a list",
  tuple: "a list",
  object: "a group of fields",
  record: "a group of fields",
  map: "a map",
  set: "a set of values",
  file: "a file",
  nonoptional: "a value",
  nan: "not a number (NaN)",
  function: "a function",
};

const typeWords = (expected: string) => TYPE_WORDS[expected] ?? `a value of type ${expected}`;

/** A list of allowed values in words: `Y in part, Y in full, N`. Text is quoted only when needed. */
function valuesInWords(values: readonly unknown[]): string {
  const shown = values.map((v) => {
    if (typeof v === "string") return v === "" || /^\s|\s$|,/.test(v) ? JSON.stringify(v) : v;
    if (typeof v === "bigint") return String(v);
    if (v === undefined) return "nothing";
    return String(v);
  });
  return shown.length === 1 ? (shown[0] as string) : `one of ${shown.join(", ")}`;
}

const plural = (n: number | bigint, one: string, many: string) => `${n} ${Number(n) === 1 ? one : many}`;
const isoDay = (time: number | bigint) => new Date(Number(time)).toISOString().slice(0, 10);
const finite = (n: number | undefined): n is number =>
  n !== undefined && Number.isFinite(n) && Math.abs(n) < Number.MAX_SAFE_INTEGER;

/** What a size-limited value should be, in words, using the schema's other bound when it has one. */
function sizeInWords(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, schema: z.ZodType | undefined): string {
  const small = issue.code === "too_small";
  const limit = small ? issue.minimum : issue.maximum;
  const inclusive = issue.inclusive !== false;
  const bounds = boundsOf(schema);
  switch (issue.origin) {
    case "number":
    case "int":
    case "bigint": {
      const whole = issue.origin !== "number" || bounds.type === "integer";
      const kind = whole ? "a whole number" : "a number";
      const min = bounds.minimum;
      const max = bounds.maximum;
      if (
        finite(min) &&
        finite(max) &&
        bounds.exclusiveMinimum === undefined &&
        bounds.exclusiveMaximum === undefined
      ) {
        return `${kind} from ${min} to ${max}`;
      }
      if (small) return inclusive ? `${kind} of ${limit} or more` : `${kind} greater than ${limit}`;
      return inclusive ? `${kind} of ${limit} or less` : `${kind} less than ${limit}`;
    }
    case "string": {
      if (issue.exact) return `text of exactly ${plural(limit, "character", "characters")}`;
      if (finite(bounds.minLength) && finite(bounds.maxLength) && bounds.minLength > 0) {
        return `text of ${bounds.minLength} to ${plural(bounds.maxLength, "character", "characters")}`;
      }
      if (small)
        return Number(limit) <= 1 ? "some text" : `text of at least ${plural(limit, "character", "characters")}`;
      return `text of at most ${plural(limit, "character", "characters")}`;
    }
    case "array":
    case "set": {
      if (issue.exact) return `exactly ${plural(limit, "item", "items")}`;
      if (finite(bounds.minItems) && finite(bounds.maxItems) && bounds.minItems > 0) {
        return `${bounds.minItems} to ${plural(bounds.maxItems, "item", "items")}`;
      }
      if (small) return Number(limit) <= 1 ? "at least one item" : `at least ${plural(limit, "item", "items")}`;
      return `at most ${plural(limit, "item", "items")}`;
    }
    case "date":
      if (small) return inclusive ? `a date on or after ${isoDay(limit)}` : `a date after ${isoDay(limit)}`;
      return inclusive ? `a date on or before ${isoDay(limit)}` : `a date before ${isoDay(limit)}`;
    case "file":
      return small
        ? `a file of at least ${plural(limit, "byte", "bytes")}`
        : `a file of at most ${plural(limit, "byte", "bytes")}`;
    default:
      return small ? `at least ${limit}` : `at most ${limit}`;
  }
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === "too_small";
  switch (issue.origin) {
    case "string":
      return small ? "is too short" : "is too long";
    case "array":
    case "set":
      return small ? "has too few items" : "has too many items";
    case "date":
      return small ? "is too early" : "is too late";
    default:
      return small ? "is too small" : "is too large";
  }
}

const FORMAT_WORDS: Record<string, string> = {
  email: "an email address",
  url: "a web address (URL)",
  emoji: "an emoji",
  uuid: "a UUID",
  guid: "a GUID",
  nanoid: "a Nano ID",
  cuid: "a CUID",
  cuid2: "a CUID2",
  ulid: "a ULID",
  xid: "an XID",
  ksuid: "a KSUID",
  datetime: "a date and time written YYYY-MM-DDThh:mm:ss",
  date: "a date written YYYY-MM-DD",
  time: "a time written hh:mm:ss",
  duration: "a duration in ISO 8601 form (e.g. P3D)",
  ipv4: "an IPv4 address",
  ipv6: "an IPv6 address",
  cidrv4: "an IPv4 address range",
  cidrv6: "an IPv6 address range",
  base64: "base64-encoded text",
  base64url: "base64url-encoded text",
  json_string: "JSON text",
  e164: "a phone number in international form (e.g. +442079460000)",
  lowercase: "text in lower case",
  uppercase: "text in upper case",
  jwt: "a JSON Web Token",
  regex: "text in the required pattern",
};

function formatInWords(issue: z.core.$ZodIssueInvalidStringFormat): string {
  const extra = issue as unknown as { prefix?: string; suffix?: string; includes?: string };
  switch (issue.format) {
    case "starts_with":
      return `text starting with ${JSON.stringify(extra.prefix ?? "")}`;
    case "ends_with":
      return `text ending with ${JSON.stringify(extra.suffix ?? "")}`;
    case "includes":
      return `text containing ${JSON.stringify(extra.includes ?? "")}`;
    case "regex":
      return issue.pattern ? `text matching the pattern ${issue.pattern}` : "text in the required pattern";
    default:
      return FORMAT_WORDS[issue.format] ?? `text in the ${issue.format} format`;
  }
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
  code: string;
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
        code: typeof params.code === "string" ? params.code : "custom",
        expected: typeof params.expected === "string" ? params.expected : "a valid value",
        message: issue.message && issue.message !== "Invalid input" ? issue.message : "is not valid",
      });
      return;
    }
    default: {
      const unknown = issue as ZodIssue;
      push({
        code: unknown.code ?? "invalid",
        expected: "a valid value",
        message: authored(unknown) ?? "is not valid",
      });
    }
  }
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
 * Parse `input` with a zod schema, throwing an {@link StValidationError} carrying every problem
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
