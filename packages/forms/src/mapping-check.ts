/**
 * A mapping checked against the record it maps onto, before any data goes through it: every
 * target is one of our fields, every code gives a value that field allows, every required field is
 * filled. Mistakes in a mapping are found when it is written, not form by form.
 * @module
 */
import { checkArgument, describeValue, type Problem, type ProblemCode } from "@st/core";
import { answerProblem, type FormQuestion, findQuestion } from "@st/core/forms";
import { defaultTerminology, renderLabel } from "@st/core/practice";
import type { FieldMapping, FormMapping } from "./mapping.js";
import type { MappingTarget } from "./targets.js";

const CODED_TYPES = new Set(["yesNo", "yesNoUnknown", "choice", "multiChoice"]);

/** The mapping's own labels for a problem: which entry of the mapping it is about. */
function entry(field: FieldMapping): Pick<Problem, "path" | "field"> {
  return { path: field.source, field: `${field.source} ("${field.label}") -> ${field.target}` };
}

/** A problem with the mapping, named by its code, what is wrong, what was expected and what was found. */
function problem(
  at: Pick<Problem, "path" | "field">,
  code: ProblemCode,
  message: string,
  expected: string,
  received: string,
): Problem {
  return { ...at, code, message, expected, received };
}

/** What is wrong with one field entry against the question it targets. */
function checkField(field: FieldMapping, question: FormQuestion, mapping: FormMapping): Problem[] {
  const at = entry(field);
  const problems: Problem[] = [];
  const ours = `our field ${field.target} ("${renderLabel(question.label, defaultTerminology)}")`;
  if (field.codes && !CODED_TYPES.has(question.type))
    problems.push(
      problem(
        at,
        "codes_not_allowed",
        `has answer codes, but ${ours} takes ${question.type} answers`,
        "no codes",
        "codes",
      ),
    );
  if (field.format && question.type !== "date")
    problems.push(
      problem(at, "format_not_allowed", `has a date format, but ${ours} is not a date`, "no date format", field.format),
    );
  if (field.separator && question.type !== "multiChoice")
    problems.push(
      problem(
        at,
        "separator_not_allowed",
        `has a separator, but ${ours} takes one answer`,
        "no separator",
        JSON.stringify(field.separator),
      ),
    );
  const codes =
    field.codes ?? (question.type === "yesNo" || question.type === "yesNoUnknown" ? mapping.yesNo : undefined);
  if (codes && CODED_TYPES.has(question.type)) {
    const single = question.type === "multiChoice" ? { ...question, type: "choice" as const } : question;
    const separator = field.separator ?? mapping.separator;
    for (const [code, value] of Object.entries(codes)) {
      const wrong = answerProblem(single, value);
      if (wrong)
        problems.push(
          problem(
            { ...at, path: `${field.source}=${code}` },
            "invalid_code_value",
            `the code "${code}" gives a value ${ours} does not allow`,
            wrong.expected,
            describeValue(value),
          ),
        );
      if (question.type === "multiChoice" && code.includes(separator))
        problems.push(
          problem(
            at,
            "code_holds_separator",
            `the code "${code}" holds the separator, so it would be split in two`,
            `codes without "${separator}"`,
            JSON.stringify(code),
          ),
        );
    }
  }
  if (field.default !== undefined) {
    const wrong = answerProblem(question, field.default);
    if (wrong)
      problems.push(
        problem(
          at,
          "invalid_default",
          `the default is not a value ${ours} allows`,
          wrong.expected,
          describeValue(field.default),
        ),
      );
  }
  return problems;
}

/**
 * Every problem with `mapping` as a mapping onto `target`, or `[]` when it is sound: targets that
 * are not our fields, two borough questions for one field (the reverse could not choose), codes,
 * defaults and constants our fields do not allow, codes, formats or separators on fields that take
 * none, a required field that nothing fills, and ids listed twice.
 */
export function checkMapping<R>(mapping: FormMapping, target: MappingTarget<R>): Problem[] {
  checkArgument(mapping, "record", {
    fn: "checkMapping",
    argument: "mapping",
    label: "Form mapping",
    expected: "a form mapping",
  });
  checkArgument(target, "record", {
    fn: "checkMapping",
    argument: "target",
    label: "Mapping target",
    expected: "a mapping target",
  });
  const problems: Problem[] = [];
  const sources = new Map<string, FieldMapping>();
  const targets = new Map<string, FieldMapping>();
  for (const field of mapping.fields) {
    const at = entry(field);
    const question = findQuestion(target.form, field.target);
    if (!question) {
      problems.push(
        problem(
          at,
          "unknown_target",
          `${field.target} is not a field of the ${target.name}`,
          `a field of the ${target.name}`,
          JSON.stringify(field.target),
        ),
      );
    } else problems.push(...checkField(field, question, mapping));
    const sameSource = sources.get(field.source);
    if (sameSource)
      problems.push(
        problem(at, "duplicate_source", `${field.source} is mapped twice`, "each borough question once", field.source),
      );
    const sameTarget = targets.get(field.target);
    if (sameTarget)
      problems.push(
        problem(
          at,
          "duplicate_target",
          `${field.target} is already filled from ${sameTarget.source}, so the way back could not choose`,
          "each of our fields once",
          field.target,
        ),
      );
    sources.set(field.source, field);
    targets.set(field.target, field);
    if (mapping.ignore.includes(field.source))
      problems.push(
        problem(
          at,
          "ignored_and_mapped",
          `${field.source} is both mapped and ignored`,
          "a question mapped or ignored, not both",
          field.source,
        ),
      );
  }
  for (const [id, value] of Object.entries(mapping.constants)) {
    const at = { path: `constants.${id}`, field: `constant ${id}` };
    const question = findQuestion(target.form, id);
    if (!question) {
      problems.push(
        problem(
          at,
          "unknown_target",
          `${id} is not a field of the ${target.name}`,
          `a field of the ${target.name}`,
          JSON.stringify(id),
        ),
      );
      continue;
    }
    const wrong = answerProblem(question, value);
    if (wrong)
      problems.push(
        problem(at, "invalid_constant", "is not a value this field allows", wrong.expected, describeValue(value)),
      );
    if (targets.has(id))
      problems.push(
        problem(
          at,
          "duplicate_target",
          `${id} is also filled from ${targets.get(id)!.source}`,
          "a constant or a mapped question, not both",
          id,
        ),
      );
  }
  for (const question of target.form.sections.flatMap((s) => s.questions)) {
    if (
      question.required &&
      !question.when &&
      !targets.has(question.id) &&
      !Object.hasOwn(mapping.constants, question.id)
    )
      problems.push(
        problem(
          { path: question.id, field: renderLabel(question.label, defaultTerminology) },
          "required_unmapped",
          `${question.id} is required, so every form would fail without it`,
          "a borough question or a constant for it",
          "nothing",
        ),
      );
  }
  if (mapping.formId !== undefined && !sources.has(mapping.formId) && !mapping.ignore.includes(mapping.formId))
    problems.push(
      problem(
        { path: "formId", field: "formId" },
        "unknown_form_id",
        `${mapping.formId} is neither mapped nor ignored`,
        "a borough question the mapping names",
        mapping.formId,
      ),
    );
  return problems;
}
