/**
 * A borough's case audit form, as a Mosaic-style system might export it to CSV, mapped onto a
 * completed practice checklist (the partnership's default checklist). The audit rates five items
 * red, amber or green. The ids, labels and codes are invented for the example.
 * @module
 */
import { type FormMapping, parseFormMapping } from "../mapping.js";

// The borough rates items red/amber/green; the default checklist's scale says yes/partly/no.
const rating = { G: "yes", A: "partly", R: "no", NE: "not-evidenced", NA: "not-applicable" };

const whereFound = {
  ASMT: "assessment",
  PLAN: "plan",
  NOTES: "case-notes",
  CHRON: "chronology",
  SUPV: "supervision-record",
  CONF: "conference-minutes",
  PARTNER: "partner-agency-records",
};

/** The example borough's case audit form (QA01) mapped onto a completed practice checklist. */
export const checklistMapping: FormMapping = parseFormMapping({
  id: "example-borough-qa01",
  title: "Example borough case audit QA01 to a completed practice checklist",
  formId: "AUDIT_ID",
  dateFormat: "dd/mm/yyyy",
  separator: ";",
  fields: [
    { source: "AUDIT_ID", label: "Audit number", target: "id" },
    { source: "CASE_PSEUDO", label: "Case pseudonym", target: "caseId" },
    { source: "AUDIT_DT", label: "Audit date", target: "date" },
    {
      source: "AUDITOR_ROLE",
      label: "Auditor's role",
      target: "reviewer.role",
      codes: {
        QA: "qa-auditor",
        TM: "team-manager",
        PS: "practice-supervisor",
        CPC: "cp-chair",
        PEER: "peer-reviewer",
      },
    },
    { source: "TEAM_NAME", label: "Team", target: "team" },
    {
      source: "Q_AUD_01",
      label: "Pattern beyond the incident",
      target: "answers.pattern-beyond-incident.answer",
      codes: rating,
    },
    { source: "Q_AUD_01_EV", label: "Pattern: evidence", target: "answers.pattern-beyond-incident.note" },
    { source: "Q_AUD_02", label: "Child's voice", target: "answers.child-voice.answer", codes: rating },
    { source: "Q_AUD_03", label: "Invitation to change", target: "answers.invitation-to-change.answer", codes: rating },
    { source: "Q_AUD_03_EV", label: "Invitation to change: evidence", target: "answers.invitation-to-change.note" },
    {
      source: "Q_AUD_04",
      label: "Protective efforts seen as strengths",
      target: "answers.protective-efforts-as-strengths.answer",
      codes: rating,
    },
    {
      source: "Q_AUD_05",
      label: "Plan does not make the survivor responsible",
      target: "answers.no-survivor-responsibility.answer",
      codes: rating,
    },
    {
      source: "Q_AUD_05_SRC",
      label: "Plan: where found",
      target: "answers.no-survivor-responsibility.foundIn",
      codes: whereFound,
    },
    { source: "AUDIT_COMMENTS", label: "Auditor's comments", target: "comments" },
  ],
  constants: { use: "audit", borough: "E09000012" },
  ignore: ["EXTRACTED_AT"],
});
