/**
 * The complaint record: one complaint as the proforma records it, defined by a zod schema from which
 * its TypeScript type, its JSON Schema and its data dictionary all come, and declared as a
 * versioned record so that every stored complaint carries its schema version.
 * @module
 */

import { appendAll, describeValue, type Problem, StValidationError } from "@st/core";
import { isIsoDate } from "@st/core/calendar";
import { type FormDefinition, type FormQuestion, yesNoSchema } from "@st/core/forms";
import { localAuthorityCodeSchema } from "@st/core/places";
import { defaultTerminology, renderLabel, type TerminologyProfile } from "@st/core/practice";
import {
  defineMigration,
  defineRecord,
  MAX_CELL_TEXT_LENGTH,
  type ReadRecordOptions,
  type RecordsCheck,
  type VersionedRecord,
} from "@st/core/records";
import * as z from "zod";
// $ZodCheck from zod/v4/core, not z.core.$ZodCheck: reading z.core keeps all of zod (with its locales) in a browser bundle.
import { $ZodCheck } from "zod/v4/core";
import { checkListArgument, checkRecordArgument } from "./arguments.js";
import {
  COMPLAINANT_ROLES,
  COPIED_IN,
  COUNTER_ACCUSATION_KINDS,
  complaintsProforma,
  FORMALITY,
  proformaAtVersion,
  STATUSES,
  THREATENED_TO,
  UNREASONABLE_OUTCOMES,
  UPHELD,
  WORKER_IMPACTS,
  WORKER_SUPPORT,
} from "./proforma.js";
import { type QuickRead, quickRecordReader } from "./quick-accept.js";
import { checkFollowUps, checkLocalAnswers, checkProcedureDates, questionsById } from "./rules.js";

/**
 * The schema version records are written with. Readers accept every earlier version: version 1
 * records (the published draft's questions) are read as version 2 records with the questions
 * version 2 added unanswered.
 */
export const COMPLAINT_SCHEMA_VERSION = 2;

/** @deprecated Use `MAX_CELL_TEXT_LENGTH` from `@st/core/records`, the one limit every package checks; this name will be removed in the next major version. */
export const MAX_TEXT_LENGTH = MAX_CELL_TEXT_LENGTH;

// Characters an .xlsx file (XML 1.0) cannot hold, and lone surrogates (not Unicode text at all).
const UNSTORABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters a spreadsheet cannot hold
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const values = <T extends { value: string }>(options: readonly T[]) =>
  options.map((o) => o.value) as [T["value"], ...T["value"][]];

/** What is wrong with a text answer, if anything: the first of blank, too long, unstorable. */
function textProblem(value: string): { message: string; code: string; expected: string } | undefined {
  if (value.trim() === "")
    return {
      message: "is blank; leave the field out when there is no answer",
      code: "blank",
      expected: "text, or no field at all",
    };
  if (value.length > MAX_CELL_TEXT_LENGTH)
    return {
      message: `is longer than a spreadsheet cell holds (${MAX_CELL_TEXT_LENGTH} characters)`,
      code: "too_long",
      expected: `at most ${MAX_CELL_TEXT_LENGTH} characters`,
    };
  if (UNSTORABLE.test(value))
    return {
      message: "contains a control character or broken Unicode that a spreadsheet cannot hold",
      code: "invalid_text",
      expected: "printable text",
    };
  return undefined;
}

/**
 * Free text: not blank, storable in a spreadsheet cell. A plain check rather than `superRefine`,
 * which builds an `addIssue` function on every call: this runs for every text answer of every record.
 */
const text = z
  .string()
  .check((payload) => {
    const problem = textProblem(payload.value);
    if (problem)
      payload.issues.push({
        code: "custom",
        message: problem.message,
        params: { code: problem.code, expected: problem.expected },
        input: payload.value,
        continue: true,
      });
  })
  .meta({ maxLength: MAX_CELL_TEXT_LENGTH, pattern: "\\S" });

const isoDate = z
  .string()
  .refine(isIsoDate, {
    message: "is not a date written YYYY-MM-DD",
    params: { code: "invalid_date", expected: "a date written YYYY-MM-DD" },
    abort: true,
  })
  .meta({ format: "date" });

