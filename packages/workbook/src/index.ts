/**
 * Spreadsheets and CSV for the Safe & Together tools: Excel templates written from a form
 * definition, and filled workbooks and CSV files read back into records, with every problem
 * reported by sheet, cell and question.
 * @packageDocumentation
 */
import { parseDateText as coreParseDateText } from "@st/core/calendar";

export { excelSerialToIsoDate, parseNumberText } from "./answers.js";
/**
 * @deprecated Moved to `@st/core`, which every package reads dates with: import `parseDateText`
 * (and `dateTextProblem`, which says why a text is not a date) from there. This re-export goes in
 * a later minor release.
 */
export const parseDateText: (text: string) => string | undefined = coreParseDateText;

/**
 * The CSV parser and writer live in `@st/core`, the one CSV tokenizer of the tools; re-exported
 * here so code that imports them from `@st/workbook` keeps working.
 */
export { type CsvOptions, type ParsedCsv, parseCsv, stringifyCsv } from "@st/core/records";
export { cellAddress, columnLetters } from "./cell-address.js";
export {
  guardFormula,
  type ReadCsvOptions,
  readCsv,
  unguardFormula,
  type WriteCsvOptions,
  writeCsv,
} from "./csv-records.js";
export { checkZipLimits, defaultWorkbookLimits, formatBytes, type WorkbookLimits } from "./limits.js";
export { locateProblems } from "./locate-problems.js";
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
