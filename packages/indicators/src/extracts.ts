/**
 * CSV extracts with a declared column mapping: the SSDA903 episodes and header as returned, the
 * Standard Safeguarding Dataset tables many authorities now extract, a borough's referral-reason
 * extract, and any other extract whose columns the caller names. Rows become the same records the
 * census reader produces, so every source feeds the same indicator engine.
 * @module
 */
import { appendAll, checkArgument, type Problem, StValidationError } from "@st/core";
import { type IsoDate, parseExtractDate } from "@st/core/calendar";
import * as z from "zod";
import { checkRecordArgument, checkTextArgument } from "./arguments.js";
import {
  CIN_ASSESSMENT_FACTOR_CODES,
  type CinAssessment,
  type CinChild,
  type CinCpPlan,
  type CinEpisode,
  emptyEpisode,
} from "./cin-records.js";
import { findColumn, parseHeaderedTable } from "./csv.js";
import { checkRead, type ReadAccountingOptions, type ReadSummary, SkipTally } from "./read-summary.js";
import { readCensusBoolean } from "./value-readers.js";

/** One episode of care (a row of the SSDA903 episodes table, or of `ssd_cla_episodes`). */
export const careEpisodeSchema = z.strictObject({
  /** The child's id in the care data (SSDA903 `CHILD`). */
  childId: z.string().min(1),
  /** Date the episode started (`DECOM`). */
  startDate: z.string(),
  /** Reason for new episode (`RNE`): S started to be looked after; L, P, T, B, U changes. */
  reasonForNewEpisode: z.string(),
  /** Legal status (`LS`), e.g. C2 full care order, V2 section 20, V3/V4 short breaks. */
  legalStatus: z.string().optional(),
  /** Category of need (`CIN`), N1 to N8. */
  categoryOfNeed: z.string().optional(),
  /** Date the episode ceased (`DEC`). */
  endDate: z.string().optional(),
  /** Reason the episode ceased (`REC`). */
  reasonEnded: z.string().optional(),
  /** Line of the file the row is on. */
  line: z.int().optional(),
});
/** One episode of care. */
export type CareEpisode = z.infer<typeof careEpisodeSchema>;

/** A referral's issue as a borough's own records state it (not a census field). */
export interface ReferralReason {
  /** The child's id (the census `LAchildID`). */
  childId: string;
  /** The referral date, matching the census `CINreferralDate`. */
  referralDate: IsoDate;
  /** The referral issue as recorded, e.g. `DA`. */
  reason: string;
}

/** A row of the SSDA903 header table. */
export interface Ssda903Child {
  /** `CHILD`. */
  childId: string;
  /** `SEX` as written (1 male, 2 female). */
  sex?: string | undefined;
  /** `DOB`. */
  birthDate?: IsoDate | undefined;
  /** `ETHNIC`. */
  ethnicity?: string | undefined;
  /** `UPN`. */
  upn?: string | undefined;
}

/** What a reader found besides its records: values it could not read and rows it skipped, each with its line. */
export interface ExtractProblems {
  /** Every problem, with `line` and `record` (the 1-based data row). */
  problems: Problem[];
}

/** A reader's accounting of one file: rows read, rows skipped and why, values left out. */
export interface ExtractRead {
  /** The accounting, for notes and outputs. */
  summary: ReadSummary;
}

/** Skip every row after the first with the same key, as a problem naming the first row's line. */
function skipRepeats<F extends string>(read: ReadRows<F>, keyOf: (row: Row<F>) => string, what: string): Row<F>[] {
  const first = new Map<string, number>();
  const kept: Row<F>[] = [];
  for (const row of read.records) {
    const key = keyOf(row);
    const line = first.get(key);
    if (line === undefined) {
      first.set(key, row.line);
      kept.push(row);
      continue;
    }
    read.skip(
      row,
      {
        path: "",
        field: read.summary.file,
        expected: `one row per ${what}`,
        received: `a repeat of line ${line}`,
        message: `row skipped: it repeats the ${what} on line ${line}, and counting it twice would double its figures`,
        code: "duplicate_id",
      },
      `repeating a ${what} already read`,
    );
  }
  return kept;
}

