/**
 * The problems an answer can have when it is scored or summarised against its definition.
 * @module
 */
import type { Problem } from "@st/core";
import { type AnswerScale, type CanonicalAnswer, canonicalAnswer } from "./answer-scale.js";
import type { ItemAnswer } from "./completed-checklist.js";
import type { ChecklistItem } from "./definition.js";

/** A sound answer's item and what its answer means, or the problem with it. @internal */
export type CheckedAnswer =
  | { item: ChecklistItem; meaning: CanonicalAnswer; problem?: undefined }
  | { problem: Problem; item?: undefined; meaning?: undefined };

/**
 * Check the `index`-th answer of a record: the item must be in the definition, the answer on its
 * scale, and the item not already in `answered` (to which a sound answer's item is added).
 * Scoring throws the problem; summarising collects it.
 * @internal
 */
export function checkAnswer(
  answer: ItemAnswer,
  index: number,
  items: ReadonlyMap<string, ChecklistItem>,
  scale: AnswerScale,
  answered: Set<string>,
): CheckedAnswer {
  const item = items.get(answer.item);
  const meaning = canonicalAnswer(scale, answer.answer);
  if (!item || meaning === undefined) {
    const problem: Problem = {
      path: `answers.${index}`,
      field: `Answer to ${answer.item}`,
      expected: item ? `one of ${scale.options.map((o) => o.value).join(", ")}` : "an item of the checklist",
      received: JSON.stringify(item ? answer.answer : answer.item),
      message: item ? "is not an answer on the checklist's scale" : "is not an item of the checklist",
      code: item ? "invalid_answer" : "unknown_item",
    };
    return { problem };
  }
  if (answered.has(item.id)) {
    const problem: Problem = {
      path: `answers.${index}.item`,
      field: `Answer to ${item.id}`,
      expected: "one answer per item",
      received: `a second answer to ${item.id}`,
      message: "is answered more than once",
      code: "duplicate_answer",
    };
    return { problem };
  }
  answered.add(item.id);
  return { item, meaning };
}
