/**
 * The pattern language of rules, parsed into a small tree the automaton and the verifier share.
 * @module
 */
import { CLASSES, checkArg, PATTERN } from "./arguments.js";
import { inflect, normaliseWord, wordClasses } from "./lexicon.js";

/** A parsed pattern. */
export type PatternNode =
  | { t: "word"; words: readonly string[] }
  | { t: "any" }
  | { t: "seq"; items: PatternNode[] }
  | { t: "alt"; items: PatternNode[] }
  | { t: "rep"; item: PatternNode; min: number; max: number }
  | { t: "cap"; name: string; item: PatternNode };

/** A pattern that cannot be parsed; `message` says where and why. */
export class PatternError extends Error {
  override readonly name = "PatternError";
}

type Lexeme =
  | { k: "(" | ")" | "|" | "?" | "*" }
  | { k: "rep"; min: number; max: number }
  | { k: "word"; text: string }
  | { k: "class"; name: string }
  | { k: "capture"; name: string };

/** The largest repeat a pattern may ask for, so every pattern matches a bounded number of words. */
export const MAX_REPEAT = 8;

function lex(source: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "(" || c === ")" || c === "?" || c === "*") {
      out.push({ k: c });
      i++;
    } else if (c === "|") {
      out.push({ k: "|" });
      i++;
    } else if (c === "{") {
      const m = /^\{(\d+),(\d+)\}/.exec(source.slice(i));
      if (!m) throw new PatternError(`"${source}": a repeat is written {min,max}, e.g. *{0,3}`);
      const min = Number(m[1]);
      const max = Number(m[2]);
      if (min > max || max > MAX_REPEAT || max === 0)
        throw new PatternError(
          `"${source}": repeat {${min},${max}} must have min <= max and 1 <= max <= ${MAX_REPEAT}`,
        );
      out.push({ k: "rep", min, max });
      i += m[0].length;
    } else {
      let j = i;
      while (j < source.length && !/[\s()|?*{}]/.test(source[j]!)) j++;
      // A trailing "?" or "*" after a word belongs to the syntax, not the word.
      const text = source.slice(i, j);
      if (text === "") throw new PatternError(`"${source}": unexpected "${c}"`);
      const eq = text.indexOf("=");
      if (eq > 0 && /^[a-z][a-z0-9-]*$/i.test(text.slice(0, eq))) {
        // "name=x": capture what x matches; x is lexed next.
        out.push({ k: "capture", name: text.slice(0, eq) });
        i += eq + 1;
        continue;
      }
      if (text.startsWith("@")) out.push({ k: "class", name: text.slice(1) });
      else out.push({ k: "word", text });
      i = j;
    }
  }
  return out;
}

const classCache = new Map<string, PatternNode>();

/**
 * Parse a pattern (the language is described on `Rule`). Throws {@link PatternError}.
 * @throws StValidationError (also a `TypeError`) when `source` is not text or `classes` not an object.
 */
export function parsePattern(source: string, classes: Readonly<Record<string, string>> = wordClasses): PatternNode {
  checkArg("parsePattern", PATTERN, source);
  checkArg("parsePattern", CLASSES, classes);
  return parseWith(source, classes, []);
}

function parseWith(source: string, classes: Readonly<Record<string, string>>, stack: string[]): PatternNode {
  const lexemes = lex(source);
  let pos = 0;
  const peek = () => lexemes[pos];

  function alt(): PatternNode {
    const items = [seq()];
    while (peek()?.k === "|") {
      pos++;
      items.push(seq());
    }
    return items.length === 1 ? items[0]! : simplifyAlt(items);
  }
  function seq(): PatternNode {
    const items: PatternNode[] = [];
    for (let next = peek(); next && next.k !== ")" && next.k !== "|"; next = peek()) items.push(postfix());
    if (items.length === 0) throw new PatternError(`"${source}": an empty alternative`);
    return items.length === 1 ? items[0]! : { t: "seq", items };
  }
  function postfix(): PatternNode {
    let node = primary();
    for (let next = peek(); next && (next.k === "?" || next.k === "rep"); next = peek()) {
      pos++;
      const [min, max] = next.k === "rep" ? [next.min, next.max] : [0, 1];
      node = { t: "rep", item: node, min, max };
    }
    return node;
  }
  function primary(): PatternNode {
    const next = lexemes[pos++];
    if (!next) throw new PatternError(`"${source}": ends too soon`);
    switch (next.k) {
      case "*":
        return { t: "any" };
      case "(": {
        const inner = alt();
        if (lexemes[pos++]?.k !== ")") throw new PatternError(`"${source}": a "(" is not closed`);
        return inner;
      }
      case "word":
        return wordNode(next.text, source);
      case "class":
        return classNode(next.name, classes, stack, source);
      case "capture":
        return { t: "cap", name: next.name, item: primary() };
      default:
        throw new PatternError(`"${source}": unexpected "${next.k}"`);
    }
  }
  const node = alt();
  if (pos < lexemes.length) throw new PatternError(`"${source}": unexpected ")"`);
  return node;
}