type FieldType = "string" | "date" | "boolean" | "factors";

/** How one record field is read from a column. */
export interface ColumnSpec {
  /** The column's name in the file (matched ignoring case, spaces and underscores). */
  column: string;
  /** Whether a row without it is skipped (and reported). */
  required?: boolean | undefined;
}

/** A column mapping: record field name to the column it is read from (a column name, or a full spec). */
export type ColumnMapping<F extends string> = { [K in F]?: string | ColumnSpec };

interface FieldDef {
  type: FieldType;
  required: boolean;
  label: string;
}

type Row<F extends string> = Partial<Record<F, string | boolean | string[]>> & { line: number; record: number };

interface ReadRows<F extends string> {
  records: Row<F>[];
  problems: Problem[];
  summary: ReadSummary;
  /** Count a row read by {@link readRows} as skipped after all (a repeat, a row that joins to nothing). */
  skip(row: Row<F>, problem: Omit<Problem, "line" | "record">, reason: string): void;
}

function readRows<F extends string>(
  text: string,
  fields: Record<F, FieldDef>,
  mapping: ColumnMapping<F>,
  fileName: string,
  records_ = "rows",
): ReadRows<F> {
  const table = parseHeaderedTable(text, { fileName });
  const problems: Problem[] = [];
  const columns: Partial<Record<F, string>> = {};
  const missing: Problem[] = [];
  for (const field of Object.keys(fields) as F[]) {
    const spec = mapping[field];
    if (spec === undefined) {
      if (fields[field].required) {
        missing.push({
          path: field,
          field: fields[field].label,
          expected: "a column mapping for this field",
          received: "no mapping",
          message: `no column is mapped to ${fields[field].label}`,
          code: "unmapped_field",
        });
      }
      continue;
    }
    const name = typeof spec === "string" ? spec : spec.column;
    const found = findColumn(table.columns, name);
    const required = fields[field].required || (typeof spec === "object" && spec.required === true);
    if (found === undefined) {
      if (required) {
        missing.push({
          path: field,
          field: fields[field].label,
          expected: `a column "${name}"`,
          received: `the columns ${table.columns.map((c) => `"${c}"`).join(", ") || "(none)"}`,
          message: `${fileName} has no column "${name}" for ${fields[field].label}`,
          code: "missing_column",
          line: 1,
        });
      }
      continue;
    }
    columns[field] = found;
  }
  if (missing.length > 0) throw new StValidationError(missing, { subject: fileName });
  const records: Row<F>[] = [];
  const tally = new SkipTally();
  let valuesLeftOut = 0;
  table.rows.forEach((row, index) => {
    const record = { line: row.line, record: index + 1 } as Row<F>;
    let skip: string | undefined;
    for (const field of Object.keys(columns) as F[]) {
      const column = columns[field]!;
      const raw = (row.values[column] ?? "").trim();
      const def = fields[field];
      const spec = mapping[field];
      const required = def.required || (typeof spec === "object" && spec.required === true);
      if (raw === "" || /^null$/i.test(raw)) {
        if (required) {
          problems.push({
            path: field,
            field: column,
            expected: def.label,
            received: "an empty value",
            message: `row skipped: ${column} is empty`,
            code: "required",
            line: row.line,
            record: index + 1,
          });
          skip ??= `without ${def.label}`;
        }
        continue;
      }
      const value = convert(def.type, raw);
      if (value === undefined) {
        problems.push({
          path: field,
          field: column,
          expected: expectedFor(def.type),
          received: JSON.stringify(raw.length > 60 ? `${raw.slice(0, 57)}...` : raw),
          message: required ? `row skipped: ${column} could not be read` : `${column} could not be read; left out`,
          code: "invalid_value",
          line: row.line,
          record: index + 1,
        });
        if (required) skip ??= `with ${def.label} unreadable`;
        else valuesLeftOut++;
        continue;
      }
      if (def.type === "factors") {
        const unknown = (value as string[]).filter((code) => !CIN_ASSESSMENT_FACTOR_CODES.has(code));
        for (const code of unknown) {
          valuesLeftOut++;
          problems.push({
            path: field,
            field: column,
            expected: "assessment factor codes of the census (1A to 24A, 20 or 21)",
            received: JSON.stringify(code),
            message: `${code} is not an assessment factor code of the census; it is left out`,
            code: "unknown_code",
            line: row.line,
            record: index + 1,
          });
        }
        if (unknown.length > 0) {
          record[field] = (value as string[]).filter((code) => CIN_ASSESSMENT_FACTOR_CODES.has(code)) as never;
          continue;
        }
      }
      record[field] = value as never;
    }
    if (skip === undefined) records.push(record);
    else tally.add(skip.startsWith("without") ? "required" : "invalid_value", skip);
  });
  const summary: ReadSummary = {
    file: fileName,
    records: records_,
    read: records.length,
    skipped: 0,
    skippedBy: [],
    valuesLeftOut,
  };
  const update = () => {
    summary.read = records.length - dropped.size;
    summary.skipped = tally.total;
    summary.skippedBy = tally.list();
  };
  const dropped = new Set<Row<F>>();
  update();
  return {
    records,
    problems,
    summary,
    skip(row, problem, reason) {
      if (dropped.has(row)) return;
      dropped.add(row);
      problems.push({ ...problem, line: row.line, record: row.record });
      tally.add(problem.code, reason);
      update();
    },
  };
}

