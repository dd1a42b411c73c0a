/**
 * The proforma's conditional rules, interpreted from the form definition: a follow-up is required
 * when its trigger answer holds and must be empty when it does not; the dates of the statutory
 * procedure come in order. The engine reads untrusted input, so it never assumes a value's type:
 * a value of the wrong type is the schema's to report, and the rules stay silent about it.
 * @module
 */
import type { FormDefinition, Question } from "./pending/form.js";

/** One broken rule, before it is told as a {@link Problem}-like issue. */
export interface RuleViolation {
  /** Dotted path of the answer at fault. */
  path: string;
  /** Stable code: `required_follow_up`, `unexpected_follow_up` or `date_order`. */
  code: "required_follow_up" | "unexpected_follow_up" | "date_order";
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

/** Read a dotted path from an untrusted value; `undefined` when any step is not an object. */
export function valueAt(record: unknown, path: string): unknown {
  let value = record;
  for (const key of path.split(".")) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

/** Every question of a definition by its id. */
export function questionsById(definition: FormDefinition): Map<string, Question> {
  const map = new Map<string, Question>();
  for (const section of definition.sections) for (const q of section.questions) map.set(q.id, q);
  return map;
}

const YES_NO_LABELS: Record<string, string> = { yes: "Y", no: "N" };

/** The label a person sees for an answer value of a question. */
export function answerLabel(question: Question | undefined, value: unknown): string {
  if (question?.type === "yesNo" && typeof value === "string") return YES_NO_LABELS[value] ?? String(value);
  const option = question?.options?.find((o) => o.value === value);
  return option ? option.label : String(value);
}

/** True when `value` is one of the values a closed question allows (any value for open questions). */
function isKnownAnswer(question: Question, value: unknown): boolean {
  if (question.type === "yesNo") return value === "yes" || value === "no";
  if (question.type === "choice") return question.options?.some((o) => o.value === value) ?? false;
  if (question.type === "multiChoice")
    return Array.isArray(value) && value.every((v) => question.options?.some((o) => o.value === v));
  return true;
}

function isAnswered(value: unknown): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function listLabels(question: Question | undefined, values: readonly (string | number)[]): string {
  const labels = values.map((v) => answerLabel(question, v));
  return labels.length <= 1 ? (labels[0] ?? "") : `${labels.slice(0, -1).join(", ")} or ${labels.at(-1)}`;
}

/**
 * Check a record's follow-up questions against their triggers, as the definition declares them.
 * A follow-up whose trigger is unanswerable (a wrong type, an unknown option) is not judged, so one
 * mistake is reported once.
 */
export function checkFollowUps(definition: FormDefinition, record: unknown): RuleViolation[] {
  const questions = questionsById(definition);
  const violations: RuleViolation[] = [];
  for (const section of definition.sections) {
    for (const question of section.questions) {
      const condition = question.when;
      if (!condition) continue;
      const trigger = questions.get(condition.question);
      const triggerValue = valueAt(record, condition.question);
      if (trigger && triggerValue !== undefined && !isKnownAnswer(trigger, triggerValue)) continue;
      const holds = Array.isArray(triggerValue)
        ? triggerValue.some((v) => condition.in.includes(v as string | number))
        : condition.in.includes(triggerValue as string | number);
      const answered = isAnswered(valueAt(record, question.id));
      const triggerLabel = trigger?.label ?? condition.question;
      const answers = listLabels(trigger, condition.in);
      const verb = trigger?.type === "multiChoice" ? "includes" : "is";
      if (holds && question.required && !answered) {
        violations.push({
          path: question.id,
          code: "required_follow_up",
          message: `is required because "${triggerLabel}" ${verb} ${answerLabel(trigger, Array.isArray(triggerValue) ? condition.in.find((v) => triggerValue.includes(v)) : triggerValue)}`,
          expected: "an answer",
        });
      } else if (!holds && answered) {
        violations.push({
          path: question.id,
          code: "unexpected_follow_up",
          message: `must be empty unless "${triggerLabel}" ${verb} ${answers}`,
          expected: "no answer",
        });
      }
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
