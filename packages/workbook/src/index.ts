/**
 * Spreadsheets and CSV for the Safe & Together tools: Excel templates written from a form
 * definition, and filled workbooks and CSV files read back into records, with every problem
 * reported by sheet, cell and question.
 * @packageDocumentation
 */
export { excelSerialToIsoDate, parseDateText, parseNumberText } from "./answers.js";
export { cellAddress, columnLetters } from "./cell-address.js";
export { type CsvOptions, type ParsedCsv, parseCsv, stringifyCsv } from "./csv.js";
export {
  guardFormula,
  type ReadCsvOptions,
  readCsv,
  unguardFormula,
  type WriteCsvOptions,
  writeCsv,
} from "./csv-records.js";
export { checkZipLimits, defaultWorkbookLimits, formatBytes, type WorkbookLimits } from "./limits.js";
export { type ReadWorkbookOptions, readWorkbook } from "./read-workbook.js";
export type { HeaderAliases, ReadResult, SkippedRow } from "./table.js";
export {
  EXCEL_CELL_LIMIT,
  INSTRUCTIONS_SHEET,
  LISTS_SHEET,
  RECORDS_SHEET,
  type TemplateOptions,
  writeTemplate,
} from "./template.js";
export { resolverFor, type Terminology } from "./terminology.js";
