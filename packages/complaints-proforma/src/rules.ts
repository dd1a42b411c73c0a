/**
 * The proforma's conditional rules, interpreted from the form definition: a follow-up is required
 * when its trigger answer holds and must be empty when it does not; the dates of the statutory
 * procedure come in order. The engine reads untrusted input, so it never assumes a value's type:
 * a value of the wrong type is the schema's to report, and the rules stay silent about it.
 * @module
 */
import { checkArgument } from "@st/core";
import {
  answerProblem,
  describeCondition,
  type FormDefinition,
  type FormQuestion,
  formatAnswer,
  formQuestions,
  isAnswered,
  isQuestionShown,
  yesNoUnknownValues,
  yesNoValues,
} from "@st/core/forms";
import { checkRecordArgument } from "./arguments.js";
import { compileFunction } from "./quick-accept.js";

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

/** Reads the answers at a fixed list of paths from an untrusted value, in the list's order. */
type AnswersReader = (record: unknown) => unknown[];

/** Read an already-split path from an untrusted value; `undefined` when any step is not an object. */
function readKeys(record: unknown, keys: readonly string[]): unknown {
  let value = record;
  for (const key of keys) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

/**
 * {@link readKeys} for a list of paths written out as code: each section read once, every key a
 * fixed name. Reading by a variable key, across the many shapes records come in, costs several
 * times more, and the rules read some fifty answers of every record. The ids come from a borough's
 * definition, so they enter the code only as JSON string literals. Where code cannot be compiled (a
 * Content Security Policy, or zod set to `jitless`), the loop.
 */
function compileAnswers(paths: readonly string[]): AnswersReader {
  let names = 0;
  // The code for the paths (each with its position) whose first `depth` keys led to `value`.
  const emit = (value: string, entries: readonly { keys: string[]; at: number }[], depth: number): string => {
    let code = "";
    const groups = new Map<string, { keys: string[]; at: number }[]>();
    for (const entry of entries) {
      if (entry.keys.length === depth) code += `out[${entry.at}] = ${value};\n`;
      else groups.set(entry.keys[depth]!, [...(groups.get(entry.keys[depth]!) ?? []), entry]);
    }
    if (groups.size === 0) return code;
    code += `if (typeof ${value} === "object" && ${value} !== null && !Array.isArray(${value})) {\n`;
    for (const [key, group] of groups) {
      const k = JSON.stringify(key);
      const next = `v${names++}`;
      code += `const ${next} = hasOwn(${value}, ${k}) ? ${value}[${k}] : undefined;\n${emit(next, group, depth + 1)}`;
    }
    return `${code}}\n`;
  };
  const entries = paths.map((path, at) => ({ keys: path.split("."), at }));
  const body = `const out = [${paths.map(() => "undefined").join(", ")}];\n${emit("record", entries, 0)}return out;`;
  const make = compileFunction(["hasOwn"], `return function readAnswers(record) {\n${body}\n};`);
  return (
    (make?.(Object.hasOwn as never) as AnswersReader | undefined) ??
    ((record) => entries.map(({ keys }) => readKeys(record, keys)))
  );
}

// Paths are the definitions' question ids: few, and read for every record.
const segments = new Map<string, readonly string[]>();

/** Read a dotted path from an untrusted value; `undefined` when any step is not an object. */
export function valueAt(record: unknown, path: string): unknown {
  if (typeof path !== "string")
    checkArgument(path, "text", {
      fn: "valueAt",
      argument: "path",
      label: "Question id",
      expected: "a dotted question id",
    });
  return readPath(record, path);
}

/** {@link valueAt} unchecked, for the rules, which read it for every record. */
function readPath(record: unknown, path: string): unknown {
  let keys = segments.get(path);
  if (!keys) {
    keys = path.split(".");
    if (segments.size < 10_000) segments.set(path, keys);
  }
  return readKeys(record, keys);
}

const indexes = new WeakMap<FormDefinition, ReadonlyMap<string, FormQuestion>>();

/** Every question of a definition by its id, in order. Built once per definition. */
export function questionsById(definition: FormDefinition): ReadonlyMap<string, FormQuestion> {
  checkRecordArgument("questionsById", "definition", definition);
  return questionIndex(definition);
}

/** {@link questionsById} unchecked, for the rules, which read it for every record. */
function questionIndex(definition: FormDefinition): ReadonlyMap<string, FormQuestion> {
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
  checkRecordArgument("answerLabel", "question", question, true);
  return question ? formatAnswer(question, value, asTemplate) : String(value);
}

/** When a follow-up applies, in words: `when "Was the complaint investigated?" is "Yes"`. */
export function describeWhen(definition: FormDefinition, question: FormQuestion): string | undefined {
  checkRecordArgument("describeWhen", "definition", definition);
  checkRecordArgument("describeWhen", "question", question);
  return describeCondition(definition, question, asTemplate)?.replace(/^only /, "");
}

/** The record seen flat, keyed by question id, as `@st/core`'s form functions read records. */
function flatView(record: unknown): Readonly<Record<string, unknown>> {
  return new Proxy({} as Record<string, unknown>, {
    get: (_, key) => (typeof key === "string" ? readPath(record, key) : undefined),
  });
}

/**
 * True when a question applies to a record: it has no condition, or its trigger applies and its
 * answer is (for a multiple choice: includes) one of the condition's values. A follow-up of a
 * follow-up that does not apply does not apply either.
 */
export function appliesTo(definition: FormDefinition, record: unknown, id: string): boolean {
  checkRecordArgument("appliesTo", "definition", definition);
  if (typeof id !== "string")
    checkArgument(id, "text", { fn: "appliesTo", argument: "id", label: "Question id", expected: "a question id" });
  return isQuestionShown(definition, flatView(record), id);
}

/** A question a follow-up's condition reads, and how to tell whether its answer is one the question allows. */
interface TriggerPlan {
  /** `undefined` when the trigger is not a question of the definition (then every answer is judged). */
  readonly isKnown: ((value: unknown) => boolean) | undefined;
}

/** One link of a follow-up's chain of conditions: the trigger (by position) and the answers that make it apply. */
interface ConditionLink {
  readonly trigger: number;
  /** The condition's answers, compared as `includes` compares them (SameValueZero). */
  readonly equals: ReadonlySet<unknown>;
}

interface FollowUpStep {
  readonly question: FormQuestion;
  /** The position of its own trigger among the plan's triggers. */
  readonly trigger: number;
  /** Its condition, then its trigger's condition, and so on: what `isQuestionShown` walks. */
  readonly chain: readonly ConditionLink[];
}

/** A definition's follow-up questions and the triggers their conditions read: worked out once per definition. */
interface FollowUpPlan {
  readonly triggers: readonly TriggerPlan[];
  readonly followUps: readonly FollowUpStep[];
  /** Reads the triggers' answers, then the follow-ups' answers, in order. */
  readonly readAnswers: AnswersReader;
}

/**
 * `isKnownAnswer` for one closed question, without describing the problem: this runs for every
 * trigger of every record. Option values are compared as `answerProblem` compares them (a value
 * that is not equal to itself, NaN, matches no option).
 */
function knownAnswerTest(question: FormQuestion): ((value: unknown) => boolean) | undefined {
  const allowed = (values: readonly unknown[]) => new Set(values.filter((v) => !Number.isNaN(v)));
  switch (question.type) {
    case "yesNo": {
      const set = allowed(yesNoValues);
      return (value) => set.has(value);
    }
    case "yesNoUnknown": {
      const set = allowed(yesNoUnknownValues);
      return (value) => set.has(value);
    }
    case "choice": {
      const set = allowed(question.options.map((o) => o.value));
      return (value) => set.has(value);
    }
    case "multiChoice": {
      const set = allowed(question.options.map((o) => o.value));
      return (value) => Array.isArray(value) && value.every((v) => set.has(v)) && new Set(value).size === value.length;
    }
    default:
      return () => true;
  }
}

const followUpPlans = new WeakMap<FormDefinition, FollowUpPlan>();

function followUpPlanOf(definition: FormDefinition): FollowUpPlan {
  let plan = followUpPlans.get(definition);
  if (plan) return plan;
  const byId = questionIndex(definition);
  const triggerIds: string[] = [];
  const triggerOf = (id: string) => {
    const at = triggerIds.indexOf(id);
    return at >= 0 ? at : triggerIds.push(id) - 1;
  };
  const followUps = [...byId.values()]
    .filter((q) => q.when !== undefined)
    .map((question): FollowUpStep => {
      const chain: ConditionLink[] = [];
      // The walk `isQuestionShown` makes, with its guard; conditions point to earlier questions only.
      let link: FormQuestion | undefined = question;
      for (let guard = 0; link?.when && guard <= byId.size; guard++) {
        chain.push({ trigger: triggerOf(link.when.question), equals: new Set(link.when.equals) });
        link = byId.get(link.when.question);
      }
      return { question, trigger: triggerOf(question.when!.question), chain };
    });
  const triggers = triggerIds.map((id): TriggerPlan => {
    const trigger = byId.get(id);
    return { isKnown: trigger && knownAnswerTest(trigger) };
  });
  const readAnswers = compileAnswers([...triggerIds, ...followUps.map((f) => f.question.id)]);
  plan = { triggers, followUps, readAnswers };
  followUpPlans.set(definition, plan);
  return plan;
}

/** True when every condition of a chain holds for the trigger answers read (as `isQuestionShown` decides). */
function chainHolds(chain: readonly ConditionLink[], answers: readonly unknown[]): boolean {
  for (const { trigger, equals } of chain) {
    const answer = answers[trigger];
    const matches = Array.isArray(answer) ? answer.some((a) => equals.has(a)) : equals.has(answer);
    if (!matches) return false;
  }
  return true;
}

/**
 * Check a record's follow-up questions against their triggers, as the definition declares them:
 * required when the trigger holds, empty when it does not. A follow-up whose trigger holds an
 * answer the trigger does not allow is not judged, so one mistake is reported once.
 */
export function checkFollowUps(definition: FormDefinition, record: unknown): RuleViolation[] {
  checkRecordArgument("checkFollowUps", "definition", definition);
  const { triggers, followUps, readAnswers } = followUpPlanOf(definition);
  // The trigger answers, then each follow-up's, read at once (this runs for every record of a file).
  const answers = readAnswers(record);
  const violations: RuleViolation[] = [];
  for (let i = 0; i < followUps.length; i++) {
    const followUp = followUps[i]!;
    const { isKnown } = triggers[followUp.trigger]!;
    const triggerValue = answers[followUp.trigger];
    if (isKnown && triggerValue !== undefined && !isKnown(triggerValue)) continue;
    const applies = chainHolds(followUp.chain, answers);
    const { question } = followUp;
    const answered = isAnswered(answers[triggers.length + i]);
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

// The answers the date rules read, at once: the dates in order, then the date received and the
// Ombudsman referral, then each date that needs another and the one it needs.
const DATE_PATHS = [
  ...PROCEDURE_DATE_ORDER,
  "complaint.received",
  "stages.ombudsmanReferral",
  ...PROCEDURE_DATE_REQUIRES.flat(),
];
const RECEIVED_AT = PROCEDURE_DATE_ORDER.length;
const REQUIRES_AT = RECEIVED_AT + 2;
let readDateAnswers: AnswersReader | undefined;

/** A well-formed date, or `undefined`: only those take part; the schema reports the rest. */
function asDate(value: unknown): string | undefined {
  return typeof value === "string" && DATE_SHAPE.test(value) ? value : undefined;
}

/** Check that the procedure's dates come in order and that no date is given without the one it needs. */
export function checkProcedureDates(definition: FormDefinition, record: unknown): RuleViolation[] {
  checkRecordArgument("checkProcedureDates", "definition", definition);
  const label = (id: string) => questionIndex(definition).get(id)?.label ?? id;
  const violations: RuleViolation[] = [];
  // The dates seen so far, in order, by their position in PROCEDURE_DATE_ORDER.
  const seen: number[] = [];
  readDateAnswers ??= compileAnswers(DATE_PATHS);
  const answers = readDateAnswers(record);
  const values = PROCEDURE_DATE_ORDER.map((_, at) => asDate(answers[at]));
  values.forEach((value, at) => {
    if (value === undefined) return;
    // Name the latest earlier date it precedes: the one a person most likely mistyped against.
    let conflict: number | undefined;
    for (const earlier of seen)
      if (value < values[earlier]! && (conflict === undefined || values[earlier]! > values[conflict]!))
        conflict = earlier;
    if (conflict !== undefined) {
      const earlier = values[conflict]!;
      violations.push({
        path: PROCEDURE_DATE_ORDER[at]!,
        code: "date_order",
        message: `is before "${label(PROCEDURE_DATE_ORDER[conflict]!)}" (${earlier})`,
        expected: `a date on or after ${earlier}`,
      });
    }
    seen.push(at);
  });
  const received = asDate(answers[RECEIVED_AT]);
  const ombudsman = asDate(answers[RECEIVED_AT + 1]);
  if (received && ombudsman && ombudsman < received) {
    violations.push({
      path: "stages.ombudsmanReferral",
      code: "date_order",
      message: `is before "${label("complaint.received")}" (${received})`,
      expected: `a date on or after ${received}`,
    });
  }
  PROCEDURE_DATE_REQUIRES.forEach((_, i) => {
    if (answers[REQUIRES_AT + 2 * i] !== undefined && answers[REQUIRES_AT + 2 * i + 1] === undefined) {
      const needed = label(PROCEDURE_DATE_REQUIRES[i]![1]);
      violations.push({
        path: PROCEDURE_DATE_REQUIRES[i]![0],
        code: "date_order",
        message: `is given without "${needed}"`,
        expected: `"${needed}" as well`,
      });
    }
  });
  return violations;
}

const requiredLocal = new WeakMap<FormDefinition, readonly FormQuestion[]>();

/** A borough's own questions that are always required: found once per definition, not per record. */
function requiredLocalQuestionsOf(definition: FormDefinition): readonly FormQuestion[] {
  let list = requiredLocal.get(definition);
  if (!list) {
    list = [...questionIndex(definition).values()].filter((q) => q.id.startsWith("local.") && q.required && !q.when);
    requiredLocal.set(definition, list);
  }
  return list;
}

/**
 * Check the answers to a borough's own questions (ids `local.*` in its adapted definition): each
 * key a question of the definition, each answer of its type, required ones given.
 */
export function checkLocalAnswers(definition: FormDefinition, record: unknown): RuleViolation[] {
  checkRecordArgument("checkLocalAnswers", "definition", definition);
  const questions = questionIndex(definition);
  const local = readPath(record, "local");
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
