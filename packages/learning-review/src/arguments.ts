/**
 * The arguments the public functions share (a review round, a case list, a sample, options), each
 * described once, so a function checks one with a short line: `checkArg("roundReport", ROUND, round)`.
 * One constant a place, so a bundle keeps only the places its functions check (`drawSample` has a
 * budget). Internal: not exported from the index.
 * @module
 */
import { type ArgumentSpec, checkArgumentOf, type Problem, StValidationError } from "@st/core";

/** An argument as the public functions take it (`ArgumentSpec` of `@st/core`); the function's name is given at the check. */
export type Place = ArgumentSpec;

/** `checkArgumentOf` of `@st/core`: throws its coded error unless `value` is of the kind the place takes. */
export const checkArg = checkArgumentOf;

/**
 * For `safe…` functions: the failure `checkArg` would throw, as a result (`{ ok: false, problems }`),
 * or `undefined` when `value` is of the kind the place takes.
 */
export function argumentFailure(
  fn: string,
  place: Place,
  value: unknown,
): { ok: false; problems: Problem[] } | undefined {
  try {
    checkArg(fn, place, value);
    return undefined;
  } catch (error) {
    if (!(error instanceof StValidationError)) throw error;
    return { ok: false, problems: [...error.problems] };
  }
}

// Rounds and what they are read from.
export const ROUND: Place = { kinds: "record", argument: "round", label: "Review round", expected: "a review round" };
export const ROUND_INPUT: Place = {
  kinds: "record",
  argument: "input",
  label: "Review round",
  expected: "a review round",
};
export const ROUNDS: Place = {
  kinds: "list",
  argument: "rounds",
  label: "Review rounds",
  expected: "a list of review rounds",
};
export const ROUNDS_OR_SUMMARIES: Place = {
  kinds: "list",
  argument: "rounds",
  label: "Review rounds",
  expected: "a list of review rounds or their summaries",
};
export const ROUNDS_OR_COMPARISON: Place = {
  kinds: ["list", "record"],
  argument: "rounds",
  label: "Review rounds",
  expected: "a list of review rounds, or their comparison",
};
export const ROUNDS_JSON: Place = {
  kinds: "text",
  argument: "text",
  label: "Review rounds",
  expected: "JSON text: a review round, or a list of them",
};
export const REVIEWED_CASE: Place = {
  kinds: "record",
  argument: "reviewed",
  label: "Reviewed case",
  expected: "a reviewed case of the round",
};
export const ROWS: Place = {
  kinds: "list",
  argument: "rows",
  label: "Reviewed case rows",
  expected: "a list of rows read with reviewedCaseForm",
};
export const PERIOD: Place = {
  kinds: "record",
  argument: "period",
  label: "Review period",
  expected: "a period { from, to }",
};

// Case lists, samples and legacy audits.
export const CASE_LIST_INPUTS: Place = {
  kinds: ["text", "list"],
  argument: "input",
  label: "Case list",
  expected: "CSV or JSON text, or a list of cases",
};
export const CASE_LIST: Place = {
  kinds: ["record", "list"],
  argument: "caseList",
  label: "Case list",
  expected: "a case list, or its cases",
};
export const HEADER: Place = { kinds: "text", argument: "header", label: "Column header" };
export const OUTCOME_TEXT: Place = { kinds: "text", argument: "text", label: "Outcome" };
export const CONDITION: Place = {
  kinds: "record",
  argument: "condition",
  label: "Condition",
  expected: "a condition of a sampling frame",
};
export const SAMPLE: Place = { kinds: "record", argument: "sample", label: "Sample", expected: "a drawn sample" };
export const LEGACY_INPUT: Place = {
  kinds: ["text", "list"],
  argument: "input",
  label: "Legacy audits",
  expected: "CSV or JSON text, or a list of audits",
};
export const AUDITS: Place = {
  kinds: "list",
  argument: "audits",
  label: "Legacy audits",
  expected: "a list of legacy audits",
};
export const DEFINITIONS: Place = {
  kinds: "list",
  argument: "definitions",
  label: "Checklist definitions",
  optional: true,
};

// Language evidence.
export const TEXTS: Place = {
  kinds: "list",
  argument: "texts",
  label: "Extract texts",
  expected: "a list of { id, text }",
};
export const LINTER: Place = {
  kinds: "record",
  argument: "linter",
  label: "Linter",
  expected: "a linter (from createLinter)",
};
export const DERIVED_BY: Place = {
  kinds: "text",
  argument: "derivedBy",
  label: "Derived by",
  expected: "text naming the linter and its rule pack",
};
export const COUNT: Place = { kinds: "number", argument: "count", label: "Count" };
export const WORDS: Place = { kinds: "number", argument: "words", label: "Words" };
export const CATEGORY: Place = {
  kinds: "text",
  argument: "category",
  label: "Language category",
  expected: "a language-lint category",
};

// Reports.
export const DOCUMENT: Place = {
  kinds: "record",
  argument: "doc",
  label: "Report",
  expected: "a report document { title, blocks }",
};
export const RENDER_OPTIONS: Place = { kinds: "record", argument: "options", label: "Render options", optional: true };
export const CHART: Place = {
  kinds: "record",
  argument: "chart",
  label: "Bar chart",
  expected: "a bar chart { title, description, groups }",
};
export const BOROUGH: Place = {
  kinds: "text",
  argument: "borough",
  label: "Borough",
  expected: "a GSS code or a borough's name",
};
export const BOROUGH_NAME: Place = { kinds: "text", argument: "boroughName", label: "Borough name" };
export const COHORTS: Place = {
  kinds: "list",
  argument: "cohorts",
  label: "Cohorts",
  expected: "a list of { label, cases }",
};
export const PROFILE: Place = { kinds: "record", argument: "profile", label: "Terminology profile", optional: true };

// Options.
export const CASE_LIST_OPTIONS: Place = {
  kinds: "record",
  argument: "options",
  label: "Case list options",
  optional: true,
};
export const CONDITION_OPTIONS: Place = {
  kinds: "record",
  argument: "options",
  label: "Condition options",
  optional: true,
};
export const COMPARISON_OPTIONS: Place = {
  kinds: "record",
  argument: "options",
  label: "Comparison options",
  optional: true,
};
export const ROUND_OPTIONS: Place = {
  kinds: "record",
  argument: "options",
  label: "Round options",
  expected: "the round's id and borough",
};
export const SAMPLE_OPTIONS: Place = {
  kinds: "record",
  argument: "options",
  label: "Sample options",
  expected: "the seed (and the period)",
};
export const SAMPLED_OPTIONS: Place = { kinds: "record", argument: "options", label: "Options", optional: true };
export const EVIDENCE_OPTIONS: Place = {
  kinds: "record",
  argument: "options",
  label: "Language evidence options",
  optional: true,
};
export const READING_OPTIONS: Place = {
  kinds: "record",
  argument: "options",
  label: "Reading options",
  optional: true,
};
export const REPORT_OPTIONS: Place = { kinds: "record", argument: "options", label: "Report options", optional: true };
export const FORM_OPTIONS: Place = { kinds: "record", argument: "options", label: "Form options", optional: true };
export const SUMMARY_OPTIONS: Place = {
  kinds: "record",
  argument: "options",
  label: "Summary options",
  optional: true,
};

// Demo data.
export const DEMO_BOROUGH: Place = {
  kinds: "text",
  argument: "borough",
  label: "Demo borough",
  expected: "a demo borough (E09000012 or E09000003)",
};
