/**
 * A small phrase-matching engine for rules written as data: regular-expression sources with named
 * macros, matched case-insensitively over text normalised without moving a single character, so
 * every match's offsets index the caller's original string.
 * @module
 */

import type { LineColumn } from "@st/core";

/** A span of the original text that a pattern matched. */
export interface TextSpan {
  /** Offset of the first UTF-16 code unit, from the start of the text. */
  offset: number;
  /** Length in UTF-16 code units: `text.slice(offset, offset + length) === excerpt`. */
  length: number;
  /** The matched text, exactly as written. */
  excerpt: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
}

/** A compiled set of patterns. */
export interface CompiledPattern {
  /** The sources after macro expansion, for messages. */
  sources: readonly string[];
  /** One global regular expression over all sources. */
  regex: RegExp;
  /** Each source alone, anchored where it is tried, and whether it has a lazy gap to tighten. */
  parts: readonly { sticky: RegExp; gap: boolean }[];
}

/** A pattern that does not compile, with the reason. */
export class PatternError extends Error {
  override readonly name = "PatternError";
}

const MACRO = /\{([a-z][a-zA-Z0-9]*)\}/g;

/**
 * Expand `{name}` macros (themselves expanded, to a depth of 8) and compile the sources into one
 * case-insensitive, Unicode-aware, multi-line global expression.
 * @throws {@link PatternError} when a macro is unknown or a source is not a valid expression.
 */
export function compilePatterns(
  sources: readonly string[],
  macros: Readonly<Record<string, string>> = {},
): CompiledPattern {
  const expand = (source: string, depth: number): string =>
    source.replace(MACRO, (_, name: string) => {
      const body = macros[name];
      if (body === undefined) throw new PatternError(`unknown macro {${name}} in ${JSON.stringify(source)}`);
      if (depth >= 8) throw new PatternError(`macro {${name}} expands too deeply`);
      return `(?:${expand(body, depth + 1)})`;
    });
  const expanded = sources.map((s) => expand(s, 0));
  for (const source of expanded) {
    try {
      new RegExp(source, "imu");
    } catch (error) {
      throw new PatternError(`not a valid pattern: ${JSON.stringify(source)} (${(error as Error).message})`);
    }
    // An expression that can match nothing would loop on every position and suggest everything.
    if (new RegExp(`^(?:${source})$`, "imu").test(""))
      throw new PatternError(`pattern matches empty text: ${JSON.stringify(source)}`);
  }
  return {
    sources: expanded,
    regex: new RegExp(expanded.map((s) => `(?:${s})`).join("|"), "gimu"),
    parts: expanded.map((s) => ({ sticky: new RegExp(s, "imuy"), gap: /\{0,\d+\}\?/.test(s) })),
  };
}

// One-for-one replacements only: the normalised text has the same length as the original.
const TYPOGRAPHIC =
  /[\u2018\u2019\u201A\u201B\u2032\u02BC\u201C\u201D\u201E\u2033\u00A0\u2007\u202F\u2010\u2011\u2012\u2013\u2014]/g;
const PLAIN: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u02BC": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u2033": '"',
  "\u00A0": " ",
  "\u2007": " ",
  "\u202F": " ",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
};

/** Curly quotes to straight, typographic spaces and dashes to plain ones, keeping every offset. */
export function normaliseForMatching(text: string): string {
  return text.replace(TYPOGRAPHIC, (c) => PLAIN[c] ?? c);
}

/** The span of `text` from `offset` for `length` code units, with its line and column. */
export function spanAt(text: string, at: (offset: number) => LineColumn, offset: number, length: number): TextSpan {
  return { offset, length, excerpt: text.slice(offset, offset + length), ...at(offset) };
}

/**
 * Every non-overlapping match of a compiled pattern in already-normalised text, as offset pairs.
 * A match of a pattern with a lazy gap is tightened to the shortest match ending at the same
 * place, so `{other}{gap}drinks` gives "she drinks", not the sentence from its first "her".
 */
export function matchAll(pattern: CompiledPattern, normalised: string): [offset: number, length: number][] {
  const found: [number, number][] = [];
  const regex = new RegExp(pattern.regex.source, pattern.regex.flags);
  for (let m = regex.exec(normalised); m !== null; m = regex.exec(normalised)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    let start = m.index;
    const part = pattern.parts.find(({ sticky }) => {
      sticky.lastIndex = start;
      return sticky.exec(normalised)?.[0].length === end - start;
    });
    if (part?.gap) {
      for (let p = start + 1; p < end; p++) {
        part.sticky.lastIndex = p;
        const inner = part.sticky.exec(normalised);
        if (inner && p + inner[0].length === end) start = p;
      }
    }
    found.push([start, end - start]);
  }
  return found;
}
