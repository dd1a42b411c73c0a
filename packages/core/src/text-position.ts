/**
 * Lines and columns in free text (case notes, complaint letters), so that every tool that points
 * into a text counts lines the same way, whichever system wrote the line endings.
 * @module
 */
import { checkArgument } from "./argument-checks.js";

/** A 1-based line and column (in UTF-16 code units, as string offsets count). */
export interface LineColumn {
  /** The line, from 1. */
  line: number;
  /** The column, from 1. */
  column: number;
}

/**
 * A function from an offset in `text` to its line and column. A line ends at LF, CRLF or a lone
 * CR (text pasted from old Mac or Word exports), so a CRLF counts once. The table of line starts
 * is built on the first call and each lookup is a binary search, so pointing at every finding in
 * a long note stays cheap, and a text nobody points into costs nothing.
 *
 * ```ts
 * const at = lineColumns("Ms C was kicked.\r\nHe left.");
 * at(18); // { line: 2, column: 1 }
 * ```
 *
 * @param text - The text the offsets point into.
 * @returns The lookup; an offset past the end counts on the last line.
 */
export function lineColumns(text: string): (offset: number) => LineColumn {
  checkArgument(text, "text", { fn: "lineColumns", argument: "text", label: "Text" });
  let starts: number[] | undefined;
  return (offset) => {
    starts ??= lineStarts(text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
