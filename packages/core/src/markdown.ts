/**
 * Markdown for reports, escaped as the HTML is: one escape for text from inputs (case ids, borough
 * names, free text) placed in a Markdown document, and one way to write a link that only ever
 * points at a web page or a file beside the report.
 * @module
 */
import { checkArgument } from "./argument-checks.js";

/**
 * Escape text for Markdown (CommonMark and GitHub-flavoured): the text reads as the same words once
 * rendered, and can open no tag, link, image, code span, emphasis or table cell. Line breaks become
 * spaces, so text cannot start a heading, list or quote of its own on the next line, and a heading,
 * list or quote marker at the start is escaped too.
 *
 * ```ts
 * escapeMarkdown("A|B <script> [x](javascript:alert(1)) `id`");
 * // "A\\|B \\<script\\> \\[x\\](javascript:alert(1)) \\`id\\`" (no link, no tag)
 * ```
 *
 * @param text - Any text, trusted or not.
 * @returns The text, safe inside a paragraph, list item, heading or table cell.
 */
export function escapeMarkdown(text: string): string {
  checkArgument(text, "text", { fn: "escapeMarkdown", argument: "text", label: "Text" });
  return (
    text
      .replace(/\r\n?|\n|\u2028|\u2029/g, " ")
      // Every character that can open markup in an inline run, HTML tags included. A backslash-escaped
      // ASCII punctuation character is always literal in CommonMark.
      .replace(/[\\`*_[\]<>|~]/g, "\\$&")
      // `&lt;` in the input must stay those four characters, not become `<`.
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, "&amp;")
      // A list, quote, heading or thematic-break marker where the text starts a line.
      // (a marker is one only when a blank or the end follows it: "1.0.0" and "-2" stay as they are).
      .replace(/^(\s*)([-+=#]+|\d+(?=[.)]))(?=[.)]?(\s|$))/, (_, space: string, marker: string) =>
        /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
      )
  );
}

/**
 * True when `href` may be a link target in a report: an `http:` or `https:` address, or a relative
 * path (`charts/a.svg`, `#caveats`). Anything with another scheme (`javascript:`, `data:`, `file:`,
 * `vbscript:`) is refused, however it is spelt (upper case, control characters, leading blanks).
 */
export function isSafeLinkTarget(href: string): boolean {
  checkArgument(href, "text", { fn: "isSafeLinkTarget", argument: "href", label: "Link target" });
  // Browsers drop ASCII whitespace and control characters inside a scheme: "java\tscript:" runs.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being removed
  const compact = href.replace(/[\u0000-\u0020\u007f]/g, "");
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme === undefined) return !compact.startsWith("//") && !compact.startsWith("\\\\");
  return /^https?$/i.test(scheme);
}

/**
 * A Markdown link (or image, with `image: true`) whose text is escaped and whose target must pass
 * {@link isSafeLinkTarget}; an unsafe target is written as the escaped text alone, never as a link.
 *
 * @param text - The link's words (or the image's description).
 * @param href - Where it points: an http(s) address or a relative path.
 * @returns `[text](href)`, `![text](href)`, or the escaped text when the target is refused.
 */
export function markdownLink(text: string, href: string, options: { image?: boolean } = {}): string {
  checkArgument(text, "text", { fn: "markdownLink", argument: "text", label: "Link text" });
  checkArgument(href, "text", { fn: "markdownLink", argument: "href", label: "Link target" });
  if (!isSafeLinkTarget(href)) return escapeMarkdown(text);
  // Angle brackets hold a target with spaces or parentheses; inside them only < > \ and line breaks matter.
  const target = /[\s()<>\\]/.test(href) ? `<${href.replace(/[\r\n]/g, "").replace(/[<>\\]/g, "\\$&")}>` : href;
  return `${options.image ? "!" : ""}[${escapeMarkdown(text)}](${target})`;
}
