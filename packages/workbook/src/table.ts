/**
 * What workbooks and CSV files have in common once opened: a header row naming the questions,
 * perhaps the template's row of question ids, then one row per record. Reading them, and
 * preparing records to write, happens here once for both.
 * @module
 */
import { type Problem, StValidationError } from "@st/core";
import {
  type AnswerValue,
  answerProblem,
  checkAnswers,
  type FlatRecord,
  type FormDefinition,
  formQuestions,
  isAnswered,
  type TextResolver,
  validateFormDefinition,
} from "@st/core/forms";
import { flattenRecord } from "@st/core/records";
import { type AnswerCodec, answerCodec, normaliseForMatching, UnreadableCell } from "./answers.js";
import { cellAddress, columnLetters } from "./cell-address.js";

/** A row left out of the records, and why. */
export interface SkippedRow {
  /** The row number as a spreadsheet shows it (for CSV: the record's position, the header being row 1). */
  row: number;
  /** Why it was left out, e.g. `blank row`. */
  reason: string;
  /** For CSV, the line of the file on which the row starts. */
  line?: number;
}

/** What {@link readWorkbook} and {@link readCsv} found. */
export interface ReadResult {
  /**
   * One flat record a non-blank row, keyed by question id, with typed answers (text, numbers,
   * `IsoDate` strings, booleans for yes/no, option values). Questions left empty have no key. An
   * answer that could not be read is left out and reported in `problems`.
   */
  records: FlatRecord[];
  /** The row number each record came from, in the same order as `records`. */
  rows: number[];
  /**
   * Everything wrong, each with its `sheet` (workbooks), `cell` (e.g. `F4`), `record` (1-based
   * position in `records`), `line` (CSV), the question's label as `field`, and what was expected
   * and received. Empty when the file is clean.
   */
  problems: Problem[];
  /** Rows not read, with their numbers: blank rows between records. Blank rows after the last record are not listed. */
  skipped: SkippedRow[];
  /**
   * The column each question was read from, by question id (e.g. `{ "investigation.stageReached": "P" }`),
   * so that a caller's own checks (rules across fields, say) can point at a cell too. A question
   * with no column is absent.
   */
  columns: Record<string, string>;
  /** The sheet the records were read from, for workbooks. */
  sheet?: string;
  /**
   * For a workbook made by `writeTemplate`: the form and version its template was made from (kept
   * in its hidden lists sheet), so a caller can read a workbook filled in from an earlier version
   * of the form with that version's questions. Absent for CSV and for workbooks made otherwise.
   */
  madeFrom?: { form: string; version: number };
  /**
   * With `otherColumns: "keep"`: for each record (same order as `records`), the text of its cells in
   * columns that are no question of the form, by header as written. Empty cells are left out.
   */
  others?: Record<string, string>[];
}

/** A row of cells as found in a file; cells are indexed from 0 for column A. */
export interface TableRow {
  row: number;
  line?: number;
  cells: readonly unknown[];
}

/** The rows of one sheet or CSV file, in order; rows not listed are blank. */
export interface Table {
  sheet?: string;
  rows: readonly TableRow[];
  /** Applied to text read for text questions (CSV undoes its formula guard here). */
  unescapeText?: (text: string) => string;
  /** Problems already found while opening the file. */
  problems?: Problem[];
}

/** Options shared by the readers. */
export interface TableReadOptions {
  resolve: TextResolver;
  date1904?: boolean;
  headerAliases?: HeaderAliases | undefined;
  otherColumns?: "report" | "keep" | undefined;
}

/**
 * More headers a column may carry for a question, by question id, e.g.
 * `{ caseId: ["Case ref", "Case number"] }`: the names a case management system's export uses.
 * Matched ignoring case, spaces and punctuation, after the question's id and label.
 */
export type HeaderAliases = Readonly<Record<string, readonly string[]>>;

/** A header as aliases are compared: letters and digits only, lower case ("Case ref." is "caseref"). */
export function aliasKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The text of a cell kept from a column that is no question. */
function otherText(raw: unknown): string | undefined {
  if (isBlankCell(raw) || raw instanceof UnreadableCell) return undefined;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : raw.toISOString().slice(0, 10);
  return typeof raw === "string" ? raw.trim() : String(raw);
}

/** The first data row of a template: row 1 holds labels, row 2 (hidden) question ids. */
export const TEMPLATE_FIRST_DATA_ROW = 3;

