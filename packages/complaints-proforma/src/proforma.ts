/**
 * The partnership's draft proforma for recording complaints from perpetrators of domestic abuse,
 * as a form definition: data, not code. Its four parts keep the proforma's order and wording
 * ("Safe & Together London Partnership Evaluation Briefing Three", Garner & Kelly, 2025); the
 * register fields the proforma assumes (reference, borough, dates, status) come first and last.
 *
 * Labels go through a terminology profile, so they say `{perpetrator}` and `{victimSurvivor}`
 * where the proforma would name a role.
 * @module
 */
import { checkArgument } from "@st/core";
import type { AnswerOption, FormDefinition, FormQuestion } from "@st/core/forms";
import { checkRecordArgument } from "./arguments.js";

// The proforma's Y/N questions are yes/no answers: records store "yes" and "no", as @st/core's vocabulary does.
const yes = () => ["yes"];

/** Who may be copied in on a complaint, as the proforma's "if Y who?" answers. */
export const COPIED_IN = [
  { value: "mayor", label: "Mayor" },
  { value: "mp", label: "MP" },
  { value: "councillor", label: "Councillor" },
  { value: "chief-executive", label: "Chief executive" },
  { value: "director", label: "Director" },
  { value: "ofsted", label: "Ofsted" },
  { value: "social-work-england", label: "Social Work England" },
  { value: "ombudsman", label: "Ombudsman" },
  { value: "police", label: "Police" },
  { value: "other", label: "Other" },
] as const satisfies readonly AnswerOption[];

/** Where a complainant threatens to take the complaint ("take it all the way"). */
export const THREATENED_TO = [
  { value: "ombudsman", label: "Ombudsman" },
  { value: "social-work-england", label: "Social Work England" },
  { value: "solicitor-or-court", label: "A solicitor or the courts" },
  { value: "press", label: "The press or social media" },
  { value: "mp-or-councillor", label: "An MP or councillor" },
  { value: "other", label: "Other" },
] as const satisfies readonly AnswerOption[];

/** What counter-accusations about the other parent's parenting were about. */
export const COUNTER_ACCUSATION_KINDS = [
  { value: "substance-use", label: "Substance misuse (drinking, drugs)" },
  { value: "mental-health", label: "Mental health" },
  { value: "neglect", label: "Neglect of the children" },
  { value: "other", label: "Other" },
] as const satisfies readonly AnswerOption[];

/** Who made the complaint. The briefing warns that victim-survivors may be manipulated into complaining. */
export const COMPLAINANT_ROLES = [
  { value: "perpetrator", label: "The {perpetrator}" },
  { value: "victim-survivor-at-instigation", label: "The {victimSurvivor}, at the {perpetrator}'s instigation" },
  { value: "other", label: "Someone else" },
] as const satisfies readonly AnswerOption[];

/** Where a complaint stands now. */
export const STATUSES = [
  { value: "open", label: "Open" },
  { value: "closed", label: "Closed" },
  { value: "withdrawn", label: "Withdrawn" },
] as const satisfies readonly AnswerOption[];

/** The proforma's three answers to "Was it upheld?". */
export const UPHELD = [
  { value: "in-full", label: "Y in full" },
  { value: "in-part", label: "Y in part" },
  { value: "no", label: "N" },
] as const satisfies readonly AnswerOption[];

/**
 * Whether a complaint was made formally or informally. Waltham Forest's 700% rise was in formal
 * complaints, "with many more informal complaints directed at social workers" (Briefing Three).
 */
export const FORMALITY = [
  { value: "formal", label: "Formal: made to the complaints team under the procedure" },
  { value: "informal", label: "Informal: directed at the social worker or team, not logged as formal" },
] as const satisfies readonly AnswerOption[];

/** How a complaint affected the worker complained about. */
export const WORKER_IMPACTS = [
  { value: "distress", label: "Distress or anxiety" },
  { value: "safety", label: "Fears for their own safety" },
  { value: "avoidance", label: "Avoiding contact with the {perpetrator}" },
  { value: "confidence", label: "Less confidence in working the Safe & Together way" },
  { value: "time", label: "Time taken from casework" },
  { value: "other", label: "Other" },
] as const satisfies readonly AnswerOption[];

