import { isoDateFromDayNumber, isoDayNumber } from "@st/core/calendar";
import { type FlatRecord, findQuestion, isQuestionShown } from "@st/core/forms";
import type { FieldMapping, FormMapping, MappingTarget } from "@st/forms";
import fc from "fast-check";

const text = fc
  .string({ minLength: 1, maxLength: 30 })
  .map((s) => s.trim())
  .filter((s) => s !== "");
const day = fc.integer({ min: isoDayNumber("2006-09-01"), max: isoDayNumber("2099-12-31") });

/** The values a mapped field can hold: only those the borough has a code for. */
function answersFor(field: FieldMapping, mapping: FormMapping, target: MappingTarget<unknown>): fc.Arbitrary<unknown> {
  const question = findQuestion(target.form, field.target)!;
  const coded = (codes: Record<string, string | number>) => [...new Set(Object.values(codes))];
  switch (question.type) {
    case "integer":
      return fc.nat(10_000);
    case "date":
      return day.map(isoDateFromDayNumber);
    case "yesNo":
    case "yesNoUnknown":
      return fc.constantFrom(...coded(field.codes ?? mapping.yesNo));
    case "choice":
      return fc.constantFrom(...(field.codes ? coded(field.codes) : question.options.map((o) => o.value)));
    case "multiChoice":
      return fc.uniqueArray(
        fc.constantFrom(...(field.codes ? coded(field.codes) : question.options.map((o) => o.value))),
        {
          minLength: 1,
        },
      );
    default:
      return text;
  }
}

/**
 * Valid records over the fields a mapping covers: answers only where the form shows the question,
 * dates in the form's order (the proforma's procedure order), and only records the package's own
 * schema accepts.
 */
export function validRecords<R>(mapping: FormMapping, target: MappingTarget<R>): fc.Arbitrary<R> {
  const questions = target.form.sections.flatMap((s) => s.questions);
  const entries = mapping.fields.map((field) =>
    fc
      .record({ value: answersFor(field, mapping, target as MappingTarget<unknown>), answered: fc.boolean() })
      .map((v) => ({ field, ...v })),
  );
  return fc
    .tuple(...entries)
    .map((answers) => {
      const flat: FlatRecord = { ...mapping.constants };
      const byTarget = new Map(answers.map((a) => [a.field.target, a]));
      for (const question of questions) {
        const answer = byTarget.get(question.id);
        if (!answer || !isQuestionShown(target.form, flat, question.id)) continue;
        if (answer.answered || question.required) flat[question.id] = answer.value as FlatRecord[string];
      }
      const dates = questions.filter((q) => q.type === "date" && flat[q.id] !== undefined).map((q) => q.id);
      const sorted = dates.map((id) => flat[id] as string).sort();
      dates.forEach((id, i) => {
        flat[id] = sorted[i]!;
      });
      return target.toRecord(flat);
    })
    .filter((result) => result.ok)
    .map((result) => (result as { ok: true; value: R }).value);
}
