/**
 * INTERIM: the generic form-definition shape, until `@st/core`'s `FormDefinition` lands (branch
 * workbook). Kept deliberately close to the planned names so the switch is an import change.
 * @internal
 * @module
 */

/** How a question is answered. */
export type AnswerType = "yesNo" | "choice" | "multiChoice" | "text" | "longText" | "integer" | "date";

/** One allowed answer of a closed question. */
export interface AnswerOption {
  /** The value stored in the record. */
  value: string | number;
  /** What a person sees. May hold terminology placeholders such as `{perpetrator}`. */
  label: string;
}

/** When a follow-up question applies: the trigger question and the answers that trigger it. */
export interface Condition {
  /** Dotted id of the trigger question. */
  question: string;
  /** The follow-up applies when the trigger's answer is (or, for multiple choice, includes) one of these. */
  in: readonly (string | number)[];
}

/** One question of a form. */
export interface Question {
  /** Dotted id, the path of the answer in the record: `section.field`. */
  id: string;
  /** The question as a person reads it. */
  label: string;
  /** Guidance shown beside the question. */
  help?: string;
  /** How it is answered. */
  type: AnswerType;
  /** Allowed answers, for `choice` and `multiChoice`. */
  options?: readonly AnswerOption[];
  /** Must be answered (when its condition, if any, holds). */
  required?: boolean;
  /** Shown and answerable only when this holds; must be empty otherwise. */
  when?: Condition;
  /** Smallest allowed value, for `integer`. */
  min?: number;
}

/** A titled group of questions. */
export interface Section {
  /** The first segment of its questions' ids. */
  id: string;
  /** Heading. */
  title: string;
  /** Guidance for the section. */
  help?: string;
  /** Questions in order. */
  questions: readonly Question[];
}

/** A form: sections of questions, versioned. */
export interface FormDefinition {
  /** Stable id. */
  id: string;
  /** Version of this definition. */
  version: string;
  /** Title. */
  title: string;
  /** What the form is for. */
  description?: string;
  /** Sections in order. */
  sections: readonly Section[];
}