/** Support offered to the worker complained about: the briefing's "attending to emotional needs". */
export const WORKER_SUPPORT = [
  { value: "supervision", label: "Reflective or extra supervision" },
  { value: "manager-debrief", label: "A debrief with their manager" },
  { value: "complaints-team", label: "Reassurance and briefing from the complaints team" },
  { value: "joint-working", label: "Joint visits or co-working the case" },
  { value: "safety-plan", label: "A safety plan for the worker" },
  { value: "wellbeing", label: "Wellbeing or counselling service" },
  { value: "other", label: "Other" },
] as const satisfies readonly AnswerOption[];

/** The outcome of considering a complaint under the unreasonable or vexatious complaints policy. */
export const UNREASONABLE_OUTCOMES = [
  { value: "contact-managed", label: "Contact managed (e.g. one point of contact, set times)" },
  { value: "not-investigated", label: "Found unreasonable or vexatious: not investigated further" },
  { value: "not-applied", label: "Considered, and the policy not applied" },
  { value: "pending", label: "Decision pending" },
  { value: "other", label: "Other" },
] as const satisfies readonly AnswerOption[];

/** The three stages of the Children Act 1989 representations procedure. */
export const STAGES = [
  { value: 1, label: "1" },
  { value: 2, label: "2" },
  { value: 3, label: "3" },
] as const satisfies readonly AnswerOption[];

const complaint: FormQuestion[] = [
  {
    id: "complaint.reference",
    label: "Complaint reference",
    help: "The reference your complaints system gives this complaint. It must be unique within the borough.",
    type: "text",
    required: true,
  },
  {
    id: "complaint.borough",
    label: "Borough",
    help: "The local authority's GSS code, e.g. E09000012 for Hackney. In the workbook, choose the borough by name.",
    type: "text",
    required: true,
  },
  {
    id: "complaint.received",
    label: "Date received",
    help: "The day the complaints team received the complaint. Statutory timescales count working days after it.",
    type: "date",
    required: true,
  },
  {
    id: "complaint.complainantRole",
    label: "Who made the complaint?",
    help: "Victim-survivors may be manipulated into complaining themselves; record that here when you know it.",
    type: "choice",
    options: [...COMPLAINANT_ROLES],
    required: true,
  },
  {
    id: "complaint.complainantOther",
    label: "If someone else, who?",
    help: "Their role (e.g. paternal grandmother), never their name.",
    type: "text",
    required: true,
    when: { question: "complaint.complainantRole", equals: ["other"] },
  },
  {
    id: "complaint.matterArose",
    label: "When did the matter complained about happen?",
    help: "The latest date of what is complained about. Used for the statutory time limit for making a complaint: one year (SI 2006/1738, regulation 9(1)), with the authority's discretion to consider a later complaint (regulation 9(2)).",
    type: "date",
  },
  {
    id: "complaint.caseRef",
    label: "Case reference (pseudonymised)",
    help: "A pseudonym for the case, not the case management system's number.",
    type: "text",
  },
  {
    id: "complaint.workerRef",
    label: "Worker reference (pseudonymised)",
    help: "A pseudonym for the social worker complained about, so repeat complaints against one worker show up without naming them.",
    type: "text",
  },
  { id: "complaint.team", label: "Team", help: "The social work team holding the case.", type: "text" },
  {
    id: "complaint.formality",
    label: "Was the complaint made formally or informally?",
    help: "Record informal complaints too (calls, emails and remarks directed at the social worker): the briefing found many more of them than formal ones.",
    type: "choice",
    options: [...FORMALITY],
  },
  {
    id: "complaint.status",
    label: "Current status",
    type: "choice",
    options: [...STATUSES],
    required: true,
  },
];

