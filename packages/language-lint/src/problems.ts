/**
 * zod issues turned into the project's problems, told in the user's terms.
 * @module
 */
import { type Problem, problemCodeOfZodIssue } from "@st/core";
import type * as z from "zod/mini";
import { config } from "zod/v4/core";
// English alone, not zod's every translation (`z.locales` would bundle them all).
import en from "zod/v4/locales/en.js";

/**
 * Run a parse with zod's English messages, which the problems quote. `zod` sets them as the
 * default the first time it builds a schema; `zod/mini`, which the rule and configuration schemas
 * use, leaves them unset. Set them the same way (only when no locale is set), so messages read
 * as they always did, whatever other zod code runs in the process.
 */
export function withEnglishMessages<T>(parse: () => T): T {
  if (!config().localeError) config(en());
  return parse();
}

/** Every issue of a failed parse as a {@link Problem}, with paths under `prefix`. */
export function toProblems(error: z.core.$ZodError, prefix: string, input: unknown): Problem[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    let received: unknown = input;
    for (const key of issue.path) received = (received as Record<PropertyKey, unknown> | undefined)?.[key as string];
    const unknownKeys = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : undefined;
    return {
      path,
      field: String(issue.path.at(-1) ?? "rule"),
      expected: unknownKeys ? "only the fields a rule defines" : issue.message,
      received: unknownKeys ? `unknown field ${unknownKeys}` : describe(received),
      message: unknownKeys ? `unknown field ${unknownKeys}` : issue.message,
      code: unknownKeys ? "unknown_field" : problemCodeOfZodIssue(issue.code),
    };
  });
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return typeof value === "object" && value !== null ? "an object" : String(value);
}
