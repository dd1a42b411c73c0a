/**
 * Form definitions as data: sections, questions, answer types and conditions, the checks of a
 * completed form's answers, and yes/no answers.
 * @packageDocumentation
 */

export {
  type AnswerResult,
  parseYesNo,
  parseYesNoUnknown,
  safeParseYesNo,
  safeParseYesNoUnknown,
  type YesNo,
  type YesNoUnknown,
  yesNoLabels,
  yesNoSchema,
  yesNoUnknownLabels,
  yesNoUnknownSchema,
  yesNoUnknownValues,
  yesNoValues,
} from "./answers.js";
export {
  answerProblem,
  type CheckAnswersOptions,
  checkAnswers,
  describeCondition,
  formatAnswer,
} from "./form-answers.js";
export {
  ANSWER_TYPES,
  type AnswerOption,
  type AnswerType,
  type AnswerValue,
  answerOptionSchema,
  CLOSED_ANSWER_TYPES,
  describeExpectedAnswer,
  type FlatRecord,
  type FormDefinition,
  type FormQuestion,
  type FormSection,
  formDefinitionSchema,
  MULTI_CHOICE_SEPARATOR,
  type QuestionCondition,
  questionConditionSchema,
  resolveWith,
  safeValidateFormDefinition,
  type TextResolver,
  validateFormDefinition,
} from "./form-definition.js";
export { findQuestion, formQuestions, isAnswered, isQuestionShown } from "./form-questions.js";
