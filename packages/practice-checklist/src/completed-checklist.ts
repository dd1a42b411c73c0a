/**
 * A completed checklist: one reviewer's answers for one case, against one version of one
 * definition. Versioned, so records written today stay readable when the format moves on.
 * @module
 */
import { appendAll, type Problem, type SafeResult, StValidationError } from "@st/core";
import { type IsoDate, isoDateSchema } from "@st/core/calendar";
import { type GssCode, localAuthorityCodeSchema, withBoroughCode } from "@st/core/places";
import { defineRecord, type RecordsCheck } from "@st/core/records";
import * as z from "zod";
import { defaultScale, findScaleOption } from "./answer-scale.js";
import {
  checkDefinition,
  checkOptions,
  checkPlace,
  checkRecord,
  checkText,
  RECORDS_TEXT,
  textProblems,
} from "./arguments.js";
import { type DataFormat, guessFormat, type ParsedText, parseDataText } from "./data-text.js";
import { defaultChecklist } from "./default-checklist.js";
import type { ChecklistDefinition, ChecklistRef } from "./definition.js";
import { label } from "./labels.js";
import { labelIn, type PathSegment, pathSegments } from "./problems.js";
import {
  type ChecklistUse,
  checklistUseSchema,
  type EvidenceSource,
  evidenceSourceSchema,
  type LanguageCategory,
  languageCategorySchema,
  type ReviewerRole,
  reviewerRoleSchema,
} from "./vocabulary.js";

/** A reviewer's answer to one item. */
export interface ItemAnswer {
  /** The item's id in the definition. */
  item: string;
  /** A value of the definition's answer scale, e.g. `"yes"` or `"green"`. */
  answer: string;
  /** The reviewer's evidence note: what was found, or what was missing. */
  note?: string | undefined;
  /** Where in the case file the evidence was found. */
  foundIn?: EvidenceSource[] | undefined;
}

/** How much a machine suggestion matters, as `@st/language-lint` grades its findings. */
export type SuggestionSeverity = "error" | "warning" | "info";

/**
 * Evidence a machine suggested for an item, for the reviewer to check: never an answer, never
 * counted in a score. Today these are `@st/language-lint` findings attached to the language items.
 */
export interface MachineSuggestion {
  /** The item the suggestion is evidence for. */
  item: string;
  /** What produced it. */
  origin: "language-lint";
  /** The lint rule that fired, e.g. `mutualising/volatile-relationship`. */
  ruleId: string;
  /** The lint category, one of the language-lint categories. */
  category: LanguageCategory;
  /** The rule's message. */
  message: string;
  /** How much the lint rule says it matters. */
  severity?: SuggestionSeverity | undefined;
  /** The words in the case note that the rule matched. */
  excerpt: string;
  /** Which text it came from (a file name or extract id), when known. */
  source?: string | undefined;
  /** 1-based line of the excerpt in that text, when known. */
  line?: number | undefined;
  /** 1-based column of the excerpt, when known. */
  column?: number | undefined;
  /** Better wording the rule suggests. */
  suggestions?: string[] | undefined;
}

/** One completed checklist. */
export interface CompletedChecklist {
  /** An id for the record itself, if the system storing it gives one. */
  id?: string | undefined;
  /** The definition (id and version) the answers answer. */
  checklist: ChecklistRef;
  /** The case, pseudonymised: never a name or a case management system's raw id in shared data. */
  caseId: string;
  /** The borough, as its GSS code (e.g. `E09000012`). Names ("Hackney") are turned into codes on reading. */
  borough?: GssCode | undefined;
  /** The team that holds the case. */
  team?: string | undefined;
  /** Who completed the checklist. */
  reviewer: {
    /** Their role. */
    role: ReviewerRole;
    /** A pseudonymised id, if reviews by the same person should be recognisable. */
    id?: string | undefined;
  };
  /** The use the checklist was completed for. */
  use: ChecklistUse;
  /** The date of the review, `YYYY-MM-DD`. */
  date: IsoDate;
  /** One answer per item answered. Items left out are unanswered. */
  answers: ItemAnswer[];
  /** The reviewer's overall comments. */
  comments?: string | undefined;
  /** Machine suggestions attached for the reviewer to check. */
  suggestions?: MachineSuggestion[] | undefined;
}

