/**
 * A case list kept in a workbook (as `st review template --case-list` writes it), read by
 * `@st/workbook` against {@link caseListForm} and turned into a case list here, so a workbook and a
 * CSV give the same cases and the same problems.
 * @module
 */
import { checkArgument, type Problem } from "@st/core";
import type { FlatRecord } from "@st/core/forms";
import { type CaseListReading, readCaseList, type SkippedCase } from "./case-list.js";

/**
 * What `@st/workbook`'s `readWorkbook(caseListForm, bytes, { headerAliases: caseListHeaderAliases,
 * otherColumns: "keep" })` gives (its `ReadResult`, of which only these fields are read).
 */
export interface CaseListSheet {
  /** One flat record a row, keyed by question id. */
  records: readonly FlatRecord[];
  /** The cells and columns the reader could not read. */
  problems: readonly Problem[];
  /** The column of each question found, by question id. */
  columns: Readonly<Record<string, string>>;
  /** Each row's cells in columns that are no question of the form, by header: the frames' filters read them. */
  others?: readonly Readonly<Record<string, string>>[] | undefined;
}

// The columns without which no case can be read; the rest may be absent, as in a CSV case list.
const REQUIRED_COLUMNS = new Set(["caseId", "workerId", "daFactor"]);

/**
 * Read a case list from a workbook's rows, as {@link readCaseList} reads CSV: every column found is
 * given on every row (a column left blank throughout, such as closed dates while all cases are open,
 * still counts as present), and a row with a cell the workbook could not read is left out with that
 * problem, as a CSV row with a bad value is. A column problem (a required column missing) comes
 * back with no case read.
 */
export function readCaseListSheet(sheet: CaseListSheet): CaseListReading {
  checkArgument(sheet, "record", {
    fn: "readCaseListSheet",
    argument: "sheet",
    label: "Case list workbook",
    expected: "what readWorkbook read from a case list workbook",
  });
  const cellProblems = sheet.problems.filter((p) => !(p.code === "missing_column" && !REQUIRED_COLUMNS.has(p.path)));
  if (cellProblems.some((p) => p.record === undefined)) {
    return { cases: [], columns: [], problems: cellProblems, skipped: [], total: sheet.records.length };
  }
  const present = Object.keys(sheet.columns);
  const rows = sheet.records.map((record, i) => {
    const row: Record<string, unknown> = {};
    for (const id of present) row[id] = "";
    // defineProperty: a header such as "__proto__" is data, not the row's prototype.
    for (const [header, text] of Object.entries(sheet.others?.[i] ?? {})) {
      Object.defineProperty(row, header, { value: text, enumerable: true, writable: true, configurable: true });
    }
    return Object.assign(row, record);
  });
  const read = readCaseList(rows);
  const bad = new Set(cellProblems.map((p) => p.record!));
  if (bad.size === 0) return read;
  const badIds = new Set(rows.filter((_, i) => bad.has(i + 1)).map((row) => row.caseId));
  const skippedAlready = new Set(read.skipped.map((s) => s.record));
  return {
    ...read,
    cases: read.cases.filter((c) => !badIds.has(c.caseId)),
    problems: [...cellProblems, ...read.problems],
    skipped: [
      ...read.skipped,
      ...[...bad]
        .filter((record) => !skippedAlready.has(record))
        .map((record): SkippedCase => ({ record, problems: cellProblems.filter((p) => p.record === record) })),
    ],
  };
}