const content: FormQuestion[] = [
  {
    id: "content.socialWorkerActions",
    label: "Specific complaints about the actions of a social worker?",
    help: "Including claims that the worker is biased or 'on mum's side'.",
    type: "yesNo",
  },
  {
    id: "content.policeNfa",
    label: "Argue that since the police NFA'd the case children's social care should not be involved?",
    help: "NFA: the police took no further action.",
    type: "yesNo",
  },
  {
    id: "content.counterAccusations",
    label:
      "Did they make counter accusations about the parenting of their partner (e.g., substance misuse, mental health), neglect of children?",
    type: "yesNo",
  },
  {
    id: "content.counterAccusationKinds",
    label: "If Y, what about?",
    help: "Choose every kind that applies.",
    type: "multiChoice",
    options: [...COUNTER_ACCUSATION_KINDS],
    required: true,
    when: { question: "content.counterAccusations", equals: yes() },
  },
  {
    id: "content.counterAccusationOther",
    label: "If other, what?",
    type: "text",
    required: true,
    when: { question: "content.counterAccusationKinds", equals: ["other"] },
  },
  {
    id: "content.notInvolvedInAssessment",
    label: "That they were not involved in assessment or other aspects of the case?",
    type: "yesNo",
  },
  {
    id: "content.lengthy",
    label: "Was the complaint lengthy or overwhelming (many pages, or many long messages)?",
    type: "yesNo",
  },
  {
    id: "content.denialMinimisation",
    label: "Did it deny or minimise the abuse?",
    help: "e.g. 'I never touched her', 'only an argument', 'false allegations'.",
    type: "yesNo",
  },
  {
    id: "content.playingOff",
    label: "Did it play professionals off against each other?",
    help: "e.g. 'your manager agreed with me', 'the health visitor has no concerns'.",
    type: "yesNo",
  },
  {
    id: "content.threatsToStaff",
    label: "Did it threaten the worker or other staff?",
    help: "Threats to their safety, job or registration. Threats to 'take it all the way' are asked under During the process.",
    type: "yesNo",
  },
  { id: "content.anythingElse", label: "Anything else not listed above?", type: "longText" },
];

const investigation: FormQuestion[] = [
  {
    id: "investigation.resolvedBeforeStage1",
    label: "Was the complaint resolved before stage 1?",
    type: "yesNo",
  },
  {
    id: "investigation.resolvedBeforeStage1How",
    label: "If yes, how?",
    type: "longText",
    required: true,
    when: { question: "investigation.resolvedBeforeStage1", equals: yes() },
  },
  { id: "investigation.resolvedAtStage1", label: "Was it resolved at stage 1?", type: "yesNo" },
  {
    id: "investigation.resolvedAtStage1How",
    label: "If Y, how?",
    type: "longText",
    required: true,
    when: { question: "investigation.resolvedAtStage1", equals: yes() },
  },
  {
    id: "investigation.desiredOutcomeClarified",
    label: "Did you need to clarify the desired outcome?",
    type: "yesNo",
  },
  {
    id: "investigation.earlyTeamMeeting",
    label:
      "Did you have an early meeting with the social work team to ensure a common approach that limits any attempt to manipulate?",
    type: "yesNo",
  },
  { id: "investigation.investigated", label: "Was the complaint investigated?", type: "yesNo" },
  {
    id: "investigation.stageReached",
    label: "If Y, what stage did it get to?",
    help: "1 local resolution, 2 investigation, 3 review panel.",
    type: "choice",
    options: [...STAGES],
    required: true,
    when: { question: "investigation.investigated", equals: yes() },
  },
  { id: "investigation.upheld", label: "Was it upheld?", type: "choice", options: [...UPHELD] },
  {
    id: "investigation.upheldWhat",
    label: "If yes, what was upheld?",
    type: "longText",
    required: true,
    when: { question: "investigation.upheld", equals: ["in-full", "in-part"] },
  },
  {
    id: "investigation.unreasonableRoute",
    label: "Was the complaint considered under the unreasonable or vexatious complaints policy?",
    help: "Complaints staff recognised vexatious complaints as part of a pattern of abusive behaviour; the briefing suggests exploring the unreasonable complaints guidance.",
    type: "yesNo",
  },
  {
    id: "investigation.unreasonableOutcome",
    label: "If Y, with what outcome?",
    type: "choice",
    options: [...UNREASONABLE_OUTCOMES],
    required: true,
    when: { question: "investigation.unreasonableRoute", equals: yes() },
  },
  {
    id: "investigation.unreasonableOutcomeOther",
    label: "If other, what outcome?",
    type: "longText",
    required: true,
    when: { question: "investigation.unreasonableOutcome", equals: ["other"] },
  },
];