function classNode(
  name: string,
  classes: Readonly<Record<string, string>>,
  stack: string[],
  source: string,
): PatternNode {
  const definition = classes[name];
  if (definition === undefined) throw new PatternError(`"${source}": no word class @${name}`);
  if (stack.includes(name)) throw new PatternError(`word class @${name} refers to itself`);
  const cacheable = classes === wordClasses;
  const cached = cacheable ? classCache.get(name) : undefined;
  if (cached) return cached;
  const node = parseWith(definition, classes, [...stack, name]);
  if (cacheable) classCache.set(name, node);
  return node;
}

/** Split a written word the way the tokeniser splits text: hyphens and a possessive 's. */
function wordNode(text: string, source: string): PatternNode {
  const inflected = text.endsWith("~");
  const body = inflected ? text.slice(0, -1) : text;
  if (!/^[\p{L}\p{N}'’\-[\].]+$/u.test(body) || body === "")
    throw new PatternError(`"${source}": "${text}" is not a word`);
  const parts = body.split(/[-‐‑–—]/).filter((p) => p !== "");
  const lastForms = (part: string) => (inflected ? inflect(part) : [part]);
  const pieces: PatternNode[] = parts.map((part, i) =>
    possessive(part.replace(/[[\].]/g, ""), i === parts.length - 1 ? lastForms : (w) => [w]),
  );
  if (parts.length === 1) return pieces[0]!;
  // "non-engaging" also matches "non engaging" (the split above) and "nonengaging".
  const joined = parts.join("").replace(/[[\].]/g, "");
  return { t: "alt", items: [{ t: "seq", items: pieces }, possessive(joined, lastForms)] };
}

function possessive(part: string, forms: (w: string) => string[]): PatternNode {
  const m = /^(.+?)['’]s$/i.exec(part);
  if (m?.[1]) return { t: "seq", items: [word(forms(m[1])), word(["'s"])] };
  return word(forms(part));
}

function word(forms: string[]): PatternNode {
  return { t: "word", words: [...new Set(forms.map(normaliseWord))] };
}

/** Merge single-word alternatives into one word set: one automaton edge instead of many. */
function simplifyAlt(items: PatternNode[]): PatternNode {
  const words = new Set<string>();
  const rest: PatternNode[] = [];
  for (const item of items) {
    if (item.t === "word") for (const w of item.words) words.add(w);
    else if (item.t === "alt") {
      for (const inner of item.items) {
        if (inner.t === "word") for (const w of inner.words) words.add(w);
        else rest.push(inner);
      }
    } else rest.push(item);
  }
  const merged: PatternNode[] = words.size ? [{ t: "word", words: [...words] }, ...rest] : rest;
  return merged.length === 1 ? merged[0]! : { t: "alt", items: merged };
}

/** The fewest and most words a pattern can match. */
export function patternLength(node: PatternNode): [min: number, max: number] {
  switch (node.t) {
    case "word":
    case "any":
      return [1, 1];
    case "seq":
      return node.items.reduce<[number, number]>(
        (acc, item) => {
          const [a, b] = patternLength(item);
          return [acc[0] + a, acc[1] + b];
        },
        [0, 0],
      );
    case "alt": {
      const lengths = node.items.map(patternLength);
      return [Math.min(...lengths.map((l) => l[0])), Math.max(...lengths.map((l) => l[1]))];
    }
    case "rep": {
      const [a, b] = patternLength(node.item);
      return [a * node.min, b * node.max];
    }
    case "cap":
      return patternLength(node.item);
  }
}