/**
 * The dates the procedure can have: from 1 September 2006, when the regulations came into force,
 * to the end of 2099, within the working-day calendar. Catches typed years such as 2205.
 */
export const PROCEDURE_DATES = { from: "2006-09-01", to: "2099-12-31" } as const;

const procedureDate = isoDate
  .refine((d) => d >= PROCEDURE_DATES.from && d <= PROCEDURE_DATES.to, {
    message: `is outside the dates the procedure covers (${PROCEDURE_DATES.from} to ${PROCEDURE_DATES.to})`,
    params: { code: "out_of_range", expected: `a date from ${PROCEDURE_DATES.from} to ${PROCEDURE_DATES.to}` },
  })
  .meta({ format: "date", formatMinimum: PROCEDURE_DATES.from, formatMaximum: PROCEDURE_DATES.to });

const yesNo = yesNoSchema;
const count = z.int().min(0, { message: "cannot be negative" });

/** A non-empty list of distinct options. */
function choices<const T extends readonly [string, ...string[]]>(options: T) {
  return z
    .array(z.enum(options))
    .min(1, { message: "is an empty list; leave the field out when there is no answer" })
    .refine((list) => new Set(list).size === list.length, {
      message: "lists the same answer twice",
      params: { code: "duplicate", expected: "each answer once" },
    })
    .meta({ uniqueItems: true });
}

// The codes a file holds are few (its boroughs) and repeat on every record: check each once.
const knownCodes = new Map<string, boolean>();
function isLocalAuthorityCode(code: string): boolean {
  let known = knownCodes.get(code);
  if (known === undefined) {
    known = localAuthorityCodeSchema.safeParse(code).success;
    if (knownCodes.size < 1000) knownCodes.set(code, known);
  }
  return known;
}

const borough = z
  .string()
  .refine(isLocalAuthorityCode, {
    message: "is not the GSS code of a local authority",
    params: { code: "invalid_borough", expected: "a GSS code such as E09000012 (Hackney)" },
  })
  .meta({ pattern: "^(E0[6-9]|E10|W06)[0-9]{6}$" });

const complaintSectionSchemaV1 = z.strictObject({
  reference: text,
  borough,
  received: procedureDate,
  complainantRole: z.enum(values(COMPLAINANT_ROLES)),
  complainantOther: text.optional(),
  matterArose: isoDate.optional(),
  caseRef: text.optional(),
  workerRef: text.optional(),
  team: text.optional(),
  status: z.enum(values(STATUSES)),
});

/** The register fields the proforma assumes, and (since version 2) whether the complaint was formal. */
export const complaintSectionSchema = complaintSectionSchemaV1.extend({
  formality: z.enum(values(FORMALITY)).optional(),
});

const contentSectionSchemaV1 = z.strictObject({
  socialWorkerActions: yesNo.optional(),
  policeNfa: yesNo.optional(),
  counterAccusations: yesNo.optional(),
  counterAccusationKinds: choices(values(COUNTER_ACCUSATION_KINDS)).optional(),
  counterAccusationOther: text.optional(),
  notInvolvedInAssessment: yesNo.optional(),
  anythingElse: text.optional(),
});

/**
 * What the complaint contains: the proforma's first part, and (since version 2) the four
 * conventions the briefing names that the draft did not ask about.
 */
export const contentSectionSchema = contentSectionSchemaV1.extend({
  lengthy: yesNo.optional(),
  denialMinimisation: yesNo.optional(),
  playingOff: yesNo.optional(),
  threatsToStaff: yesNo.optional(),
});

const investigationSectionSchemaV1 = z.strictObject({
  resolvedBeforeStage1: yesNo.optional(),
  resolvedBeforeStage1How: text.optional(),
  resolvedAtStage1: yesNo.optional(),
  resolvedAtStage1How: text.optional(),
  desiredOutcomeClarified: yesNo.optional(),
  earlyTeamMeeting: yesNo.optional(),
  investigated: yesNo.optional(),
  stageReached: z.literal([1, 2, 3]).optional(),
  upheld: z.enum(values(UPHELD)).optional(),
  upheldWhat: text.optional(),
});

/** Details of investigation: the proforma's second part, and (since version 2) the unreasonable or vexatious route. */
export const investigationSectionSchema = investigationSectionSchemaV1.extend({
  unreasonableRoute: yesNo.optional(),
  unreasonableOutcome: z.enum(values(UNREASONABLE_OUTCOMES)).optional(),
  unreasonableOutcomeOther: text.optional(),
});

