/**
 * The tokeniser: one pass over the text that finds words and sentences, folds case, quotes,
 * hyphens and line breaks, keeps every word's UTF-16 offsets, and feeds each word straight into
 * the automaton. Memory is one sentence's worth of words, whatever the size of the text.
 * @module
 */
import type { TokenAutomaton } from "./automaton.js";

/** Flags on a word. */
export const QUOTED = 1;
/** A clause break (; : ( ) or a spaced dash) comes before the word. */
export const CLAUSE = 2;
/** A comma comes before the word. */
export const COMMA = 4;
/** The word is joined to the one before by a hyphen ("non-engaging"). */
export const HYPHEN = 8;
/** The word starts with a capital letter. */
export const CAP = 16;

/** The longest sentence, in words, the matcher reads before starting a new one: a guard for text with no full stops. */
export const MAX_SENTENCE_WORDS = 400;

/** One sentence's words, as parallel arrays reused from one sentence to the next. */
export class Sentence {
  /** Number of words. */
  count = 0;
  /** Offset of each word's first UTF-16 unit. */
  readonly start = new Int32Array(MAX_SENTENCE_WORDS);
  /** Offset just after each word. */
  readonly end = new Int32Array(MAX_SENTENCE_WORDS);
  /** Each word's automaton kind. */
  readonly kind = new Int32Array(MAX_SENTENCE_WORDS);
  /** Each word's flags ({@link QUOTED}, {@link CLAUSE}, ...). */
  readonly flags = new Uint8Array(MAX_SENTENCE_WORDS);
  /** Each word's normalised form. */
  readonly norm: string[] = new Array(MAX_SENTENCE_WORDS).fill("");
  /** Words at which some pattern ended a match, and the automaton state there. */
  readonly hitAt = new Int32Array(MAX_SENTENCE_WORDS);
  /** The pattern ids that ended a match at each of {@link hitAt}. */
  readonly hitAccepts: Int32Array[] = new Array(MAX_SENTENCE_WORDS);
  /** Number of entries in {@link hitAt}. */
  hits = 0;
}

/** A part of the text the tokeniser skips (an HTML comment, where disable directives live). */
export interface SkipRegion {
  /** First UTF-16 unit skipped. */
  start: number;
  /** First UTF-16 unit after the region. */
  end: number;
}

const ABBREVIATIONS = new Set(
  "mr mrs ms mx dr prof st no nos vs etc eg ie approx incl dept ref tel dob fig jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun cf al".split(
    " ",
  ),
);

