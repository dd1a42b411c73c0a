/**
 * The proforma's conditional rules, interpreted from the form definition: a follow-up is required
 * when its trigger answer holds and must be empty when it does not; the dates of the statutory
 * procedure come in order. The engine reads untrusted input, so it never assumes a value's type:
 * a value of the wrong type is the schema's to report, and the rules stay silent about it.
 * @module
 */
import {
  answerProblem,
  describeCondition,
  type FormDefinition,
  type FormQuestion,
  formatAnswer,
  formQuestions,
  isAnswered,
  isQuestionShown,
} from "@st/core";

/** One broken rule, before it is told as a `Problem`-like issue. */
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
    map = new Map(formQuestions(definition).map((q) => [q.id, q]));
    indexes.set(definition, map);
  }
  return map;
}

// Labels stay templates here ({perpetrator}); they are rendered through a profile when shown.
const asTemplate = (text: string) => text;

/** The label a person sees for an answer value of a question (a template, placeholders unresolved). */
export function answerLabel(question: FormQuestion | undefined, value: unknown): string {
  return question ? formatAnswer(question, value, asTemplate) : String(value);
}

const CLOSED = new Set(["yesNo", "yesNoUnknown", "choice", "multiChoice"]);

/** True when `value` is an answer a closed question allows (any value for open questions). */
function isKnownAnswer(question: FormQuestion, value: unknown): boolean {
  return !CLOSED.has(question.type) || answerProblem(question, value, asTemplate) === undefined;
}

/** When a follow-up applies, in words: `when "Was the complaint investigated?" is "Yes"`. */
export function describeWhen(definition: FormDefinition, question: FormQuestion): string | undefined {
  return describeCondition(definition, question, asTemplate)?.replace(/^only /, "");
}

/** The record seen flat, keyed by question id, as `@st/core`'s form functions read records. */
function flatView(record: unknown): Readonly<Record<string, unknown>> {
  return new Proxy({} as Record<string, unknown>, {
    get: (_, key) => (typeof key === "string" ? valueAt(record, key) : undefined),
  });
}

/**
 * True when a question applies to a record: it has no condition, or its trigger applies and its
 * answer is (for a multiple choice: includes) one of the condition's values. A follow-up of a
 * follow-up that does not apply does not apply either.
 */
export function appliesTo(definition: FormDefinition, record: unknown, id: string): boolean {
  return isQuestionShown(definition, flatView(record), id);
}

/** A definition's follow-up questions, and the ids their conditions read: worked out once per definition. */
interface FollowUpPlan {
  readonly questions: readonly FormQuestion[];
  readonly triggerIds: readonly string[];
}

const followUpPlans = new WeakMap<FormDefinition, FollowUpPlan>();

function followUpPlanOf(definition: FormDefinition): FollowUpPlan {
  let plan = followUpPlans.get(definition);
  if (!plan) {
    const questions = [...questionsById(definition).values()].filter((q) => q.when !== undefined);
    plan = { questions, triggerIds: [...new Set(questions.map((q) => q.when!.question))] };
    followUpPlans.set(definition, plan);
  }
  return plan;
}

/**
 * Check a record's follow-up questions against their triggers, as the definition declares them:
 * required when the trigger holds, empty when it does not. A follow-up whose trigger holds an
 * answer the trigger does not allow is not judged, so one mistake is reported once.
 */
export function checkFollowUps(definition: FormDefinition, record: unknown): RuleViolation[] {
  const questions = questionsById(definition);
  const plan = followUpPlanOf(definition);
  // The trigger answers, read once per record (this runs for every record of a file): the flat
  // view `isQuestionShown` reads, without a proxy reading the record again for every question.
  const triggers: Record<string, unknown> = {};
  for (const id of plan.triggerIds) triggers[id] = valueAt(record, id);
  const violations: RuleViolation[] = [];
  for (const question of plan.questions) {
    const triggerId = question.when!.question;
    const trigger = questions.get(triggerId);
    const triggerValue = triggers[triggerId];
    if (trigger && triggerValue !== undefined && !isKnownAnswer(trigger, triggerValue)) continue;
    const applies = isQuestionShown(definition, triggers, question.id);
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

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Check that the procedure's dates come in order and that no date is given without the one it needs. */
export function checkProcedureDates(definition: FormDefinition, record: unknown): RuleViolation[] {
  const questions = questionsById(definition);
  const label = (id: string) => questions.get(id)?.label ?? id;
  const violations: RuleViolation[] = [];
  const date = (id: string): string | undefined => {
    const value = valueAt(record, id);
    // Only well-formed dates take part; the schema reports the rest.
    return typeof value === "string" && DATE_SHAPE.test(value) ? value : undefined;
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

const requiredLocal = new WeakMap<FormDefinition, readonly FormQuestion[]>();

/** A borough's own questions that are always required: found once per definition, not per record. */
function requiredLocalQuestionsOf(definition: FormDefinition): readonly FormQuestion[] {
  let list = requiredLocal.get(definition);
  if (!list) {
    list = [...questionsById(definition).values()].filter((q) => q.id.startsWith("local.") && q.required && !q.when);
    requiredLocal.set(definition, list);
  }
  return list;
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
    const problem = answerProblem(question, value, asTemplate);
    if (problem)
      violations.push({
        path: question.id,
        code: "invalid_answer",
        message: problem.message,
        expected: problem.expected,
      });
  }
  for (const question of requiredLocalQuestionsOf(definition)) {
    if (!(question.id.slice(6) in answers))
      violations.push({ path: question.id, code: "required", message: "is required", expected: "an answer" });
  }
  return violations;
}
