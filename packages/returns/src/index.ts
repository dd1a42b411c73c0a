/**
 * The partnership return: one borough's figures for one quarter in a versioned, schema-checked
 * JSON file, aggregates only, small numbers withheld; and the merge of many returns into the
 * partnership's report model.
 * @packageDocumentation
 */
export { buildReturn, type ReturnInputs } from "./build-return.js";
export { type CheckReturnOptions, checkReturn } from "./check-return.js";
export {
  type AdditiveGroup,
  additiveGroupSchema,
  countFigure,
  type DefinitionRef,
  definitionRefSchema,
  type Figure,
  type FigureStatus,
  figureSchema,
  figureStatuses,
  type RawFigure,
  type ReturnSection,
  returnSections,
  sectionTitles,
  shareFigure,
} from "./figure.js";
export {
  COMPLAINTS_DEFINITION,
  indicatorDefinition,
  type KnownDefinition,
  knownDefinitions,
  LANGUAGE_DEFINITION,
  LEARNING_REVIEW_DEFINITION,
} from "./figure-definitions.js";
export type { SectionFigures } from "./indicator-figures.js";
export { indicatorTableFromReturns } from "./indicator-table-from-returns.js";
export { canonicalJson, returnChecksum, sha256Hex } from "./integrity.js";
export { returnJsonSchema } from "./json-schema.js";
export {
  type Aggregate,
  aggregate,
  type CoverageCell,
  type FigureCell,
  type FigureSeries,
  type MergedReturns,
  mergeReturns,
  type ReturnEntry,
  type ReturnFile,
} from "./merge-returns.js";
export {
  type PartnershipReturn,
  partnershipReturnSchema,
  RETURN_KIND,
  RETURN_SCHEMA_VERSION,
  type ReturnSource,
  returnFieldLabels,
  returnId,
  returnSourceSchema,
  type SourceKind,
  sourceKinds,
} from "./partnership-return.js";
export {
  applySuppression,
  defaultSuppressionRule,
  type SuppressionRule,
  smallNumbersRule,
  suppressionRuleSchema,
  suppressionRuleText,
} from "./suppression.js";
export { TIDY_COLUMNS, type TidyRow, tidyCsv, tidyRows } from "./tidy-export.js";
