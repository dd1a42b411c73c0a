/**
 * The case list a sample is drawn from: one row a case, as a borough exports it from its case
 * management system (CSV or JSON), read into typed entries with every problem named by record,
 * line and column.
 * @module
 */

import { appendAll, describeValue, type Problem, type ProblemCode, type SafeResult, StValidationError } from "@st/core";
import { dateTextProblem, type IsoDate, parseDateText } from "@st/core/calendar";
import { type FormDefinition, safeParseYesNo, validateFormDefinition, type YesNo } from "@st/core/forms";
import { argumentFailure, CASE_LIST_INPUTS, CASE_LIST_OPTIONS, checkArg, HEADER } from "./arguments.js";
import { readCsvRows } from "./csv.js";
import { type CaseOutcome, caseOutcomeLabels, caseOutcomes, parseCaseOutcome } from "./outcomes.js";

/** One case of a case list. */
export interface CaseListEntry {
  /** The case's id (pseudonymised where the list leaves the borough). */
  caseId: string;
  /** The allocated worker's id (pseudonymised likewise). */
  workerId: string;
  /** The date the case closed; `null` while it is open. */
  closedDate: IsoDate | null;
  /** Whether domestic abuse was a factor in the case. */
  daFactor: YesNo;
  /** Whether the worker was S&T Core trained (when the list gives only a training date: trained on or before the case closed). */
  workerTrained: YesNo;
  /** Whether the case had a case consultation (when the list gives only dates: one on or before the case closed). */
  consultation: YesNo;
  /** The date the worker completed S&T Core training, when the list gives it. */
  workerTrainedDate?: IsoDate | undefined;
  /** The dates of the case's consultations, when the list gives them, in date order. */
  consultationDates?: IsoDate[] | undefined;
  /** What happened to the case, when the list gives it. */
  outcome?: CaseOutcome | undefined;
  /** The date the case opened, when the list gives it. */
  openedDate?: IsoDate | undefined;
  /** The team holding the case, when the list gives it. */
  team?: string | undefined;
  /** Every other column, by its header as written, for frames that filter on them. Empty cells are left out. */
  other?: Record<string, string> | undefined;
}

/** The fields of a {@link CaseListEntry} that a case list's columns are read into. */
export const caseListFields = [
  "caseId",
  "workerId",
  "closedDate",
  "daFactor",
  "workerTrained",
  "consultation",
  "workerTrainedDate",
  "consultationDates",
  "outcome",
  "openedDate",
  "team",
] as const;

/** One of {@link caseListFields}. */
export type CaseListField = (typeof caseListFields)[number];

/** The label of each field, for problems and reports. */
export const caseListFieldLabels: Readonly<Record<CaseListField, string>> = Object.freeze({
  caseId: "Case id",
  workerId: "Worker id",
  closedDate: "Closed date",
  daFactor: "Domestic abuse a factor",
  workerTrained: "Worker S&T Core trained",
  consultation: "Case consultation held",
  workerTrainedDate: "Date the worker completed S&T Core training",
  consultationDates: "Case consultation dates",
  outcome: "Outcome",
  openedDate: "Opened date",
  team: "Team",
});

/**
 * The column headers each field of a case list is read from, besides its id and label: the names
 * case management systems' exports use ("Case ref", "Allocated worker", "Date closed", "DA factor").
 * Matched ignoring case, spaces and punctuation ("Case ID", "case_id" and "caseId" are one header).
 * One table for every reader: {@link readCaseList} (CSV and JSON) uses it, and so does the workbook
 * reader when given it: `readWorkbook(caseListForm, bytes, { headerAliases: caseListHeaderAliases,
 * otherColumns: "keep" })` from `@st/workbook`.
 */
