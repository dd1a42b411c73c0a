/**
 * The data dictionary of the complaint record, generated from the form definition and the schema:
 * every field with its question, answer type, allowed values, when it applies and since which
 * schema version. Published as a page in the repository's docs/.
 * @module
 */

import type { FormDefinition, FormQuestion } from "@st/core";
import { defaultTerminology, renderLabel, type TerminologyProfile } from "@st/core";
import { complaintsProforma } from "./proforma.js";
import { COMPLAINT_SCHEMA_VERSION, describeExpected } from "./record.js";
import { describeWhen, PROCEDURE_DATE_ORDER, PROCEDURE_DATE_REQUIRES } from "./rules.js";
import { STATUTORY_TIMESCALES } from "./timescales.js";

const TYPE_WORDS: Record<FormQuestion["type"], string> = {
  text: "text",
  longText: "text (long)",
  integer: "whole number",
  number: "number",
  date: "date (YYYY-MM-DD)",
  yesNo: "yes/no",
  yesNoUnknown: "yes/no/not known",
  choice: "one choice",
  multiChoice: "one or more choices",
};

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** Options of {@link dataDictionary}. */
export interface DataDictionaryOptions {
  /** The words to use in labels. */
  terminology?: TerminologyProfile;
  /**
   * When each field first appeared, by dotted id; fields not listed are from version 1. Raise it
   * with each new schema version.
   */
  since?: Readonly<Record<string, number>>;
}

/** The data dictionary of a definition's complaint record, as Markdown. */
export function dataDictionary(
  definition: FormDefinition = complaintsProforma,
  options: DataDictionaryOptions = {},
): string {
  const terminology = options.terminology ?? defaultTerminology;
  const render = (text: string) => renderLabel(text, terminology);
  const label = (id: string) => {
    for (const s of definition.sections) for (const q of s.questions) if (q.id === id) return render(q.label);
    return id;
  };
  const lines = [
    `# Data dictionary: ${render(definition.title)}`,
    "",
    "<!-- Generated from @st/complaints-proforma by its tests (ST_UPDATE_GENERATED=1 npx vitest run test/generated.test.ts). Do not edit. -->",
    "",
    definition.description ? render(definition.description) : "",
    "",
    `Form \`${definition.id}\` version ${definition.version}; record schema version ${COMPLAINT_SCHEMA_VERSION}. Every stored record carries \`"schemaVersion": ${COMPLAINT_SCHEMA_VERSION}\`; the JSON Schema is \`@st/complaints-proforma/schema.json\`. A question left unanswered has no field: never an empty string, an empty list or null.`,
    "",
  ];
  for (const section of definition.sections) {
    lines.push(`## ${render(section.title)} (\`${section.id}\`)`, "");
    if (section.help) lines.push(render(section.help), "");
    lines.push(
      "| Field | Question | Answer | Allowed values | Required | Since | Help |",
      "| --- | --- | --- | --- | --- | --- | --- |",
    );
    for (const q of section.questions) {
      const values =
        q.type === "choice" || q.type === "multiChoice"
          ? q.options.map((o) => `\`${o.value}\` ${render(o.label)}`).join("; ")
          : q.type === "integer"
            ? `${q.min ?? "any"} or more`
            : q.type === "text" || q.type === "longText"
              ? describeExpected(q) === "text"
                ? ""
                : describeExpected(q)
              : "";
      const when = describeWhen(definition, q);
      const required = when
        ? `${q.required ? "yes, " : "only "}${render(when)}${q.required ? "" : "; optional"}`
        : q.required
          ? "yes"
          : "no";
      lines.push(
        `| \`${q.id}\` | ${cell(render(q.label))} | ${TYPE_WORDS[q.type]} | ${cell(values)} | ${cell(required)} | ${options.since?.[q.id] ?? 1} | ${cell(q.help ? render(q.help) : "")} |`,
      );
    }
    lines.push("");
  }
  lines.push(
    "## Rules across fields",
    "",
    "- A follow-up question is answered only when its trigger holds (the Required column), and must be empty otherwise.",
    `- Dates, when given, come in this order: ${PROCEDURE_DATE_ORDER.map((id) => `"${label(id)}"`).join(", ")}. The Ombudsman referral is on or after the date received.`,
    ...PROCEDURE_DATE_REQUIRES.map(([id, needs]) => `- "${label(id)}" needs "${label(needs)}".`),
    "- Stage dates fall between 2006-09-01 (when the regulations came into force) and 2099-12-31.",
    "- Text is at most 32,767 characters (a spreadsheet cell) and holds no control characters.",
    "- A complaint reference is used once in a borough.",
    "",
    "## Statutory timescales",
    "",
    "Working days exclude Saturdays, Sundays, Christmas Day, Boxing Day, Good Friday and the bank holidays of England and Wales (SI 2006/1738, regulation 2). A period counts the working days after its start date.",
    "",
    "| Step | Counted from | Working days | Source |",
    "| --- | --- | --- | --- |",
    `| Stage 1 response | date received | ${STATUTORY_TIMESCALES.stage1} (extended: ${STATUTORY_TIMESCALES.stage1Extended}) | regulation 14 |`,
    `| Stage 2 response | stage 2 requested | ${STATUTORY_TIMESCALES.stage2} (extended: ${STATUTORY_TIMESCALES.stage2Extended}) | regulation 17 |`,
    `| Review panel held | stage 3 requested | ${STATUTORY_TIMESCALES.stage3Panel} | regulation 19(4) |`,
    `| Panel's report | panel held | ${STATUTORY_TIMESCALES.panelReport} | regulation 20 |`,
    `| Authority's response | panel's report | ${STATUTORY_TIMESCALES.stage3Response} | regulation 20 |`,
    `| Asking for the next stage | the response | ${STATUTORY_TIMESCALES.nextStageRequest} (local practice, configurable) | local procedures |`,
    `| Making a complaint | the matter complained about | ${STATUTORY_TIMESCALES.complaintTimeLimitMonths} months (local practice, not applied rigidly) | LGSCO guidance |`,
    "",
  );
  return lines.join("\n");
}
