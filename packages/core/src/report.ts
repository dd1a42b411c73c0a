/**
 * Writing pages: escaping for HTML and Markdown, safe links, tables with missing figures marked,
 * shares in words, the shared HTML page, and the report document model every page is written in.
 * @packageDocumentation
 */

export { escapeHtml, type HtmlPageOptions, htmlPage, htmlPageCss } from "./html.js";
export { escapeMarkdown, isSafeLinkTarget, markdownLink } from "./markdown.js";
export {
  type BarChart,
  type ChartBar,
  type DocumentHtmlOptions,
  documentToHtml,
  documentToHtmlFragment,
  documentToMarkdown,
  type LinkText,
  type QuoteMark,
  type ReportBlock,
  type ReportDocument,
  type ReportText,
  type StyledText,
} from "./report-document.js";
export { type FormatShareOptions, formatShare, type Share, SMALL_SAMPLE } from "./share.js";
export { htmlTable, markdownTable, missingFigure, type TableCell, type TableOptions } from "./tables.js";