export const caseListHeaderAliases: Readonly<Record<CaseListField, readonly string[]>> = deepFreeze({
  caseId: ["caseid", "caseref", "casereference", "casenumber", "caseno"],
  workerId: ["workerid", "worker", "allocatedworker", "allocatedworkerid", "socialworker", "socialworkerid"],
  closedDate: ["closeddate", "dateclosed", "closuredate", "casecloseddate", "closedon", "enddate"],
  daFactor: ["dafactor", "da", "domesticabuse", "domesticabusefactor", "dvfactor", "dafactorflag"],
  workerTrained: ["workertrained", "sttrained", "stcoretrained", "coretrained", "trained"],
  consultation: ["consultation", "caseconsultation", "consulted", "hadconsultation", "consultationheld"],
  workerTrainedDate: [
    "workertraineddate",
    "workertrainedon",
    "trainingdate",
    "coretrainingdate",
    "sttrainingdate",
    "trainedon",
  ],
  consultationDates: ["consultationdates", "consultationdate", "caseconsultationdates", "caseconsultationdate"],
  outcome: ["outcome", "caseoutcome", "closurereason", "reasonforclosure"],
  openedDate: ["openeddate", "dateopened", "openedon", "startdate", "referraldate"],
  team: ["team", "teamname"],
});

function deepFreeze<T extends Record<string, readonly string[]>>(table: T): T {
  for (const list of Object.values(table)) Object.freeze(list);
  return Object.freeze(table);
}

const headerKey = (header: string) =>
  header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

const FIELD_BY_HEADER = new Map<string, CaseListField>(
  caseListFields.flatMap((field) =>
    [field, caseListFieldLabels[field], ...caseListHeaderAliases[field]].map(
      (alias) => [headerKey(alias), field] as const,
    ),
  ),
);

/** The field a column header is read into, or `undefined` for another column (kept in `other`). */
export function caseListFieldOf(header: string): CaseListField | undefined {
  checkArg("caseListFieldOf", HEADER, header);
  return FIELD_BY_HEADER.get(headerKey(header));
}

/** A case list read from a file. */
export interface CaseList {
  /** The cases, in the order of the input. */
  cases: CaseListEntry[];
  /** Every column of the input, as written, in order (for JSON, every key seen). */
  columns: string[];
}

/** A row left out of a case list, and why. */
export interface SkippedCase {
  /** 1-based position of the row among the data rows. */
  record: number;
  /** 1-based line of the row, for CSV. */
  line?: number | undefined;
  /** Its case id, when it has one. */
  caseId?: string | undefined;
  /** What is wrong with it. */
  problems: Problem[];
}

/** What {@link readCaseList} found: the valid cases and every problem. */
export interface CaseListReading extends CaseList {
  /** Every problem: with the columns (no `record`) and with rows (with `record`, and `line` for CSV). */
  problems: Problem[];
  /** The rows left out, each with its problems. Rows are only ever left out with a problem. */
  skipped: SkippedCase[];
  /** How many data rows the input held. */
  total: number;
}

/** Options for reading a case list. */
export interface ReadCaseListOptions {
  /** `csv` or `json`; guessed from the text when absent (JSON starts with `[` or `{`). */
  format?: "csv" | "json" | undefined;
}

type Raw = Record<string, unknown>;

function problem(
  field: CaseListField | "",
  expected: string,
  value: unknown,
  message: string,
  code: ProblemCode,
  where: { record?: number; line?: number } = {},
): Problem {
  return {
    ...where,
    path: field,
    field: field === "" ? "Case list" : caseListFieldLabels[field],
    expected,
    received: describeValue(value),
    message,
    code,
  };
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

function text(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value) ?? "";
}

/** Read the columns: which header feeds which field, and which fields are missing. */
function mapColumns(headers: readonly string[]): {
  fields: Map<CaseListField, string>;
  problems: Problem[];
} {
  const fields = new Map<CaseListField, string>();
  const problems: Problem[] = [];
  for (const header of headers) {
    const field = caseListFieldOf(header);
    if (!field) continue;
    const earlier = fields.get(field);
    if (earlier !== undefined) {
      problems.push(
        problem(
          field,
          "one column for each field",
          header,
          `the columns "${earlier}" and "${header}" both read as ${caseListFieldLabels[field]}: rename or remove one`,
          "duplicate_column",
        ),
      );
      continue;
    }
    fields.set(field, header);
  }
  const need = (field: CaseListField, alternative?: CaseListField) => {
    if (fields.has(field) || (alternative && fields.has(alternative))) return;
    problems.push(
      problem(
        field,
        `a column "${field}"${alternative ? ` (or "${alternative}")` : ""}`,
        undefined,
        `the case list has no ${caseListFieldLabels[field]} column`,
        "missing_column",
      ),
    );
  };
  need("caseId");
  need("workerId");
  need("closedDate");
  need("daFactor");
  need("workerTrained", "workerTrainedDate");
  need("consultation", "consultationDates");
  return { fields, problems };
}

