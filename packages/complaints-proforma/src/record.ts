/**
 * The complaint record: one complaint as the proforma records it, defined by a zod schema from which
 * its TypeScript type, its JSON Schema and its data dictionary all come.
 * @module
 */
import { describeValue, isIsoDate, type Problem, StValidationError } from "@st/core";
import { z } from "zod";
import { isLocalAuthorityCode } from "./pending/core.js";
import type { FormDefinition, FormQuestion } from "./pending/form.js";
import {
  COMPLAINANT_ROLES,
  COPIED_IN,
  COUNTER_ACCUSATION_KINDS,
  complaintsProforma,
  STATUSES,
  THREATENED_TO,
  UPHELD,
} from "./proforma.js";
import { checkFollowUps, checkProcedureDates, questionsById, valueAt } from "./rules.js";

/** The schema version records are written with. Readers accept every earlier version. */
export const COMPLAINT_SCHEMA_VERSION = 1;

/** The most characters a spreadsheet cell holds; longer text could not survive the workbook. */
export const MAX_TEXT_LENGTH = 32_767;

// Characters an .xlsx file (XML 1.0) cannot hold, and lone surrogates (not Unicode text at all).
const UNSTORABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters a spreadsheet cannot hold
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const values = <T extends { value: string }>(options: readonly T[]) =>
  options.map((o) => o.value) as [T["value"], ...T["value"][]];

/** Free text: not blank, storable in a spreadsheet cell. */
const text = z.string().check(
  z.superRefine((value, ctx) => {
    if (value.trim() === "")
      ctx.addIssue({
        code: "custom",
        message: "is blank; leave the field out when there is no answer",
        params: { code: "blank", expected: "text, or no field at all" },
      });
    else if (value.length > MAX_TEXT_LENGTH)
      ctx.addIssue({
        code: "custom",
        message: `is longer than a spreadsheet cell holds (${MAX_TEXT_LENGTH} characters)`,
        params: { code: "too_long", expected: `at most ${MAX_TEXT_LENGTH} characters` },
      });
    else if (UNSTORABLE.test(value))
      ctx.addIssue({
        code: "custom",
        message: "contains a control character or broken Unicode that a spreadsheet cannot hold",
        params: { code: "invalid_text", expected: "printable text" },
      });
  }),
);

const isoDate = z.string().refine(isIsoDate, {
  message: "is not a date written YYYY-MM-DD",
  params: { code: "invalid_date", expected: "a date written YYYY-MM-DD" },
  abort: true,
});

/**
 * The dates the procedure can have: from 1 September 2006, when the regulations came into force,
 * to the end of 2099, within the working-day calendar. Catches typed years such as 2205.
 */
export const PROCEDURE_DATES = { from: "2006-09-01", to: "2099-12-31" } as const;

const procedureDate = isoDate.refine((d) => d >= PROCEDURE_DATES.from && d <= PROCEDURE_DATES.to, {
  message: `is outside the dates the procedure covers (${PROCEDURE_DATES.from} to ${PROCEDURE_DATES.to})`,
  params: { code: "out_of_range", expected: `a date from ${PROCEDURE_DATES.from} to ${PROCEDURE_DATES.to}` },
});

const yesNo = z.enum(["yes", "no"]);
const count = z.int().min(0);

/** A non-empty list of distinct options. */
function choices<const T extends readonly [string, ...string[]]>(options: T) {
  return z
    .array(z.enum(options))
    .min(1, { message: "is an empty list; leave the field out when there is no answer" })
    .refine((list) => new Set(list).size === list.length, {
      message: "lists the same answer twice",
      params: { code: "duplicate", expected: "each answer once" },
    });
}

const borough = z.string().refine(isLocalAuthorityCode, {
  message: "is not the GSS code of a local authority",
  params: { code: "invalid_borough", expected: "a GSS code such as E09000012" },
});

