/**
 * A borough's adapted proforma: its own labels, help text, order and extra questions, checked
 * against the partnership's so that records stay comparable across boroughs.
 * @module
 */
import { describeValue, type Problem, type ProblemCode, StValidationError } from "@st/core";
import { type FormDefinition, type FormQuestion, safeValidateFormDefinition } from "@st/core/forms";
import { checkRecordArgument } from "./arguments.js";
import { complaintsProforma, PROFORMA_QUESTIONS_SINCE } from "./proforma.js";
import { questionsById } from "./rules.js";

/** The prefix of a borough's own question ids: their answers are stored under `local` in the record. */
export const LOCAL_PREFIX = "local.";

const REGISTER_REQUIRED = new Set(
  [...questionsById(complaintsProforma).values()].filter((q) => q.required && !q.when).map((q) => q.id),
);

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v) => b.includes(v));
}

function optionValues(q: FormQuestion): readonly (string | number)[] {
  return "options" in q ? q.options.map((o) => o.value) : [];
}

/**
 * The problems that keep a definition from being an adaptation of the partnership's proforma,
 * empty when it is one. An adaptation may relabel and reword every question, section and option,
 * reorder them, make more questions required, and add questions of its own with ids
 * `local.<name>`. It must keep every question of the proforma with its id, answer type, option
 * values and condition, and keep the register's required answers required: those are what make
 * boroughs' records comparable, and what the record schema and the summary read.
 */
export function proformaAdaptationProblems(input: unknown, base: FormDefinition = complaintsProforma): Problem[] {
  checkRecordArgument("proformaAdaptationProblems", "base", base);
  // First a sound form definition at all (shape, unique ids, conditions on earlier questions, labels).
  const sound = safeValidateFormDefinition(input);
  if (!sound.ok) return sound.problems;
  const definition = sound.value;
  const problems: Problem[] = [];
  const mine = questionsById(definition);
  const add = (path: string, field: string, message: string, expected: string, received: unknown, code: ProblemCode) =>
    problems.push({ path, field, message, expected, received: describeValue(received), code });
  for (const q of questionsById(base).values()) {
    const adapted = mine.get(q.id);
    if (!adapted) {
      const since = PROFORMA_QUESTIONS_SINCE[q.id];
      add(
        q.id,
        q.label,
        since === undefined
          ? "is missing: every question of the proforma must stay"
          : `is missing: version ${since} of the proforma added it, so an adaptation of an earlier version needs it added (copy it from complaintsProforma)`,
        `a question with id ${q.id}`,
        undefined,
        "missing_question",
      );
      continue;
    }
    if (adapted.type !== q.type) {
      add(q.id, adapted.label, "has another answer type than the proforma's", q.type, adapted.type, "changed_type");
      continue;
    }
    if (!sameValues(optionValues(adapted), optionValues(q)))
      add(
        q.id,
        adapted.label,
        "has other option values than the proforma's: relabel options, never change their values",
        optionValues(q).join(", "),
        optionValues(adapted).join(", "),
        "changed_options",
      );
    const condition = (x: FormQuestion) =>
      x.when ? `${x.when.question} in ${[...x.when.equals].sort().join(",")}` : "always";
    if (condition(adapted) !== condition(q))
      add(
        q.id,
        adapted.label,
        "applies under another condition than the proforma's",
        condition(q),
        condition(adapted),
        "changed_condition",
      );
    if (REGISTER_REQUIRED.has(q.id) && !adapted.required)
      add(
        q.id,
        adapted.label,
        "must stay required: every record needs it",
        "required: true",
        adapted.required,
        "not_required",
      );
  }
  for (const q of mine.values()) {
    if (questionsById(base).has(q.id)) continue;
    if (!q.id.startsWith(LOCAL_PREFIX) || q.id.split(".").length !== 2)
      add(
        q.id,
        q.label,
        `is not a question of the proforma: a borough's own questions have ids such as ${LOCAL_PREFIX}myQuestion`,
        `an id starting ${LOCAL_PREFIX}`,
        q.id,
        "invalid_local_id",
      );
  }
  return problems;
}

/**
 * Check that a definition is a sound adaptation of the partnership's proforma (see
 * {@link proformaAdaptationProblems}) and return it.
 * @throws {@link @st/core!index.StValidationError} listing every problem.
 */
export function validateProformaAdaptation(input: unknown): FormDefinition {
  const problems = proformaAdaptationProblems(input);
  if (problems.length) throw new StValidationError(problems, { subject: "adapted proforma" });
  return input as FormDefinition;
}
