/**
 * Small helpers for problems in this package's own words.
 * @module
 */

/** The path segments of a problem. @internal */
export type PathSegment = string | number;

/**
 * The label for `key` in a table of labels, or `undefined`. Own keys only: a field named
 * `toString` or `__proto__` in a user's file must not find `Object.prototype`'s. @internal
 */
export function labelIn(labels: Readonly<Record<string, string>>, key: unknown): string | undefined {
  const name = String(key);
  return Object.hasOwn(labels, name) ? labels[name] : undefined;
}

/** Path segments of a problem's dotted path, array positions as numbers. @internal */
export function pathSegments(path: string): PathSegment[] {
  return path === "" ? [] : path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** What an id must look like, in words. @internal */
export const SLUG_IN_WORDS =
  "an id of lower-case letters and digits joined by single hyphens, starting with a letter, e.g. pattern-mapped";
