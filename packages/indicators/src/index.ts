/**
 * The Safe & Together London Partnership's children's social care indicators: definitions as
 * versioned data, computed from Children in Need census files and other record-level extracts, or
 * read from published returns, with their caveats, trends, findings and charts.
 * @packageDocumentation
 */

export * from "./analysis.js";
export * from "./caveats.js";
export * from "./cin-census-reader.js";
export * from "./cin-records.js";
export * from "./compute.js";
export * from "./csv.js";
export * from "./da-definition.js";
export * from "./dates.js";
export * from "./extracts.js";
export * from "./findings.js";
export * from "./implementation-activity.js";
export * from "./indicator-definitions.js";
export * from "./indicator-run.js";
export * from "./indicator-table.js";
export { indicatorTableMarkdown } from "./indicator-table-markdown.js";
export * from "./published-data.js";
export * from "./published-returns.js";
export * from "./read-summary.js";
