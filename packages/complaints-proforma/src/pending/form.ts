/**
 * INTERIM: the types of `@st/core`'s `FormDefinition` (branch workbook, packages/core/src/form-definition.ts),
 * copied as types only until it lands on main; then every import of this file becomes `@st/core`.
 * @internal
 * @module
 */

/** One allowed answer of a closed question. */
export interface AnswerOption {
  value: string | number;
  label: string;
  help?: string | undefined;
}

/** Makes a question apply only when an earlier question's answer equals (or includes) one of `equals`. */
export interface QuestionCondition {
  question: string;
  equals: (string | number | boolean)[];
}

interface QuestionBase {
  id: string;
  label: string;
  help?: string | undefined;
  required?: boolean | undefined;
  when?: QuestionCondition | undefined;
}

/** One question. */
export type FormQuestion =
  | (QuestionBase & { type: "text" | "longText"; maxLength?: number | undefined })
  | (QuestionBase & { type: "integer" | "number"; min?: number | undefined; max?: number | undefined })
  | (QuestionBase & { type: "date"; min?: string | undefined; max?: string | undefined })
  | (QuestionBase & { type: "yesNo" })
  | (QuestionBase & { type: "choice" | "multiChoice"; options: AnswerOption[] });

/** A titled group of questions. */
export interface FormSection {
  id: string;
  title: string;
  help?: string | undefined;
  questions: FormQuestion[];
}

/** A form. */
export interface FormDefinition {
  id: string;
  version: number;
  title: string;
  description?: string | undefined;
  sections: FormSection[];
}
