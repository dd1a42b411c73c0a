/**
 * Parsed patterns as plain data, so the default pack's patterns can be parsed at build time
 * (`scripts/precompile.mjs` writes `rules/compiled.ts`) instead of at every start: parsing the
 * pack's ~400 patterns was most of what `createLinter` cost in a fresh process, where V8 still
 * interprets the parser. Internal: not exported from the index.
 * @module
 */
import { type PatternNode, parsePattern, patternLength } from "./pattern.js";
import type { Rule } from "./rule.js";

/**
 * One node: a number is a word set (its index in {@link EncodedPatterns.words}), `-1` any word;
 * an array starts with its kind: `[0, ...items]` a sequence, `[1, ...items]` a choice,
 * `[2, min, max, item]` a repeat, `[3, name, item]` a capture.
 */
export type EncodedNode = number | (number | string | EncodedNode)[];

/**
 * Parsed patterns, in the order {@link rulePatternSources} lists their sources (the sources
 * themselves are not repeated: the rules hold them), sharing word sets (a class such as `@mother`
 * recurs in many patterns).
 */
export interface EncodedPatterns {
  /** Each word set, its words joined by a space (a normalised word holds none; it can be empty). */
  words: string[];
  /** Each pattern: its parsed form and the most words a match can span. */
  patterns: [node: EncodedNode, maxLength: number][];
}

/** A pattern as the linter compiles it: parsed, with its longest match. */
export interface ParsedPattern {
  node: PatternNode;
  maxLength: number;
}

const SEQ = 0;
const ALT = 1;
const REP = 2;
const CAP = 3;
const ANY = -1;

/** Encode parsed patterns as {@link EncodedPatterns}: the build step's half. */
export function encodePatterns(patterns: readonly ParsedPattern[]): EncodedPatterns {
  const words: string[] = [];
  const index = new Map<string, number>();
  const encode = (node: PatternNode): EncodedNode => {
    switch (node.t) {
      case "word": {
        const key = node.words.join(" ");
        // Joined by spaces: a set of no words, or a word with a space, would not split back.
        if (node.words.length === 0 || node.words.some((w) => w.includes(" ")))
          throw new Error(`cannot encode the word set "${key}"`);
        let i = index.get(key);
        if (i === undefined) {
          i = words.push(key) - 1;
          index.set(key, i);
        }
        return i;
      }
      case "any":
        return ANY;
      case "seq":
        return [SEQ, ...node.items.map(encode)];
      case "alt":
        return [ALT, ...node.items.map(encode)];
      case "rep":
        return [REP, node.min, node.max, encode(node.item)];
      case "cap":
        return [CAP, node.name, encode(node.item)];
    }
  };
  return { words, patterns: patterns.map((p) => [encode(p.node), p.maxLength]) };
}

/**
 * Decode {@link EncodedPatterns}: the start's half. Each word set is one array shared by every
 * node using it, as the parser shares a class's nodes, so the automaton keys it once.
 */
export function decodePatterns(data: EncodedPatterns, sources: readonly string[]): Map<string, ParsedPattern> {
  if (sources.length !== data.patterns.length) throw new Error("the parsed patterns do not match their sources");
  const sets = data.words.map((key) => ({ t: "word", words: key.split(" ") }) as const);
  const any: PatternNode = { t: "any" };
  const decode = (e: EncodedNode): PatternNode => {
    if (typeof e === "number") return e === ANY ? any : sets[e]!;
    switch (e[0]) {
      case SEQ:
      case ALT: {
        const items: PatternNode[] = [];
        for (let i = 1; i < e.length; i++) items.push(decode(e[i] as EncodedNode));
        return { t: e[0] === SEQ ? "seq" : "alt", items };
      }
      case REP:
        return { t: "rep", item: decode(e[3] as EncodedNode), min: e[1] as number, max: e[2] as number };
      default:
        return { t: "cap", name: e[1] as string, item: decode(e[2] as EncodedNode) };
    }
  };
  const out = new Map<string, ParsedPattern>();
  for (const [i, [node, maxLength]] of data.patterns.entries()) out.set(sources[i]!, { node: decode(node), maxLength });
  return out;
}

/** Every distinct pattern and exception of `rules`, in order: the sources {@link EncodedPatterns} lists. */
export function rulePatternSources(rules: readonly Rule[]): string[] {
  const out = new Set<string>();
  for (const rule of rules) {
    for (const source of rule.patterns) out.add(source);
    for (const source of rule.exceptions ?? []) out.add(source);
  }
  return [...out];
}

/** Parse patterns as the linter does (with the lexicon's word classes): what the build step encodes. */
export function parsePatterns(sources: readonly string[]): ParsedPattern[] {
  return sources.map((source) => {
    const node = parsePattern(source);
    return { node, maxLength: patternLength(node)[1] };
  });
}