/** During the process: the proforma's third part. */
export const processSectionSchema = z.strictObject({
  emails: count.optional(),
  phoneCalls: count.optional(),
  copiedInOthers: yesNo.optional(),
  copiedIn: choices(values(COPIED_IN)).optional(),
  copiedInOther: text.optional(),
  threatenedToTakeItAllTheWay: yesNo.optional(),
  threatenedTo: choices(values(THREATENED_TO)).optional(),
  unreasonableExpectations: yesNo.optional(),
  unreasonableExpectationsWhat: text.optional(),
});

/** The worker complained about: the impact on them and the support offered (since version 2). */
export const workerSectionSchema = z.strictObject({
  impactReported: yesNo.optional(),
  impact: choices(values(WORKER_IMPACTS)).optional(),
  impactOther: text.optional(),
  supportOffered: yesNo.optional(),
  support: choices(values(WORKER_SUPPORT)).optional(),
  supportOther: text.optional(),
});

/** Learnings: the proforma's fourth part. */
export const learningsSectionSchema = z.strictObject({
  forPractice: text.optional(),
  otherInformation: text.optional(),
});

/** The dates of the statutory stages. */
export const stagesSectionSchema = z.strictObject({
  stage1Extended: yesNo.optional(),
  stage1Response: procedureDate.optional(),
  stage2Requested: procedureDate.optional(),
  stage2Extended: yesNo.optional(),
  stage2Response: procedureDate.optional(),
  stage3Requested: procedureDate.optional(),
  panelHeld: procedureDate.optional(),
  panelReport: procedureDate.optional(),
  stage3Response: procedureDate.optional(),
  ombudsmanReferral: procedureDate.optional(),
});

/** Answers to a borough's own questions (ids `local.*` in its adapted definition). */
export const localSectionSchema = z.record(
  z.string(),
  z.union([text, z.number(), z.array(z.union([z.string(), z.number()]))]),
);

/**
 * The zod schema of a version 1 record's shape (the published draft's questions and the register
 * fields), without the rules across fields: what records written before version 2 hold.
 */
export const complaintRecordSchemaV1 = z.strictObject({
  // Absent is read as empty, so each missing required answer is named rather than the section.
  complaint: complaintSectionSchemaV1.prefault({} as never),
  content: contentSectionSchemaV1.optional(),
  investigation: investigationSectionSchemaV1.optional(),
  process: processSectionSchema.optional(),
  learnings: learningsSectionSchema.optional(),
  stages: stagesSectionSchema.optional(),
  local: localSectionSchema.optional(),
});

const structure = z.strictObject({
  complaint: complaintSectionSchema.prefault({} as never),
  content: contentSectionSchema.optional(),
  investigation: investigationSectionSchema.optional(),
  process: processSectionSchema.optional(),
  worker: workerSectionSchema.optional(),
  learnings: learningsSectionSchema.optional(),
  stages: stagesSectionSchema.optional(),
  local: localSectionSchema.optional(),
});

/**
 * The record schema under a definition: the structure plus the definition's conditional rules
 * (follow-ups, {@link PROCEDURE_DATE_ORDER}), whose messages name questions by the definition's labels.
 */
export function complaintSchemaFor(definition: FormDefinition, terminology: TerminologyProfile = defaultTerminology) {
  checkRecordArgument("complaintSchemaFor", "definition", definition);
  checkRecordArgument("complaintSchemaFor", "terminology", terminology);
  return withRules(structure, definition, terminology);
}

function withRules<S extends typeof structure | typeof complaintRecordSchemaV1>(
  shape: S,
  definition: FormDefinition,
  terminology: TerminologyProfile,
): S {
  const render = (text: string) => renderLabel(text, terminology);
  // Run the rules even when the structure has problems (`when`), so every problem is reported at
  // once. A plain check rather than `superRefine`, which builds an `addIssue` function per record.
  const rules = new $ZodCheck({ check: "custom", when: () => true });
  rules._zod.check = (payload) => {
    const record = payload.value;
    const violations = checkFollowUps(definition, record);
    appendAll(violations, checkProcedureDates(definition, record));
    appendAll(violations, checkLocalAnswers(definition, record));
    for (const v of violations) {
      payload.issues.push({
        code: "custom",
        path: v.path.split("."),
        message: render(v.message),
        params: { code: v.code, expected: v.expected },
        input: record,
        continue: true,
      });
    }
  };
  return (shape as typeof complaintRecordSchemaV1).check(rules as never) as S;
}

