/**
 * Records in their flat shape, one key per question id (`{ "investigation.stageReached": 2 }`), and
 * back to the nested shape domain schemas use (`{ investigation: { stageReached: 2 } }`).
 * @module
 */
import { checkArgument } from "./argument-checks.js";
import { type Problem, StValidationError } from "./errors.js";

/**
 * The most characters a spreadsheet cell holds (Excel's limit, 32,767): text longer than this
 * cannot survive a round trip through a workbook, so record schemas refuse it.
 */
export const MAX_CELL_TEXT_LENGTH = 32_767;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A nested record as a flat map keyed by dotted paths, ready for a spreadsheet row:
 * `{ investigation: { stageReached: 2 } }` becomes `{ "investigation.stageReached": 2 }`.
 * Plain objects are walked; everything else (text, numbers, booleans, lists, dates) is a value.
 * `undefined` values and empty objects leave no key. Pure: the input is not changed.
 */
export function flattenRecord(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  checkArgument(record, "record", { fn: "flattenRecord", argument: "record", label: "Record" });
  const flat: Record<string, unknown> = {};
  const walk = (node: Readonly<Record<string, unknown>>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (isPlainObject(value)) walk(value, path);
      else if (value !== undefined) {
        if (path === "__proto__") define(flat, path, value);
        else flat[path] = value;
      }
    }
  };
  walk(record, "");
  return flat;
}

/**
 * A flat record keyed by dotted paths as a nested record, the inverse of {@link flattenRecord}:
 * `{ "investigation.stageReached": 2 }` becomes `{ investigation: { stageReached: 2 } }`.
 * `undefined` values leave no key.
 *
 * @throws {@link index!StValidationError} when two keys clash (`a` holds a value and `a.b` another) or a
 * key has an empty segment (`a..b`).
 */
export function nestRecord(flat: Readonly<Record<string, unknown>>): Record<string, unknown> {
  checkArgument(flat, "record", { fn: "nestRecord", argument: "flat", label: "Flat record" });
  const nested: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(flat)) {
    if (value === undefined) continue;
    const parts = key.split(".");
    if (parts.some((p) => p === "")) {
      problems.push({
        path: key,
        field: key,
        expected: "a path such as investigation.stageReached",
        received: `"${key}"`,
        message: "has an empty part",
        code: "invalid_path",
      });
      continue;
    }
    let node = nested;
    let clash = false;
    for (const part of parts.slice(0, -1)) {
      const next = Object.hasOwn(node, part) ? node[part] : undefined;
      if (next === undefined) {
        const child: Record<string, unknown> = {};
        define(node, part, child);
        node = child;
      } else if (isPlainObject(next)) node = next;
      else {
        clash = true;
        break;
      }
    }
    const last = parts.at(-1)!;
    if (clash || Object.hasOwn(node, last)) {
      problems.push({
        path: key,
        field: key,
        expected: "fields that do not overlap",
        received: `"${key}"`,
        message: "clashes with another field: one would be inside the other",
        code: "path_conflict",
      });
      continue;
    }
    define(node, last, value);
  }
  if (problems.length) throw new StValidationError(problems, { subject: "record" });
  return nested;
}

/** Sets an own property even for keys such as `__proto__`, so records cannot reach a prototype. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
