/**
 * The proforma's conditional rules, interpreted from the form definition: a follow-up is required
 * when its trigger answer holds and must be empty when it does not; the dates of the statutory
 * procedure come in order. The engine reads untrusted input, so it never assumes a value's type:
 * a value of the wrong type is the schema's to report, and the rules stay silent about it.
 * @module
 */
import { yesNoLabels } from "@st/core";
import type { FormDefinition, FormQuestion } from "./pending/form.js";

/** One broken rule, before it is told as a {@link Problem}-like issue. */
export interface RuleViolation {
  /** Dotted path of the answer at fault. */
  path: string;
  /** Stable code: `required` (a follow-up that applies), `not_applicable` (one that does not), `date_order`, or for a borough's own questions `unknown_field` and `invalid_answer`. */
  code: "required" | "not_applicable" | "date_order" | "unknown_field" | "invalid_answer";
  /** One sentence, naming the other question involved by its label. */
  message: string;
  /** What was expected, in words. */
  expected: string;
}

/**
 * The dates of the representations procedure in the order they must come: each date present must
 * be on or after every earlier date present. The Ombudsman referral is checked against the date
 * received only, since a complainant may go to the Ombudsman at any point after complaining.
 */
export const PROCEDURE_DATE_ORDER: readonly string[] = [
  "complaint.matterArose",
  "complaint.received",
  "stages.stage1Response",
  "stages.stage2Requested",
  "stages.stage2Response",
  "stages.stage3Requested",
  "stages.panelHeld",
  "stages.panelReport",
  "stages.stage3Response",
];

/** Dates that make no sense without an earlier one: a response needs its request, a report its panel. */
export const PROCEDURE_DATE_REQUIRES: readonly (readonly [date: string, needs: string])[] = [
  ["stages.stage2Response", "stages.stage2Requested"],
  ["stages.panelHeld", "stages.stage3Requested"],
  ["stages.panelReport", "stages.panelHeld"],
  ["stages.stage3Response", "stages.panelReport"],
];

// Paths are the definitions' question ids: few, and read for every record.
const segments = new Map<string, string[]>();