const text = z.string().trim().min(1, "must not be empty");

const answerSchema = z
  .strictObject({
    item: text.describe("The item's id in the definition"),
    answer: text.describe("A value of the definition's answer scale, e.g. yes or green"),
    note: z.string().optional().describe("The reviewer's evidence note"),
    foundIn: z.array(evidenceSourceSchema).optional().describe("Where in the case file the evidence was found"),
  })
  .describe("A reviewer's answer to one item");

const suggestionSchema = z.strictObject({
  item: text,
  origin: z.literal("language-lint"),
  ruleId: text,
  category: languageCategorySchema,
  message: text,
  severity: z.enum(["error", "warning", "info"]).optional(),
  excerpt: z.string(),
  source: z.string().optional(),
  line: z.int().positive().optional(),
  column: z.int().positive().optional(),
  suggestions: z.array(z.string()).optional(),
});

/**
 * Schema of a {@link CompletedChecklist} (without `schemaVersion`, which
 * {@link completedChecklistRecord} adds and checks). Answers are checked against their definition
 * separately, by {@link checkCompletedChecklists}.
 */
export const completedChecklistSchema = z.strictObject({
  id: text.optional().describe("An id for the record itself"),
  checklist: z
    .strictObject({
      id: text,
      version: z.string({ error: "must be text (in YAML, put the version in quotes)" }).trim().min(1),
    })
    .describe("The checklist definition (id and version) the answers answer"),
  caseId: text.describe("The case, pseudonymised"),
  borough: localAuthorityCodeSchema.optional().describe("The borough's GSS code, e.g. E09000012"),
  team: text.optional().describe("The team that holds the case"),
  reviewer: z
    .strictObject({ role: reviewerRoleSchema, id: text.optional() })
    .describe("Who completed the checklist: their role, and a pseudonymised id"),
  use: checklistUseSchema.describe("The use: audit, supervision or cp-chair"),
  date: isoDateSchema.describe("The date of the review, YYYY-MM-DD"),
  answers: z.array(answerSchema).describe("One answer per item answered; items left out are unanswered"),
  comments: z.string().optional().describe("The reviewer's overall comments"),
  suggestions: z
    .array(suggestionSchema)
    .optional()
    .describe("Machine suggestions (language-lint findings) for the reviewer to check; never answers"),
});

/**
 * The completed checklist as a versioned record type (see `defineRecord` in `@st/core`): every
 * stored record carries `schemaVersion`; readers accept every earlier version through migrations;
 * `completedChecklistRecord.write(record)` gives the stored form and
 * `completedChecklistRecord.jsonSchema()` its JSON Schema.
 */
export const completedChecklistRecord = defineRecord({
  name: "completed checklist",
  version: 1,
  schema: completedChecklistSchema,
  description: "One reviewer's answers to a Safe & Together practice checklist for one case.",
});

/** Options for checking completed checklists. */
export interface CompletedChecklistOptions {
  /** The definitions records may answer; the partnership default when absent. */
  definitions?: readonly ChecklistDefinition[] | undefined;
  /** Report items of the record's use that have no answer as problems (code `unanswered`). Default `false`. */
  requireAllAnswers?: boolean | undefined;
  /**
   * The format version to read records without `schemaVersion` as, e.g. rows of a workbook (which
   * have no such column) or objects built in code. Without it such records are a problem.
   */
  assumeVersion?: number | undefined;
}

/** The definition a record answers, from a list, by id and version. */
export function findDefinition(
  definitions: readonly ChecklistDefinition[],
  ref: ChecklistRef,
): ChecklistDefinition | undefined {
  checkPlace(
    "findDefinition",
    definitions,
    "list",
    "definitions",
    "Checklist definitions",
    "a list of checklist definitions",
  );
  checkPlace("findDefinition", ref, "record", "ref", "Checklist reference", "a checklist id and version");
  return definitions.find((d) => d.id === ref.id && d.version === ref.version);
}

