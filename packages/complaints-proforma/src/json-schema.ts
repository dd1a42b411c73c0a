/**
 * The complaint record as a JSON Schema (draft 2020-12), for tools not written in TypeScript: the
 * structure from the zod schema, the labels and help text of the proforma as titles and
 * descriptions, and every follow-up rule as an `if`/`then`/`else`. Generated, never written by hand;
 * the package ships it as `@st/complaints-proforma/schema.json`.
 * @module
 */

import type { FormDefinition } from "@st/core/forms";
import { defaultTerminology, renderLabel, type TerminologyProfile } from "@st/core/practice";
import { checkRecordArgument } from "./arguments.js";
import { complaintsProforma } from "./proforma.js";
import { complaintRecordType } from "./record.js";
import { describeWhen, PROCEDURE_DATE_ORDER, questionsById } from "./rules.js";

type JsonObject = Record<string, unknown>;

function split(id: string): [section: string, field: string] {
  const dot = id.indexOf(".");
  return [id.slice(0, dot), id.slice(dot + 1)];
}

/** `{ properties: { section: { properties: { field: inner } , required } }, required: [section] }` */
function at(id: string, inner: JsonObject): JsonObject {
  const [section, field] = split(id);
  return {
    properties: { [section]: { properties: { [field]: inner }, required: [field] } },
    required: [section],
  };
}

/**
 * The JSON Schema of a stored complaint record under a definition, with labels resolved through a
 * terminology profile. Rules across dates (a response not before its request) cannot be written in
 * JSON Schema; they are listed in `$comment` and enforced by {@link parseComplaint}.
 */
export function complaintJsonSchema(
  definition: FormDefinition = complaintsProforma,
  terminology: TerminologyProfile = defaultTerminology,
): Record<string, unknown> {
  checkRecordArgument("complaintJsonSchema", "definition", definition);
  checkRecordArgument("complaintJsonSchema", "terminology", terminology);
  const render = (text: string) => renderLabel(text, terminology);
  const schema = complaintRecordType(definition, terminology).jsonSchema() as JsonObject & {
    properties: Record<string, JsonObject & { properties?: Record<string, JsonObject> }>;
  };
  const questions = questionsById(definition);
  const required = new Set((schema.required as string[] | undefined) ?? []);
  for (const section of definition.sections) {
    const part = schema.properties[section.id];
    if (!part) continue;
    // zod reads a missing register section as empty (so each missing answer is named); stored, it is required.
    if (section.questions.some((q) => q.required && !q.when)) {
      delete part.default;
      required.add(section.id);
    }
    part.title = render(section.title);
    if (section.help) part.description = render(section.help);
    for (const question of section.questions) {
      const property = part.properties?.[split(question.id)[1]];
      if (!property) continue;
      property.title = render(question.label);
      const when = describeWhen(definition, question);
      const notes = [
        question.help ? render(question.help) : undefined,
        when ? `Answered only ${render(when)}${question.required ? ", and then required" : ""}.` : undefined,
      ].filter(Boolean);
      if (notes.length) property.description = notes.join(" ");
    }
  }
  const rules: JsonObject[] = [];
  for (const question of questions.values()) {
    if (!question.when) continue;
    const trigger = questions.get(question.when.question);
    const holds =
      trigger?.type === "multiChoice" ? { contains: { enum: question.when.equals } } : { enum: question.when.equals };
    const [section, field] = split(question.id);
    rules.push({
      $comment: `${question.id} ${render(describeWhen(definition, question) ?? "")}`,
      if: at(question.when.question, holds),
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else keyword, not a thenable
      then: question.required ? at(question.id, {}) : true,
      else: { properties: { [section]: { not: { required: [field] } } } },
    });
  }
  schema.required = [...required];
  return {
    ...schema,
    $comment: `Also enforced by @st/complaints-proforma, not expressible here: these dates, when given, come in this order: ${PROCEDURE_DATE_ORDER.join(", ")}; a response needs its request, a panel report its panel; the Ombudsman referral is on or after the date received.`,
    allOf: rules,
  };
}
