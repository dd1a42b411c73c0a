/**
 * Linting a long text piece by piece, in flat memory: the text is cut at paragraph breaks (a blank
 * line), each piece linted on its own with a {@link Linter}, and each finding's offset, line and end
 * line moved to where the piece sits in the whole text, so the findings are the ones linting the
 * whole text at once gives. Built on the public `Linter.lint` only.
 * @module
 */
import { CHUNK_OPTIONS, checkArg, LINTER, SOURCE } from "./arguments.js";
import type { Finding } from "./finding.js";
import type { Linter } from "./lint.js";

/** Options for {@link paragraphChunks}. */
export interface ChunkOptions {
  /** Aim for pieces of about this many UTF-16 code units (default 256 Ki). */
  size?: number;
}

// Two line breaks in a row: "\n\n", "\r\n\r\n", "\r\r" (lone-CR files) and mixtures. A CRLF is one
// line break, never a CR and an LF.
const PARAGRAPH_BREAK = /(?:\r\n|\r(?!\n)|\n)(?:\r\n|\r(?!\n)|\n)/g;
// An inline directive turns rules off and on until further notice, across paragraphs.
const DIRECTIVE = "st-lint-";

/**
 * Where to cut `text` so that the piece before ends at a paragraph break: the end of the last blank
 * line, or -1. A break at the very end is not taken when it ends with "\r": the next read may begin
 * with the "\n" of the same line break.
 */
function lastParagraphEnd(text: string): number {
  let cut = -1;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    const end = m.index + m[0].length;
    if (end < text.length || text[end - 1] !== "\r") cut = end;
  }
  return cut;
}

/**
 * Regroups streamed text (any split, such as a file's reads) into pieces that each end at a
 * paragraph break, of about `size` code units; the last piece is what remains. The pieces joined
 * are the text. Once a piece holds an `st-lint-disable` or `st-lint-enable` directive, the rest of
 * the text stays in one piece, since a directive reaches past its paragraph. A paragraph longer
 * than the size stays whole.
 *
 * @throws StValidationError (also a `TypeError`), at the call, when `source` is not text or an
 * iterable of text, or `options` is not an object.
 */
export function paragraphChunks(
  source: AsyncIterable<string> | Iterable<string>,
  options: ChunkOptions = {},
): AsyncGenerator<string> {
  // Checked at the call, not at the first read: a generator's body runs only when iterated.
  checkArg("paragraphChunks", SOURCE, source);
  checkArg("paragraphChunks", CHUNK_OPTIONS, options);
  return chunksOf(source, options);
}

async function* chunksOf(
  source: AsyncIterable<string> | Iterable<string>,
  options: ChunkOptions,
): AsyncGenerator<string> {
  const size = options.size ?? 256 * 1024;
  let buffer = "";
  let whole = false;
  for await (const part of source) {
    buffer += part;
    if (whole || buffer.length < size) continue;
    if (buffer.includes(DIRECTIVE)) {
      whole = true;
      continue;
    }
    const cut = lastParagraphEnd(buffer);
    if (cut > 0) {
      yield buffer.slice(0, cut);
      buffer = buffer.slice(cut);
    }
  }
  if (buffer !== "") yield buffer;
}

/** How many lines `text` starts after the first: line breaks counted as `@st/core`'s `lineColumns` counts them. */
function lineBreaks(text: string): number {
  // Every LF, and every CR not followed by an LF; indexOf skips through text far faster than a loop.
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1)) if (text.charCodeAt(i + 1) !== 10) n++;
  return n;
}

/** A finding of a piece, placed in the whole text: the piece starts `offset` code units and `lines` lines in, at a line's start. */
function placed(finding: Finding, offset: number, lines: number): Finding {
  if (offset === 0) return finding;
  return {
    ...finding,
    offset: finding.offset + offset,
    line: finding.line + lines,
    endLine: finding.endLine + lines,
    ...(finding.fix ? { fix: { ...finding.fix, offset: finding.fix.offset + offset } } : {}),
  };
}

/**
 * Lints text that arrives in pieces (a file's reads, standard input), a paragraph-bounded piece at
 * a time, yielding each piece's findings as soon as it is linted: memory stays that of a piece
 * however long the text. The findings, in order, are those `linter.lint` gives for the whole text,
 * with the same offsets, lines and columns. Each piece is linted with the last few thousand
 * characters before it as context, so pronouns and names just before a cut resolve as they do in
 * the whole text; a person introduced only further back is not known to the piece.
 *
 * @throws StValidationError (also a `TypeError`), at the call, when `linter` is not a linter,
 * `source` not text or an iterable of text, or `options` not an object.
 */
export function lintStream(
  linter: Linter,
  source: AsyncIterable<string> | Iterable<string>,
  options: ChunkOptions = {},
): AsyncGenerator<Finding[]> {
  checkArg("lintStream", LINTER, linter);
  checkArg("lintStream", SOURCE, source);
  checkArg("lintStream", CHUNK_OPTIONS, options);
  return findingsOf(linter, source, options);
}

async function* findingsOf(
  linter: Linter,
  source: AsyncIterable<string> | Iterable<string>,
  options: ChunkOptions,
): AsyncGenerator<Finding[]> {
  let offset = 0;
  let lines = 0;
  let context = "";
  for await (const chunk of chunksOf(source, options)) {
    // The piece is linted after the end of the text before it, so that a pronoun or a name met just
    // before the cut is known to the piece as it is to the whole text; findings in that context
    // were yielded with the piece before.
    const contextLines = lineBreaks(context);
    yield linter
      .lint(context + chunk)
      .filter((f) => f.offset >= context.length)
      .map((f) => placed(f, offset - context.length, lines - contextLines));
    offset += chunk.length;
    lines += lineBreaks(chunk);
    context = tail(context + chunk);
  }
}

/** How much of the text before a piece is linted with it: well past how far back a pronoun looks. */
const CONTEXT = 4000;

/** The last {@link CONTEXT} code units of `text` or fewer, starting at a line's start (columns stay right). */
function tail(text: string): string {
  if (text.length <= CONTEXT) return text;
  const from = text.length - CONTEXT;
  const lf = text.indexOf("\n", from);
  const cr = text.indexOf("\r", from);
  const breakAt = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
  if (breakAt === -1) return "";
  // Past the whole line break ("\r\n" is one).
  const start = text[breakAt] === "\r" && text[breakAt + 1] === "\n" ? breakAt + 2 : breakAt + 1;
  return text.slice(start);
}