const RECORD_LABELS: Record<string, string> = {
  id: "Record id",
  checklist: "Checklist",
  caseId: "Case id",
  borough: "Borough",
  team: "Team",
  reviewer: "Reviewer",
  use: "Use",
  date: "Date of review",
  answers: "Answers",
  comments: "Comments",
  suggestions: "Machine suggestions",
};
function shorten(question: string): string {
  if (question.length <= 60) return question;
  const cut = question.slice(0, 57);
  const space = cut.lastIndexOf(" ");
  return `${(space > 30 ? cut.slice(0, space) : cut).replace(/[,;:]$/, "")}...`;
}

function recordFieldLabel(record: unknown, path: readonly PathSegment[], definition?: ChecklistDefinition): string {
  const [top, index, field] = path;
  if (top === undefined) return "Completed checklist";
  if (top === "answers" && typeof index === "number") {
    const answers = (record as { answers?: unknown }).answers;
    const itemId = Array.isArray(answers) ? (answers[index] as { item?: unknown } | undefined)?.item : undefined;
    const item = typeof itemId === "string" ? definition?.items.find((i) => i.id === itemId) : undefined;
    const name =
      typeof itemId === "string"
        ? `Answer to ${itemId}${item ? ` ("${shorten(label(item.question))}")` : ""}`
        : `Answer ${index + 1}`;
    if (field === undefined || field === "answer") return name;
    return `${name}, ${field === "note" ? "evidence note" : field === "foundIn" ? "where found" : field === "item" ? "item id" : String(field)}`;
  }
  if (top === "reviewer") return index === "id" ? "Reviewer id" : "Reviewer role";
  if (top === "checklist") return index === "version" ? "Checklist version" : "Checklist id";
  if (top === "suggestions" && typeof index === "number") return `Machine suggestion ${index + 1}`;
  return labelIn(RECORD_LABELS, top) ?? `Field "${String(top)}"`;
}

/**
 * Check one record's answers against its definition and write typed answers in the scale's own
 * values ("Y" and "Yes" become `yes`). Returns the normalised record and the problems found.
 */
function checkAgainstDefinition(
  record: CompletedChecklist,
  definition: ChecklistDefinition,
  requireAll: boolean,
): { record: CompletedChecklist; problems: Problem[] } {
  const problems: Problem[] = [];
  const scale = definition.scale ?? defaultScale;
  const fieldAt = (path: PathSegment[]) => recordFieldLabel(record, path, definition);
  const itemIds = new Set(definition.items.map((item) => item.id));
  const seen = new Set<string>();
  const answers = record.answers.map((answer, i) => {
    if (!itemIds.has(answer.item)) {
      problems.push({
        path: `answers.${i}.item`,
        field: fieldAt(["answers", i, "item"]),
        expected: `an item of ${definition.id} ${definition.version}`,
        received: JSON.stringify(answer.item),
        message: `no item "${answer.item}" in checklist ${definition.id} ${definition.version}`,
        code: "unknown_item",
      });
    } else if (seen.has(answer.item)) {
      problems.push({
        path: `answers.${i}.item`,
        field: fieldAt(["answers", i, "item"]),
        expected: "one answer per item",
        received: `a second answer to ${answer.item}`,
        message: `item "${answer.item}" is answered more than once`,
        code: "duplicate_answer",
      });
    }
    seen.add(answer.item);
    const option = findScaleOption(scale, answer.answer);
    if (!option) {
      problems.push({
        path: `answers.${i}.answer`,
        field: fieldAt(["answers", i, "answer"]),
        expected: `one of ${scale.options.map((o) => o.label).join(", ")}`,
        received: JSON.stringify(answer.answer),
        message: `"${answer.answer}" is not an answer on the scale "${scale.label}"`,
        code: "invalid_answer",
      });
      return answer;
    }
    return option.value === answer.answer ? answer : { ...answer, answer: option.value };
  });
  (record.suggestions ?? []).forEach((suggestion, i) => {
    if (!itemIds.has(suggestion.item)) {
      problems.push({
        path: `suggestions.${i}.item`,
        field: fieldAt(["suggestions", i]),
        expected: `an item of ${definition.id} ${definition.version}`,
        received: JSON.stringify(suggestion.item),
        message: `no item "${suggestion.item}" in checklist ${definition.id} ${definition.version}`,
        code: "unknown_item",
      });
    }
  });
  if (requireAll)
    appendAll(
      problems,
      unansweredProblems(record, definition).map(({ item: _item, ...p }) => p),
    );
  return { record: { ...record, answers }, problems };
}

