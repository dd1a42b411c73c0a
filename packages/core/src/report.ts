/**
 * Writing pages: escaping for HTML and Markdown, safe links, tables with missing figures marked,
 * shares in words, and the shared HTML page.
 * @packageDocumentation
 */

export { escapeHtml, type HtmlPageOptions, htmlPage, htmlPageCss } from "./html.js";
export { escapeMarkdown, isSafeLinkTarget, markdownLink } from "./markdown.js";
export { type FormatShareOptions, formatShare, type Share, SMALL_SAMPLE } from "./share.js";
export { htmlTable, markdownTable, missingFigure, type TableCell, type TableOptions } from "./tables.js";
