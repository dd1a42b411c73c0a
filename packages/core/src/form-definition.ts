/**
 * Forms as data. A form definition lists a tool's questions (the complaints proforma, the practice
 * checklist, a borough's own adaptation) in sections, with answer types, allowed values, help text
 * and conditions, so that templates, readers, validators and web forms are generated from one
 * source instead of being written by hand for each tool.
 *
 * Records that answer a form are handled here in their *flat* shape: one key per question id
 * (`{ "investigation.stageReached": 2 }`); {@link nestRecord} and {@link flattenRecord} convert to
 * and from the nested shape domain schemas use (`{ investigation: { stageReached: 2 } }`).
 * @module
 */

import * as z from "zod";
import { type YesNo, type YesNoUnknown, yesNoUnknownValues, yesNoValues } from "./answers.js";
import { checkArgument } from "./argument-checks.js";
import { describeValue, type Problem, StValidationError } from "./errors.js";
import { type IsoDate, isIsoDate } from "./iso-date.js";
import { quoteList } from "./label-text.js";
import type { ProblemCode } from "./problem-codes.js";
import { defaultTerminology, labelTemplateSchema, renderLabel, type TerminologyProfile } from "./terminology.js";
import { type SafeResult, zodProblems } from "./zod-problems.js";

/**
 * Every kind of answer a question can take, as a fixed list:
 * - `text`: a short line of text; `longText`: a paragraph or more;
 * - `integer`: a whole number (counts: emails, phone calls); `number`: any finite number;
 * - `date`: a calendar date, recorded as an {@link IsoDate};
 * - `yesNo`: a {@link YesNo}, `"yes"` or `"no"`; `yesNoUnknown`: a {@link YesNoUnknown}, which may
 *   also be `"unknown"` ("we looked and could not tell", not a missing answer);
 * - `choice`: exactly one of the question's options, recorded by its `value`;
 * - `multiChoice`: one or more of the options, recorded as a list of their values.
 */
export const ANSWER_TYPES = [
  "text",
  "longText",
  "integer",
  "number",
  "date",
  "yesNo",
  "yesNoUnknown",
  "choice",
  "multiChoice",
] as const;

/** One of {@link ANSWER_TYPES}. */
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** The answer types whose answers come from a closed list (drop-downs in a spreadsheet). */
export const CLOSED_ANSWER_TYPES: readonly AnswerType[] = ["yesNo", "yesNoUnknown", "choice", "multiChoice"];

/**
 * The separator between several answers to a `multiChoice` question when they share one
 * spreadsheet cell or CSV field, e.g. `Mayor; MP; Ofsted`. Option values and labels of a
 * `multiChoice` question may therefore not contain it.
 */
export const MULTI_CHOICE_SEPARATOR = ";";

/** A question id: letters, digits, `_` and `-`, starting with a letter; dots separate nested record fields. */
const QUESTION_ID = /^[A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z][A-Za-z0-9_-]*)*$/;
const SECTION_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** A refinement whose problem says, in words, what was expected. */
function check(test: (s: string) => boolean, message: string, expected: string, code = "custom") {
  return z.string().refine(test, { message, params: { expected, code } });
}

const someText = /* @__PURE__ */ (() =>
  check((s) => s === "" || s.trim() !== "", "must not be blank", "some text", "required").min(1, {
    message: "must not be empty",
  }))();
/** Words shown to people: not blank, with only known terminology placeholders such as `{perpetrator}`. */
const label = /* @__PURE__ */ (() =>
  labelTemplateSchema.refine((s) => s === "" || s.trim() !== "", {
    message: "must not be blank",
    params: { expected: "some text", code: "required" },
  }))();
const questionId = /* @__PURE__ */ (() =>
  check(
    (s) => QUESTION_ID.test(s),
    "must be letters, digits, _ or -, starting with a letter, with dots between nested fields",
    "an id such as investigation.stageReached",
    "invalid_format",
  ))();
const sectionId = /* @__PURE__ */ (() =>
  check(
    (s) => SECTION_ID.test(s),
    "must be letters, digits, _ or -, starting with a letter",
    "an id such as investigation",
    "invalid_format",
  ))();
const isoDate = /* @__PURE__ */ (() =>
  check(isIsoDate, "must be a date written YYYY-MM-DD", "a date written YYYY-MM-DD", "invalid_format"))();

/** A value an answer can be compared with in a condition: text (an option value, `"yes"`) or a number. */
const conditionValue = /* @__PURE__ */ (() => z.union([z.string(), z.number()]))();

