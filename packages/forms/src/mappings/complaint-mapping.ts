/**
 * A borough's complaint form, as a Mosaic-style system might export it, mapped onto the complaints
 * proforma. The question ids, labels and codes are invented for the example; replace them with
 * your own form's.
 * @module
 */
import { type FormMapping, parseFormMapping } from "../mapping.js";

// Codes of the borough's "who was copied in" list, shared by nothing else, so kept here.
const copiedInCodes = {
  MAYOR: "mayor",
  MP: "mp",
  CLLR: "councillor",
  CEX: "chief-executive",
  DIR: "director",
  OFSTED: "ofsted",
  SWE: "social-work-england",
  LGSCO: "ombudsman",
  POL: "police",
  OTH: "other",
};

/** The example borough's complaint form (CMP01) mapped onto the complaints proforma. */
export const complaintMapping: FormMapping = parseFormMapping({
  id: "example-borough-cmp01",
  title: "Example borough complaint form CMP01 to the complaints proforma",
  formId: "FORM_ID",
  dateFormat: "dd/mm/yyyy",
  yesNo: { Y: "yes", N: "no" },
  separator: "|",
  fields: [
    { source: "FORM_ID", label: "Form number", target: "complaint.reference" },
    { source: "Q_CMP_07", label: "Date complaint received", target: "complaint.received" },
    {
      source: "Q_CMP_01",
      label: "Complainant",
      target: "complaint.complainantRole",
      codes: { P: "perpetrator", VSI: "victim-survivor-at-instigation", O: "other" },
    },
    { source: "Q_CMP_01A", label: "Complainant's relationship to the child", target: "complaint.complainantOther" },
    { source: "CASE_PSEUDO", label: "Case pseudonym", target: "complaint.caseRef" },
    { source: "TEAM_NAME", label: "Allocated team", target: "complaint.team" },
    {
      source: "CMP_STATUS",
      label: "Status",
      target: "complaint.status",
      codes: { OPEN: "open", CLSD: "closed", WDRN: "withdrawn" },
      default: "open",
    },
    { source: "Q_CMP_02", label: "About the social worker's actions", target: "content.socialWorkerActions" },
    { source: "Q_CMP_03", label: "Argues police NFA means no involvement", target: "content.policeNfa" },
    { source: "Q_CMP_04", label: "Counter allegations made", target: "content.counterAccusations" },
    {
      source: "Q_CMP_04A",
      label: "Counter allegations about",
      target: "content.counterAccusationKinds",
      codes: { SUB: "substance-use", MH: "mental-health", NEG: "neglect", OTH: "other" },
    },
    { source: "Q_CMP_05", label: "Investigated", target: "investigation.investigated" },
    // No codes: the borough writes 1, 2 and 3, which are the proforma's own values.
    { source: "Q_CMP_05A", label: "Stage reached", target: "investigation.stageReached" },
    { source: "Q_CMP_06", label: "Early meeting with the team", target: "investigation.earlyTeamMeeting" },
    {
      source: "OUTCOME_CD",
      label: "Outcome",
      target: "investigation.upheld",
      codes: { "1": "in-full", "2": "in-part", "3": "no" },
    },
    { source: "OUTCOME_TXT", label: "What was upheld", target: "investigation.upheldWhat" },
    { source: "NO_EMAILS", label: "Emails received", target: "process.emails" },
    { source: "NO_CALLS", label: "Phone calls received", target: "process.phoneCalls" },
    { source: "Q_CMP_08", label: "Others copied in", target: "process.copiedInOthers" },
    { source: "CC_LIST", label: "Copied in", target: "process.copiedIn", codes: copiedInCodes },
    { source: "CC_OTHER", label: "Copied in (other)", target: "process.copiedInOther" },
    { source: "Q_CMP_09", label: "Threatened to take it further", target: "process.threatenedToTakeItAllTheWay" },
    { source: "COMPL_DT", label: "Stage 1 response date", target: "stages.stage1Response" },
    { source: "ST2_REQ_DT", label: "Stage 2 request date", target: "stages.stage2Requested" },
    { source: "ST2_RESP_DT", label: "Stage 2 response date", target: "stages.stage2Response" },
  ],
  // The export holds one borough's forms, so the borough is the same for every one: Hackney's GSS code.
  constants: { "complaint.borough": "E09000012" },
  // Audit stamps of the case management system: not part of the complaint.
  ignore: ["LAST_UPDATED", "LAST_UPDATED_BY"],
});