/**
 * A problem (code `unanswered`, path `answers`) for each item of the record's use that it leaves
 * unanswered, with the item. @internal
 */
export function unansweredProblems(
  record: Pick<CompletedChecklist, "use" | "answers">,
  definition: ChecklistDefinition,
): (Problem & { item: string })[] {
  checkRecord("unansweredProblems", record);
  checkDefinition("unansweredProblems", definition);
  const answered = new Set(record.answers.map((a) => a.item));
  return definition.items
    .filter((item) => item.uses.includes(record.use) && !answered.has(item.id))
    .map((item) => ({
      item: item.id,
      path: "answers",
      field: `Answer to ${item.id} ("${shorten(label(item.question))}")`,
      expected: "an answer",
      received: "nothing",
      message: `item "${item.id}" is not answered`,
      code: "unanswered",
    }));
}

function checkOne(
  value: unknown,
  options: CompletedChecklistOptions,
  parsed?: { text: ParsedText; prefix: PathSegment[] },
): SafeResult<CompletedChecklist> {
  const definitions = options.definitions ?? [defaultChecklist];
  const input = withBoroughCode(value);
  const result = completedChecklistRecord.safeParse(input, { assumeVersion: options.assumeVersion });
  let problems: Problem[];
  let record: CompletedChecklist | undefined;
  if (!result.ok) {
    const ref = (input as { checklist?: ChecklistRef } | null)?.checklist;
    const definition = ref && typeof ref === "object" ? findDefinition(definitions, ref) : undefined;
    problems = result.problems.map((problem) =>
      problem.path === "schemaVersion"
        ? problem
        : { ...problem, field: recordFieldLabel(input, pathSegments(problem.path), definition) },
    );
  } else {
    const definition = findDefinition(definitions, result.value.checklist);
    if (!definition) {
      const known = definitions.map((d) => `${d.id} ${d.version}`).join(", ");
      problems = [
        {
          path: "checklist",
          field: "Checklist",
          expected: `a checklist definition this reader was given (${known})`,
          received: `${result.value.checklist.id} ${result.value.checklist.version}`,
          message: `the record answers checklist ${result.value.checklist.id} ${result.value.checklist.version}, which was not supplied`,
          code: "unknown_checklist",
        },
      ];
    } else {
      const checked = checkAgainstDefinition(result.value, definition, options.requireAllAnswers ?? false);
      problems = checked.problems;
      record = checked.record;
    }
  }
  if (problems.length === 0 && record) return { ok: true, value: record };
  if (parsed) {
    problems = problems.map((problem) => {
      const line = parsed.text.lineOf([...parsed.prefix, ...pathSegments(problem.path)]);
      return line === undefined ? problem : { ...problem, line };
    });
  }
  return { ok: false, problems };
}

/**
 * Every record checked: those that passed (answers normalised to the scale's values), where each
 * came from, and the problems of those that did not, each naming its record: the same shape as
 * `checkComplaints` gives.
 */
export interface CheckedRecords extends RecordsCheck<CompletedChecklist> {
  /** @deprecated The same list as {@link RecordsCheck.records}, by its old name. */
  valid: CompletedChecklist[];
}

/**
 * Check completed checklists (one record, or a list) against their shape and their definitions,
 * keeping the valid ones and naming every problem of the others by record number. Answers typed in
 * another spelling of a scale option ("Y", "N/A") are written as the option's value.
 */
export function checkCompletedChecklists(value: unknown, options: CompletedChecklistOptions = {}): CheckedRecords {
  checkOptions("checkCompletedChecklists", options);
  return checkList(value, options);
}

