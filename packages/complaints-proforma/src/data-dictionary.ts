/**
 * The data dictionary of the complaint record, generated from the form definition and the schema:
 * every field with its question, answer type, allowed values, when it applies and since which
 * schema version. Published as a page in the repository's docs/.
 * @module
 */

import type { FormDefinition } from "@st/core/forms";
import { defaultTerminology, renderLabel, type TerminologyProfile } from "@st/core/practice";
import {
  type DataDictionary as DataDictionaryPage,
  dataDictionaryMarkdown,
  formDictionaryGroups,
} from "@st/core/records";
import { checkRecordArgument } from "./arguments.js";
import { complaintsProforma, PROFORMA_QUESTIONS_SINCE } from "./proforma.js";
import { COMPLAINT_SCHEMA_VERSION, describeExpected } from "./record.js";
import { PROCEDURE_DATE_ORDER, PROCEDURE_DATE_REQUIRES } from "./rules.js";
import { STATUTORY_TIMESCALES } from "./timescales.js";

/** Options of {@link dataDictionary}. */
export interface DataDictionaryOptions {
  /** The words to use in labels. */
  terminology?: TerminologyProfile;
  /**
   * When each field first appeared, by dotted id; fields not listed are from version 1. Default
   * {@link PROFORMA_QUESTIONS_SINCE}.
   */
  since?: Readonly<Record<string, number>>;
  /** Where the page says it is generated from, in its "do not edit" comment. Default "@st/complaints-proforma". */
  generatedBy?: string;
}

/**
 * The data dictionary of a definition's complaint record, as data (for `dataDictionaryMarkdown`
 * in `@st/core`, or a page of your own): a group a section, then the rules across fields and the
 * statutory timescales.
 */
export function complaintsDataDictionary(
  definition: FormDefinition = complaintsProforma,
  options: DataDictionaryOptions = {},
): DataDictionaryPage {
  checkRecordArgument("complaintsDataDictionary", "definition", definition);
  checkRecordArgument("complaintsDataDictionary", "options", options);
  const terminology = options.terminology ?? defaultTerminology;
  const render = (text: string) => renderLabel(text, terminology);
  const label = (id: string) => {
    for (const s of definition.sections) for (const q of s.questions) if (q.id === id) return render(q.label);
    return id;
  };
  return {
    title: render(definition.title),
    generatedBy: options.generatedBy ?? "@st/complaints-proforma",
    intro: [
      definition.description ? render(definition.description) : "",
      `Form \`${definition.id}\` version ${definition.version}; record schema version ${COMPLAINT_SCHEMA_VERSION}. Every stored record carries \`"schemaVersion": ${COMPLAINT_SCHEMA_VERSION}\`; records of earlier versions are read and migrated on read, the questions added since left unanswered (the Since column). The JSON Schema is \`@st/complaints-proforma/schema.json\`. A question left unanswered has no field: never an empty string, an empty list or null.`,
    ],
    groups: formDictionaryGroups(definition, {
      resolve: render,
      since: options.since ?? PROFORMA_QUESTIONS_SINCE,
      // Text questions the record checks further (the borough's GSS code) say so.
      allowedValues: (q) =>
        q.type === "text" || q.type === "longText"
          ? describeExpected(q) === "text"
            ? ""
            : describeExpected(q)
          : undefined,
    }),
    notes: [
      {
        title: "Rules across fields",
        lines: [
          "- A follow-up question is answered only when its trigger holds (the Required column), and must be empty otherwise.",
          `- Dates, when given, come in this order: ${PROCEDURE_DATE_ORDER.map((id) => `"${label(id)}"`).join(", ")}. The Ombudsman referral is on or after the date received.`,
          ...PROCEDURE_DATE_REQUIRES.map(([id, needs]) => `- "${label(id)}" needs "${label(needs)}".`),
          "- Stage dates fall between 2006-09-01 (when the regulations came into force) and 2099-12-31.",
          "- Text is at most 32,767 characters (a spreadsheet cell) and holds no control characters.",
          "- A complaint reference is used once in a borough.",
        ],
      },
      {
        title: "Statutory timescales",
        lines: [
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
          `| Making a complaint | the matter complained about | ${STATUTORY_TIMESCALES.complaintTimeLimitMonths} months (statutory; the authority may consider a later complaint) | regulation 9(1) and 9(2) |`,
        ],
      },
    ],
  };
}

/** The data dictionary of a definition's complaint record, as Markdown. */
export function dataDictionary(
  definition: FormDefinition = complaintsProforma,
  options: DataDictionaryOptions = {},
): string {
  checkRecordArgument("dataDictionary", "definition", definition);
  checkRecordArgument("dataDictionary", "options", options);
  return dataDictionaryMarkdown(complaintsDataDictionary(definition, options));
}