function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function isBlankRow(row: TableRow | undefined): boolean {
  return !row || row.cells.every(isBlankCell);
}

/** Definitions are checked once per call, so a borough's edited definition fails early and clearly. */
export function checkedDefinition(definition: FormDefinition): FormDefinition {
  return validateFormDefinition(definition);
}

/** The codecs of a form's questions, in order. */
export function codecsFor(definition: FormDefinition, options: TableReadOptions): AnswerCodec[] {
  return formQuestions(definition).map((q) => answerCodec(q, options));
}

/** Read a table of rows into records, reporting every problem with its place. */
export function readTable(definition: FormDefinition, table: Table, options: TableReadOptions): ReadResult {
  const codecs = codecsFor(definition, options);
  const problems: Problem[] = [...(table.problems ?? [])];
  const skipped: SkippedRow[] = [];
  const records: FlatRecord[] = [];
  const rowNumbers: number[] = [];
  const others: Record<string, string>[] = [];
  const where = (cell?: string) => ({
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    ...(cell === undefined ? {} : { cell }),
  });

  const header = table.rows[0]?.row === 1 ? table.rows[0] : undefined;
  if (!header || isBlankRow(header)) {
    problems.push({
      path: "",
      field: "header row",
      expected: "question labels or ids in the first row",
      received: "an empty first row",
      message: "has no header row, so no column can be matched to a question",
      code: "no_header",
      ...where("A1"),
      ...(header?.line === undefined ? {} : { line: header.line }),
    });
    return { records, rows: rowNumbers, problems, skipped, columns: {}, ...where() };
  }

  const byId = new Map(codecs.map((c) => [c.question.id, c]));
  const byLabel = new Map<string, AnswerCodec[]>();
  for (const codec of codecs) {
    for (const text of new Set([normaliseForMatching(codec.label), normaliseForMatching(codec.question.label)])) {
      const list = byLabel.get(text) ?? [];
      if (!list.includes(codec)) list.push(codec);
      byLabel.set(text, list);
    }
  }

  const byAlias = new Map<string, AnswerCodec[]>();
  for (const [id, aliases] of Object.entries(options.headerAliases ?? {})) {
    const codec = byId.get(id);
    if (!codec) continue;
    for (const alias of aliases) {
      const key = aliasKey(alias);
      const list = byAlias.get(key) ?? [];
      if (!list.includes(codec)) list.push(codec);
      byAlias.set(key, list);
    }
  }
  const keepOthers = options.otherColumns === "keep";
  const otherColumns: { index: number; header: string }[] = [];

  // The template's hidden second row holds question ids; columns are found by them even when a
  // header has been reworded. Without it, headers are matched by id or label.
  const second = table.rows[1]?.row === 2 ? table.rows[1] : undefined;
  const secondIds = second?.cells.filter((c) => !isBlankCell(c)) ?? [];
  const idCount = secondIds.filter((c) => typeof c === "string" && byId.has(c)).length;
  // Mostly ids rather than all: someone may have typed into the hidden row of a column they added.
  const idRow = idCount > 0 && idCount * 2 >= secondIds.length ? second : undefined;
  const firstDataRow = idRow ? TEMPLATE_FIRST_DATA_ROW : 2;

  const columns: { index: number; codec: AnswerCodec }[] = [];
  const columnOf = new Map<string, number>();
  const labelled = new Set<number>();
  const width = Math.max(header.cells.length, idRow?.cells.length ?? 0);
  for (let index = 0; index < width; index++) {
    const idCell = idRow?.cells[index];
    const headCell = header.cells[index];
    const headText = isBlankCell(headCell)
      ? undefined
      : String(headCell instanceof UnreadableCell ? headCell.description : headCell);
    const address = cellAddress(index + 1, 1);
    if (headText !== undefined || !isBlankCell(idCell)) labelled.add(index);
    let codec: AnswerCodec | undefined;
    if (typeof idCell === "string" && byId.has(idCell)) codec = byId.get(idCell);
    else if (headText !== undefined) {
      codec = byId.get(headText.trim());
      if (!codec) {
        const byName = byLabel.get(normaliseForMatching(headText)) ?? [];
        const matches = byName.length ? byName : (byAlias.get(aliasKey(headText)) ?? []);
        if (matches.length === 1) codec = matches[0];
        else if (matches.length > 1) {
          problems.push({
            path: "",
            field: headText,
            expected: "a header naming one question",
            received: `"${headText}"`,
            message: `is the label of ${matches.length} questions (${matches.map((m) => m.question.id).join(", ")}): head the column with the question id instead`,
            code: "ambiguous_column",
            ...where(address),
          });
          continue;
        }
      }
      if (!codec && keepOthers) {
        otherColumns.push({ index, header: headText.trim() });
        continue;
      }
      if (!codec) {
        problems.push({
          path: "",
          field: headText,
          expected: "a column for a question of the form",
          received: `"${headText}"`,
          message: `is not a question of "${options.resolve(definition.title)}", so column ${columnLetters(index + 1)} was not read`,
          code: "unknown_column",
          ...where(address),
        });
        continue;
      }
    }
    if (!codec) continue;
    if (columnOf.has(codec.question.id)) {
      problems.push({
        path: codec.question.id,
        field: codec.label,
        expected: "one column for each question",
        received: `a second column, ${columnLetters(index + 1)}`,
        message: `has two columns; only column ${columnLetters(columnOf.get(codec.question.id)! + 1)} was read`,
        code: "duplicate_column",
        ...where(address),
      });
      continue;
    }
    columnOf.set(codec.question.id, index);
    columns.push({ index, codec });
  }
  const missing = new Set<string>();
  for (const codec of codecs) {
    if (columnOf.has(codec.question.id)) continue;
    missing.add(codec.question.id);
    problems.push({
      path: codec.question.id,
      field: codec.label,
      expected: `a column headed "${codec.label}"`,
      received: "no such column",
      message: "has no column, so its answers could not be read",
      code: "missing_column",
      ...where(),
    });
  }
  // Read in question order so records list answers as the form asks them.
  const ordered = codecs.flatMap((codec) => {
    const index = columnOf.get(codec.question.id);
    return index === undefined ? [] : [{ index, codec }];
  });

  const dataRows = new Map<number, TableRow>();
  let lastRow = 0;
  for (const row of table.rows) {
    if (row.row < firstDataRow || isBlankRow(row)) continue;
    dataRows.set(row.row, row);
    lastRow = row.row;
  }
  const lineOf = new Map(table.rows.map((r) => [r.row, r.line]));
  const reportedUnlabelled = new Set<number>();
  for (let rowNumber = firstDataRow; rowNumber <= lastRow; rowNumber++) {
    const row = dataRows.get(rowNumber);
    if (!row) {
      const line = lineOf.get(rowNumber);
      skipped.push({ row: rowNumber, reason: "blank row", ...(line === undefined ? {} : { line }) });
      continue;
    }
    const recordNumber = records.length + 1;
    const at = (index: number) => ({
      record: recordNumber,
      ...where(cellAddress(index + 1, rowNumber)),
      ...(row.line === undefined ? {} : { line: row.line }),
    });
    for (let index = 0; index < row.cells.length; index++) {
      if (labelled.has(index) || reportedUnlabelled.has(index) || isBlankCell(row.cells[index])) continue;
      reportedUnlabelled.add(index);
      problems.push({
        path: "",
        field: `column ${columnLetters(index + 1)}`,
        expected: "answers only in columns headed by a question",
        received: "values under an empty header",
        message: `has values but no header, so column ${columnLetters(index + 1)} was not read`,
        code: "unknown_column",
        ...at(index),
      });
    }
    const record: FlatRecord = {};
    const unread = new Set<string>();
    // Gathered, then reported left to right, as a person reads the row.
    const rowProblems: { index: number; problem: Problem }[] = [];
    for (const { index, codec } of ordered) {
      let raw = row.cells[index];
      if (
        table.unescapeText &&
        typeof raw === "string" &&
        (codec.question.type === "text" || codec.question.type === "longText")
      )
        raw = table.unescapeText(raw);
      const reading = codec.read(raw);
      if (reading.kind === "answer") record[codec.question.id] = reading.value;
      else if (reading.kind === "problem") {
        unread.add(codec.question.id);
        rowProblems.push({
          index,
          problem: {
            path: codec.question.id,
            field: codec.label,
            expected: reading.expected,
            received: describeCell(raw),
            message: reading.message,
            code: reading.code,
            ...at(index),
          },
        });
      }
    }
    for (const problem of checkAnswers(definition, record, { resolve: options.resolve, unknownFields: false })) {
      // An answer that could not be read, or a column that is missing, is reported once already.
      if (unread.has(problem.path) || missing.has(problem.path)) continue;
      const index = columnOf.get(problem.path);
      if (index === undefined) rowProblems.push({ index: -1, problem: { ...problem, record: recordNumber } });
      else {
        // Say what the person wrote ("Stage 1"), not the value it was read as (1).
        const raw = row.cells[index];
        const received = isBlankCell(raw) ? {} : { received: describeCell(raw) };
        rowProblems.push({ index, problem: { ...problem, ...received, ...at(index) } });
      }
    }
    if (keepOthers) {
      const kept: Record<string, string> = {};
      for (const { index, header } of otherColumns) {
        const raw = row.cells[index];
        if (raw instanceof UnreadableCell)
          rowProblems.push({
            index,
            problem: {
              path: "",
              field: header,
              expected: "a value",
              received: raw.description,
              message: "could not be read",
              code: "unreadable_cell",
              ...at(index),
            },
          });
        const text = otherText(raw);
        if (text !== undefined)
          Object.defineProperty(kept, header, { value: text, enumerable: true, writable: true, configurable: true });
      }
      others.push(kept);
    }
    rowProblems.sort((a, b) => a.index - b.index);
    for (const { problem } of rowProblems) problems.push(problem);
    records.push(record);
    rowNumbers.push(rowNumber);
  }
  const columnLettersOf = Object.fromEntries([...columnOf].map(([id, index]) => [id, columnLetters(index + 1)]));
  return {
    records,
    rows: rowNumbers,
    problems,
    skipped,
    columns: columnLettersOf,
    ...where(),
    ...(keepOthers ? { others } : {}),
  };
}