function expectedFor(type: FieldType): string {
  switch (type) {
    case "date":
      return "a date written dd/mm/yyyy or YYYY-MM-DD";
    case "boolean":
      return "Y, N, true, false, 1 or 0";
    case "factors":
      return 'assessment factor codes, e.g. "3A,3B" or ["3A","3B"]';
    default:
      return "a value";
  }
}

function convert(type: FieldType, raw: string): string | boolean | string[] | undefined {
  switch (type) {
    case "string":
      return raw;
    case "date":
      return parseExtractDate(raw);
    case "boolean": {
      const yn = raw.toUpperCase();
      if (yn === "Y" || yn === "YES") return true;
      if (yn === "N" || yn === "NO") return false;
      return readCensusBoolean(raw);
    }
    case "factors":
      return factorList(raw);
  }
}

/**
 * Read a list of assessment factor codes however an extract writes it: a JSON array
 * (`["3A","4B"]`), a JSON object of flags (`{"3A":"Yes","4B":"No"}`, the Standard Safeguarding
 * Dataset's planned form), or codes separated by commas, semicolons, bars or spaces.
 * Returns `undefined` when it is none of these.
 */
export function parseFactorList(raw: string): string[] | undefined {
  checkTextArgument("parseFactorList", "raw", "Factor list", raw, "the text of an extract's factor list cell");
  return factorList(raw);
}

/** {@link parseFactorList} unchecked: an extract reads it for every row. */
function factorList(raw: string): string[] | undefined {
  const text = raw.trim();
  if (text === "" || text === "[]" || text === "{}") return [];
  if (text.startsWith("[") || text.startsWith("{")) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) {
        if (!parsed.every((v) => typeof v === "string" || typeof v === "number")) return undefined;
        return parsed.map((v) => String(v).trim().toUpperCase()).filter((v) => v !== "");
      }
      if (typeof parsed === "object" && parsed !== null) {
        return Object.entries(parsed as Record<string, unknown>)
          .filter(([, v]) => v === true || v === 1 || (typeof v === "string" && /^(y|yes|true|1)$/i.test(v.trim())))
          .map(([k]) => k.trim().toUpperCase());
      }
      return undefined;
    } catch {
      return undefined;
    }
  }
  const codes = text.split(/[\s,;|]+/).filter((c) => c !== "");
  if (!codes.every((c) => /^[0-9]{1,2}[A-Z]?$/i.test(c))) return undefined;
  return codes.map((c) => c.toUpperCase());
}

/** The SSDA903 episodes columns (`CHILD`, `DECOM`, `RNE`, `LS`, `CIN`, `DEC`, `REC`), as returned. */
export const ssda903EpisodeColumns: ColumnMapping<keyof Omit<CareEpisode, "line">> = {
  childId: "CHILD",
  startDate: "DECOM",
  reasonForNewEpisode: "RNE",
  legalStatus: "LS",
  categoryOfNeed: "CIN",
  endDate: "DEC",
  reasonEnded: "REC",
};

