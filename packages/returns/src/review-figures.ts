/**
 * A return's learning-review figures: one round's cohorts (trained and consulted cases beside
 * untrained and unconsulted ones), counted as `@st/learning-review`'s round summary counts them.
 * @module
 */
import type { Problem } from "@st/core";
import { type QuarterId, quarterOf } from "@st/core/calendar";
import { defaultTerminology, renderLabel } from "@st/core/practice";
import { type CohortSummary, LANGUAGE_RULE, OUTCOME_RULE, type ReviewRound, summariseRound } from "@st/learning-review";
import type { Percentage } from "@st/practice-checklist";
import { boroughName } from "./borough-name.js";
import { countFigure, type RawFigure, shareFigure } from "./figure.js";
import { LEARNING_REVIEW_DEFINITION } from "./figure-definitions.js";
import type { SectionFigures } from "./indicator-figures.js";

/** A round of another borough, or of another quarter than the return's. */
export function reviewProblems(round: ReviewRound, borough: string, quarter: QuarterId, source: string): Problem[] {
  const problems: Problem[] = [];
  if (round.borough !== borough)
    problems.push({
      path: "borough",
      field: "Borough",
      expected: `${boroughName(borough)} (${borough})`,
      received: `${boroughName(round.borough)} (${round.borough})`,
      message: `${source}: the round is ${boroughName(round.borough)}'s, not ${boroughName(borough)}'s`,
      code: "wrong_borough",
    });
  const from = quarterOf(round.period.from);
  const to = quarterOf(round.period.to);
  if (from !== quarter || to !== quarter)
    problems.push({
      path: "period",
      field: "Period reviewed",
      expected: `a period within ${quarter}`,
      received: `${round.period.from} to ${round.period.to}`,
      message: `${source}: the round reviewed ${round.period.from} to ${round.period.to}, not a period within ${quarter}`,
      code: "wrong_quarter",
    });
  return problems;
}

/** The learning-review figures of one round, for every cohort and for all its cases. */
export function reviewFigures(round: ReviewRound, source: string): SectionFigures {
  const summary = summariseRound(round);
  const base = {
    section: "learning-review" as const,
    definition: LEARNING_REVIEW_DEFINITION,
    caveats: ["learning-review:small-samples", "learning-review:language-rule", "learning-review:outcome-rule"],
    sources: [source],
  };
  const cohorts = [...summary.cohorts, summary.total];
  const measures = (c: CohortSummary): [string, string, string, Percentage][] => [
    ["workers-trained", "Worker S&T Core trained", "cases", c.workerTrained],
    ["consultation", "Case consultation held", "cases", c.consultation],
    ["checklist-met", "Checklist answers met", "answers", c.checklist.overall.met],
    ...c.checklist.principles.map((p): [string, string, string, Percentage] => [
      `principle/${p.id}`,
      `Principle met: ${p.label}`,
      "answers",
      p.met,
    ]),
    ["closed-after-assessment", "Closed after assessment", "cases", c.outcomes.closedAfterAssessment],
    ...c.language.byCategory.map((b): [string, string, string, Percentage] => [
      `language/${b.category}`,
      `Cases with ${b.category} language`,
      "cases",
      b.cases,
    ]),
    [
      "language/positive",
      "Cases with wording that names behaviour, impact or protective efforts",
      "cases",
      c.language.positive.cases,
    ],
  ];
  const figures: RawFigure[] = [];
  for (const c of cohorts) {
    const id = `learning-review/${c.id}`;
    figures.push(
      countFigure({ ...base, id: `${id}/cases`, label: `${c.label}: cases reviewed`, unit: "cases", value: c.cases }),
    );
    for (const [key, label, unit, p] of measures(c))
      figures.push(
        shareFigure({ ...base, id: `${id}/${key}`, label: `${c.label}: ${label}`, unit, value: p.count, n: p.total }),
      );
  }
  // The cohorts split the round's cases, so every figure of "all" is the sum of the cohorts'.
  const groups =
    summary.cohorts.length > 0
      ? [
          { total: "learning-review/all/cases", parts: summary.cohorts.map((c) => `learning-review/${c.id}/cases`) },
          ...measures(summary.total).map(([key]) => ({
            total: `learning-review/all/${key}`,
            parts: summary.cohorts.map((c) => `learning-review/${c.id}/${key}`),
          })),
        ]
      : [];
  return {
    figures,
    groups,
    caveats: [
      {
        id: "learning-review:small-samples",
        text: "A round reviews about ten cases, five a cohort: only large differences between cohorts or rounds are unlikely to be chance, and many figures are withheld as small numbers.",
      },
      { id: "learning-review:language-rule", text: renderLabel(LANGUAGE_RULE, defaultTerminology) },
      { id: "learning-review:outcome-rule", text: OUTCOME_RULE },
    ],
    notes: summary.warnings,
  };
}
