/**
 * Records over time: versioned records and their migrations, flat records for spreadsheets, CSV,
 * data dictionaries, the count of records checked, and keyed pseudonyms for identifiers.
 * @packageDocumentation
 */

export { type CsvOptions, type ParsedCsv, parseCsv, stringifyCsv } from "./csv.js";
export {
  type DataDictionary,
  type DictionaryField,
  type DictionaryGroup,
  dataDictionaryMarkdown,
  type FormDictionaryOptions,
  formDictionaryGroups,
  type RecordDictionaryOptions,
  recordDictionaryGroups,
  type SchemaDictionaryOptions,
  schemaDictionaryFields,
  type ZodDictionaryOptions,
  zodDictionaryGroups,
} from "./data-dictionary.js";
export { flattenRecord, MAX_CELL_TEXT_LENGTH, nestRecord } from "./flat-records.js";
export {
  createPseudonymiser,
  generatePseudonymKey,
  MIN_PSEUDONYM_KEY_BYTES,
  MIN_PSEUDONYM_KEY_DISTINCT_BYTES,
  MIN_PSEUDONYM_LENGTH,
  type PseudonymAlphabet,
  type Pseudonymiser,
  type PseudonymOptions,
  pseudonymCollisionChance,
  pseudonymInput,
  pseudonymKeyWeakness,
} from "./pseudonym.js";
export type { RecordsCheck } from "./records-check.js";
export {
  defineMigration,
  defineRecord,
  type ReadRecordOptions,
  type ReadRecordResult,
  type RecordDefinition,
  type RecordMigration,
  type RecordSchema,
  type StoredRecord,
  type VersionedRecord,
} from "./versioned-record.js";
