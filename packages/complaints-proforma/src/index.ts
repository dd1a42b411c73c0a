/**
 * Complaints from perpetrators of domestic abuse, recorded consistently: the partnership's proforma
 * as a versioned record, the statutory timescales, validation rules, suggested answers detected in a
 * complaint's text, a data dictionary and JSON Schema, and the monitoring summary.
 * @packageDocumentation
 */

export { LOCAL_PREFIX, proformaAdaptationProblems, validateProformaAdaptation } from "./adapt.js";
export { complaintsDataDictionary, type DataDictionaryOptions, dataDictionary } from "./data-dictionary.js";
export {
  type CompiledDetector,
  type Convention,
  type ConventionFinding,
  type Detection,
  type DetectOptions,
  type DetectorRule,
  type DetectorRuleSet,
  detect,
  detectorRuleSetSchema,
  type Evidence,
  parseDetectorRules,
  type SuggestedAnswer,
  type Suggestion,
  safeParseDetectorRules,
  type TextSpan,
} from "./detect.js";
export { defaultDetectorRules } from "./detector-rules.js";
export { complaintJsonSchema } from "./json-schema.js";
export {
  COMPLAINANT_ROLES,
  COPIED_IN,
  COUNTER_ACCUSATION_KINDS,
  complaintsProforma,
  FORMALITY,
  PROFORMA_QUESTIONS_SINCE,
  proformaAtVersion,
  STAGES,
  STATUSES,
  THREATENED_TO,
  UNREASONABLE_OUTCOMES,
  UPHELD,
  WORKER_IMPACTS,
  WORKER_SUPPORT,
} from "./proforma.js";
export { type ReadQuarterReturnsOptions, readQuarterReturns, safeReadQuarterReturns } from "./quarter-returns.js";
export {
  COMPLAINT_SCHEMA_VERSION,
  type ComplaintRecord,
  type ComplaintRecordType,
  type ComplaintRecordV1,
  type ComplaintsCheck,
  checkComplaints,
  complaintRecord,
  complaintRecordSchema,
  complaintRecordSchemaV1,
  complaintRecordType,
  complaintSchemaFor,
  complaintSectionSchema,
  contentSectionSchema,
  describeExpected,
  fieldLabels,
  investigationSectionSchema,
  learningsSectionSchema,
  localSectionSchema,
  MAX_TEXT_LENGTH,
  migrateComplaintV1,
  type ParseComplaintOptions,
  PROCEDURE_DATES,
  parseComplaint,
  parseComplaints,
  processSectionSchema,
  type ReadComplaintResult,
  type StoredComplaintRecord,
  safeParseComplaint,
  safeParseComplaints,
  stagesSectionSchema,
  workerSectionSchema,
  writeComplaint,
} from "./record.js";
export {
  answerLabel,
  appliesTo,
  checkFollowUps,
  checkLocalAnswers,
  checkProcedureDates,
  describeWhen,
  PROCEDURE_DATE_ORDER,
  PROCEDURE_DATE_REQUIRES,
  questionsById,
  type RuleViolation,
  valueAt,
} from "./rules.js";
export {
  type ComplaintsSummary,
  type ComplaintsSummaryGroup,
  type CountDistribution,
  type FurthestStage,
  furthestStage,
  type LateStages,
  percentile,
  type QuarterReturn,
  SUMMARY_CONVENTIONS,
  type SummaryConvention,
  type SummaryDimension,
  type SummaryGroup,
  type SummaryOptions,
  summarise,
  summariseComplaints,
  type YesNoCount,
} from "./summary.js";
export { complaintsSummaryToMarkdown, summaryToMarkdown } from "./summary-markdown.js";
export {
  type ComplaintCount,
  complaintCountsSchema,
  complaintsSummaryGroupSchema,
  complaintsSummarySchema,
  type PrintedComplaintsSummary,
  safeParseComplaintCounts,
  safeParseComplaintsSummary,
} from "./summary-schema.js";
export {
  COMPLAINT_TIME_LIMIT_RULE,
  type ComplaintTimeliness,
  complaintTimeliness,
  type RequestTimeliness,
  STATUTORY_TIMESCALES,
  type Stage,
  type StageDeadline,
  type StepId,
  type StepStatus,
  type StepTimeliness,
  stageDeadline,
  type TimescaleOptions,
  type Timescales,
} from "./timescales.js";
