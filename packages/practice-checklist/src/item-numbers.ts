import type { ChecklistDefinition } from "./definition.js";

/**
 * Item numbers such as `2.3`, by section and place in it over the whole checklist: the same number
 * in every mode and every rendering, whichever items a use shows (a chair's 1.2 is an auditor's 1.2).
 * @internal
 */
export function itemNumbers(definition: ChecklistDefinition): Map<string, string> {
  const numbers = new Map<string, string>();
  definition.sections.forEach((section, s) => {
    definition.items
      .filter((item) => item.section === section.id)
      .forEach((item, i) => {
        numbers.set(item.id, `${s + 1}.${i + 1}`);
      });
  });
  return numbers;
}
