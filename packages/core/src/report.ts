/**
 * Writing pages: escaping for HTML and Markdown, safe links, tables with missing figures marked, and
 * the shared HTML page.
 * @packageDocumentation
 */

export { escapeHtml, type HtmlPageOptions, htmlPage, htmlPageCss } from "./html.js";
export { escapeMarkdown, isSafeLinkTarget, markdownLink } from "./markdown.js";
export { htmlTable, markdownTable, missingFigure, type TableCell, type TableOptions } from "./tables.js";
