/**
 * Borough form exports to our records: each answer read through the mapping (codes, dates,
 * lists), the record validated by the package's own schema, and every problem told against the
 * borough's question ids.
 * @module
 */
import { checkArgument, describeValue, type ProblemCode, StValidationError } from "@st/core";
import { dateInProblem, readDateIn } from "@st/core/calendar";
import { type AnswerValue, type FlatRecord, type FormQuestion, findQuestion } from "@st/core/forms";
import { defaultTerminology, renderLabel } from "@st/core/practice";
import type { FieldMapping, FormMapping } from "./mapping.js";
import { checkMapping } from "./mapping-check.js";
import { type BoroughProblem, inBoroughTerms } from "./problems.js";
import type { MappingTarget } from "./targets.js";

/** The record read from one form, or every problem found in it. Never throws. */
export type ImportResult<R> = { ok: true; value: R } | { ok: false; problems: BoroughProblem[] };

/** Where a form sits in its export, added to each of its problems. */
export interface ImportOptions {
  /** The form's 1-based position in the export. */
  record?: number;
}

/** One answer read into our value, or what is wrong with it. */
/** One answer read by {@link readAnswer}: our value, or why it cannot be read. */
export type AnswerRead =
  | { ok: true; value: AnswerValue }
  | { ok: false; expected: string; message: string; code: ProblemCode };

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/** A code looked up in a code table; `Object.hasOwn` so that `__proto__` or `constructor` is just an unknown code. */
function lookUp(codes: Readonly<Record<string, string | number>>, code: string): string | number | undefined {
  return Object.hasOwn(codes, code) ? codes[code] : undefined;
}

/** A coded answer (choice or yes/no): through the field's code table, or our own option values when it has none. */
function readCode(text: string, question: FormQuestion, field: FieldMapping, mapping: FormMapping): AnswerRead {
  const codes =
    field.codes ??
    (question.type === "yesNo" || question.type === "yesNoUnknown"
      ? mapping.yesNo
      : question.type === "choice" || question.type === "multiChoice"
        ? Object.fromEntries(question.options.map((o) => [String(o.value), o.value]))
        : {});
  const value = lookUp(codes, text);
  if (value !== undefined) return { ok: true, value };
  return {
    ok: false,
    expected: `one of ${Object.keys(codes).join(", ")}`,
    message: `"${text}" is not an answer code of this question in the mapping "${mapping.id}"`,
    code: "unknown_code",
  };
}

/** Read one non-blank borough answer as our value for `question`. */
export function readAnswer(
  raw: unknown,
  question: FormQuestion,
  field: FieldMapping,
  mapping: FormMapping,
): AnswerRead {
  checkArgument(question, "record", {
    fn: "readAnswer",
    argument: "question",
    label: "Question",
    expected: "a form question",
  });
  checkArgument(field, "record", { fn: "readAnswer", argument: "field", label: "Field mapping" });
  checkArgument(mapping, "record", {
    fn: "readAnswer",
    argument: "mapping",
    label: "Form mapping",
    expected: "a form mapping",
  });
  if (typeof raw !== "string" && typeof raw !== "number" && typeof raw !== "boolean")
    return { ok: false, expected: "text", message: "is not a single answer", code: "invalid_type" };
  const text = String(raw).trim();
  switch (question.type) {
    case "text":
    case "longText":
      return { ok: true, value: text };
    case "integer":
    case "number": {
      const whole = question.type === "integer";
      const value = Number(text);
      if ((whole ? /^[+-]?\d+$/.test(text) : text !== "") && Number.isFinite(value)) return { ok: true, value };
      return {
        ok: false,
        expected: whole ? "a whole number" : "a number",
        message: whole ? "is not a whole number" : "is not a number",
        code: "invalid_number",
      };
    }
    case "date": {
      const format = field.format ?? mapping.dateFormat;
      const value = readDateIn(text, format);
      if (value !== undefined) return { ok: true, value };
      return {
        ok: false,
        expected: `a date ${format}`,
        message: dateInProblem(text, format) ?? `is not a date written ${format}`,
        code: "invalid_date",
      };
    }
    case "multiChoice": {
      const separator = field.separator ?? mapping.separator;
      const values: (string | number)[] = [];
      const unknown: string[] = [];
      let expected = "";
      for (const part of text.split(separator)) {
        const code = part.trim();
        if (code === "") continue;
        const read = readCode(code, question, field, mapping);
        if (read.ok) values.push(read.value as string | number);
        else {
          unknown.push(`"${code}"`);
          expected = read.expected;
        }
      }
      if (unknown.length)
        return {
          ok: false,
          expected: `${expected}, separated by "${separator}"`,
          message: `${unknown.join(", ")} ${unknown.length === 1 ? "is not an answer code" : "are not answer codes"} of this question in the mapping "${mapping.id}"`,
          code: "unknown_code",
        };
      return { ok: true, value: values };
    }
    default:
      return readCode(text, question, field, mapping);
  }
}

/** The value of a scalar field, as text, for naming the form. */
const scalar = (value: unknown) =>
  typeof value === "string" || typeof value === "number" ? String(value).trim() || undefined : undefined;

/**
 * Read one borough form export (a flat object of the borough's question ids and answers) as one of
 * our records through `mapping`, validated by the package's own schema. Every problem is told
 * against the borough's ids and labels; fields the mapping does not name and codes it does not
 * know are problems, never silently dropped. Never throws for any input.
 *
 * `mapping` must already be sound (see {@link checkMapping}); {@link importForms} checks it.
 */