function readRow(
  raw: Raw,
  fields: Map<CaseListField, string>,
  headers: readonly string[],
  where: { record: number; line?: number },
): { entry?: CaseListEntry; problems: Problem[] } {
  const problems: Problem[] = [];
  const get = (field: CaseListField): unknown => {
    const header = fields.get(field);
    return header === undefined || !Object.hasOwn(raw, header) ? undefined : raw[header];
  };
  const required = (field: CaseListField): string | undefined => {
    const value = get(field);
    if (isBlank(value)) {
      problems.push(problem(field, "a value", value, "is empty", "required", where));
      return undefined;
    }
    if (typeof value === "object") {
      problems.push(problem(field, "text", value, "is not text", "invalid_type", where));
      return undefined;
    }
    return text(value);
  };
  const date = (field: CaseListField): IsoDate | undefined | null => {
    const value = get(field);
    if (isBlank(value)) return null;
    const read = typeof value === "string" ? parseDateText(value) : undefined;
    if (read === undefined) {
      problems.push(
        problem(
          field,
          "a date written YYYY-MM-DD (or DD/MM/YYYY)",
          value,
          typeof value === "string" ? (dateTextProblem(value) ?? "is not a date") : "is not a date",
          "invalid_format",
          where,
        ),
      );
    }
    return read;
  };
  const yesNo = (field: CaseListField): YesNo | undefined => {
    const value = get(field);
    if (isBlank(value)) return undefined;
    const read = safeParseYesNo(value, caseListFieldLabels[field]);
    if (read.ok) return read.value;
    appendAll(
      problems,
      read.problems.map((p) => ({ ...p, ...where, path: field })),
    );
    return undefined;
  };

  const caseId = required("caseId");
  const workerId = required("workerId");
  const closedDate = date("closedDate");
  const daFactor = yesNo("daFactor");
  if (daFactor === undefined && isBlank(get("daFactor")))
    problems.push(problem("daFactor", "Yes or No", get("daFactor"), "is empty", "required", where));
  const workerTrainedDate = date("workerTrainedDate");

  let consultationDates: IsoDate[] | undefined;
  const rawDates = get("consultationDates");
  if (!isBlank(rawDates)) {
    const parts = Array.isArray(rawDates) ? rawDates : text(rawDates).split(/[;|\n]/);
    consultationDates = [];
    for (const part of parts) {
      if (isBlank(part)) continue;
      const read = typeof part === "string" ? parseDateText(part) : undefined;
      if (read === undefined) {
        problems.push(
          problem(
            "consultationDates",
            "dates written YYYY-MM-DD, separated by semicolons",
            part,
            typeof part === "string" ? (dateTextProblem(part) ?? "is not a date") : "is not a date",
            "invalid_format",
            where,
          ),
        );
      } else consultationDates.push(read);
    }
    consultationDates.sort();
  }

  // Explicit answers win; dates decide only when the answer is not given.
  const before = (day: IsoDate) => closedDate === null || closedDate === undefined || day <= closedDate;
  let workerTrained = yesNo("workerTrained");
  if (workerTrained === undefined && isBlank(get("workerTrained"))) {
    // A blank date with no answer column means "not trained"; beside an answer column it means nothing.
    if (fields.has("workerTrainedDate") && (!fields.has("workerTrained") || workerTrainedDate)) {
      if (workerTrainedDate !== undefined)
        workerTrained = workerTrainedDate && before(workerTrainedDate) ? "yes" : "no";
    } else {
      problems.push(problem("workerTrained", "Yes or No", get("workerTrained"), "is empty", "required", where));
    }
  }
  let consultation = yesNo("consultation");
  if (consultation === undefined && isBlank(get("consultation"))) {
    if (fields.has("consultationDates") && (!fields.has("consultation") || consultationDates?.length)) {
      consultation = (consultationDates ?? []).some(before) ? "yes" : "no";
    } else {
      problems.push(problem("consultation", "Yes or No", get("consultation"), "is empty", "required", where));
    }
  }

  let outcome: CaseOutcome | undefined;
  const rawOutcome = get("outcome");
  if (!isBlank(rawOutcome)) {
    outcome = parseCaseOutcome(text(rawOutcome));
    if (outcome === undefined) {
      problems.push(
        problem(
          "outcome",
          `one of ${caseOutcomes.map((o) => `${o} (${caseOutcomeLabels[o]})`).join(", ")}`,
          rawOutcome,
          "is not a known outcome",
          "invalid_value",
          where,
        ),
      );
    }
  }
  const openedDate = date("openedDate");
  const team = isBlank(get("team")) ? undefined : text(get("team"));

  if (problems.length) return { problems };
  const mapped = new Set(fields.values());
  const other: Record<string, string> = {};
  for (const header of headers) {
    // Own cells only, and defineProperty: a column headed "__proto__" is data, never the prototype.
    const cell = Object.hasOwn(raw, header) ? raw[header] : undefined;
    if (mapped.has(header) || isBlank(cell)) continue;
    Object.defineProperty(other, header, { value: text(cell), enumerable: true, writable: true, configurable: true });
  }
  const entry: CaseListEntry = {
    caseId: caseId!,
    workerId: workerId!,
    closedDate: closedDate ?? null,
    daFactor: daFactor!,
    workerTrained: workerTrained!,
    consultation: consultation!,
  };
  if (workerTrainedDate) entry.workerTrainedDate = workerTrainedDate;
  if (consultationDates?.length) entry.consultationDates = consultationDates;
  if (outcome) entry.outcome = outcome;
  if (openedDate) entry.openedDate = openedDate;
  if (team !== undefined) entry.team = team;
  if (Object.keys(other).length) entry.other = other;
  return { entry, problems };
}

