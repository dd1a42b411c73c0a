/**
 * Text normalisation before matching: NFC, invisible characters (soft hyphens, zero-width
 * spaces and joiners, byte-order marks) removed, fullwidth letters and punctuation folded to
 * ASCII. Every offset in the normalised text maps back to the original, so findings point at
 * what the writer typed.
 * @module
 */

/** A normalised text and the way back to the original's offsets. */
export interface NormalisedText {
  /** The text the matcher reads. */
  text: string;
  /** The original offset where the normalised character at `offset` starts. */
  startOf(offset: number): number;
  /** The original offset just after the normalised text ending at `end` (exclusive). */
  endOf(end: number): number;
}

/** Characters that carry no meaning for matching and are dropped. */
const INVISIBLE = /\u00ad|\u034f|\u180e|[\u200b-\u200d]|\u2060|\ufeff/g;
/** Fullwidth ASCII (U+FF01 to U+FF5E), folded to its ASCII twin. */
const FULLWIDTH = /[\uff01-\uff5e]/g;
/** A run of non-ASCII characters: ASCII text needs no normalisation, so only these are examined. */
const NON_ASCII = /[\u0080-\uffff]+/g;

const identity: NormalisedText = { text: "", startOf: (o) => o, endOf: (e) => e };

function fold(chunk: string): string {
  return chunk
    .replace(INVISIBLE, "")
    .replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .normalize("NFC");
}

/**
 * Normalise `text` for matching. ASCII text, and text whose non-ASCII runs are already
 * normal, comes back unchanged at no cost beyond one scan of those runs.
 */
export function normaliseText(text: string): NormalisedText {
  // Segments of the normalised text: [outStart, inStart, inEnd, linear] for each edited chunk.
  const edits: { from: number; to: number; out: string }[] = [];
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m !== null; m = NON_ASCII.exec(text)) {
    // A combining mark composes with the ASCII letter before it ("e" + U+0301 is "é").
    const from = m.index > 0 && /[A-Za-z]/.test(text[m.index - 1]!) ? m.index - 1 : m.index;
    const to = m.index + m[0].length;
    const chunk = text.slice(from, to);
    const out = fold(chunk);
    if (out !== chunk) edits.push({ from, to, out });
  }
  if (edits.length === 0) return { ...identity, text };
  const parts: string[] = [];
  // Parallel arrays over the edited chunks, in output order.
  const outStart = new Int32Array(edits.length);
  const outEnd = new Int32Array(edits.length);
  let at = 0;
  let out = 0;
  for (const [i, edit] of edits.entries()) {
    parts.push(text.slice(at, edit.from), edit.out);
    out += edit.from - at;
    outStart[i] = out;
    out += edit.out.length;
    outEnd[i] = out;
    at = edit.to;
  }
  parts.push(text.slice(at));
  /** The last edit starting at or before output offset `o`, or -1. */
  const editBefore = (o: number): number => {
    let lo = 0;
    let hi = edits.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (outStart[mid]! <= o) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const map = (o: number, inside: (i: number) => number): number => {
    const i = editBefore(o);
    if (i < 0) return o;
    const edit = edits[i]!;
    if (o >= outEnd[i]!) return edit.to + (o - outEnd[i]!);
    // Inside an edited chunk: one for one when folding kept its length, else the whole chunk.
    if (edit.out.length === edit.to - edit.from) return edit.from + (o - outStart[i]!);
    return inside(i);
  };
  return {
    text: parts.join(""),
    startOf: (o) => map(o, (i) => edits[i]!.from),
    endOf: (e) => (e === 0 ? map(0, (i) => edits[i]!.from) : map(e - 1, (i) => edits[i]!.to - 1) + 1),
  };
}
