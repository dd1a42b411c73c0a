import { type FormDefinition, validateFormDefinition } from "@st/core/forms";
import { personWhoUsesHarmTerminology } from "@st/core/practice";

/**
 * A cut of the complaints proforma (issue 3) with every answer type, chained conditions, number
 * option values and a terminology placeholder: the form the workbook tests read and write.
 */
export const complaints: FormDefinition = validateFormDefinition({
  id: "complaints-proforma",
  version: 1,
  title: "Complaints from {perpetrator}s",
  description: "One row a complaint.",
  sections: [
    {
      id: "complaint",
      title: "The complaint",
      questions: [
        {
          id: "reference",
          label: "Complaint reference",
          type: "text",
          required: true,
          help: "As in the complaints register.",
        },
        { id: "received", label: "Date received", type: "date", required: true },
        {
          id: "complainantRole",
          label: "Complainant",
          type: "choice",
          options: [
            { value: "perpetrator", label: "{Perpetrator}" },
            { value: "victimInstigated", label: "Victim-survivor at the {perpetrator}'s instigation" },
            { value: "other", label: "Other" },
          ],
        },
        {
          id: "content.specificComplaints",
          label: "Specific complaints about the actions of a social worker?",
          type: "yesNo",
        },
        { id: "content.other", label: "Anything else not listed above?", type: "longText" },
      ],
    },
    {
      id: "investigation",
      title: "Details of investigation",
      help: "From the complaints file.",
      questions: [
        { id: "investigation.investigated", label: "Was the complaint investigated?", type: "yesNo", required: true },
        {
          id: "investigation.stageReached",
          label: "If Y, what stage did it get to?",
          type: "choice",
          required: true,
          options: [
            { value: 1, label: "Stage 1" },
            { value: 2, label: "Stage 2" },
            { value: 3, label: "Stage 3" },
          ],
          when: { question: "investigation.investigated", equals: ["yes"] },
        },
        {
          id: "investigation.upheld",
          label: "Was it upheld?",
          type: "choice",
          options: [
            { value: "full", label: "Yes, in full" },
            { value: "part", label: "Yes, in part" },
            { value: "no", label: "No" },
          ],
          when: { question: "investigation.investigated", equals: ["yes"] },
        },
        {
          id: "investigation.whatUpheld",
          label: "If yes, what was upheld?",
          type: "longText",
          required: true,
          when: { question: "investigation.upheld", equals: ["full", "part"] },
        },
      ],
    },
    {
      id: "process",
      title: "During the process",
      questions: [
        { id: "process.emails", label: "Number of emails from the complainer?", type: "integer", min: 0 },
        { id: "process.hoursSpent", label: "Hours spent", type: "number" },
        {
          id: "process.copiedIn",
          label: "Did the complainer copy in others?",
          type: "multiChoice",
          options: [
            { value: "mayor", label: "Mayor" },
            { value: "mp", label: "MP" },
            { value: "councillor", label: "Councillor" },
            { value: "ombudsman", label: "The Ombudsman" },
            { value: "other", label: "Other" },
          ],
        },
        {
          id: "process.copiedInOther",
          label: "If other, who?",
          type: "text",
          required: true,
          when: { question: "process.copiedIn", equals: ["other"] },
        },
        {
          id: "process.threatened",
          label: "Did the complainer threaten to 'take it all the way'?",
          type: "yesNoUnknown",
        },
      ],
    },
  ],
});

/** A borough's words: "person who uses harm" for "perpetrator". */
export const terminology = personWhoUsesHarmTerminology;