function checkList(value: unknown, options: CompletedChecklistOptions, text?: ParsedText): CheckedRecords {
  const list = Array.isArray(value) ? value : [value];
  const records: CompletedChecklist[] = [];
  const recordNumbers: number[] = [];
  const problems: Problem[] = [];
  list.forEach((entry, i) => {
    const parsed = text ? { text, prefix: Array.isArray(value) ? [i] : [] } : undefined;
    const result = checkOne(entry, options, parsed);
    if (result.ok) {
      records.push(result.value);
      recordNumbers.push(i + 1);
    } else
      appendAll(
        problems,
        result.problems.map((p) => ({ ...p, record: i + 1 })),
      );
  });
  return { records, recordNumbers, valid: records, problems, total: list.length };
}

/**
 * Check completed checklists, returning them all or every problem found (each with its record number).
 */
export function safeValidateCompletedChecklists(
  value: unknown,
  options: CompletedChecklistOptions = {},
): SafeResult<CompletedChecklist[]> {
  checkOptions("safeValidateCompletedChecklists", options);
  const checked = checkList(value, options);
  return checked.problems.length ? { ok: false, problems: checked.problems } : { ok: true, value: checked.records };
}

/**
 * Check completed checklists.
 * @throws `StValidationError` (from `@st/core`) listing every problem found, each with its record number.
 */
export function validateCompletedChecklists(
  value: unknown,
  options: CompletedChecklistOptions = {},
): CompletedChecklist[] {
  checkOptions("validateCompletedChecklists", options);
  const result = safeValidateCompletedChecklists(value, options);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "the completed checklists" });
  return result.value;
}

/** Options for reading completed checklists from text. */
export interface ParseCompletedOptions extends CompletedChecklistOptions {
  /** `json` or `yaml`; guessed from the text when absent. */
  format?: DataFormat | undefined;
  /** Names the input in messages, e.g. the file name. */
  source?: string | undefined;
}

/**
 * Read completed checklists from JSON or YAML text (one record or a list), keeping the valid ones
 * and naming every problem of the others by record number and line.
 */
export function readCompletedChecklists(text: string, options: ParseCompletedOptions = {}): CheckedRecords {
  checkText("readCompletedChecklists", text, RECORDS_TEXT);
  checkOptions("readCompletedChecklists", options);
  const read = parseDataText(text, options.format ?? guessFormat(text), options.source ?? "completed checklists");
  if (!read.ok) return { records: [], recordNumbers: [], valid: [], problems: read.problems, total: 0 };
  return checkList(read.parsed.value, options, read.parsed);
}

/**
 * Read completed checklists from JSON or YAML text, returning them all or every problem found. A
 * `text` that is not text is a problem coded `invalid_type`.
 * @throws `StValidationError` (from `@st/core`), also a `TypeError`, coded `invalid_type`, when `options` is not an object.
 */
export function safeParseCompletedChecklists(
  text: string,
  options: ParseCompletedOptions = {},
): SafeResult<CompletedChecklist[]> {
  const wrong = textProblems("safeParseCompletedChecklists", text, RECORDS_TEXT);
  checkOptions("safeParseCompletedChecklists", options);
  if (wrong) return { ok: false, problems: wrong };
  const checked = readCompletedChecklists(text, options);
  return checked.problems.length ? { ok: false, problems: checked.problems } : { ok: true, value: checked.records };
}

/**
 * Read completed checklists from JSON or YAML text.
 * @throws `StValidationError` (from `@st/core`) listing every problem found, each with its record number and line;
 * also a `TypeError`, coded `invalid_type`, when `text` is not text or `options` not an object.
 */
export function parseCompletedChecklists(text: string, options: ParseCompletedOptions = {}): CompletedChecklist[] {
  checkText("parseCompletedChecklists", text, RECORDS_TEXT);
  checkOptions("parseCompletedChecklists", options);
  const result = safeParseCompletedChecklists(text, options);
  if (!result.ok)
    throw new StValidationError(result.problems, { subject: options.source ?? "the completed checklists" });
  return result.value;
}