/** The zod schema of a {@link QuestionCondition}. */
export const questionConditionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    question: questionId,
    equals: z.array(conditionValue).min(1, { message: "must list at least one value" }),
  }))();

/** The zod schema of an {@link AnswerOption}. */
export const answerOptionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    value: z.union([someText, z.number()]),
    label,
    help: label.optional(),
  }))();

const questionBase = /* @__PURE__ */ (() => ({
  id: questionId,
  label,
  help: label.optional(),
  required: z.boolean().optional(),
  when: questionConditionSchema.optional(),
}))();

const questionSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion("type", [
    z.strictObject({ ...questionBase, type: z.enum(["text", "longText"]), maxLength: z.int().min(1).optional() }),
    z.strictObject({ ...questionBase, type: z.literal("integer"), min: z.int().optional(), max: z.int().optional() }),
    z.strictObject({
      ...questionBase,
      type: z.literal("number"),
      min: z.number().optional(),
      max: z.number().optional(),
    }),
    z.strictObject({ ...questionBase, type: z.literal("date"), min: isoDate.optional(), max: isoDate.optional() }),
    z.strictObject({ ...questionBase, type: z.enum(["yesNo", "yesNoUnknown"]) }),
    z.strictObject({
      ...questionBase,
      type: z.enum(["choice", "multiChoice"]),
      options: z.array(answerOptionSchema).min(1, { message: "must list at least one option" }),
    }),
  ]))();

const sectionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: sectionId,
    title: label,
    help: label.optional(),
    questions: z.array(questionSchema).min(1, { message: "must hold at least one question" }),
  }))();

/**
 * The zod schema of a {@link FormDefinition}: the shape only. {@link validateFormDefinition} adds
 * the checks that span questions (unique ids, conditions on earlier questions, ...).
 */
export const formDefinitionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: sectionId,
    version: z.int().min(1),
    title: label,
    description: label.optional(),
    sections: z.array(sectionSchema).min(1, { message: "must hold at least one section" }),
  }))();

/**
 * A form: an id and version that records can cite, a title, and sections of questions in the
 * order a person answers them.
 *
 * Labels, help text and option labels may hold terminology placeholders such as `{perpetrator}`;
 * they are resolved when shown, never stored resolved.
 */
export type FormDefinition = z.infer<typeof formDefinitionSchema>;

/** A titled group of questions within a {@link FormDefinition}. */
export type FormSection = FormDefinition["sections"][number];

/**
 * One question. `id` is the field of the record it fills (dotted for nested fields, e.g.
 * `investigation.stageReached`); `label` is the question as people read it; `required` means an
 * answer is needed whenever the question applies; `when` makes the question apply only when an
 * earlier question's answer is one of some values. Other fields depend on `type`: `maxLength`
 * for text, `min`/`max` for numbers and dates, `options` for choices.
 */
export type FormQuestion = FormSection["questions"][number];

/** One allowed answer of a `choice` or `multiChoice` question: the recorded `value` and the `label` people see. */
export type AnswerOption = z.infer<typeof answerOptionSchema>;

/**
 * Makes a question apply only when the answer to an earlier question `question` equals one of
 * `equals` (for a `multiChoice` trigger: includes one of them). For the proforma's "If yes, how?":
 * `{ question: "resolvedAtStage1", equals: ["yes"] }`.
 */
export type QuestionCondition = z.infer<typeof questionConditionSchema>;

/**
 * An answer as a record holds it: text, a number, an {@link IsoDate}, `"yes"`/`"no"`/`"unknown"`,
 * an option value, or a list of option values.
 */
export type AnswerValue = string | number | readonly (string | number)[];

/** A record in its flat shape: one key per question id. A question with no answer has no key. */
export type FlatRecord = Record<string, AnswerValue>;

/** Turns a label holding terminology placeholders into the words shown to a person. */
export type TextResolver = (text: string) => string;

/** A {@link TextResolver} that puts a terminology profile's words into labels (see {@link renderLabel}). */
export function resolveWith(profile: TerminologyProfile): TextResolver {
  checkArgument(profile, "record", {
    fn: "resolveWith",
    argument: "profile",
    label: "Terminology profile",
    expected: "a terminology profile",
  });
  return (text) => renderLabel(text, profile);
}

/** Labels are shown in the default terminology unless a caller chooses another. */

