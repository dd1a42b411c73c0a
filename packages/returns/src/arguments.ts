/**
 * The argument checks of the public functions: shallow (a `typeof`), so a caller who passes
 * `undefined` or a list where a return belongs gets a coded error naming the function and the
 * argument, not "Cannot read properties of undefined". Internal: not exported from the index.
 * @module
 */
import { checkArgument } from "@st/core";

/** Throws a coded `StValidationError` (also a `TypeError`) unless `value` is an object: a quarterly return. */
export function checkQuarterlyReturn(fn: string, value: unknown, argument = "value"): void {
  checkArgument(value, "record", { fn, argument, label: "Quarterly return", expected: "a quarterly return" });
}

/** Throws a coded `StValidationError` (also a `TypeError`) unless `merged` is an object: what `mergeReturns` gives. */
export function checkMergedReturns(fn: string, merged: unknown): void {
  checkArgument(merged, "record", {
    fn,
    argument: "merged",
    label: "Merged returns",
    expected: "merged returns (what mergeReturns gives)",
  });
}

/** Throws a coded `StValidationError` (also a `TypeError`) unless `base` is an object: a figure's fields. */
export function checkFigure(fn: string, base: unknown): void {
  checkArgument(base, "record", { fn, argument: "base", label: "Figure", expected: "a figure's fields" });
}

/** Throws a coded `StValidationError` (also a `TypeError`) unless `value` is a list, described by `label`. */
export function checkList(fn: string, value: unknown, argument: string, label: string, expected?: string): void {
  checkArgument(value, "list", { fn, argument, label, expected: expected ?? `a list of ${label.toLowerCase()}` });
}

/** Throws a coded `StValidationError` (also a `TypeError`) unless `options` is an object or left out. */
export function checkOptions(fn: string, options: unknown, argument = "options", label = "Options"): void {
  checkArgument(options, "record", { fn, argument, label, optional: true });
}
