/**
 * The shape of `@st/core`'s form definitions (questions in sections, read and written by
 * `@st/workbook`), as far as the checklist's forms use it. Structurally the same as core's
 * `FormDefinition`, so values built here pass wherever core's are taken; replaced by core's own
 * types once they are published.
 * @module
 */

/** One allowed answer of a choice question. */
export interface FormAnswerOption {
  /** The value recorded. */
  value: string | number;
  /** What people see (may hold terminology placeholders). */
  label: string;
  /** More words about the option. */
  help?: string | undefined;
}

/** One question (one spreadsheet column). */
export type FormQuestion = {
  /** The record field it fills, dotted for nested fields. */
  id: string;
  /** The question as people read it (may hold terminology placeholders). */
  label: string;
  /** Help text for the instructions sheet. */
  help?: string | undefined;
  /** Whether an answer is needed. */
  required?: boolean | undefined;
} & (
  | { type: "text" | "longText"; maxLength?: number | undefined }
  | { type: "date" }
  | { type: "choice" | "multiChoice"; options: FormAnswerOption[] }
);

/** A titled group of questions. */
export interface FormSection {
  /** Stable id. */
  id: string;
  /** Heading (may hold terminology placeholders). */
  title: string;
  /** Help text. */
  help?: string | undefined;
  /** The questions, in order. */
  questions: FormQuestion[];
}

/** A form: one row per record in a spreadsheet. */
export interface FormDefinition {
  /** Stable id. */
  id: string;
  /** Format version of the form. */
  version: number;
  /** Title. */
  title: string;
  /** What the form is for. */
  description?: string | undefined;
  /** The sections, in order. */
  sections: FormSection[];
}

/** A record as one spreadsheet row: one key per question id. */
export type FlatRecord = Record<string, string | number | readonly (string | number)[]>;