const careEpisodeFields: Record<keyof Omit<CareEpisode, "line">, FieldDef> = {
  childId: { type: "string", required: true, label: "the child's id" },
  startDate: { type: "date", required: true, label: "the date the episode started" },
  reasonForNewEpisode: { type: "string", required: true, label: "the reason for new episode" },
  legalStatus: { type: "string", required: false, label: "the legal status" },
  categoryOfNeed: { type: "string", required: false, label: "the category of need" },
  endDate: { type: "date", required: false, label: "the date the episode ceased" },
  reasonEnded: { type: "string", required: false, label: "the reason the episode ceased" },
};

/** Options for the extract readers. */
export interface ExtractOptions<F extends string> extends ReadAccountingOptions {
  /** The file's name, for problems and errors. */
  fileName?: string | undefined;
  /** Column names, when the file's differ from the standard ones. */
  columns?: ColumnMapping<F> | undefined;
}

/**
 * Read episodes of care: an SSDA903 episodes CSV as returned (`dd/mm/yyyy` dates), or any extract
 * with its columns mapped. A missing column is an error naming it; a row without a child id, start
 * date or reason for new episode is skipped and reported with its line.
 */
export function readCareEpisodes(
  text: string,
  options: ExtractOptions<keyof Omit<CareEpisode, "line">> = {},
): { episodes: CareEpisode[] } & ExtractProblems & ExtractRead {
  checkTextArgument("readCareEpisodes", "text", "Episodes file", text, "the text of an episodes CSV file");
  checkRecordArgument("readCareEpisodes", "options", options);
  const fileName = options.fileName ?? "episodes.csv";
  const read = readRows(
    text,
    careEpisodeFields,
    { ...ssda903EpisodeColumns, ...options.columns },
    fileName,
    "episodes of care",
  );
  const episodes = skipRepeats(read, (r) => `${r.childId}\u0000${r.startDate}`, "child and start date").map(
    ({ record: _record, ...e }) => e as unknown as CareEpisode,
  );
  checkRead(read.summary, options);
  return { episodes, problems: read.problems, summary: read.summary };
}

/** Read an SSDA903 header CSV (`CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB`). */
export function readSsda903Header(
  text: string,
  options: ExtractOptions<keyof Ssda903Child> = {},
): { children: Ssda903Child[] } & ExtractProblems & ExtractRead {
  checkTextArgument("readSsda903Header", "text", "SSDA903 header file", text, "the text of an SSDA903 header CSV file");
  checkRecordArgument("readSsda903Header", "options", options);
  const read = readRows(
    text,
    {
      childId: { type: "string", required: true, label: "the child's id" },
      sex: { type: "string", required: false, label: "sex" },
      birthDate: { type: "date", required: false, label: "date of birth" },
      ethnicity: { type: "string", required: false, label: "ethnicity" },
      upn: { type: "string", required: false, label: "UPN" },
    },
    { childId: "CHILD", sex: "SEX", birthDate: "DOB", ethnicity: "ETHNIC", upn: "UPN", ...options.columns },
    options.fileName ?? "header.csv",
    "children",
  );
  const children = skipRepeats(read, (r) => r.childId as string, "child").map(
    ({ line: _line, record: _record, ...rest }) => rest as unknown as Ssda903Child,
  );
  checkRead(read.summary, options);
  return { children, problems: read.problems, summary: read.summary };
}

/**
 * Read a referral-reason extract: one row a referral with the child's id, the referral date and
 * the referral issue as the borough records it. Default columns `child_id`, `referral_date`, `reason`.
 */
