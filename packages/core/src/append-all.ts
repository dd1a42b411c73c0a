/**
 * Appending one list to another without spreading it into call arguments.
 * @module
 */
import { checkArgument } from "./argument-checks.js";
import { argumentTypeError } from "./errors.js";

/**
 * Append every item of `items` to `target`, in order, and return `target`.
 *
 * Why not `target.push(...items)`: a spread passes each item as a call argument, and JavaScript
 * engines cap arguments at around 100,000 (the exact limit depends on the stack), so a list read
 * from a user's file (matches, problems, rows) would crash with "Maximum call stack size exceeded".
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  checkArgument(target, "list", { fn: "appendAll", argument: "target", label: "List to append to" });
  if (typeof (items as Partial<Iterable<T>> | null | undefined)?.[Symbol.iterator] !== "function")
    throw argumentTypeError("appendAll", {
      argument: "items",
      label: "Items to append",
      expected: "a list or other iterable",
      received: items,
      message: "is not a list or other iterable",
    });
  for (const item of items) target.push(item);
  return target;
}