/** The zod schema of a complaint record under the partnership's proforma (without `schemaVersion`). */
export const complaintRecordSchema = complaintSchemaFor(complaintsProforma);

/** One complaint, as the proforma records it. Stored, it also carries `schemaVersion`. */
export type ComplaintRecord = z.infer<typeof complaintRecordSchema>;

/** One complaint as a version 1 record held it (the published draft's questions only). */
export type ComplaintRecordV1 = z.infer<typeof complaintRecordSchemaV1>;

/**
 * Bring a version 1 record up to version 2: every answer kept where it was; the questions
 * version 2 added (formal or informal, the four further conventions, the unreasonable or
 * vexatious route, the worker complained about) are left unanswered, never guessed.
 */
export function migrateComplaintV1(record: ComplaintRecordV1): ComplaintRecord {
  checkRecordArgument("migrateComplaintV1", "record", record);
  // Version 2 only adds optional questions, so a version 1 record is already a version 2 record.
  return record;
}

/** A stored complaint record: a {@link ComplaintRecord} with its `schemaVersion`. */
export type StoredComplaintRecord = { schemaVersion: typeof COMPLAINT_SCHEMA_VERSION } & ComplaintRecord;

/** The versioned complaint record type under a definition, as `@st/core`'s `defineRecord` declares it. */
export type ComplaintRecordType = VersionedRecord<typeof complaintRecordSchema, typeof COMPLAINT_SCHEMA_VERSION>;

/** The labels of every question, keyed by dotted id, resolved through a terminology profile. */
export function fieldLabels(
  definition: FormDefinition = complaintsProforma,
  terminology: TerminologyProfile = defaultTerminology,
): Record<string, string> {
  checkRecordArgument("fieldLabels", "definition", definition);
  checkRecordArgument("fieldLabels", "terminology", terminology);
  const labels: Record<string, string> = {};
  for (const section of definition.sections) {
    labels[section.id] = renderLabel(section.title, terminology);
    for (const q of section.questions) {
      labels[q.id] = renderLabel(q.label, terminology);
      if (q.type === "multiChoice") labels[`${q.id}.*`] = labels[q.id]!;
    }
  }
  return labels;
}

const recordTypes = new WeakMap<FormDefinition, WeakMap<TerminologyProfile, ComplaintRecordType>>();

/** For each record type, a reader that returns what the type would for a sound record, without zod's bookkeeping. */
const quickReaders = new WeakMap<ComplaintRecordType, (input: unknown) => QuickRead<ComplaintRecord> | undefined>();

/**
 * The complaint record type for a definition (a borough's adapted proforma) and a terminology
 * profile: `parse`, `safeParse`, `parseAll`, `safeParseAll`, `write` and `jsonSchema`, with every
 * problem naming the field by the definition's label.
 */
export function complaintRecordType(
  definition: FormDefinition = complaintsProforma,
  terminology: TerminologyProfile = defaultTerminology,
): ComplaintRecordType {
  checkRecordArgument("complaintRecordType", "definition", definition);
  checkRecordArgument("complaintRecordType", "terminology", terminology);
  let byProfile = recordTypes.get(definition);
  if (!byProfile) {
    byProfile = new WeakMap();
    recordTypes.set(definition, byProfile);
  }
  let type = byProfile.get(terminology);
  if (!type) {
    const v1 = proformaAtVersion(definition, 1);
    const v1Schema = withRules(complaintRecordSchemaV1, v1, terminology);
    const schema =
      definition === complaintsProforma && terminology === defaultTerminology
        ? complaintRecordSchema
        : complaintSchemaFor(definition, terminology);
    type = defineRecord({
      name: "complaint",
      version: COMPLAINT_SCHEMA_VERSION,
      schema,
      labels: fieldLabels(definition, terminology),
      description: renderLabel(definition.description ?? definition.title, terminology),
      migrations: {
        // Checked against version 1's own questions, so its problems read as they always did.
        1: defineMigration(v1Schema, migrateComplaintV1, { labels: fieldLabels(v1, terminology) }),
      },
    });
    quickReaders.set(type, quickRecordReader([v1Schema, schema], [migrateComplaintV1]));
    byProfile.set(terminology, type);
  }
  return type;
}

