/**
 * Answers to a form's questions: what each question expects in words, an answer written for people,
 * a question's condition described, and every answer of a flat record checked against the form
 * (type, allowed values, conditions, required questions), with problems named by label.
 * @module
 */

import { type YesNo, type YesNoUnknown, yesNoUnknownLabels, yesNoUnknownValues, yesNoValues } from "./answers.js";
import { checkArgument } from "./argument-checks.js";
import { describeValue, type Problem } from "./errors.js";
import {
  describeExpectedAnswer,
  type FormDefinition,
  type FormQuestion,
  MULTI_CHOICE_SEPARATOR,
  resolveWith,
  type TextResolver,
} from "./form-definition.js";
import { indexOf } from "./form-index.js";
import { findQuestion, isAnswered, isQuestionShown } from "./form-questions.js";
import { isIsoDate } from "./iso-date.js";
import { quoteList } from "./label-text.js";
import type { ProblemCode } from "./problem-codes.js";
import { defaultTerminology } from "./terminology.js";

const byDefault: TextResolver = /* @__PURE__ */ (() => resolveWith(defaultTerminology))();

function plain(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : describeValue(value);
}

/** An answer written for people: option labels for choices, Yes/No, text and numbers as they are. */
export function formatAnswer(question: FormQuestion, value: unknown, resolve: TextResolver = byDefault): string {
  checkArgument(question, "record", {
    fn: "formatAnswer",
    argument: "question",
    label: "Question",
    expected: "a form question",
  });
  if (question.type === "yesNo" || question.type === "yesNoUnknown")
    return typeof value === "string" && Object.hasOwn(yesNoUnknownLabels, value)
      ? yesNoUnknownLabels[value as YesNoUnknown]
      : describeValue(value);
  if (question.type === "choice" || question.type === "multiChoice") {
    const label = (v: unknown) => {
      const option = question.options.find((o) => o.value === v);
      return option ? resolve(option.label) : plain(v);
    };
    return Array.isArray(value) ? value.map(label).join(`${MULTI_CHOICE_SEPARATOR} `) : label(value);
  }
  return plain(value);
}

/**
 * When `question` applies, in words, e.g. `only when "Was it resolved at stage 1?" is "Yes"`;
 * `undefined` when it always applies.
 */
export function describeCondition(
  definition: FormDefinition,
  question: FormQuestion,
  resolve: TextResolver = byDefault,
): string | undefined {
  checkArgument(definition, "record", {
    fn: "describeCondition",
    argument: "definition",
    label: "Form definition",
    expected: "a form definition",
  });
  checkArgument(question, "record", {
    fn: "describeCondition",
    argument: "question",
    label: "Question",
    expected: "a form question",
  });
  if (!question.when) return undefined;
  const trigger = findQuestion(definition, question.when.question);
  if (!trigger) return `only when "${question.when.question}" is ${quoteList(question.when.equals.map(String))}`;
  const values = question.when.equals.map((v) => formatAnswer(trigger, v, resolve));
  const verb = trigger.type === "multiChoice" ? "includes" : "is";
  return `only when "${resolve(trigger.label)}" ${verb} ${quoteList(values)}`;
}

/** Options for {@link checkAnswers}. */
export interface CheckAnswersOptions {
  /** Resolves terminology placeholders in labels used in messages. */
  resolve?: TextResolver;
  /** Report keys that are not question ids (default true). */
  unknownFields?: boolean;
}

/**
 * Every problem with a flat record's answers against its form: unknown fields, answers of the
 * wrong type or outside their options or range, required answers missing where the question
 * applies, and answers given to questions that do not apply (they must be empty, so a record
 * never says both "not investigated" and "reached stage 2"). Each problem's `path` is the
 * question id and its `field` the question's label. Returns `[]` for a sound record.
 */