/** The register fields the proforma assumes. */
export const complaintSectionSchema = z.strictObject({
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

/** What the complaint contains: the proforma's first part. */
export const contentSectionSchema = z.strictObject({
  socialWorkerActions: yesNo.optional(),
  policeNfa: yesNo.optional(),
  counterAccusations: yesNo.optional(),
  counterAccusationKinds: choices(values(COUNTER_ACCUSATION_KINDS)).optional(),
  counterAccusationOther: text.optional(),
  notInvolvedInAssessment: yesNo.optional(),
  anythingElse: text.optional(),
});

/** Details of investigation: the proforma's second part. */
export const investigationSectionSchema = z.strictObject({
  resolvedBeforeStage1: yesNo.optional(),
  resolvedBeforeStage1How: text.optional(),
  resolvedAtStage1: yesNo.optional(),
  resolvedAtStage1How: text.optional(),
  desiredOutcomeClarified: yesNo.optional(),
  earlyTeamMeeting: yesNo.optional(),
  investigated: yesNo.optional(),
  stageReached: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  upheld: z.enum(values(UPHELD)).optional(),
  upheldWhat: text.optional(),
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

const structure = z.strictObject({
  schemaVersion: z.literal(COMPLAINT_SCHEMA_VERSION),
  // Absent is read as empty, so each missing required answer is named rather than the section.
  complaint: complaintSectionSchema.prefault({} as never),
  content: contentSectionSchema.optional(),
  investigation: investigationSectionSchema.optional(),
  process: processSectionSchema.optional(),
  learnings: learningsSectionSchema.optional(),
  stages: stagesSectionSchema.optional(),
  local: localSectionSchema.optional(),
});

/** Build the record schema for a definition: the structure plus the definition's conditional rules. */
export function complaintSchemaFor(definition: FormDefinition) {
  return structure.check(
    z.superRefine(
      (record, ctx) => {
        for (const v of [...checkFollowUps(definition, record), ...checkProcedureDates(definition, record)]) {
          ctx.addIssue({
            code: "custom",
            path: v.path.split("."),
            message: v.message,
            params: { code: v.code, expected: v.expected },
          });
        }
      },
      // Run the rules even when the structure has problems, so every problem is reported at once.
      { when: () => true },
    ),
  );
}

/** The zod schema of a complaint record under the partnership's proforma. */
export const complaintRecordSchema = complaintSchemaFor(complaintsProforma);

/** One complaint, as the proforma records it. */
export type ComplaintRecord = z.infer<typeof complaintRecordSchema>;

/** The result of {@link safeParseComplaint}: the record, or every problem found. */
export type ComplaintParseResult = { ok: true; value: ComplaintRecord } | { ok: false; problems: Problem[] };

const EXPECTED: Record<string, string> = { "complaint.borough": "a GSS code such as E09000012" };

function describeExpected(question: FormQuestion | undefined): string {
  if (!question) return "no such field";
  const quoted = (v: string | number) => (typeof v === "number" ? String(v) : `"${v}"`);
  const list = (vs: readonly (string | number)[]) =>
    vs.length <= 2 ? vs.map(quoted).join(" or ") : `${vs.slice(0, -1).map(quoted).join(", ")} or ${quoted(vs.at(-1)!)}`;
  switch (question.type) {
    case "yesNo":
      return list(["yes", "no"]);
    case "choice":
      return list(question.options.map((o) => o.value));
    case "multiChoice":
      return `a list of ${list(question.options.map((o) => o.value))}`;
    case "integer":
      return "a whole number, 0 or more";
    case "date":
      return "a date written YYYY-MM-DD";
    default:
      return "text";
  }
}

/**
 * Tell zod's issues as {@link Problem}s in the proforma's words: the field's label from the
 * definition, what it expects, and what was found in the input.
 */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  definition: FormDefinition = complaintsProforma,
): Problem[] {
  const questions = questionsById(definition);
  const problems: Problem[] = [];
  for (const issue of issues) {
    const basePath = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const path = basePath ? `${basePath}.${key}` : key;
        problems.push({
          path,
          field: path,
          expected: "only the proforma's fields",
          received: describeValue(valueAt(input, path)),
          message: `is not a field of the proforma (version ${definition.version})`,
          code: "unknown_field",
        });
      }
      continue;
    }
    // Issues inside a list (a multiple-choice answer) belong to the question, not the item.
    const itemIndex = issue.path.findIndex((p) => typeof p === "number");
    const path = itemIndex === -1 ? basePath : issue.path.slice(0, itemIndex).map(String).join(".");
    const question = questions.get(path);
    const section = definition.sections.find((s) => s.id === path);
    const received = valueAt(input, path);
    const item = itemIndex === -1 ? undefined : (received as unknown[] | undefined)?.[issue.path[itemIndex] as number];
    const params = (issue as { params?: { code?: string; expected?: string } }).params;
    let code = params?.code ?? issue.code;
    let message = issue.message;
    let expected =
      params?.expected ?? EXPECTED[path] ?? (section ? "a group of answers (an object)" : describeExpected(question));
    if (path === "schemaVersion") {
      expected = `${COMPLAINT_SCHEMA_VERSION}`;
      message =
        received === undefined
          ? "is missing: every stored record carries its schema version"
          : "is not a schema version this library reads";
      code = received === undefined ? "required" : "unsupported_version";
    } else if (received === undefined && !params?.code) {
      code = "required";
      message = "is required";
    } else if (issue.code === "invalid_type") {
      message = `is not ${expected}`;
    } else if (issue.code === "invalid_value" || issue.code === "invalid_union") {
      code = "invalid_value";
      message =
        itemIndex === -1
          ? "is not one of the allowed answers"
          : `lists ${describeValue(item)}, which is not one of the allowed answers`;
    } else if (issue.code === "too_small" && question?.type === "integer") {
      message = "cannot be negative";
    } else if (issue.code === "too_small") {
      message = "is an empty list; leave the field out when there is no answer";
    }
    problems.push({
      path,
      field: question?.label ?? section?.title ?? (path || "the record"),
      expected,
      received: describeValue(received),
      message,
      code,
    });
  }
  return problems;
}

/** Parse one complaint record, returning it or every problem found. Never throws. */
export function safeParseComplaint(
  input: unknown,
  definition: FormDefinition = complaintsProforma,
): ComplaintParseResult {
  const schema = definition === complaintsProforma ? complaintRecordSchema : complaintSchemaFor(definition);
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: problemsFromIssues(result.error.issues, input, definition) };
}

/**
 * Parse one complaint record.
 * @throws {@link StValidationError} carrying every problem found.
 */
export function parseComplaint(input: unknown, definition: FormDefinition = complaintsProforma): ComplaintRecord {
  const result = safeParseComplaint(input, definition);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "complaint record" });
  return result.value;
}
