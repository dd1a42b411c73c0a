/**
 * What zod issues expected, in words a person reads: types, allowed values, sizes and formats.
 * Internal to {@link zodProblems}.
 * @module
 */
import type * as z from "zod";
import { boundsOf } from "./zod-schema-paths.js";

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

export const typeWords = (expected: string) => TYPE_WORDS[expected] ?? `a value of type ${expected}`;

/** A list of allowed values in words: `Y in part, Y in full, N`. Text is quoted only when needed. */
export function valuesInWords(values: readonly unknown[]): string {
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
export function sizeInWords(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  schema: z.ZodType | undefined,
): string {
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

export function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
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

export function formatInWords(issue: z.core.$ZodIssueInvalidStringFormat): string {
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