function readRows(rows: readonly { raw: Raw; line?: number }[], headers: readonly string[]): CaseListReading {
  const columns = mapColumns(headers);
  if (columns.problems.length) {
    return { cases: [], columns: [...headers], problems: columns.problems, skipped: [], total: rows.length };
  }
  const cases: CaseListEntry[] = [];
  const problems: Problem[] = [];
  const skipped: SkippedCase[] = [];
  const seen = new Map<string, number>();
  rows.forEach(({ raw, line }, i) => {
    const where = line === undefined ? { record: i + 1 } : { record: i + 1, line };
    const read = readRow(raw, columns.fields, headers, where);
    const entry = read.entry;
    if (entry) {
      const first = seen.get(entry.caseId);
      if (first !== undefined) {
        read.problems.push(
          problem(
            "caseId",
            "each case once",
            entry.caseId,
            `case ${entry.caseId} is listed twice (first as record ${first})`,
            "duplicate_case",
            where,
          ),
        );
      } else seen.set(entry.caseId, i + 1);
    }
    if (read.problems.length || !entry) {
      appendAll(problems, read.problems);
      const caseId = isBlank(raw[columns.fields.get("caseId") ?? ""])
        ? undefined
        : text(raw[columns.fields.get("caseId")!]);
      skipped.push({ ...where, ...(caseId === undefined ? {} : { caseId }), problems: read.problems });
      return;
    }
    cases.push(entry);
  });
  return { cases, columns: [...headers], problems, skipped, total: rows.length };
}