function describeCell(raw: unknown): string {
  if (raw instanceof UnreadableCell) return raw.description;
  if (typeof raw === "string") {
    if (raw.trim() === "") return "an empty value";
    return JSON.stringify(raw.length > 60 ? `${raw.slice(0, 57)}...` : raw);
  }
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? "an invalid date" : raw.toISOString().slice(0, 10);
  return String(raw);
}

/**
 * Records to write, as each question's answer in form order. Records may be flat or nested.
 * Answers that cannot be written faithfully (unknown fields, wrong types, options not in the
 * form, text too long for a cell) stop the write with every such problem; answers that are only
 * incomplete (a required answer missing) are written, and a reader reports them.
 *
 * @throws {@link @st/core!index.StValidationError}
 */
export function recordAnswers(
  definition: FormDefinition,
  records: readonly Readonly<Record<string, unknown>>[],
  codecs: readonly AnswerCodec[],
  options: { maxTextLength?: number; resolve: TextResolver },
): (AnswerValue | undefined)[][] {
  const problems: Problem[] = [];
  const ids = new Set(codecs.map((c) => c.question.id));
  const rows = records.map((input, r) => {
    const record = flattenRecord(input);
    for (const key of Object.keys(record)) {
      if (!ids.has(key))
        problems.push({
          path: key,
          field: key,
          expected: "a question of the form",
          received: `"${key}"`,
          message: `is not a question of "${options.resolve(definition.title)}", so it cannot be written`,
          code: "unknown_field",
          record: r + 1,
        });
    }
    return codecs.map((codec) => {
      const value = record[codec.question.id];
      if (!isAnswered(value)) return undefined;
      const problem = answerProblem(codec.question, value, options.resolve);
      if (problem && problem.code !== "too_small" && problem.code !== "too_big" && problem.code !== "too_long") {
        problems.push({
          path: codec.question.id,
          field: codec.label,
          received: describeCell(value),
          ...problem,
          record: r + 1,
        });
        return undefined;
      }
      if (options.maxTextLength !== undefined && typeof value === "string" && value.length > options.maxTextLength) {
        problems.push({
          path: codec.question.id,
          field: codec.label,
          expected: `text of at most ${options.maxTextLength} characters, the most a spreadsheet cell holds`,
          received: `${value.length} characters`,
          message: "is too long for a spreadsheet cell",
          code: "too_long_for_cell",
          record: r + 1,
        });
        return undefined;
      }
      return value as AnswerValue;
    });
  });
  if (problems.length) throw new StValidationError(problems, { subject: "records to write" });
  return rows;
}
