/**
 * Declared mappings between a case-management system's flat form exports and the partnership's
 * records: a borough's question ids, answer codes, dates and blanks mapped onto complaint and checklist
 * records, validated by their own packages, with problems told against the borough's own ids, and back.
 * @packageDocumentation
 */
export { type BoroughForm, type ExportResult, exportRecord } from "./export.js";
export {
  type AnswerRead,
  type ImportedForms,
  type ImportOptions,
  type ImportResult,
  importForm,
  importForms,
  readAnswer,
} from "./import.js";
export {
  type FieldMapping,
  type FormMapping,
  type FormMappingInput,
  fieldMappingSchema,
  formMappingSchema,
  parseFormMapping,
  safeParseFormMapping,
} from "./mapping.js";
export { checkMapping } from "./mapping-check.js";
export { checklistMapping } from "./mappings/checklist-mapping.js";
export { complaintMapping } from "./mappings/complaint-mapping.js";
export { type BoroughProblem, formatBoroughProblem, inBoroughTerms, type ProblemContext } from "./problems.js";
export { type ReadExportResult, readCsvExport, readJsonExport, writeCsvExport } from "./read-export.js";
export { checklistTarget, complaintTarget, complaintTargetFor, type MappingTarget } from "./targets.js";