function fromCsv(source: string): CaseListReading {
  const parsed = readCsvRows(source);
  if (!parsed.ok) {
    return { cases: [], columns: [], problems: [{ ...parsed.problem, field: "Case list" }], skipped: [], total: 0 };
  }
  const [head, ...body] = parsed.rows;
  if (!head) {
    return {
      cases: [],
      columns: [],
      problems: [problem("", "a header row and one row a case", "", "the case list is empty", "required")],
      skipped: [],
      total: 0,
    };
  }
  const headers = head.fields.map((h) => h.trim());
  const problems: Problem[] = [];
  const counts = new Map<string, number>();
  headers.forEach((h, i) => {
    if (h === "") return;
    if (counts.has(h)) {
      problems.push({
        ...problem("", "distinct column headers", h, `the header "${h}" appears twice`, "duplicate_column"),
        line: head.line,
      });
    }
    counts.set(h, i);
  });
  if (problems.length) return { cases: [], columns: headers, problems, skipped: [], total: body.length };
  const rows = body.map((row) => {
    const raw: Raw = {};
    headers.forEach((h, i) => {
      // defineProperty: a column headed "__proto__" is a cell, never the row's prototype.
      if (h !== "")
        Object.defineProperty(raw, h, {
          value: row.fields[i] ?? "",
          enumerable: true,
          writable: true,
          configurable: true,
        });
    });
    return { raw, line: row.line };
  });
  return readRows(
    rows,
    headers.filter((h) => h !== ""),
  );
}

function fromObjects(list: readonly unknown[]): CaseListReading {
  const headers: string[] = [];
  const known = new Set<string>();
  const problems: Problem[] = [];
  const rows: { raw: Raw }[] = [];
  list.forEach((item, i) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      problems.push(
        problem("", "a case (a group of named values)", item, "is not a case", "invalid_type", { record: i + 1 }),
      );
      rows.push({ raw: {} });
      return;
    }
    for (const key of Object.keys(item)) {
      if (!known.has(key)) {
        known.add(key);
        headers.push(key);
      }
    }
    rows.push({ raw: item as Raw });
  });
  const reading = readRows(rows, headers);
  if (!problems.length) return reading;
  // Rows that are not objects are reported once, as not a case, rather than field by field.
  const bad = new Set(problems.map((p) => p.record));
  return {
    ...reading,
    problems: [...problems, ...reading.problems.filter((p) => !bad.has(p.record))].sort(
      (a, b) => (a.record ?? 0) - (b.record ?? 0),
    ),
    skipped: reading.skipped.map((s) =>
      bad.has(s.record) ? { record: s.record, problems: problems.filter((p) => p.record === s.record) } : s,
    ),
  };
}

/**
 * Read a case list from CSV or JSON text, or from objects already in memory, keeping the valid
 * cases and naming every problem (by record, and line for CSV). Never throws on text or a list;
 * anything else (`undefined`, a number) is a coded `StValidationError` (also a `TypeError`).
 *
 * - Columns are matched by header, ignoring case, spaces and punctuation; common export names are
 *   understood ("Case ID", "Allocated worker", "Date closed", "DA factor"). Other columns are kept in
 *   each case's `other`, by header.
 * - Required: case id, worker id, closed date (empty while open), DA factor, whether the worker
 *   was S&T Core trained (or the training date) and whether the case had a consultation (or the
 *   consultation dates). A missing column is one problem, not one a row.
 * - Yes/no cells take `Y`/`N`, `Yes`/`No`, `TRUE`/`FALSE`, `1`/`0`; dates `YYYY-MM-DD` or `DD/MM/YYYY`.
 * - A case listed twice is a problem on its second row.
 */
