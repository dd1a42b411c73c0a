/**
 * Our records back to the borough's layout: the reverse of the mapping, so a record edited or
 * created outside the case management system can go back into it. Nothing is dropped: a field with
 * nowhere to go, or a value with no borough code, is a problem.
 * @module
 */
import { checkArgument, describeValue } from "@st/core";
import { writeDateIn } from "@st/core/calendar";
import { type AnswerValue, type FormQuestion, findQuestion } from "@st/core/forms";
import { defaultTerminology, renderLabel } from "@st/core/practice";
import type { FieldMapping, FormMapping } from "./mapping.js";
import type { BoroughProblem } from "./problems.js";
import type { MappingTarget } from "./targets.js";

/** A form in the borough's layout: its question ids and answers as text. */
export type BoroughForm = Record<string, string>;

/** The form written from one record, or every problem. Never throws. */
export type ExportResult = { ok: true; value: BoroughForm } | { ok: false; problems: BoroughProblem[] };

/** The borough's code for our `value`: the first code the table gives it. */
function codeFor(codes: Readonly<Record<string, string | number>>, value: string | number): string | undefined {
  return Object.entries(codes).find(([, v]) => v === value)?.[0];
}

/** One of our values as the borough writes it, or `undefined` when the borough has no code for it. */
function writeAnswer(
  value: AnswerValue,
  question: FormQuestion,
  field: FieldMapping,
  mapping: FormMapping,
): string | undefined {
  switch (question.type) {
    case "date":
      return writeDateIn(String(value), field.format ?? mapping.dateFormat);
    case "yesNo":
    case "yesNoUnknown":
      return codeFor(field.codes ?? mapping.yesNo, value as string);
    case "choice":
      return field.codes ? codeFor(field.codes, value as string | number) : String(value);
    case "multiChoice": {
      const codes = (value as readonly (string | number)[]).map((v) =>
        field.codes ? codeFor(field.codes, v) : String(v),
      );
      return codes.includes(undefined) ? undefined : codes.join(field.separator ?? mapping.separator);
    }
    default:
      return String(value);
  }
}

/**
 * Write one valid record in the borough's layout through `mapping`: the reverse of `importForm`,
 * so that export, import and export again gives the same form. Fields left empty are left out.
 */
export function exportRecord<R>(record: R, mapping: FormMapping, target: MappingTarget<R>): ExportResult {
  checkArgument(mapping, "record", {
    fn: "exportRecord",
    argument: "mapping",
    label: "Form mapping",
    expected: "a form mapping",
  });
  checkArgument(target, "record", {
    fn: "exportRecord",
    argument: "target",
    label: "Mapping target",
    expected: "a mapping target",
  });
  const fields = target.toFields(record);
  const form: BoroughForm = {};
  const problems: BoroughProblem[] = [];
  const label = (id: string) => {
    const question = findQuestion(target.form, id);
    return question ? renderLabel(question.label, defaultTerminology) : id;
  };
  for (const field of mapping.fields) {
    const value = fields[field.target];
    const question = findQuestion(target.form, field.target);
    if (value === undefined || !question) continue;
    const written = writeAnswer(value, question, field, mapping);
    if (written !== undefined) form[field.source] = written;
    else
      problems.push({
        path: field.target,
        field: label(field.target),
        expected: `a value with a code in ${field.source}`,
        received: describeValue(value),
        message: `has no code in the borough's question ${field.source} ("${field.label}")`,
        code: "no_code",
        target: field.target,
      });
  }
  const mapped = new Set(mapping.fields.map((f) => f.target));
  for (const [id, value] of Object.entries(fields)) {
    if (mapped.has(id)) continue;
    if (Object.hasOwn(mapping.constants, id)) {
      if (JSON.stringify(mapping.constants[id]) !== JSON.stringify(value))
        problems.push({
          path: id,
          field: label(id),
          expected: describeValue(mapping.constants[id]),
          received: describeValue(value),
          message: `is not the value this mapping writes forms for`,
          code: "constant_mismatch",
          target: id,
        });
      continue;
    }
    problems.push({
      path: id,
      field: label(id),
      expected: "no answer, or a borough question to hold it",
      received: describeValue(value),
      message: `has nowhere to go in the borough's form: the mapping "${mapping.id}" maps no question to it`,
      code: "unmapped_target",
      target: id,
    });
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: form };
}
