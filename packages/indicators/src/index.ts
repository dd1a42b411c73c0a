/**
 * The Safe & Together London Partnership's children's social care indicators: definitions as
 * versioned data, computed from Children in Need census files and other record-level extracts, or
 * read from published returns, with their caveats, trends, findings and charts.
 * @packageDocumentation
 */

export {
  type ChildPopulation,
  type ComplaintsQuarter,
  complaintsIndicator,
  type Direction,
  type DirectionResult,
  defaultOutlierRule,
  describeOutlierRule,
  type ImplementationIndicator,
  type Outlier,
  type OutlierResult,
  type OutlierRule,
  outlierQuarters,
  type PartnershipTotal,
  type PartnershipTotalOptions,
  partnershipTotals,
  type QuarterChange,
  quarterOnQuarter,
  ratesPer10000,
  recentDirection,
  shortQuarter,
} from "./analysis.js";
export { CAVEAT_IDS, type Caveat, type CaveatId, caveats, SET_CAVEAT_IDS } from "./caveats.js";
export { type CinCensusSource, chunksOf } from "./census-source.js";
export {
  type ReadChildPopulationOptions,
  readChildPopulation,
  safeReadChildPopulation,
} from "./child-population.js";
export {
  CinCensusReader,
  type CinCensusReadOptions,
  type CinCensusSummary,
  cinCensusChildren,
  readCinCensus,
} from "./cin-census-reader.js";
export {
  CIN_ASSESSMENT_FACTOR_CODES,
  type CinAssessment,
  type CinCensusHeader,
  type CinChild,
  type CinCpPlan,
  type CinEpisode,
  type CinPlan,
  type CinPreProceedings,
  type CinSection47,
  cinAssessmentSchema,
  cinCensusHeaderSchema,
  cinChildSchema,
  cinCpPlanSchema,
  cinEpisodeSchema,
  cinPlanSchema,
  cinPreProceedingsSchema,
  cinSection47Schema,
  emptyEpisode,
  parseCensusBoolean,
  parseCensusSex,
} from "./cin-records.js";
export {
  type CensusComputation,
  type CensusFile,
  type ComputeIndicatorsOptions,
  computeIndicators,
} from "./compute.js";
export {
  type DelimitedRow,
  findColumn,
  type HeaderedTable,
  type ParseDelimitedOptions,
  parseDelimited,
  parseHeaderedTable,
} from "./csv.js";
export {
  DA_FACTOR_CODES,
  type DaDefinition,
  type DaFactorCode,
  daDefinition,
  daDefinitionSchema,
  daFactorMeanings,
  daFactorTest,
  defaultDaDefinition,
  describeDaDefinition,
  type ReferralIssueMapping,
  referralIssueMappingSchema,
  referralIssueTest,
  safeDaDefinition,
} from "./da-definition.js";
export { censusYear, nextDay, parseExtractDate, parseXmlDate, subtractMonths } from "./dates.js";
export {
  type AssembledExtracts,
  type AssessmentFactorField,
  type AssessmentField,
  assembleExtracts,
  type CareEpisode,
  type ColumnMapping,
  type ColumnSpec,
  type CpPlanField,
  careEpisodeSchema,
  type ExtractOptions,
  type ExtractProblems,
  type ExtractRead,
  type LegalStatusField,
  parseFactorList,
  type RecordExtracts,
  type ReferralField,
  type ReferralReason,
  readCareEpisodes,
  readReferralReasons,
  readSsda903Header,
  type Ssda903Child,
  ssda903EpisodeColumns,
  ssdColumns,
  ssdFileNames,
} from "./extracts.js";
export {
  type Evidence,
  type Finding,
  type FindingKind,
  type FindingsOptions,
  findings,
  type TrendEvidence,
  type TrendFinding,
} from "./findings.js";
export {
  type ActivityFigure,
  type ActivityId,
  type ActivityPeriodId,
  type ActivityTable,
  activityDefinitions,
  activityIds,
  activityPeriodIds,
  activityPeriodLabels,
  activityRow,
  activityTableSchema,
  type HubVisits,
  parseActivityTable,
  publishedPartnershipActivity,
} from "./implementation-activity.js";
export {
  type CareStartWithDaRule,
  type CountingUnit,
  type CpPlanWithDaRule,
  type DaReferralRule,
  type DaReReferralRule,
  describeUnit,
  type FirstDaAssessmentRule,
  getIndicatorSet,
  INDICATOR_IDS,
  INDICATOR_SET_IDS,
  type IndicatorDefinition,
  type IndicatorId,
  type IndicatorRule,
  type IndicatorSet,
  type IndicatorSetId,
  indicatorSetSchema,
  indicatorSets,
  type LabelMatch,
  parseIndicatorSet,
  safeIndicatorSet,
  withUnits,
} from "./indicator-definitions.js";
export {
  computeIndicatorsFromChildren,
  IndicatorRun,
  type IndicatorRunOptions,
  type RunSource,
  type SourceSummary,
} from "./indicator-run.js";
export {
  type BoroughSummary,
  caveatNotes,
  caveatsOf,
  figureLookup,
  type IndicatorSummary,
  type IndicatorTable,
  indicatorTableSchema,
  MAX_INDICATOR_FIGURE,
  parseIndicatorTable,
  type SeriesPoint,
  safeParseIndicatorTable,
  seriesFor,
  summariseIndicators,
  tableDimensions,
} from "./indicator-table.js";
export { indicatorTableMarkdown } from "./indicator-table-markdown.js";
export { publishedPartnershipReturns, publishedReturnsTsv } from "./published-data.js";
export {
  type LabelMatchResult,
  matchIndicatorLabel,
  type ReadPublishedReturnsOptions,
  readPublishedReturns,
} from "./published-returns.js";
export {
  checkRead,
  DEFAULT_MAX_SKIPPED_SHARE,
  describeRead,
  type ReadAccountingOptions,
  type ReadSummary,
  type SkippedRecords,
  SkipTally,
  type UnknownElement,
  withReads,
} from "./read-summary.js";
export type { AnyRule, RuleByKind, RuleKindName } from "./rule-kinds/index.js";