export function readCaseList(input: string | readonly unknown[], options: ReadCaseListOptions = {}): CaseListReading {
  checkArg("readCaseList", CASE_LIST_INPUTS, input);
  checkArg("readCaseList", CASE_LIST_OPTIONS, options);
  if (typeof input !== "string") return fromObjects(input);
  const format = options.format ?? (/^\s*[[{]/.test(input.replace(/^\uFEFF/, "")) ? "json" : "csv");
  if (format === "csv") return fromCsv(input);
  let value: unknown;
  try {
    value = JSON.parse(input.replace(/^\uFEFF/, ""));
  } catch (error) {
    return {
      cases: [],
      columns: [],
      problems: [
        problem(
          "",
          "JSON: a list of cases",
          undefined,
          `is not valid JSON (${(error as Error).message})`,
          "unparseable",
        ),
      ],
      skipped: [],
      total: 0,
    };
  }
  const list = Array.isArray(value)
    ? value
    : value !== null && typeof value === "object" && Array.isArray((value as { cases?: unknown }).cases)
      ? (value as { cases: unknown[] }).cases
      : undefined;
  if (!list) {
    return {
      cases: [],
      columns: [],
      problems: [
        problem(
          "",
          'a list of cases, or an object with a "cases" list',
          value,
          "is not a list of cases",
          "invalid_type",
        ),
      ],
      skipped: [],
      total: 0,
    };
  }
  return fromObjects(list);
}

/** Read a case list, returning it or every problem found. */
export function safeParseCaseList(
  input: string | readonly unknown[],
  options: ReadCaseListOptions = {},
): SafeResult<CaseList> {
  const wrong = argumentFailure("safeParseCaseList", CASE_LIST_INPUTS, input);
  if (wrong) return wrong;
  checkArg("safeParseCaseList", CASE_LIST_OPTIONS, options);
  const reading = readCaseList(input, options);
  if (reading.problems.length) return { ok: false, problems: reading.problems };
  return { ok: true, value: { cases: reading.cases, columns: reading.columns } };
}

/**
 * Read a case list.
 * @throws `StValidationError` (from `@st/core`) listing every problem found; also a `TypeError`,
 * coded `invalid_type`, when the input is not text or a list, or the options not an object.
 */
export function parseCaseList(input: string | readonly unknown[], options: ReadCaseListOptions = {}): CaseList {
  checkArg("parseCaseList", CASE_LIST_INPUTS, input);
  checkArg("parseCaseList", CASE_LIST_OPTIONS, options);
  const result = safeParseCaseList(input, options);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "the case list" });
  return result.value;
}

/**
 * The case list as a form definition (`@st/core`), for `@st/workbook`: an Excel template with a
 * column for each field (drop-downs for yes/no answers and outcomes), and the reader of case lists
 * kept in a workbook: `readWorkbook(caseListForm, bytes, { headerAliases: caseListHeaderAliases,
 * otherColumns: "keep" })`, then `readCaseList` over each record merged with its `others`, so a
 * workbook's headers are matched as a CSV's are and its other columns kept for frames' filters.
 * Only case id, worker id and DA factor are required columns, so a workbook may leave out the
 * columns it has no data for.
 */
export const caseListForm: FormDefinition = validateFormDefinition({
  id: "learning-review-case-list",
  version: 1,
  title: "Case list for a learning review sample",
  description:
    "One row a case. Give the worker's S&T Core training as Y/N or as a date, and the case consultation as Y/N or as dates separated by semicolons.",
  sections: [
    {
      id: "cases",
      title: "Cases",
      questions: [
        { id: "caseId", label: caseListFieldLabels.caseId, type: "text", required: true },
        { id: "workerId", label: caseListFieldLabels.workerId, type: "text", required: true },
        { id: "closedDate", label: caseListFieldLabels.closedDate, help: "Empty while the case is open", type: "date" },
        { id: "daFactor", label: caseListFieldLabels.daFactor, type: "yesNo", required: true },
        { id: "workerTrained", label: caseListFieldLabels.workerTrained, type: "yesNo" },
        { id: "workerTrainedDate", label: caseListFieldLabels.workerTrainedDate, type: "date" },
        { id: "consultation", label: caseListFieldLabels.consultation, type: "yesNo" },
        {
          id: "consultationDates",
          label: caseListFieldLabels.consultationDates,
          help: "Dates separated by ;",
          type: "text",
        },
        {
          id: "outcome",
          label: caseListFieldLabels.outcome,
          type: "choice",
          options: caseOutcomes.map((o) => ({ value: o, label: caseOutcomeLabels[o] })),
        },
        { id: "openedDate", label: caseListFieldLabels.openedDate, type: "date" },
        { id: "team", label: caseListFieldLabels.team, type: "text" },
      ],
    },
  ],
});