/** The partnership's complaint record type: read any version, write the current one, JSON Schema. */
export const complaintRecord: ComplaintRecordType = complaintRecordType();

/** Options for reading complaint records. */
export interface ParseComplaintOptions extends ReadRecordOptions {
  /** A borough's adapted proforma, whose labels the problems use. */
  definition?: FormDefinition;
  /** The words to use in labels. */
  terminology?: TerminologyProfile;
}

/** What an answer to a question must be, in words, naming the values a record stores. */
export function describeExpected(question: FormQuestion): string {
  checkRecordArgument("describeExpected", "question", question);
  const quoted = (v: string | number) => (typeof v === "number" ? String(v) : `"${v}"`);
  const list = (vs: readonly (string | number)[]) =>
    vs.length <= 2 ? vs.map(quoted).join(" or ") : `${vs.slice(0, -1).map(quoted).join(", ")} or ${quoted(vs.at(-1)!)}`;
  switch (question.type) {
    case "choice":
      return list(question.options.map((o) => o.value));
    case "multiChoice":
      return `a list of one or more of ${list(question.options.map((o) => o.value))}`;
    case "integer":
      return "a whole number, 0 or more";
    case "date":
      return "a date written YYYY-MM-DD";
    case "yesNo":
      return '"yes" or "no"';
    default:
      return question.id === "complaint.borough" ? "a GSS code such as E09000012 (Hackney)" : "text";
  }
}

const OWN_EXPECTATION = new Set([
  "invalid_answer",
  "unknown_field",
  "not_applicable",
  "date_order",
  "blank",
  "too_long",
  "invalid_text",
  "out_of_range",
  "duplicate",
]);

/**
 * Tell problems in the proforma's terms: what each question expects, named by the values a record
 * stores (a closed question left empty is already `required`, from `@st/core`); and a wrong item of a multiple-choice answer
 * (`process.copiedIn.1`) at its question, so a reader, a form or a spreadsheet cell can point at it.
 */
function inProformaTerms(problems: Problem[], definition: FormDefinition): Problem[] {
  const questions = questionsById(definition);
  return problems.map((problem) => {
    let p = problem;
    const item = /^(.*)\.(\d+)$/.exec(p.path);
    if (item) p = { ...p, path: item[1]!, message: `lists ${p.received}, which ${p.message}` };
    const question = questions.get(p.path);
    if (question && !OWN_EXPECTATION.has(p.code)) p = { ...p, expected: describeExpected(question) };
    return p;
  });
}

/** What {@link safeParseComplaint} gives: the record read (and the version it was written in), or its problems. */
export type ReadComplaintResult =
  | { ok: true; value: ComplaintRecord; fromVersion: number }
  | { ok: false; problems: Problem[] };

/**
 * Read one record under a definition and profile: a sound record without zod's bookkeeping, anything
 * else as the record type reads it, its problems in the proforma's terms. `record` numbers the
 * problems (the options are built only for a record that has some: this runs for every record of a file).
 */
function complaintReader(definition: FormDefinition | undefined, terminology: TerminologyProfile | undefined) {
  const type = complaintRecordType(definition, terminology);
  const quick = quickReaders.get(type);
  return (input: unknown, read: ReadRecordOptions, record?: number): ReadComplaintResult => {
    const accepted = quick?.(input);
    if (accepted) return accepted;
    const result = type.safeParse(input, record === undefined ? read : { ...read, record });
    return result.ok
      ? result
      : { ok: false, problems: inProformaTerms(result.problems, definition ?? complaintsProforma) };
  };
}

/** Read one complaint record of any schema version, returning it (current shape) or every problem found. Never throws. */
export function safeParseComplaint(input: unknown, options: ParseComplaintOptions = {}): ReadComplaintResult {
  checkRecordArgument("safeParseComplaint", "options", options);
  const { definition, terminology, ...read } = options;
  return complaintReader(definition, terminology)(input, read);
}

