/**
 * The Safe & Together practice checklist for audit, supervision and CP chairs: the partnership's
 * default as data, borough definitions loaded and checked, completed checklists scored and
 * summarised, prompts for supervision and conferences, and printable checklists.
 * @packageDocumentation
 */
export {
  type AnswerScale,
  answerScaleSchema,
  type CanonicalAnswer,
  canonicalAnswer,
  canonicalAnswerLabels,
  canonicalAnswerSchema,
  canonicalAnswers,
  defaultScale,
  findScaleOption,
  legacyRagScale,
  type ScaleOption,
} from "./answer-scale.js";
export { checklistSummaryReport, completedChecklistReport } from "./checklist-reports.js";
export {
  type CheckedRecords,
  type CompletedChecklist,
  type CompletedChecklistOptions,
  checkCompletedChecklists,
  completedChecklistRecord,
  completedChecklistSchema,
  findDefinition,
  type ItemAnswer,
  type MachineSuggestion,
  type ParseCompletedOptions,
  parseCompletedChecklists,
  readCompletedChecklists,
  type SuggestionSeverity,
  safeParseCompletedChecklists,
  safeValidateCompletedChecklists,
  unansweredProblems,
  validateCompletedChecklists,
} from "./completed-checklist.js";
export {
  type AnswerCounts,
  COVERAGE_RULE,
  type Coverage,
  coverageOf,
  emptyAnswerCounts,
  type Percentage,
  percentage,
} from "./coverage.js";
export type { DataFormat } from "./data-text.js";
export { DEFAULT_CHECKLIST_PROVENANCE, defaultChecklist } from "./default-checklist.js";
export {
  type ChecklistDefinition,
  type ChecklistItem,
  type ChecklistPrompts,
  type ChecklistRef,
  type ChecklistSection,
  checklistDefinitionRecord,
  checklistDefinitionSchema,
} from "./definition.js";
export { type ChangedEntry, type ChecklistDiff, diff, type FieldChange, type RenamedItem } from "./diff.js";
export {
  type AttachFindingsOptions,
  attachLanguageFindings,
  type LanguageFinding,
  languageItemFor,
  languageSuggestions,
} from "./language-suggestions.js";
export {
  definitionFieldLabel,
  type ParseDefinitionOptions,
  parseChecklistDefinition,
  safeParseChecklistDefinition,
  safeValidateChecklistDefinition,
  validateChecklistDefinition,
} from "./parse-definition.js";
export {
  cpChairPrompts,
  type PromptItem,
  type PromptOptions,
  type PromptSection,
  type PromptSheet,
  type PromptUse,
  supervisionPrompts,
} from "./prompts.js";
export { checklistSummaryToHtml, checklistToHtml, completedChecklistToHtml, promptSheetToHtml } from "./render-html.js";
export {
  checklistSummaryToMarkdown,
  checklistToMarkdown,
  completedChecklistToMarkdown,
  diffToMarkdown,
  promptSheetToMarkdown,
  summaryToMarkdown,
} from "./render-markdown.js";
export type { RenderOptions } from "./render-options.js";
export {
  type ChecklistScore,
  type ComponentCoverage,
  type PrincipleCoverage,
  type ScoreOptions,
  type SectionCoverage,
  score,
} from "./score.js";
export {
  type ChecklistSummary,
  type ChecklistSummaryGroup,
  type ComponentSummary,
  type GroupKey,
  type ItemSummary,
  type PrincipleSummary,
  type SummariseOptions,
  type SummaryGroup,
  type SummaryGrouping,
  summarise,
  summariseChecklists,
  summaryGroupings,
} from "./summarise.js";
export {
  checklistDefinitionToYaml,
  checklistFileKind,
  localiseDefinition,
  type ParseProfileOptions,
  parseTerminologyProfile,
  safeParseTerminologyProfile,
} from "./text-files.js";
export {
  type ChecklistUse,
  checklistUseLabels,
  checklistUseSchema,
  checklistUses,
  type EvidenceSource,
  evidenceSourceLabels,
  evidenceSourceSchema,
  evidenceSources,
  type LanguageCategory,
  languageCategories,
  languageCategorySchema,
  type PracticeTool,
  practiceToolLabels,
  practiceToolSchema,
  practiceTools,
  type ReviewerRole,
  reviewerRoleLabels,
  reviewerRoleSchema,
  reviewerRoles,
} from "./vocabulary.js";
export {
  type CheckedChecklistRows,
  type ChecklistFormOptions,
  type ChecklistRows,
  type ChecklistRowsOptions,
  checkCompletedChecklistRows,
  checklistItemsForm,
  completedChecklistForm,
  completedChecklistFromRow,
  completedChecklistToRow,
  definitionFromItemRows,
  definitionToItemRows,
} from "./workbook-forms.js";