/** True for a UTF-16 unit that can be part of a word: letters and digits, in any script. */
export function isWordCode(c: number): boolean {
  if (c < 0xc0)
    return (
      (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 0xaa || c === 0xb5 || c === 0xba
    );
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  return c !== 0xfeff && c !== 0x2bc;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

function isDash(c: number): boolean {
  return c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function isBlank(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x85 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Read `text`, calling `onSentence` after each sentence with its words and `context` (one
 * function and the state it needs, not a new closure each call: the compiled loop keeps its
 * call). The automaton is stepped on every word as it is read, and the sentence records where a
 * pattern ended a match.
 */
export function scan<T>(
  text: string,
  automaton: TokenAutomaton,
  skips: readonly SkipRegion[],
  onSentence: (sentence: Sentence, context: T) => void,
  context: T,
  sentence: Sentence = new Sentence(),
): void {
  const n = text.length;
  const r = new Reader(text, automaton, sentence, onSentence, context);
  let skipIndex = 0;
  let nextSkip = skips.length ? skips[0]!.start : -1;
  let skipEnd = -1; // where the last look past a full stop ended
  const possessiveKind = automaton.kindOf("'s");

  let i = 0;
  while (i < n) {
    if (i === nextSkip) {
      i = Math.max(i + 1, skips[skipIndex]!.end);
      skipIndex++;
      nextSkip = skipIndex < skips.length ? skips[skipIndex]!.start : -1;
      r.boundary = true;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      // Read the word, hashing its normalised form as we go so that looking it up allocates nothing.
      const s = i;
      let hash = 0x811c9dc5 | 0;
      let length = 0;
      let ascii = true;
      while (i < n && i !== nextSkip) {
        const d = text.charCodeAt(i);
        if (isWordCode(d)) {
          if (d < 128) {
            hash = Math.imul(hash ^ (d >= 65 && d <= 90 ? d + 32 : d), 16777619);
            length++;
          } else ascii = false;
          i++;
        } else if (isApostrophe(d) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
          // A possessive 's is a word of its own; other apostrophes stay inside the word (don't).
          if ((text.charCodeAt(i + 1) | 32) === 115 && (i + 2 >= n || !isWordCode(text.charCodeAt(i + 2)))) break;
          i++;
        } else break;
      }
      r.emit(s, i, ascii ? automaton.kindOfAscii(text, s, i, hash, length) : automaton.kindOf(normalised(text, s, i)));
      if (
        i + 1 < n &&
        isApostrophe(text.charCodeAt(i)) &&
        (text.charCodeAt(i + 1) | 32) === 115 &&
        (i + 2 >= n || !isWordCode(text.charCodeAt(i + 2))) &&
        i + 1 !== nextSkip
      ) {
        r.emit(i, i + 2, possessiveKind);
        i += 2;
      }
      continue;
    }
    if (isBlank(c)) {
      i++;
      continue;
    }
    if (isLineBreak(c)) {
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      let j = i;
      while (j < n && isBlank(text.charCodeAt(j))) j++;
      const d = j < n ? text.charCodeAt(j) : 10;
      if (isLineBreak(d)) {
        // A blank line ends the paragraph: the sentence, and any quotation left open.
        r.boundary = true;
        r.dq = false;
        r.sq = false;
      } else if (startsBlock(text, j)) r.boundary = true;
      continue;
    }
    switch (c) {
      case 46: {
        // "."
        let j = i + 1;
        while (j < n && text.charCodeAt(j) === 46) j++;
        if (j < n && isWordCode(text.charCodeAt(j))) {
          i = j; // e.g. 3.5, e.g, www.example
          break;
        }
        // What follows the stop, past blanks, line breaks and closers. A run of "...\n...\n" would
        // rescan the same stretch from every stop: reuse the end found last time while inside it.
        let k = j <= skipEnd ? skipEnd : j;
        while (
          k < n &&
          (isBlank(text.charCodeAt(k)) || isLineBreak(text.charCodeAt(k)) || isCloser(text.charCodeAt(k)))
        )
          k++;
        skipEnd = k;
        const next = k < n ? text.charCodeAt(k) : 0;
        const lowerNext = (next >= 97 && next <= 122) || next === 44;
        // "No." and "Nos." abbreviate "number" only before one ("No. 5"); "she said no." ends a sentence.
        const word =
          r.lastEnd === i && j === i + 1 && i - r.lastStart <= 6 ? normalised(text, r.lastStart, r.lastEnd) : "";
        const abbreviation = word === "no" || word === "nos" ? next >= 48 && next <= 57 : ABBREVIATIONS.has(word);
        if (!abbreviation && !lowerNext) r.boundary = true;
        i = j;
        break;
      }
      case 33:
      case 63: // ! ?
        r.boundary = true;
        i++;
        break;
      case 44: // ,
        r.pending |= COMMA;
        i++;
        break;
      case 59:
      case 58:
      case 40:
      case 41: // ; : ( )
        r.pending |= CLAUSE;
        i++;
        break;
      case 34: // "
        r.dq = !r.dq;
        i++;
        break;
      case 0x201c:
      case 0x201e:
      case 0xab:
        r.dq = true;
        i++;
        break;
      case 0x201d:
      case 0xbb:
        r.dq = false;
        i++;
        break;
      case 0x27:
      case 0x2018:
      case 0x2019: {
        const before = i > 0 ? text.charCodeAt(i - 1) : 32;
        const after = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        const opens = !isWordCode(before) && before !== 46 && before !== 44 && isWordCode(after);
        if (opens && c !== 0x2019) r.sq = true;
        else if (opens && !r.sq) r.sq = true;
        else if (r.sq && !isWordCode(after)) r.sq = false;
        i++;
        break;
      }
      default:
        if (isDash(c)) {
          const before = i > 0 ? text.charCodeAt(i - 1) : 32;
          const after = i + 1 < n ? text.charCodeAt(i + 1) : 32;
          if (isWordCode(before) && isWordCode(after)) r.pending |= HYPHEN;
          else r.pending |= CLAUSE;
        }
        i++;
    }
  }
  r.flush();
}

/**
 * The tokeniser's state during one {@link scan}. Its steps are methods, not closures made anew
 * each call, so that code compiled for one text keeps its calls for the next.
 */
class Reader<T> {
  state: number;
  count = 0;
  boundary = false;
  /** Flags waiting for the next word. */
  pending = 0;
  dq = false;
  sq = false;
  lastStart = -1;
  lastEnd = -1;

  constructor(
    readonly text: string,
    readonly automaton: TokenAutomaton,
    readonly sentence: Sentence,
    readonly onSentence: (sentence: Sentence, context: T) => void,
    readonly context: T,
  ) {
    this.state = automaton.start;
  }

  flush(): void {
    const { sentence, count } = this;
    // Only sentences where some pattern matched need their words as strings (for the grammar checks).
    if (count > 0 && sentence.hits > 0) {
      const { norm, start, end } = sentence;
      for (let k = 0; k < count; k++) norm[k] = normalised(this.text, start[k]!, end[k]!);
      sentence.count = count;
      this.onSentence(sentence, this.context);
    }
    this.count = 0;
    sentence.hits = 0;
    this.state = this.automaton.start;
    this.boundary = false;
  }

  emit(s: number, e: number, k: number): void {
    if (this.boundary || this.count === MAX_SENTENCE_WORDS) this.flush();
    const { text, sentence, automaton } = this;
    const count = this.count;
    const c0 = text.charCodeAt(s);
    sentence.start[count] = s;
    sentence.end[count] = e;
    sentence.flags[count] =
      this.pending |
      (this.dq || this.sq ? QUOTED : 0) |
      ((c0 >= 65 && c0 <= 90) || (c0 > 0xbf && text[s] !== text[s]!.toLowerCase()) ? CAP : 0);
    this.pending = 0;
    sentence.kind[count] = k;
    this.state = automaton.step(this.state, k);
    const accepts = automaton.acceptsOf(this.state);
    if (accepts !== null) {
      sentence.hitAt[sentence.hits] = count;
      sentence.hitAccepts[sentence.hits++] = accepts;
    }
    this.count = count + 1;
    this.lastStart = s;
    this.lastEnd = e;
  }
}

/** The normalised form of the word at `[s, e)`: lower case, apostrophes dropped, a possessive kept as `'s`. */
function normalised(text: string, s: number, e: number): string {
  if (isApostrophe(text.charCodeAt(s))) return "'s";
  const word = text.slice(s, e).toLowerCase();
  return word.includes("'") || word.includes("\u2019") ? word.replace(/['\u2019]/g, "") : word;
}

function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x2019 || c === 0x201d || c === 0xbb || c === 46;
}

/** True when a line starting at `j` starts a Markdown block: a heading, a list item, a quote or a table row. */
function startsBlock(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  const next = text.charCodeAt(j + 1);
  if (c === 35 || c === 62 || c === 124) return true; // # > |
  if ((c === 45 || c === 42 || c === 43 || c === 0x2022) && (next === 32 || next === 9)) return true;
  if (c >= 48 && c <= 57) {
    let k = j;
    while (k < text.length && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
    const d = text.charCodeAt(k);
    return (d === 46 || d === 41) && (text.charCodeAt(k + 1) === 32 || text.charCodeAt(k + 1) === 9);
  }
  return false;
}
