/**
 * From a form definition to what the page shows, and from what the page holds back to a record.
 * Pure functions over data, so the rendering rules are tested without a browser: the DOM code in
 * `render.ts` only turns these view models into elements.
 * @module
 */
import type { Problem } from "@st/core";
import {
  type AnswerValue,
  describeCondition,
  type FlatRecord,
  type FormDefinition,
  type FormQuestion,
  formQuestions,
  isQuestionShown,
  type TextResolver,
} from "@st/core/forms";

/** The control a question is answered with. */
export type FieldKind = "text" | "textarea" | "number" | "date" | "radios" | "checkboxes";

/** One option of a radio group or set of checkboxes. */
export interface OptionView {
  /** The option's value as the DOM holds it (numbers become text). */
  value: string;
  /** The words shown, terminology resolved. */
  label: string;
  /** The id of its input element. */
  domId: string;
}

/** One question as the page shows it. */
export interface FieldView {
  /** The question id, which is also the record field it fills (dotted for nested fields). */
  id: string;
  /** The id of its input element (of the first option for radios and checkboxes). */
  domId: string;
  /** The control it is answered with. */
  kind: FieldKind;
  /** The question, terminology resolved. */
  label: string;
  /** Help text, terminology resolved. */
  help?: string | undefined;
  /** Whether an answer is needed whenever the question applies. */
  required: boolean;
  /** When the question applies, in words (`only when "..." is "Yes"`), for conditional questions. */
  condition?: string | undefined;
  /** The question id this one depends on, for conditional questions. */
  dependsOn?: string | undefined;
  /** The options of a radio group or set of checkboxes. */
  options: OptionView[];
  /** Whether the field is free text worth checking with the language linter. */
  lint: boolean;
  /** The `inputmode` hint for on-screen keyboards. */
  inputMode?: "numeric" | "decimal" | undefined;
}

/** One section of a form: a fieldset with its legend. */
export interface SectionView {
  /** The section id. */
  id: string;
  /** The id of its fieldset element. */
  domId: string;
  /** The legend, terminology resolved. */
  title: string;
  /** Help text, terminology resolved. */
  help?: string | undefined;
  /** The questions, in order. */
  fields: FieldView[];
}

/** A whole form as the page shows it. */
export interface FormView {
  /** The definition's id. */
  id: string;
  /** The prefix of every element id of this form, so two forms on one page never clash. */
  prefix: string;
  /** The title, terminology resolved. */
  title: string;
  /** The description, terminology resolved. */
  description?: string | undefined;
  /** The sections, in order. */
  sections: SectionView[];
}

/**
 * What the page holds for one question before it becomes an answer: the text of a text box, the
 * value of the checked radio button (`""` when none is), or the values of the checked boxes.
 */
export type RawValue = string | readonly string[];

/** The id of the element of question `id` in the form with element-id prefix `prefix`. */
export function domIdOf(prefix: string, id: string): string {
  // HTML ids may hold dots, so question ids stay readable in the page (`cp-complaint.received`).
  return `${prefix}-${id}`;
}

function kindOf(question: FormQuestion): FieldKind {
  switch (question.type) {
    case "text":
      return "text";
    case "longText":
      return "textarea";
    case "integer":
    case "number":
      // A text box, not type=number: a browser's number box drops what it cannot parse, so the
      // person would never see the schema say what is wrong with "twenty".
      return "number";
    case "date":
      return "date";
    case "yesNo":
    case "yesNoUnknown":
    case "choice":
      return "radios";
    case "multiChoice":
      return "checkboxes";
  }
}

const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];
const YES_NO_UNKNOWN = [...YES_NO, { value: "unknown", label: "Not known" }];

function optionsOf(question: FormQuestion): { value: string | number; label: string }[] {
  if (question.type === "yesNo") return YES_NO;
  if (question.type === "yesNoUnknown") return YES_NO_UNKNOWN;
  if (question.type === "choice" || question.type === "multiChoice") return question.options;
  return [];
}

/**
 * The view model of a form: every section and question of `definition` with its labels resolved
 * by `resolve` (a terminology profile), its control, its options and its element ids. Generic: it
 * knows nothing of the proforma or the checklist, only of the definition's answer types.
 */
