/**
 * Words shown to people go through a terminology profile. This package takes the profile as a
 * function (for `@st/core`'s terminology profiles) or as a plain map of placeholder to words.
 * @module
 */
import type { TextResolver } from "@st/core";

/**
 * How labels holding placeholders such as `{perpetrator}` are put into words: a function from
 * label to text, or a map from placeholder name to words (`{ perpetrator: "person who uses harm" }`;
 * `{Perpetrator}` then gives "Person who uses harm"). Placeholders with no entry are left as written.
 */
export type Terminology = TextResolver | Readonly<Record<string, string>>;

/** A {@link TextResolver} for `terminology`, or one that leaves text as written. */
export function resolverFor(terminology: Terminology | undefined): TextResolver {
  if (terminology === undefined) return (text) => text;
  if (typeof terminology === "function") return terminology;
  const words = terminology;
  return (text) =>
    text.replace(/\{([A-Za-z][A-Za-z0-9_-]*)\}/g, (whole, key: string) => {
      if (Object.hasOwn(words, key)) return words[key]!;
      const lower = key.charAt(0).toLowerCase() + key.slice(1);
      if (lower !== key && Object.hasOwn(words, lower)) {
        const value = words[lower]!;
        return value.charAt(0).toUpperCase() + value.slice(1);
      }
      return whole;
    });
}