export function readReferralReasons(
  text: string,
  options: ExtractOptions<keyof ReferralReason> = {},
): { reasons: ReferralReason[] } & ExtractProblems & ExtractRead {
  checkTextArgument(
    "readReferralReasons",
    "text",
    "Referral reasons file",
    text,
    "the text of a referral reasons CSV file",
  );
  checkRecordArgument("readReferralReasons", "options", options);
  const read = readRows(
    text,
    {
      childId: { type: "string", required: true, label: "the child's id" },
      referralDate: { type: "date", required: true, label: "the referral date" },
      reason: { type: "string", required: false, label: "the referral issue" },
    },
    { childId: "child_id", referralDate: "referral_date", reason: "reason", ...options.columns },
    options.fileName ?? "referral-reasons.csv",
    "referral reasons",
  );
  for (const row of read.records) {
    if (row.reason !== undefined) continue;
    read.skip(
      row,
      {
        path: "reason",
        field: "reason",
        expected: "the referral issue",
        received: "an empty value",
        message: "row skipped: it gives no referral issue",
        code: "required",
      },
      "without the referral issue",
    );
  }
  const reasons = skipRepeats(
    { ...read, records: read.records.filter((r) => r.reason !== undefined) },
    (r) => `${r.childId}\u0000${r.referralDate}`,
    "child and referral date",
  ).map((r) => ({ childId: r.childId as string, referralDate: r.referralDate as string, reason: r.reason as string }));
  checkRead(read.summary, options);
  return { reasons, problems: read.problems, summary: read.summary };
}

/** Fields of a referral (CIN episode) extract. */
export type ReferralField =
  | "referralId"
  | "childId"
  | "referralDate"
  | "referralSource"
  | "primaryNeedCode"
  | "referralNfa"
  | "closureDate"
  | "reasonForClosure"
  | "referralIssue";
/** Fields of an assessment extract. */
export type AssessmentField = "assessmentId" | "referralId" | "childId" | "startDate" | "authorisationDate" | "factors";
/** Fields of an assessment-factors extract (factors in their own table, keyed by assessment). */
export type AssessmentFactorField = "assessmentId" | "factors";
/** Fields of a child protection plan extract. */
export type CpPlanField =
  | "planId"
  | "referralId"
  | "childId"
  | "startDate"
  | "endDate"
  | "initialCategoryOfAbuse"
  | "latestCategoryOfAbuse";
/** Fields of a legal status extract (to find the legal status at the start of a care episode). */
export type LegalStatusField = "childId" | "legalStatus" | "startDate" | "endDate";

/** Texts and column mappings of a set of record-level extracts. */
export interface RecordExtracts {
  /** Referrals (one row a CIN episode). Required. */
  referrals: { text: string; fileName?: string; columns: ColumnMapping<ReferralField> };
  /** Assessments, joined to referrals by referral id (or, without one, by child and date). */
  assessments?: { text: string; fileName?: string; columns: ColumnMapping<AssessmentField> } | undefined;
  /** Assessment factors in their own table, joined to assessments by assessment id. */
  assessmentFactors?: { text: string; fileName?: string; columns: ColumnMapping<AssessmentFactorField> } | undefined;
  /** Child protection plans, joined by referral id (or by child and date). */
  cpPlans?: { text: string; fileName?: string; columns: ColumnMapping<CpPlanField> } | undefined;
  /** Episodes of care. */
  careEpisodes?:
    | { text: string; fileName?: string; columns: ColumnMapping<keyof Omit<CareEpisode, "line">> }
    | undefined;
  /** Legal statuses, when the care episodes do not carry them (the Standard Safeguarding Dataset keeps them apart). */
  legalStatuses?: { text: string; fileName?: string; columns: ColumnMapping<LegalStatusField> } | undefined;
}

