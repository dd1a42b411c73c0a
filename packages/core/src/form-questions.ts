/**
 * The questions of a form definition, found by id and indexed once per definition, and whether a
 * question applies to a flat record (its condition met).
 * @module
 */
import { checkArgument } from "./argument-checks.js";
import type { FormDefinition, FormQuestion } from "./form-definition.js";
import { indexOf } from "./form-index.js";

/** Every question of a form in order, across its sections. */
export function formQuestions(definition: FormDefinition): readonly FormQuestion[] {
  checkArgument(definition, "record", {
    fn: "formQuestions",
    argument: "definition",
    label: "Form definition",
    expected: "a form definition",
  });
  return indexOf(definition).questions;
}

/** The question with id `id`, or `undefined`. */
export function findQuestion(definition: FormDefinition, id: string): FormQuestion | undefined {
  checkArgument(definition, "record", {
    fn: "findQuestion",
    argument: "definition",
    label: "Form definition",
    expected: "a form definition",
  });
  checkArgument(id, "text", { fn: "findQuestion", argument: "id", label: "Question id" });
  return indexOf(definition).byId.get(id);
}

/** True when an answer counts as given: not `undefined`, `null`, blank text or an empty list. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * True when question `id` applies to `record` (a flat record): it has no condition, or its
 * condition's question applies and its answer equals one of the condition's values (for a
 * `multiChoice` answer: includes one). A question that depends on one that does not apply does
 * not apply either, so "what was upheld" disappears with "was it upheld".
 */
export function isQuestionShown(
  definition: FormDefinition,
  record: Readonly<Record<string, unknown>>,
  id: string,
): boolean {
  checkArgument(definition, "record", {
    fn: "isQuestionShown",
    argument: "definition",
    label: "Form definition",
    expected: "a form definition",
  });
  checkArgument(record, "record", { fn: "isQuestionShown", argument: "record", label: "Record" });
  checkArgument(id, "text", { fn: "isQuestionShown", argument: "id", label: "Question id" });
  const { byId } = indexOf(definition);
  let question = byId.get(id);
  // Conditions point to earlier questions only (validateFormDefinition), so this walk ends.
  for (let guard = 0; question?.when && guard <= byId.size; guard++) {
    const { question: triggerId, equals } = question.when;
    const answer = record[triggerId];
    const matches = Array.isArray(answer)
      ? answer.some((a) => equals.includes(a as string | number))
      : equals.includes(answer as string | number);
    if (!matches) return false;
    question = byId.get(triggerId);
  }
  return true;
}
