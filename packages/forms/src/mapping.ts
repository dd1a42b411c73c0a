/**
 * The mapping format: how one borough form export lines up with one of our records, declared as
 * data. A borough developer writes one of these per form; the code that applies it never changes.
 * @module
 */
import { type SafeResult, StValidationError, safeParseWithProblems } from "@st/core";
import { dateFormatSchema } from "@st/core/calendar";
import * as z from "zod";

/** An answer as our records hold it: text, a number, or (for defaults and constants of multi-choice questions) a list. */
const answerSchema = z.union([
  z.string(),
  z.number(),
  z.array(z.union([z.string(), z.number()])).min(1, { message: "must list at least one value" }),
]);

/** A borough answer code mapped to one of our values, e.g. `{ "1": "in-full", "2": "in-part" }`. */
const codesSchema = z.record(
  z.string().trim().min(1, { message: "must not be empty" }),
  z.union([z.string(), z.number()]),
);

/** One borough question mapped to one of our fields. */
export const fieldMappingSchema = z.strictObject({
  source: z
    .string()
    .trim()
    .min(1, { message: "must not be empty" })
    .describe("The borough's question id, e.g. Q_CMP_07"),
  label: z.string().trim().min(1, { message: "must not be empty" }).describe("The borough's label for the question"),
  target: z.string().trim().min(1, { message: "must not be empty" }).describe("Our field, e.g. complaint.received"),
  codes: codesSchema.optional().describe("The borough's answer codes, each mapped to one of our values"),
  format: dateFormatSchema.optional().describe("How the borough writes dates in this field"),
  separator: z.string().min(1, { message: "must not be empty" }).optional().describe("Between several answers"),
  default: answerSchema.optional().describe("Our value when the borough leaves the field blank"),
});

/** The zod schema of a {@link FormMapping}: its shape. {@link checkMapping} checks it against a target. */
export const formMappingSchema = z.strictObject({
  id: z.string().trim().min(1, { message: "must not be empty" }),
  title: z.string().trim().min(1, { message: "must not be empty" }),
  formId: z.string().trim().min(1).optional(),
  dateFormat: dateFormatSchema.default("dd/mm/yyyy"),
  yesNo: codesSchema.default({ Y: "yes", N: "no" }),
  separator: z.string().min(1, { message: "must not be empty" }).default(";"),
  fields: z.array(fieldMappingSchema).min(1, { message: "must map at least one field" }),
  constants: z.record(z.string(), answerSchema).default({}),
  ignore: z.array(z.string()).default([]),
});

/**
 * How one borough form export maps onto one of our records.
 *
 * - `id`, `title`: names the mapping in messages.
 * - `formId`: the borough field that identifies each form (e.g. `FORM_ID`), so problems say `form 1042`.
 * - `dateFormat`: how the borough writes dates (default `dd/mm/yyyy`); a field may override it with `format`.
 * - `yesNo`: the borough's codes for yes/no answers (default `{ Y: "yes", N: "no" }`); a field may override with `codes`.
 * - `separator`: between several answers in one field (default `;`); a field may override it.
 * - `fields`: one entry per borough question: its id (`source`), its label, our field (`target`),
 *   and, where needed, its answer `codes`, date `format`, `separator` and a `default` for blanks.
 * - `constants`: our fields the export does not hold, the same for every form (e.g. the borough's GSS code).
 * - `ignore`: borough fields deliberately left out (e.g. a last-updated stamp). Any other field the
 *   mapping does not name is reported, never silently dropped.
 */
export type FormMapping = z.output<typeof formMappingSchema>;

/** A {@link FormMapping} as written by hand: fields with defaults may be left out. */
export type FormMappingInput = z.input<typeof formMappingSchema>;

/** One entry of {@link FormMapping}`.fields`. */
export type FieldMapping = z.output<typeof fieldMappingSchema>;

/** Read a mapping written by hand or loaded from JSON, filling in the defaults. Never throws. */
export function safeParseFormMapping(input: unknown): SafeResult<FormMapping> {
  return safeParseWithProblems(formMappingSchema, input);
}

/**
 * Read a mapping written by hand or loaded from JSON, filling in the defaults.
 * @throws StValidationError (from `@st/core`) listing every problem with the mapping's shape.
 */
export function parseFormMapping(input: unknown): FormMapping {
  const result = safeParseFormMapping(input);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "form mapping" });
  return result.value;
}
