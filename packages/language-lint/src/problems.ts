/**
 * zod issues turned into the project's problems, told in the user's terms.
 * @module
 */
import type { Problem } from "@st/core";
import type * as z from "zod";

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
      code: unknownKeys ? "unknown_field" : issue.code,
    };
  });
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return typeof value === "object" && value !== null ? "an object" : String(value);
}
