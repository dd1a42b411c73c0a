/**
 * Turning zod issues into `@st/core` problems with human labels, and the result type of every
 * `safeX` function in this package.
 * @module
 */
import { describeValue, type Problem } from "@st/core";
import type { z } from "zod";

/** What a `safeX` function returns: the value, or every problem found. */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** The path segments of a problem. */
export type PathSegment = string | number;

/** Gives the human label of the field at a path. */
export type FieldLabeller = (path: readonly PathSegment[]) => string;

/**
 * The label for `key` in a table of labels, or `undefined`. Own keys only: a field named
 * `toString` or `__proto__` in a user's file must not find `Object.prototype`'s. @internal
 */
export function labelIn(labels: Readonly<Record<string, string>>, key: unknown): string | undefined {
  const name = String(key);
  return Object.hasOwn(labels, name) ? labels[name] : undefined;
}

function valueAt(input: unknown, path: readonly PathSegment[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PathSegment, unknown>)[key];
  }
  return value;
}

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a set of named fields",
};

/** Convert a zod error into problems, one per thing wrong, with labels from `label`. @internal */
export function problemsFromZod(error: z.ZodError, input: unknown, label: FieldLabeller): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== "symbol");
    const received = valueAt(input, path);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.push({
          path: [...path, key].join("."),
          field: label([...path, key]),
          expected: `only the fields this format defines${path.length ? ` for ${label(path)}` : ""}`,
          received: `a field named "${key}"`,
          message: `unknown field "${key}"`,
          code: "unknown_field",
        });
      }
      continue;
    }
    const params = (issue as { params?: { code?: string; expected?: string } }).params ?? {};
    let expected = params.expected ?? issue.message;
    let message = issue.message;
    let code: string = params.code ?? issue.code;
    if (issue.code === "invalid_type") {
      expected = labelIn(TYPE_WORDS, issue.expected) ?? issue.expected;
      if (received === undefined) {
        message = "is required";
        code = "required";
      } else if (message.startsWith("Invalid input")) {
        message = `must be ${expected}`;
      }
    } else if (issue.code === "invalid_value") {
      expected = `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
      if (message.startsWith("Invalid")) message = `must be ${expected}`;
    } else if (issue.code === "too_small") {
      expected =
        issue.origin === "array"
          ? `at least ${issue.minimum} ${issue.minimum === 1 ? "entry" : "entries"}`
          : `at least ${issue.minimum} characters`;
    }
    problems.push({
      path: path.join("."),
      field: label(path),
      expected,
      received: describeValue(received),
      message,
      code,
    });
  }
  return problems;
}