/**
 * Check that `input` (parsed from a borough's JSON or YAML, or written in code) is a sound form
 * definition, and return it typed. Beyond its shape: section and question ids are unique; no
 * question id is a prefix of another (`a` and `a.b` would clash when records are nested); each
 * condition refers to an earlier question and compares it with values that question can take;
 * option values and labels are unique within a question, and no label is another option's value
 * (answers may be given by either);
 * `multiChoice` options do not contain {@link MULTI_CHOICE_SEPARATOR}; `min` is not above `max`.
 *
 * @throws {@link index!StValidationError} listing every problem found.
 */
export function validateFormDefinition(input: unknown): FormDefinition {
  const result = safeValidateFormDefinition(input);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "form definition" });
  return result.value;
}

/** {@link validateFormDefinition} returning a result instead of throwing. */
export function safeValidateFormDefinition(input: unknown): SafeResult<FormDefinition> {
  const parsed = formDefinitionSchema.safeParse(input, { reportInput: true });
  if (!parsed.success)
    return {
      ok: false,
      problems: zodProblems(parsed.error, {
        schema: formDefinitionSchema,
        input,
        labels: (_path, segments) => fieldAt(input, segments),
      }),
    };
  const problems = crossChecks(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data };
}

/** The human name of the part of a definition at `path`: the nearest question's or section's label. */
function fieldAt(input: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = input;
  let name = "form definition";
  let parentKey: PropertyKey | undefined;
  for (const key of path) {
    if (typeof node !== "object" || node === null) break;
    node = (node as Record<PropertyKey, unknown>)[key];
    if (typeof key === "number" && typeof node === "object" && node !== null) {
      const n = node as Record<string, unknown>;
      const text = typeof n.label === "string" ? n.label : typeof n.title === "string" ? n.title : undefined;
      const title = text?.trim() ? text : undefined;
      const id = typeof n.id === "string" ? n.id : undefined;
      const kind = parentKey === "sections" ? "section" : parentKey === "questions" ? "question" : undefined;
      if (kind) name = title ? `${kind} "${title}"` : id ? `${kind} ${id}` : `${kind} ${key + 1}`;
    }
    parentKey = key;
  }
  return name;
}

function optionKey(value: string | number): string {
  return String(value);
}

function normalLabel(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

function crossChecks(definition: FormDefinition): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, field: string, message: string, expected: string, received: string, code: ProblemCode) =>
    problems.push({ path, field, message, expected, received, code });
  const allIds = new Set(definition.sections.flatMap((s) => s.questions.map((q) => q.id)));
  const sectionIds = new Set<string>();
  const seen = new Map<string, FormQuestion>();
  definition.sections.forEach((section, s) => {
    if (sectionIds.has(section.id))
      add(
        `sections.${s}.id`,
        `section "${section.title}"`,
        "repeats a section id",
        "a unique id",
        `"${section.id}"`,
        "duplicate_id",
      );
    sectionIds.add(section.id);
    section.questions.forEach((q, i) => {
      const at = `sections.${s}.questions.${i}`;
      const field = `question "${q.label}"`;
      if (seen.has(q.id)) add(`${at}.id`, field, "repeats a question id", "a unique id", `"${q.id}"`, "duplicate_id");
      for (const other of seen.keys()) {
        if (q.id.startsWith(`${other}.`) || other.startsWith(`${q.id}.`))
          add(
            `${at}.id`,
            field,
            `clashes with question id "${other}": one would be a field inside the other`,
            "ids that are not prefixes of each other",
            `"${q.id}"`,
            "id_clash",
          );
      }
      if ((q.type === "integer" || q.type === "number" || q.type === "date") && q.min !== undefined) {
        if (q.max !== undefined && q.max < q.min)
          add(`${at}.max`, field, "has max below min", `at least ${q.min}`, String(q.max), "invalid_range");
      }
      if (q.type === "choice" || q.type === "multiChoice") {
        const values = new Set<string>();
        const labels = new Set<string>();
        q.options.forEach((option, o) => {
          const key = optionKey(option.value);
          if (values.has(key))
            add(
              `${at}.options.${o}.value`,
              field,
              "repeats an option value",
              "unique values",
              `"${key}"`,
              "duplicate_option",
            );
          values.add(key);
          const label = normalLabel(option.label);
          if (labels.has(label))
            add(
              `${at}.options.${o}.label`,
              field,
              "repeats an option label",
              "unique labels",
              `"${option.label}"`,
              "duplicate_option",
            );
          labels.add(label);
          // Answers may be typed as a value or a label, so neither may name another option.
          const other = q.options.find((x) => x !== option && normalLabel(optionKey(x.value)) === label);
          if (other)
            add(
              `${at}.options.${o}.label`,
              field,
              `has an option label that is the value of another option ("${optionKey(other.value)}")`,
              "labels that are not other options' values",
              `"${option.label}"`,
              "duplicate_option",
            );
          if (q.type === "multiChoice") {
            for (const [part, text] of [
              ["value", key],
              ["label", option.label],
            ] as const) {
              if (text.includes(MULTI_CHOICE_SEPARATOR))
                add(
                  `${at}.options.${o}.${part}`,
                  field,
                  `has an option ${part} containing "${MULTI_CHOICE_SEPARATOR}", which separates several answers`,
                  `text without "${MULTI_CHOICE_SEPARATOR}"`,
                  `"${text}"`,
                  "invalid_option",
                );
            }
          }
        });
      }
      if (q.when) {
        const trigger = seen.get(q.when.question);
        if (!trigger) {
          const later = allIds.has(q.when.question);
          add(
            `${at}.when.question`,
            field,
            later
              ? `depends on "${q.when.question}", which is not an earlier question`
              : `depends on unknown question "${q.when.question}"`,
            "the id of an earlier question",
            `"${q.when.question}"`,
            "invalid_condition",
          );
        } else {
          q.when.equals.forEach((value, v) => {
            if (!answerAllowedInCondition(trigger, value))
              add(
                `${at}.when.equals.${v}`,
                field,
                `compares "${trigger.id}" with a value it can never take`,
                describeExpectedAnswer(trigger),
                describeValue(value),
                "invalid_condition",
              );
          });
        }
      }
      seen.set(q.id, q);
    });
  });
  return problems;
}

