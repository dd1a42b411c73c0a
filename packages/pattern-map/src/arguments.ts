/**
 * The argument checks of the public functions: shallow (a `typeof`), so a caller who passes
 * `undefined` or a list where a pattern map belongs gets a coded error naming the function and the
 * argument, not "Cannot read properties of undefined". Internal: not exported from the index.
 * @module
 */
import { checkArgument } from "@st/core";

/** Throws a coded `StValidationError` (also a `TypeError`) unless `map` is an object. */
export function checkPatternMap(fn: string, map: unknown, argument = "map"): void {
  checkArgument(map, "record", { fn, argument, label: "Pattern map", expected: "a pattern map" });
}

/** Throws a coded `StValidationError` (also a `TypeError`) unless `options` is an object or left out. */
export function checkOptions(fn: string, options: unknown): void {
  checkArgument(options, "record", { fn, argument: "options", label: "Options", optional: true });
}
