/**
 * The questions of a form definition in order and by id, built once a definition. Internal: not
 * exported from the package.
 * @module
 */
import type { FormDefinition, FormQuestion } from "./form-definition.js";

interface FormIndex {
  questions: FormQuestion[];
  byId: Map<string, FormQuestion>;
}

const indexes = new WeakMap<FormDefinition, FormIndex>();

/** The index of a definition, built on first use and kept while the definition lives. */
export function indexOf(definition: FormDefinition): FormIndex {
  let index = indexes.get(definition);
  if (!index) {
    const questions = definition.sections.flatMap((s) => s.questions);
    index = { questions, byId: new Map(questions.map((q) => [q.id, q])) };
    indexes.set(definition, index);
  }
  return index;
}