/** The Standard Safeguarding Dataset's column names for each table. */
export const ssdColumns = {
  referrals: {
    referralId: "cine_referral_id",
    childId: "cine_person_id",
    referralDate: "cine_referral_date",
    referralSource: "cine_referral_source_code",
    primaryNeedCode: "cine_cin_primary_need_code",
    referralNfa: "cine_referral_nfa",
    closureDate: "cine_close_date",
    reasonForClosure: "cine_close_reason",
  },
  assessments: {
    assessmentId: "cina_assessment_id",
    referralId: "cina_referral_id",
    childId: "cina_person_id",
    startDate: "cina_assessment_start_date",
    authorisationDate: "cina_assessment_auth_date",
  },
  assessmentFactors: { assessmentId: "cinf_assessment_id", factors: "cinf_assessment_factors_json" },
  cpPlans: {
    planId: "cppl_cp_plan_id",
    referralId: "cppl_referral_id",
    childId: "cppl_person_id",
    startDate: "cppl_cp_plan_start_date",
    endDate: "cppl_cp_plan_end_date",
    initialCategoryOfAbuse: "cppl_cp_plan_initial_category",
    latestCategoryOfAbuse: "cppl_cp_plan_latest_category",
  },
  careEpisodes: {
    childId: "clae_person_id",
    startDate: "clae_cla_episode_start_date",
    reasonForNewEpisode: "clae_cla_episode_start_reason",
    categoryOfNeed: "clae_cla_primary_need_code",
    endDate: "clae_cla_episode_ceased",
    reasonEnded: "clae_cla_episode_ceased_reason",
  },
  legalStatuses: {
    childId: "lega_person_id",
    legalStatus: "lega_legal_status",
    startDate: "lega_legal_status_start_date",
    endDate: "lega_legal_status_end_date",
  },
} as const;

/** The file names the Standard Safeguarding Dataset's tables are usually exported as. */
export const ssdFileNames = {
  referrals: "ssd_cin_episodes.csv",
  assessments: "ssd_cin_assessments.csv",
  assessmentFactors: "ssd_assessment_factors.csv",
  cpPlans: "ssd_cp_plans.csv",
  careEpisodes: "ssd_cla_episodes.csv",
  legalStatuses: "ssd_legal_status.csv",
} as const;

/** Children and care episodes assembled from record-level extracts. */
export interface AssembledExtracts extends ExtractProblems {
  /** What reading each table found, in the order read. */
  reads: ReadSummary[];
  /** One record a child, with their episodes, assessments and plans joined. */
  children: CinChild[];
  /** Episodes of care, with legal statuses filled in from the legal status table when given. */
  careEpisodes: CareEpisode[];
}

/**
 * Assemble children from record-level extracts (the Standard Safeguarding Dataset, or any extract
 * with its columns mapped). Assessments and plans join to referrals by referral id, or, when the
 * extract has none, to the child's episode open on the assessment's (plan's) date. Rows that join
 * to nothing are reported, never dropped silently.
 */
