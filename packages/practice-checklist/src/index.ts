/**
 * The Safe & Together practice checklist for audit, supervision and CP chairs: the partnership's
 * default as data, borough definitions loaded and checked, completed checklists scored and
 * summarised, prompts for supervision and conferences, and printable checklists.
 * @packageDocumentation
 */
export * from "./answer-scale.js";
export * from "./completed-checklist.js";
export * from "./coverage.js";
export type { DataFormat } from "./data-text.js";
export * from "./default-checklist.js";
export * from "./definition.js";
export * from "./diff.js";
export * from "./language-suggestions.js";
export * from "./parse-definition.js";
export * from "./prompts.js";
export { checklistToHtml, completedChecklistToHtml, promptSheetToHtml } from "./render-html.js";
export {
  checklistToMarkdown,
  completedChecklistToMarkdown,
  diffToMarkdown,
  promptSheetToMarkdown,
  type RenderOptions,
  summaryToMarkdown,
} from "./render-markdown.js";
export * from "./score.js";
export * from "./summarise.js";
export * from "./text-files.js";
export * from "./vocabulary.js";
export * from "./workbook-forms.js";
