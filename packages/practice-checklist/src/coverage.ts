/**
 * Coverage: how many applicable answers show the practice, with the counts behind every percentage.
 * @module
 */
import { type CanonicalAnswer, canonicalAnswers } from "./answer-scale.js";
import { checkPlace } from "./arguments.js";

/** A share with the counts behind it: `count` of `total`, and the percentage to one decimal place. */
export interface Percentage {
  /** How many. */
  count: number;
  /** Out of how many. */
  total: number;
  /** `count / total` as a percentage rounded to one decimal place; `null` when `total` is 0. */
  percent: number | null;
}

/** Answers counted by canonical answer. */
export type AnswerCounts = Record<CanonicalAnswer, number>;

/**
 * Coverage of a group of answers (one item, one principle, one component, or a whole checklist).
 * See {@link COVERAGE_RULE} for how it is counted.
 */
export interface Coverage {
  /** How many answers of each canonical kind. */
  answers: AnswerCounts;
  /** Answers other than "not applicable": the denominator of every percentage here. */
  applicable: number;
  /** Answers "yes", of the applicable ones. */
  met: Percentage;
  /** Answers "partly", of the applicable ones. */
  partlyMet: Percentage;
  /** Answers "not evidenced", of the applicable ones: gaps in the record rather than in practice, as far as the reviewer could tell. */
  notEvidenced: Percentage;
}

/** The rule every coverage figure follows, in words, for reports to quote. */
export const COVERAGE_RULE =
  'Coverage counts answers, not items: "met" is the share of applicable answers that are "yes", ' +
  '"partly met" the share that are "partly". Answers "not applicable" are left out of every share; ' +
  '"no" and "not evidenced" count as applicable answers that are not met. Unanswered items are listed, not counted. ' +
  "An item serving several principles or components counts once towards each. Percentages are rounded to one decimal place.";

/** A {@link Percentage} of `count` out of `total`. */
export function percentage(count: number, total: number): Percentage {
  checkPlace("percentage", count, "number", "count", "Count");
  checkPlace("percentage", total, "number", "total", "Total");
  return { count, total, percent: total === 0 ? null : Math.round((count / total) * 1000) / 10 };
}

/** Zero of every canonical answer. */
export function emptyAnswerCounts(): AnswerCounts {
  return Object.fromEntries(canonicalAnswers.map((answer) => [answer, 0])) as AnswerCounts;
}

/** The coverage of some answer counts. */
export function coverageOf(answers: AnswerCounts): Coverage {
  checkPlace(
    "coverageOf",
    answers,
    "record",
    "answers",
    "Answer counts",
    "answer counts (what emptyAnswerCounts gives, counted)",
  );
  const applicable = canonicalAnswers
    .filter((answer) => answer !== "not-applicable")
    .reduce((sum, answer) => sum + answers[answer], 0);
  return {
    answers: { ...answers },
    applicable,
    met: percentage(answers.yes, applicable),
    partlyMet: percentage(answers.partly, applicable),
    notEvidenced: percentage(answers["not-evidenced"], applicable),
  };
}
