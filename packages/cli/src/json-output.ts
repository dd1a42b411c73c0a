/**
 * How every command prints JSON: indented, one document, and problems with every field that locates
 * them (record, line, sheet, cell), so the JSON outputs can be read by one schema.
 * @module
 */
import type { Problem } from "@st/core";
import type { Io } from "./io.js";

/** Print one JSON document to stdout. */
export function printJson(io: Io, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** One problem as the JSON outputs print it: the fields it has, in a fixed order. */
export function problemJson(problem: Problem): Record<string, unknown> {
  const { record, path, field, message, expected, received, code, line, sheet, cell } = problem;
  return Object.fromEntries(
    Object.entries({ record, path, field, message, expected, received, code, line, sheet, cell }).filter(
      ([, v]) => v !== undefined,
    ),
  );
}