/** Read a dotted path from an untrusted value; `undefined` when any step is not an object. */
export function valueAt(record: unknown, path: string): unknown {
  let value = record;
  let keys = segments.get(path);
  if (!keys) {
    keys = path.split(".");
    if (segments.size < 10_000) segments.set(path, keys);
  }
  for (const key of keys) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

const indexes = new WeakMap<FormDefinition, ReadonlyMap<string, FormQuestion>>();

/** Every question of a definition by its id, in order. Built once per definition. */
export function questionsById(definition: FormDefinition): ReadonlyMap<string, FormQuestion> {
  let map = indexes.get(definition);
  if (!map) {
    const built = new Map<string, FormQuestion>();
    for (const section of definition.sections) for (const q of section.questions) built.set(q.id, q);
    indexes.set(definition, built);
    map = built;
  }
  return map;
}

/** The label a person sees for an answer value of a question. */
export function answerLabel(question: FormQuestion | undefined, value: unknown): string {
  if (question?.type === "yesNo" && (value === "yes" || value === "no")) return yesNoLabels[value];
  if (question && "options" in question) {
    const option = question.options.find((o) => o.value === value);
    if (option) return option.label;
  }
  return String(value);
}

/** True when `value` is an answer a closed question allows (any value for open questions). */
function isKnownAnswer(question: FormQuestion, value: unknown): boolean {
  if (question.type === "yesNo") return value === "yes" || value === "no";
  if (question.type === "choice") return question.options.some((o) => o.value === value);
  if (question.type === "multiChoice")
    return Array.isArray(value) && value.every((v) => question.options.some((o) => o.value === v));
  return true;
}

function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function quoteList(items: readonly string[]): string {
  const quoted = items.map((i) => `"${i}"`);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
}

/** When a follow-up applies, in words: `when "Was the complaint investigated?" is "Yes"`. */
export function describeWhen(definition: FormDefinition, question: FormQuestion): string | undefined {
  if (!question.when) return undefined;
  const trigger = questionsById(definition).get(question.when.question);
  const verb = trigger?.type === "multiChoice" ? "includes" : "is";
  const values = question.when.equals.map((v) => answerLabel(trigger, v));
  return `when "${trigger?.label ?? question.when.question}" ${verb} ${quoteList(values)}`;
}

/**
 * True when a question applies to a record: it has no condition, or its trigger applies and its
 * answer is (for a multiple choice: includes) one of the condition's values. A follow-up of a
 * follow-up that does not apply does not apply either.
 */
export function appliesTo(definition: FormDefinition, record: unknown, id: string): boolean {
  const questions = questionsById(definition);
  let question = questions.get(id);
  for (let guard = 0; question?.when && guard <= questions.size; guard++) {
    const { question: triggerId, equals } = question.when;
    const answer = valueAt(record, triggerId);
    const holds = Array.isArray(answer)
      ? answer.some((a) => equals.includes(a as string | number))
      : equals.includes(answer as string | number | boolean);
    if (!holds) return false;
    question = questions.get(triggerId);
  }
  return true;
}

const followUps = new WeakMap<FormDefinition, readonly FormQuestion[]>();

function followUpsOf(definition: FormDefinition): readonly FormQuestion[] {
  let list = followUps.get(definition);
  if (!list) {
    list = [...questionsById(definition).values()].filter((q) => q.when !== undefined);
    followUps.set(definition, list);
  }
  return list;
}

/**
 * Check a record's follow-up questions against their triggers, as the definition declares them:
 * required when the trigger holds, empty when it does not. A follow-up whose trigger holds an
 * answer the trigger does not allow is not judged, so one mistake is reported once.
 */
export function checkFollowUps(definition: FormDefinition, record: unknown): RuleViolation[] {
  const questions = questionsById(definition);
  const violations: RuleViolation[] = [];
  for (const question of followUpsOf(definition)) {
    if (!question.when) continue;
    const trigger = questions.get(question.when.question);
    const triggerValue = valueAt(record, question.when.question);
    if (trigger && triggerValue !== undefined && !isKnownAnswer(trigger, triggerValue)) continue;
    const applies = appliesTo(definition, record, question.id);
    const answered = isAnswered(valueAt(record, question.id));
    if (applies && question.required && !answered) {
      violations.push({
        path: question.id,
        code: "required",
        message: `needs an answer ${describeWhen(definition, question)}`,
        expected: "an answer",
      });
    } else if (!applies && answered) {
      violations.push({
        path: question.id,
        code: "not_applicable",
        message: `should be empty: it applies only ${describeWhen(definition, question)}`,
        expected: "no answer",
      });
    }
  }
  return violations;
}

/** Check that the procedure's dates come in order and that no date is given without the one it needs. */
export function checkProcedureDates(definition: FormDefinition, record: unknown): RuleViolation[] {
  const questions = questionsById(definition);
  const label = (id: string) => questions.get(id)?.label ?? id;
  const violations: RuleViolation[] = [];
  const date = (id: string): string | undefined => {
    const value = valueAt(record, id);
    // Only well-formed dates take part; the schema reports the rest.
    return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  };
  const seen: [string, string][] = [];
  for (const id of PROCEDURE_DATE_ORDER) {
    const value = date(id);
    if (value === undefined) continue;
    // Name the latest earlier date it precedes: the one a person most likely mistyped against.
    let conflict: [string, string] | undefined;
    for (const [earlierId, earlier] of seen)
      if (value < earlier && (!conflict || earlier > conflict[1])) conflict = [earlierId, earlier];
    if (conflict) {
      violations.push({
        path: id,
        code: "date_order",
        message: `is before "${label(conflict[0])}" (${conflict[1]})`,
        expected: `a date on or after ${conflict[1]}`,
      });
    }
    seen.push([id, value]);
  }
  const received = date("complaint.received");
  const ombudsman = date("stages.ombudsmanReferral");
  if (received && ombudsman && ombudsman < received) {
    violations.push({
      path: "stages.ombudsmanReferral",
      code: "date_order",
      message: `is before "${label("complaint.received")}" (${received})`,
      expected: `a date on or after ${received}`,
    });
  }
  for (const [id, needs] of PROCEDURE_DATE_REQUIRES) {
    if (valueAt(record, id) !== undefined && valueAt(record, needs) === undefined) {
      violations.push({
        path: id,
        code: "date_order",
        message: `is given without "${label(needs)}"`,
        expected: `"${label(needs)}" as well`,
      });
    }
  }
  return violations;
}

/** What is wrong with an answer to one of a borough's own questions, or `undefined`. */
function localAnswerProblem(question: FormQuestion, value: unknown): string | undefined {
  switch (question.type) {
    case "text":
    case "longText":
      return typeof value === "string" && value.trim() !== "" ? undefined : "is not text";
    case "integer":
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return "is not a number";
      if (question.type === "integer" && !Number.isSafeInteger(value)) return "is not a whole number";
      if (question.min !== undefined && value < question.min) return `is below ${question.min}`;
      if (question.max !== undefined && value > question.max) return `is above ${question.max}`;
      return undefined;
    case "date":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? undefined
        : "is not a date written YYYY-MM-DD";
    case "yesNo":
      return value === "yes" || value === "no" ? undefined : 'is not "yes" or "no"';
    case "choice":
      return question.options.some((o) => o.value === value) ? undefined : "is not one of the allowed answers";
    case "multiChoice":
      return Array.isArray(value) &&
        value.length > 0 &&
        new Set(value).size === value.length &&
        value.every((v) => question.options.some((o) => o.value === v))
        ? undefined
        : "is not a list of the allowed answers, each once";
  }
}

/**
 * Check the answers to a borough's own questions (ids `local.*` in its adapted definition): each
 * key a question of the definition, each answer of its type, required ones given.
 */
export function checkLocalAnswers(definition: FormDefinition, record: unknown): RuleViolation[] {
  const questions = questionsById(definition);
  const local = valueAt(record, "local");
  const answers =
    typeof local === "object" && local !== null && !Array.isArray(local) ? (local as Record<string, unknown>) : {};
  const violations: RuleViolation[] = [];
  for (const [key, value] of Object.entries(answers)) {
    const question = questions.get(`local.${key}`);
    if (!question) {
      violations.push({
        path: `local.${key}`,
        code: "unknown_field",
        message: "is not a question of this proforma",
        expected: "a question of the form",
      });
      continue;
    }
    const problem = localAnswerProblem(question, value);
    if (problem)
      violations.push({
        path: question.id,
        code: "invalid_answer",
        message: problem,
        expected: "an answer of the question's type",
      });
  }
  for (const question of questions.values()) {
    if (!question.id.startsWith("local.") || !question.required || question.when) continue;
    if (!(question.id.slice(6) in answers))
      violations.push({ path: question.id, code: "required", message: "is required", expected: "an answer" });
  }
  return violations;
}
