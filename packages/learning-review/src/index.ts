/**
 * Learning reviews of Safe & Together practice: sample the cases, record the evidence, compare
 * cohorts and rounds.
 * @packageDocumentation
 */
export {
  type CaseList,
  type CaseListEntry,
  type CaseListField,
  type CaseListReading,
  caseListFieldLabels,
  caseListFieldOf,
  caseListFields,
  caseListForm,
  caseListHeaderAliases,
  parseCaseList,
  type ReadCaseListOptions,
  readCaseList,
  type SkippedCase,
  safeParseCaseList,
} from "./case-list.js";
export { type CaseListSheet, readCaseListSheet } from "./case-list-sheet.js";
export {
  type CompareRoundsOptions,
  compareRounds,
  compareRoundsByBorough,
  defaultMeasures,
  type MeasureChange,
  type MeasureDefinition,
  type MeasurePoint,
  type MeasureSeries,
  type MeasureUnit,
  type RoundComparison,
  safeCompareRounds,
} from "./compare-rounds.js";
export type { ReviewPeriod } from "./conditions.js";
export { compileCondition } from "./conditions.js";
export { type CreateRoundOptions, createReviewRound } from "./create-round.js";
export { readDate } from "./dates.js";
export { describeSample } from "./describe-sample.js";
export {
  type DrawSampleOptions,
  drawSample,
  type Sample,
  type SampledCohort,
  type SampledPair,
  type Shortfall,
  safeDrawSample,
  sampledCaseIds,
} from "./draw-sample.js";
export { fisherExactTest } from "./fisher-exact.js";
export {
  type LanguageEvidenceOptions,
  languageEvidenceOf,
  per1000Words,
  withLanguageEvidence,
  withoutExtractText,
} from "./language-evidence.js";
export { languageCategoryLabel, languageCategoryLabels } from "./language-labels.js";
export {
  type LegacyAudit,
  type LegacyRoundOptions,
  legacyAuditChecklist,
  legacyAuditRound,
  readLegacyAudits,
  reviewChecklists,
  withBuiltInChecklists,
} from "./legacy-audit.js";
export {
  type CaseOutcome,
  caseOutcomeLabels,
  caseOutcomeSchema,
  caseOutcomes,
  closedAfterAssessmentOutcomes,
  parseCaseOutcome,
} from "./outcomes.js";
export { defaultSampleSeed, isSeed, MAX_SEED } from "./random.js";
export {
  parseReviewRound,
  type ReadRoundOptions,
  type RoundsReading,
  readReviewRounds,
  safeParseReviewRound,
  safeParseReviewRounds,
  toCompletedChecklists,
  writeReviewRound,
} from "./read-round.js";
export {
  type BarChart,
  type BarChartRow,
  barChartSpec,
  type ChartBar,
  documentToHtml,
  documentToHtmlFragment,
  documentToMarkdown,
  drawBarChart,
  escapeHtml,
  type ReportBlock,
  type ReportDocument,
} from "./report-document.js";
export {
  type RoundReportOptions,
  roundReport,
  roundReportHtml,
  roundReportMarkdown,
  sampleSentence,
  seriesReport,
  seriesReportHtml,
  seriesReportMarkdown,
  stageSentence,
} from "./reports.js";
export {
  type ActionStatus,
  type AdultInCase,
  actionStatuses,
  type CaseContext,
  type CaseExtract,
  type ChildInCase,
  type LanguageEvidence,
  type LanguageRate,
  languageEvidenceSchema,
  type PrincipleFinding,
  type ReviewAction,
  type ReviewedCase,
  type Reviewer,
  type ReviewRound,
  type RoundCohort,
  type RoundOrigin,
  type RoundSample,
  reviewRoundRecord,
  reviewRoundSchema,
  roundOrigins,
} from "./review-round.js";
export {
  applyReviewedCaseRows,
  type ReviewFormOptions,
  reviewedCaseForm,
  reviewedCaseToRow,
} from "./review-workbook.js";
export { safeReadReviewedCaseIds } from "./reviewed-case-ids.js";
export {
  beforeAfterTrainingFrame,
  type CohortDefinition,
  type Condition,
  conditionSchema,
  type DateRef,
  defaultSamplingFrame,
  parseSamplingFrame,
  type SamplingFrame,
  safeParseSamplingFrame,
  samplingFrameRecord,
  samplingFrameSchema,
} from "./sampling-frame.js";
export { type FormatShareOptions, formatShare, SMALL_SAMPLE } from "./share.js";
export {
  type ChecklistEvidenceSummary,
  type CohortSummary,
  LANGUAGE_RULE,
  type LanguageCategorySummary,
  type LanguageSummary,
  OUTCOME_RULE,
  type OutcomeContrast,
  type OutcomeSummary,
  periodLabel,
  type RoundSummary,
  type SummarisedRound,
  type SummariseRoundOptions,
  summariseRound,
} from "./summarise-round.js";