const process: FormQuestion[] = [
  { id: "process.emails", label: "Number of emails from the complainer?", type: "integer", min: 0 },
  { id: "process.phoneCalls", label: "Number of phone calls from the complainer?", type: "integer", min: 0 },
  {
    id: "process.copiedInOthers",
    label: "Did the complainer copy in others? (e.g. Mayor, MP)",
    type: "yesNo",
  },
  {
    id: "process.copiedIn",
    label: "If Y, who?",
    help: "Choose everyone copied in.",
    type: "multiChoice",
    options: [...COPIED_IN],
    required: true,
    when: { question: "process.copiedInOthers", equals: yes() },
  },
  {
    id: "process.copiedInOther",
    label: "If other, who was copied in?",
    help: "Their role, never their name.",
    type: "text",
    required: true,
    when: { question: "process.copiedIn", equals: ["other"] },
  },
  {
    id: "process.threatenedToTakeItAllTheWay",
    label: "Did the complainer threaten to 'take it all the way'?",
    type: "yesNo",
  },
  {
    id: "process.threatenedTo",
    label: "If Y, to where?",
    help: "Optional: where they said they would take it, when they said.",
    type: "multiChoice",
    options: [...THREATENED_TO],
    when: { question: "process.threatenedToTakeItAllTheWay", equals: yes() },
  },
  {
    id: "process.unreasonableExpectations",
    label: "Did the complainer have unreasonable expectations of process? (e.g. response in 24 hours)",
    type: "yesNo",
  },
  {
    id: "process.unreasonableExpectationsWhat",
    label: "If Y, what?",
    type: "longText",
    required: true,
    when: { question: "process.unreasonableExpectations", equals: yes() },
  },
];

const worker: FormQuestion[] = [
  {
    id: "worker.impactReported",
    label: "Did the complaint affect the worker complained about?",
    help: "Complaints from {perpetrator}s can be destabilising, especially for newly qualified and minoritised workers.",
    type: "yesNo",
  },
  {
    id: "worker.impact",
    label: "If Y, how?",
    help: "Choose every effect that applies.",
    type: "multiChoice",
    options: [...WORKER_IMPACTS],
    required: true,
    when: { question: "worker.impactReported", equals: yes() },
  },
  {
    id: "worker.impactOther",
    label: "If other, what effect?",
    type: "longText",
    required: true,
    when: { question: "worker.impact", equals: ["other"] },
  },
  { id: "worker.supportOffered", label: "Was the worker offered support?", type: "yesNo" },
  {
    id: "worker.support",
    label: "If Y, what support?",
    help: "Choose all the support offered.",
    type: "multiChoice",
    options: [...WORKER_SUPPORT],
    required: true,
    when: { question: "worker.supportOffered", equals: yes() },
  },
  {
    id: "worker.supportOther",
    label: "If other, what support?",
    type: "longText",
    required: true,
    when: { question: "worker.support", equals: ["other"] },
  },
];

const learnings: FormQuestion[] = [
  { id: "learnings.forPractice", label: "What are the learnings for practice from this case?", type: "longText" },
  { id: "learnings.otherInformation", label: "Any other relevant information from this case?", type: "longText" },
];

const stages: FormQuestion[] = [
  {
    id: "stages.stage1Extended",
    label: "Was the stage 1 response time extended?",
    help: "A complex complaint may have 10 more working days, 20 in all (regulation 14).",
    type: "yesNo",
  },
  { id: "stages.stage1Response", label: "Stage 1 response sent", type: "date" },
  { id: "stages.stage2Requested", label: "Stage 2 requested", type: "date" },
  {
    id: "stages.stage2Extended",
    label: "Was the stage 2 investigation time extended?",
    help: "Stage 2 may take up to 65 working days instead of 25 (regulation 17).",
    type: "yesNo",
  },
  { id: "stages.stage2Response", label: "Stage 2 response sent", type: "date" },
  { id: "stages.stage3Requested", label: "Stage 3 (review panel) requested", type: "date" },
  { id: "stages.panelHeld", label: "Review panel held", type: "date" },
  { id: "stages.panelReport", label: "Review panel's report sent", type: "date" },
  { id: "stages.stage3Response", label: "Authority's response to the panel sent", type: "date" },
  { id: "stages.ombudsmanReferral", label: "Referred to the Ombudsman", type: "date" },
];