/**
 * Read one complaint record of any schema version.
 * @throws {@link @st/core!index.StValidationError} carrying every problem found; coded `invalid_type`
 * (and also a `TypeError`) when `options` is not an object.
 */
export function parseComplaint(input: unknown, options: ParseComplaintOptions = {}): ComplaintRecord {
  checkRecordArgument("parseComplaint", "options", options);
  const result = safeParseComplaint(input, options);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "complaint record" });
  return result.value;
}

/** What {@link checkComplaints} found in a list of records: the shape every batch checker gives. */
export type ComplaintsCheck = RecordsCheck<ComplaintRecord>;

/**
 * Check a list of complaint records, numbering them from 1: every problem of every record at once,
 * plus a reference repeated within a borough (the repeat is left out of `records`, since the same
 * complaint entered twice would be counted twice).
 * @throws {@link @st/core!index.StValidationError} (also a `TypeError`) coded `invalid_type` when `inputs`
 * is not a list or `options` not an object; a record's own problems are returned, never thrown.
 */
export function checkComplaints(
  inputs: readonly unknown[],
  options: Omit<ParseComplaintOptions, "record"> = {},
): ComplaintsCheck {
  checkListArgument("checkComplaints", "inputs", inputs);
  checkRecordArgument("checkComplaints", "options", options);
  const records: ComplaintRecord[] = [];
  const recordNumbers: number[] = [];
  const problems: Problem[] = [];
  // The first record of each reference, by borough then reference: no key string built per record.
  const seen = new Map<string, Map<string, number>>();
  const { definition, terminology, ...read } = options;
  const readOne = complaintReader(definition, terminology);
  inputs.forEach((input, i) => {
    const result = readOne(input, read, i + 1);
    if (!result.ok) {
      appendAll(problems, result.problems);
      return;
    }
    const { borough, reference } = result.value.complaint;
    let references = seen.get(borough);
    if (!references) {
      references = new Map();
      seen.set(borough, references);
    }
    const first = references.get(reference);
    if (first !== undefined) {
      problems.push({
        record: i + 1,
        path: "complaint.reference",
        field: fieldLabels(definition, terminology)["complaint.reference"]!,
        expected: "a reference used once in the borough",
        received: JSON.stringify(reference),
        message: `repeats the reference of record ${first}`,
        code: "duplicate_reference",
      });
      return;
    }
    references.set(reference, i + 1);
    records.push(result.value);
    recordNumbers.push(i + 1);
  });
  return { records, recordNumbers, problems, total: inputs.length };
}

/**
 * {@link checkComplaints} as a result: every record, or every problem (one coded `invalid_type`
 * when `inputs` is not a list).
 * @throws {@link @st/core!index.StValidationError} (also a `TypeError`) when `options` is not an object.
 */
export function safeParseComplaints(
  inputs: readonly unknown[],
  options: Omit<ParseComplaintOptions, "record"> = {},
): { ok: true; value: ComplaintRecord[] } | { ok: false; problems: Problem[] } {
  checkRecordArgument("safeParseComplaints", "options", options);
  if (!Array.isArray(inputs)) {
    const problem: Problem = {
      path: "",
      field: "Complaint records",
      expected: "a list of complaint records",
      received: describeValue(inputs),
      message: "is not a list of complaint records",
      code: "invalid_type",
    };
    return { ok: false, problems: [problem] };
  }
  const { records, problems } = checkComplaints(inputs, options);
  return problems.length ? { ok: false, problems } : { ok: true, value: records };
}

/**
 * Read a list of complaint records.
 * @throws {@link @st/core!index.StValidationError} carrying every problem of every record.
 */
export function parseComplaints(
  inputs: readonly unknown[],
  options: Omit<ParseComplaintOptions, "record"> = {},
): ComplaintRecord[] {
  checkListArgument("parseComplaints", "inputs", inputs);
  checkRecordArgument("parseComplaints", "options", options);
  const result = safeParseComplaints(inputs, options);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "complaint records" });
  return result.value;
}

/**
 * The stored form of a complaint: checked, and stamped with the current `schemaVersion`.
 * @throws {@link @st/core!index.StValidationError} when the record is not valid: a writer never writes a bad record.
 */
export function writeComplaint(record: ComplaintRecord): StoredComplaintRecord {
  return complaintRecord.write(record) as StoredComplaintRecord;
}