export function checkAnswers(
  definition: FormDefinition,
  record: Readonly<Record<string, unknown>>,
  options: CheckAnswersOptions = {},
): Problem[] {
  checkArgument(definition, "record", {
    fn: "checkAnswers",
    argument: "definition",
    label: "Form definition",
    expected: "a form definition",
  });
  checkArgument(record, "record", { fn: "checkAnswers", argument: "record", label: "Record" });
  checkArgument(options, "record", { fn: "checkAnswers", argument: "options", label: "Options" });
  const resolve = options.resolve ?? byDefault;
  const { questions, byId } = indexOf(definition);
  const problems: Problem[] = [];
  if (options.unknownFields !== false) {
    for (const key of Object.keys(record)) {
      if (!byId.has(key) && record[key] !== undefined)
        problems.push({
          path: key,
          field: key,
          expected: "a question of the form",
          received: `"${key}"`,
          message: `is not a question of "${resolve(definition.title)}"`,
          code: "unknown_field",
        });
    }
  }
  for (const question of questions) {
    const value = record[question.id];
    const label = () => resolve(question.label);
    const shown = isQuestionShown(definition, record, question.id);
    const answered = isAnswered(value);
    if (!answered) {
      if (shown && question.required)
        problems.push({
          path: question.id,
          field: label(),
          expected: describeExpectedAnswer(question, resolve),
          received: "nothing",
          message: question.when
            ? `needs an answer ${describeCondition(definition, question, resolve)?.replace(/^only /, "")}`
            : "needs an answer",
          code: "required",
        });
      continue;
    }
    if (!shown) {
      problems.push({
        path: question.id,
        field: label(),
        expected: "no answer",
        received: describeValue(value),
        message: `should be empty: it applies ${describeCondition(definition, question, resolve)}`,
        code: "not_applicable",
      });
      continue;
    }
    const problem = answerProblem(question, value, resolve);
    if (problem) problems.push({ path: question.id, field: label(), received: describeValue(value), ...problem });
  }
  return problems;
}

/**
 * What is wrong with one given answer to `question`, or `undefined` when it is a sound answer:
 * the right type, among the options, within `min`/`max` and `maxLength`.
 */
export function answerProblem(
  question: FormQuestion,
  value: unknown,
  resolve: TextResolver = byDefault,
): { expected: string; message: string; code: ProblemCode } | undefined {
  checkArgument(question, "record", {
    fn: "answerProblem",
    argument: "question",
    label: "Question",
    expected: "a form question",
  });
  // Described only when something is wrong: this runs for every answer of every record read.
  const wrong = (message: string, code: ProblemCode = "invalid_type") => ({
    expected: describeExpectedAnswer(question, resolve),
    message,
    code,
  });
  switch (question.type) {
    case "text":
    case "longText":
      if (typeof value !== "string") return wrong("is not text");
      if (question.maxLength !== undefined && value.length > question.maxLength)
        return wrong(`is ${value.length} characters long`, "too_long");
      return undefined;
    case "integer":
    case "number": {
      if (typeof value !== "number" || !Number.isFinite(value)) return wrong("is not a number");
      if (question.type === "integer" && !Number.isSafeInteger(value)) return wrong("is not a whole number");
      if (question.min !== undefined && value < question.min) return wrong(`is below ${question.min}`, "too_small");
      if (question.max !== undefined && value > question.max) return wrong(`is above ${question.max}`, "too_big");
      return undefined;
    }
    case "date":
      if (!isIsoDate(value)) return wrong("is not a date written YYYY-MM-DD");
      if (question.min !== undefined && value < question.min) return wrong(`is before ${question.min}`, "too_small");
      if (question.max !== undefined && value > question.max) return wrong(`is after ${question.max}`, "too_big");
      return undefined;
    case "yesNo":
      return yesNoValues.includes(value as YesNo) ? undefined : wrong('is not "yes" or "no"');
    case "yesNoUnknown":
      return yesNoUnknownValues.includes(value as YesNoUnknown) ? undefined : wrong('is not "yes", "no" or "unknown"');
    case "choice":
      return question.options.some((o) => o.value === value)
        ? undefined
        : wrong("is not one of the options", "invalid_option");
    case "multiChoice": {
      if (!Array.isArray(value)) return wrong("is not a list of options");
      const unknown = value.filter((v) => !question.options.some((o) => o.value === v));
      if (unknown.length)
        return wrong(`holds ${quoteList(unknown.map(plain), "and")}, not among the options`, "invalid_option");
      if (new Set(value).size !== value.length) return wrong("lists an option twice", "invalid_option");
      return undefined;
    }
  }
}