export function formView(definition: FormDefinition, resolve: TextResolver, prefix: string): FormView {
  return {
    id: definition.id,
    prefix,
    title: resolve(definition.title),
    description: definition.description === undefined ? undefined : resolve(definition.description),
    sections: definition.sections.map((section) => ({
      id: section.id,
      domId: `${prefix}-section-${section.id}`,
      title: resolve(section.title),
      help: section.help === undefined ? undefined : resolve(section.help),
      fields: section.questions.map((question): FieldView => {
        const domId = domIdOf(prefix, question.id);
        const kind = kindOf(question);
        return {
          id: question.id,
          domId,
          kind,
          label: resolve(question.label),
          help: question.help === undefined ? undefined : resolve(question.help),
          required: question.required === true,
          condition: describeCondition(definition, question, resolve),
          dependsOn: question.when?.question,
          options: optionsOf(question).map((option, i) => ({
            value: String(option.value),
            label: resolve(option.label),
            // The first option carries the question's own id, so `<label for>` and error links reach the group.
            domId: i === 0 ? domId : `${domId}-${i}`,
          })),
          lint: question.type === "longText",
          inputMode: question.type === "integer" ? "numeric" : question.type === "number" ? "decimal" : undefined,
        };
      }),
    })),
  };
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * The answer the page's `raw` value gives to `question`, or `undefined` when it gives none (an
 * empty or blank box, no radio button checked, no box ticked). Numbers are read as numbers when
 * they look like one and kept as typed otherwise, so the record's schema names what is wrong;
 * option values that are numbers (the proforma's stages) become numbers again.
 */
export function answerFrom(question: FormQuestion, raw: RawValue | undefined): AnswerValue | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== "string") {
    if (question.type !== "multiChoice" || raw.length === 0) return undefined;
    // In the definition's order, whatever order the boxes were ticked in.
    return question.options.filter((o) => raw.includes(String(o.value))).map((o) => o.value);
  }
  if (raw.trim() === "") return undefined;
  switch (question.type) {
    case "integer":
    case "number": {
      const text = raw.trim();
      return NUMBER.test(text) ? Number(text) : text;
    }
    case "choice":
      return question.options.find((o) => String(o.value) === raw)?.value ?? raw;
    case "longText":
      return raw;
    default:
      return raw.trim();
  }
}

/** Every question that applies to the answers in `raws`: conditions are judged on what is on the page. */
export function shownQuestions(definition: FormDefinition, raws: ReadonlyMap<string, RawValue>): ReadonlySet<string> {
  const answers: Record<string, AnswerValue> = {};
  for (const question of formQuestions(definition)) {
    const answer = answerFrom(question, raws.get(question.id));
    if (answer !== undefined) answers[question.id] = answer;
  }
  return new Set(formQuestions(definition).flatMap((q) => (isQuestionShown(definition, answers, q.id) ? [q.id] : [])));
}

/**
 * The flat record (one key per question id) the page's values make: every answered question that
 * applies. Answers to questions that no longer apply stay on the page, in case the person changes
 * their mind, but are left out of the record, which must not hold them.
 */
export function flatRecordFrom(definition: FormDefinition, raws: ReadonlyMap<string, RawValue>): FlatRecord {
  const shown = shownQuestions(definition, raws);
  const record: FlatRecord = {};
  for (const question of formQuestions(definition)) {
    if (!shown.has(question.id)) continue;
    const answer = answerFrom(question, raws.get(question.id));
    if (answer !== undefined) record[question.id] = answer;
  }
  return record;
}

/** Problems sorted to the questions they are about, and those about no one question. */
export interface PlacedProblems {
  /** Problems by question id. */
  byField: Map<string, Problem[]>;
  /** Problems about the record as a whole, or a part with no question of its own. */
  unplaced: Problem[];
}

/**
 * Put each problem next to its question: the question whose id is the problem's path, or the
 * nearest enclosing one (`process.copiedIn.1`, an item of a multiple choice, belongs to
 * `process.copiedIn`). With `resolve`, a placed problem names its question by the label the form
 * shows (a record schema may name a field more briefly than its form's question does).
 */
export function placeProblems(
  definition: FormDefinition,
  problems: readonly Problem[],
  resolve?: TextResolver,
): PlacedProblems {
  const questions = new Map(formQuestions(definition).map((q) => [q.id, q]));
  const ids = new Set(questions.keys());
  const byField = new Map<string, Problem[]>();
  const unplaced: Problem[] = [];
  for (const problem of problems) {
    const parts = problem.path.split(".");
    let id: string | undefined;
    for (let n = parts.length; n > 0 && id === undefined; n--) {
      const candidate = parts.slice(0, n).join(".");
      if (ids.has(candidate)) id = candidate;
    }
    if (id === undefined) unplaced.push(problem);
    else {
      const placed = resolve ? { ...problem, field: resolve(questions.get(id)!.label) } : problem;
      byField.set(id, [...(byField.get(id) ?? []), placed]);
    }
  }
  return { byField, unplaced };
}

/**
 * A problem in a sentence for the person filling the form: the question's label, what is wrong,
 * and what was expected when that helps (not for a missing answer, where the question says it).
 */
export function problemSentence(problem: Problem): string {
  const field = problem.field ? `“${problem.field}” ` : "";
  const expected =
    problem.received === "nothing" || problem.expected === "" || problem.code === "not_applicable"
      ? ""
      : ` Expected ${problem.expected}.`;
  const message = /[.!?]$/.test(problem.message) ? problem.message : `${problem.message}.`;
  return `${field}${message}${expected}`;
}