export function importForm<R>(
  row: unknown,
  mapping: FormMapping,
  target: MappingTarget<R>,
  options: ImportOptions = {},
): ImportResult<R> {
  checkArgument(mapping, "record", {
    fn: "importForm",
    argument: "mapping",
    label: "Form mapping",
    expected: "a form mapping",
  });
  checkArgument(target, "record", {
    fn: "importForm",
    argument: "target",
    label: "Mapping target",
    expected: "a mapping target",
  });
  const where = options.record === undefined ? {} : { record: options.record };
  if (typeof row !== "object" || row === null || Array.isArray(row))
    return {
      ok: false,
      problems: [
        {
          ...where,
          path: "",
          field: "the form",
          expected: "an object of question ids and answers",
          received: describeValue(row),
          message: "is not a form export",
          code: "invalid_type",
        },
      ],
    };
  const answers = row as Readonly<Record<string, unknown>>;
  const formId = mapping.formId === undefined ? undefined : scalar(answers[mapping.formId]);
  const at = { ...where, ...(formId === undefined ? {} : { form: formId }) };
  const problems: BoroughProblem[] = [];

  const known = new Set([...mapping.fields.map((f) => f.source), ...mapping.ignore]);
  for (const [key, value] of Object.entries(answers)) {
    if (known.has(key) || isBlank(value)) continue;
    problems.push({
      ...at,
      path: key,
      field: key,
      expected: "a question the mapping names",
      received: describeValue(value),
      message: `is not in the mapping "${mapping.id}": map it to one of our fields, or list it under ignore`,
      code: "unmapped_field",
    });
  }

  const fields: FlatRecord = {};
  const unread = new Set<string>();
  for (const field of mapping.fields) {
    const raw = Object.hasOwn(answers, field.source) ? answers[field.source] : undefined;
    const question = findQuestion(target.form, field.target);
    if (!question) throw new StValidationError(checkMapping(mapping, target), { subject: `mapping "${mapping.id}"` });
    if (isBlank(raw)) {
      if (field.default !== undefined) fields[field.target] = field.default;
      continue;
    }
    const read = readAnswer(raw, question, field, mapping);
    if (read.ok) fields[field.target] = read.value;
    else {
      unread.add(field.target);
      problems.push({
        ...at,
        path: field.source,
        field: field.label,
        expected: read.expected,
        received: describeValue(raw),
        message: read.message,
        code: read.code,
        target: field.target,
      });
    }
  }
  Object.assign(fields, mapping.constants);

  const result = target.toRecord(fields);
  problems.push(...lostOnTheWay(answers, fields, mapping, target, at));
  if (result.ok && problems.length === 0) return result;
  if (!result.ok) {
    const ourLabels = new Map(
      target.form.sections.flatMap((s) =>
        s.questions.map((q) => [q.id, renderLabel(q.label, defaultTerminology)] as const),
      ),
    );
    for (const problem of result.problems) {
      const field = target.fieldOf(problem.path, fields);
      // A field we could not read is missing from the record: its problem is already told, and its
      // follow-ups would be judged on an answer that is not there.
      if (unread.has(field) || unread.has(findQuestion(target.form, field)?.when?.question ?? "")) continue;
      problems.push({ ...inBoroughTerms(problem, field, { fields: mapping.fields, row: answers, ourLabels }), ...at });
    }
  }
  return { ok: false, problems };
}

/**
 * Answers the record would not keep. A package may drop an answer that depends on another (the
 * checklist keeps an evidence note only with its item's answer); nothing may be lost unseen.
 */
function lostOnTheWay<R>(
  answers: Readonly<Record<string, unknown>>,
  fields: FlatRecord,
  mapping: FormMapping,
  target: MappingTarget<R>,
  at: Pick<BoroughProblem, "record" | "form">,
): BoroughProblem[] {
  const unkept = new Map(target.unkept(fields).map((u) => [u.field, u.because]));
  return mapping.fields
    .filter((field) => unkept.has(field.target))
    .map((field) => ({
      ...at,
      path: field.source,
      field: field.label,
      expected: "an answer the record keeps",
      received: describeValue(answers[field.source]),
      message: `would be lost: ${unkept.get(field.target)}`,
      code: "not_kept",
      target: field.target,
    }));
}

/** Every form of an export read: the records, and the problems of the forms that did not pass. */
export interface ImportedForms<R> {
  /** The records of the forms that passed, in export order. */
  records: R[];
  /** Every problem of every form that did not pass, each with its `record` number and, when known, its `form` id. */
  problems: BoroughProblem[];
  /** How many forms the export held. */
  total: number;
}

/**
 * Read every form of an export (a list of flat objects, as {@link readJsonExport} or
 * {@link readCsvExport} give), numbering forms from 1.
 * @throws StValidationError (from `@st/core`) when the mapping itself is not sound for `target`:
 * a mistake in the mapping is the developer's to fix, not a problem with the data.
 */
export function importForms<R>(
  rows: readonly unknown[],
  mapping: FormMapping,
  target: MappingTarget<R>,
): ImportedForms<R> {
  checkArgument(rows, "list", { fn: "importForms", argument: "rows", label: "Form export rows" });
  checkArgument(mapping, "record", {
    fn: "importForms",
    argument: "mapping",
    label: "Form mapping",
    expected: "a form mapping",
  });
  checkArgument(target, "record", {
    fn: "importForms",
    argument: "target",
    label: "Mapping target",
    expected: "a mapping target",
  });
  const mappingProblems = checkMapping(mapping, target);
  if (mappingProblems.length) throw new StValidationError(mappingProblems, { subject: `mapping "${mapping.id}"` });
  const records: R[] = [];
  const problems: BoroughProblem[] = [];
  rows.forEach((row, i) => {
    const result = importForm(row, mapping, target, { record: i + 1 });
    if (result.ok) records.push(result.value);
    else problems.push(...result.problems);
  });
  return { records, problems, total: rows.length };
}