/**
 * The partnership's proforma for recording complaints from perpetrators of domestic abuse, as a
 * form definition. Every question of the published draft is here in its order and wording, with
 * its follow-ups as conditions; the register fields it assumes are in the `complaint` and `stages`
 * sections. Version 2 adds what the briefing describes and the draft did not ask (see
 * {@link PROFORMA_QUESTIONS_SINCE}).
 */
export const complaintsProforma: FormDefinition = {
  id: "st-complaints-proforma",
  version: 2,
  title: "Complaints proforma",
  description:
    "The Safe & Together London Partnership's proforma for recording, consistently and comparatively across boroughs, complaints made by the {perpetrator} in a domestic abuse case.",
  sections: [
    {
      id: "complaint",
      title: "The complaint",
      help: "What a complaints register records about every complaint.",
      questions: complaint,
    },
    { id: "content", title: "What the complaint contains", questions: content },
    { id: "investigation", title: "Details of investigation", questions: investigation },
    { id: "process", title: "During the process", questions: process },
    {
      id: "worker",
      title: "The worker complained about",
      help: "The impact of the complaint on the worker, and the support offered.",
      questions: worker,
    },
    { id: "learnings", title: "Learnings", questions: learnings },
    {
      id: "stages",
      title: "Stage dates",
      help: "The dates of the statutory stages, from which due dates and lateness are computed.",
      questions: stages,
    },
  ],
};

/**
 * The version of the proforma each question first appeared in, for questions added after
 * version 1: whether the complaint was formal, the four conventions the briefing names that the
 * draft did not ask about, the unreasonable or vexatious route, and the worker complained about.
 */
export const PROFORMA_QUESTIONS_SINCE: Readonly<Record<string, number>> = Object.freeze({
  "complaint.formality": 2,
  "content.lengthy": 2,
  "content.denialMinimisation": 2,
  "content.playingOff": 2,
  "content.threatsToStaff": 2,
  "investigation.unreasonableRoute": 2,
  "investigation.unreasonableOutcome": 2,
  "investigation.unreasonableOutcomeOther": 2,
  "worker.impactReported": 2,
  "worker.impact": 2,
  "worker.impactOther": 2,
  "worker.supportOffered": 2,
  "worker.support": 2,
  "worker.supportOther": 2,
});

const atVersion = new WeakMap<FormDefinition, Map<number, FormDefinition>>();

/**
 * A proforma (the partnership's, or a borough's adaptation of it) as it stood at an earlier
 * version of the partnership's: the questions added since left out, sections left empty dropped.
 * Reads workbooks made from an earlier template and checks records written at an earlier schema
 * version. The partnership's own keeps that version number; an adaptation keeps its own.
 */
export function proformaAtVersion(definition: FormDefinition, version: number): FormDefinition {
  checkRecordArgument("proformaAtVersion", "definition", definition);
  if (typeof version !== "number")
    checkArgument(version, "number", { fn: "proformaAtVersion", argument: "version", label: "Proforma version" });
  if (version >= complaintsProforma.version) return definition;
  let byVersion = atVersion.get(definition);
  if (!byVersion) {
    byVersion = new Map();
    atVersion.set(definition, byVersion);
  }
  let earlier = byVersion.get(version);
  if (!earlier) {
    earlier = {
      ...definition,
      version: definition.id === complaintsProforma.id ? version : definition.version,
      sections: definition.sections
        .map((section) => ({
          ...section,
          questions: section.questions.filter((q) => (PROFORMA_QUESTIONS_SINCE[q.id] ?? 1) <= version),
        }))
        .filter((section) => section.questions.length > 0),
    };
    byVersion.set(version, earlier);
  }
  return earlier;
}