function answerAllowedInCondition(trigger: FormQuestion, value: string | number): boolean {
  switch (trigger.type) {
    case "yesNo":
      return (yesNoValues as readonly unknown[]).includes(value);
    case "yesNoUnknown":
      return (yesNoUnknownValues as readonly unknown[]).includes(value);
    case "choice":
    case "multiChoice":
      return trigger.options.some((o) => o.value === value);
    case "integer":
      return Number.isSafeInteger(value);
    case "number":
      return typeof value === "number";
    case "date":
      return isIsoDate(value);
    default:
      return typeof value === "string";
  }
}

const byDefault: TextResolver = /* @__PURE__ */ (() => resolveWith(defaultTerminology))();

/**
 * What an answer to `question` must be, in words for the person filling the form, e.g.
 * `a whole number of at least 0` or `one of "In full", "In part" or "No"`. Option labels go
 * through `resolve` (a terminology profile).
 */
export function describeExpectedAnswer(question: FormQuestion, resolve: TextResolver = byDefault): string {
  checkArgument(question, "record", {
    fn: "describeExpectedAnswer",
    argument: "question",
    label: "Question",
    expected: "a form question",
  });
  switch (question.type) {
    case "text":
    case "longText":
      return question.maxLength === undefined ? "text" : `text of at most ${question.maxLength} characters`;
    case "integer":
    case "number": {
      const kind = question.type === "integer" ? "a whole number" : "a number";
      if (question.min !== undefined && question.max !== undefined)
        return `${kind} from ${question.min} to ${question.max}`;
      if (question.min !== undefined) return `${kind} of at least ${question.min}`;
      if (question.max !== undefined) return `${kind} of at most ${question.max}`;
      return kind;
    }
    case "date": {
      const example = "a date such as 2025-12-19 or 19/12/2025";
      if (question.min !== undefined && question.max !== undefined)
        return `${example}, from ${question.min} to ${question.max}`;
      if (question.min !== undefined) return `${example}, on or after ${question.min}`;
      if (question.max !== undefined) return `${example}, on or before ${question.max}`;
      return example;
    }
    case "yesNo":
      return '"Yes" or "No"';
    case "yesNoUnknown":
      return '"Yes", "No" or "Not known"';
    case "choice":
      return `one of ${quoteList(question.options.map((o) => resolve(o.label)))}`;
    case "multiChoice":
      return `one or more of ${quoteList(
        question.options.map((o) => resolve(o.label)),
        "and",
      )}, separated by "${MULTI_CHOICE_SEPARATOR}"`;
  }
}

/** Text and numbers as written; anything else described, since records may hold any value. */