export function assembleExtracts(extracts: RecordExtracts, options: ReadAccountingOptions = {}): AssembledExtracts {
  if (typeof extracts !== "object" || extracts === null || Array.isArray(extracts))
    checkArgument(extracts, "record", {
      fn: "assembleExtracts",
      argument: "extracts",
      label: "Record extracts",
      expected: "the record extracts (referrals, assessments, plans...) as text",
    });
  if (typeof extracts.referrals?.text !== "string")
    checkArgument(extracts.referrals?.text, "text", {
      fn: "assembleExtracts",
      argument: "extracts.referrals.text",
      label: "Referrals extract",
      expected: "the text of the referrals extract (required)",
    });
  checkRecordArgument("assembleExtracts", "options", options);
  const problems: Problem[] = [];
  const reads: ReadSummary[] = [];
  const referralFields: Record<ReferralField, FieldDef> = {
    referralId: { type: "string", required: false, label: "the referral id" },
    childId: { type: "string", required: true, label: "the child's id" },
    referralDate: { type: "date", required: true, label: "the referral date" },
    referralSource: { type: "string", required: false, label: "the referral source" },
    primaryNeedCode: { type: "string", required: false, label: "the primary need code" },
    referralNfa: { type: "boolean", required: false, label: "referral NFA" },
    closureDate: { type: "date", required: false, label: "the closure date" },
    reasonForClosure: { type: "string", required: false, label: "the reason for closure" },
    referralIssue: { type: "string", required: false, label: "the referral issue" },
  };
  const referrals = readRows(
    extracts.referrals.text,
    referralFields,
    extracts.referrals.columns,
    extracts.referrals.fileName ?? "referrals.csv",
    "referrals",
  );
  const referralRows = skipRepeats(
    referrals,
    (r) => (r.referralId === undefined ? `\u0000${r.line}` : (r.referralId as string)),
    "referral id",
  );

  const children = new Map<string, CinChild>();
  const byReferralId = new Map<string, CinEpisode>();
  const episodesOf = new Map<string, CinEpisode[]>();
  for (const row of referralRows) {
    const childId = row.childId as string;
    let child = children.get(childId);
    if (!child) {
      child = { childId, disabilities: [], episodes: [] };
      children.set(childId, child);
      episodesOf.set(childId, child.episodes);
    }
    const episode = emptyEpisode();
    episode.referralDate = row.referralDate as string;
    if (row.referralSource !== undefined) episode.referralSource = row.referralSource as string;
    if (row.primaryNeedCode !== undefined) episode.primaryNeedCode = row.primaryNeedCode as string;
    if (row.referralNfa !== undefined) episode.referralNfa = row.referralNfa as boolean;
    if (row.closureDate !== undefined) episode.closureDate = row.closureDate as string;
    if (row.reasonForClosure !== undefined) episode.reasonForClosure = row.reasonForClosure as string;
    if (row.referralIssue !== undefined) episode.referralIssue = row.referralIssue as string;
    child.episodes.push(episode);
    if (row.referralId !== undefined) byReferralId.set(row.referralId as string, episode);
  }

  const findEpisode = (
    referralId: string | undefined,
    childId: string | undefined,
    date: string | undefined,
  ): CinEpisode | undefined => {
    if (referralId !== undefined) return byReferralId.get(referralId);
    if (childId === undefined || date === undefined) return undefined;
    let best: CinEpisode | undefined;
    for (const e of episodesOf.get(childId) ?? []) {
      if (e.referralDate !== undefined && e.referralDate <= date && (!best || e.referralDate > best.referralDate!)) {
        best = e;
      }
    }
    return best;
  };

  if (extracts.assessments) {
    const factorsById = new Map<string, string[]>();
    if (extracts.assessmentFactors) {
      const f = readRows(
        extracts.assessmentFactors.text,
        {
          assessmentId: { type: "string", required: true, label: "the assessment id" },
          factors: { type: "factors", required: false, label: "the assessment factors" },
        },
        extracts.assessmentFactors.columns,
        extracts.assessmentFactors.fileName ?? "assessment-factors.csv",
        "assessment factor rows",
      );
      appendAll(problems, f.problems);
      reads.push(f.summary);
      for (const row of f.records) {
        const list = factorsById.get(row.assessmentId as string) ?? [];
        appendAll(list, (row.factors as string[] | undefined) ?? []);
        factorsById.set(row.assessmentId as string, list);
      }
    }
    const fileName = extracts.assessments.fileName ?? "assessments.csv";
    const a = readRows(
      extracts.assessments.text,
      {
        assessmentId: { type: "string", required: false, label: "the assessment id" },
        referralId: { type: "string", required: false, label: "the referral id" },
        childId: { type: "string", required: false, label: "the child's id" },
        startDate: { type: "date", required: false, label: "the assessment start date" },
        authorisationDate: { type: "date", required: false, label: "the assessment authorisation date" },
        factors: { type: "factors", required: false, label: "the assessment factors" },
      },
      extracts.assessments.columns,
      fileName,
      "assessments",
    );
    a.records.forEach((row) => {
      const episode = findEpisode(
        row.referralId as string | undefined,
        row.childId as string | undefined,
        (row.startDate ?? row.authorisationDate) as string | undefined,
      );
      if (!episode) {
        a.skip(row, unjoined(fileName, "assessment"), "matching no referral");
        return;
      }
      const assessment: CinAssessment = {
        factors: [
          ...((row.factors as string[] | undefined) ?? []),
          ...(row.assessmentId !== undefined ? (factorsById.get(row.assessmentId as string) ?? []) : []),
        ],
      };
      if (row.startDate !== undefined) assessment.startDate = row.startDate as string;
      if (row.authorisationDate !== undefined) assessment.authorisationDate = row.authorisationDate as string;
      episode.assessments.push(assessment);
    });
    appendAll(problems, a.problems);
    reads.push(a.summary);
  }

  if (extracts.cpPlans) {
    const fileName = extracts.cpPlans.fileName ?? "cp-plans.csv";
    const p = readRows(
      extracts.cpPlans.text,
      {
        planId: { type: "string", required: false, label: "the plan id" },
        referralId: { type: "string", required: false, label: "the referral id" },
        childId: { type: "string", required: false, label: "the child's id" },
        startDate: { type: "date", required: true, label: "the plan start date" },
        endDate: { type: "date", required: false, label: "the plan end date" },
        initialCategoryOfAbuse: { type: "string", required: false, label: "the initial category of abuse" },
        latestCategoryOfAbuse: { type: "string", required: false, label: "the latest category of abuse" },
      },
      extracts.cpPlans.columns,
      fileName,
      "child protection plans",
    );
    p.records.forEach((row) => {
      const episode = findEpisode(
        row.referralId as string | undefined,
        row.childId as string | undefined,
        row.startDate as string,
      );
      if (!episode) {
        p.skip(row, unjoined(fileName, "child protection plan"), "matching no referral");
        return;
      }
      const plan: CinCpPlan = { startDate: row.startDate as string, reviewDates: [] };
      if (row.endDate !== undefined) plan.endDate = row.endDate as string;
      if (row.initialCategoryOfAbuse !== undefined) plan.initialCategoryOfAbuse = row.initialCategoryOfAbuse as string;
      if (row.latestCategoryOfAbuse !== undefined) plan.latestCategoryOfAbuse = row.latestCategoryOfAbuse as string;
      episode.cpPlans.push(plan);
    });
    appendAll(problems, p.problems);
    reads.push(p.summary);
  }

  let careEpisodes: CareEpisode[] = [];
  if (extracts.careEpisodes) {
    const read = readRows(
      extracts.careEpisodes.text,
      careEpisodeFields,
      extracts.careEpisodes.columns,
      extracts.careEpisodes.fileName ?? "care-episodes.csv",
      "episodes of care",
    );
    careEpisodes = skipRepeats(read, (r) => `${r.childId}\u0000${r.startDate}`, "child and start date").map(
      ({ record: _record, ...e }) => e as unknown as CareEpisode,
    );
    appendAll(problems, read.problems);
    reads.push(read.summary);
    if (extracts.legalStatuses) {
      const l = readRows(
        extracts.legalStatuses.text,
        {
          childId: { type: "string", required: true, label: "the child's id" },
          legalStatus: { type: "string", required: true, label: "the legal status" },
          startDate: { type: "date", required: true, label: "the legal status start date" },
          endDate: { type: "date", required: false, label: "the legal status end date" },
        },
        extracts.legalStatuses.columns,
        extracts.legalStatuses.fileName ?? "legal-statuses.csv",
        "legal statuses",
      );
      appendAll(problems, l.problems);
      reads.push(l.summary);
      const byChild = new Map<string, { legalStatus: string; startDate: string; endDate?: string }[]>();
      for (const row of l.records) {
        const list = byChild.get(row.childId as string) ?? [];
        list.push({
          legalStatus: row.legalStatus as string,
          startDate: row.startDate as string,
          ...(row.endDate !== undefined ? { endDate: row.endDate as string } : {}),
        });
        byChild.set(row.childId as string, list);
      }
      for (const episode of careEpisodes) {
        if (episode.legalStatus !== undefined) continue;
        // The legal status in force on the start date: started on or before it, not ended before it.
        const status = (byChild.get(episode.childId) ?? [])
          .filter(
            (s) => s.startDate <= episode.startDate && (s.endDate === undefined || s.endDate >= episode.startDate),
          )
          .sort((a, b) => (a.startDate < b.startDate ? 1 : -1))[0];
        if (status) episode.legalStatus = status.legalStatus;
      }
    }
  }
  // Referrals are read first and checked last, after the repeats are known; the other tables may be empty.
  appendAll(problems, referrals.problems);
  reads.unshift(referrals.summary);
  checkRead(referrals.summary, options);
  for (const read of reads.slice(1)) checkRead(read, options, true);
  return { children: [...children.values()], careEpisodes, problems, reads };
}

function unjoined(fileName: string, what: string): Omit<Problem, "line" | "record"> {
  return {
    path: "",
    field: fileName,
    expected: `a referral for the ${what} to belong to`,
    received: "no matching referral",
    message: `${what} skipped: it matches no referral in the referrals extract`,
    code: "unjoined_row",
  };
}
