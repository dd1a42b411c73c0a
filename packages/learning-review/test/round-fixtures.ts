import { categories } from "@st/language-lint";
import type { LanguageEvidence, ReviewedCase, ReviewRound } from "@st/learning-review";

/** Language evidence with the given category counts over `words` words (hand-made, as the lint would store it). */
export function language(
  counts: Partial<Record<(typeof categories)[number], number>>,
  positive = 0,
  words = 100,
): LanguageEvidence {
  const rate = (count: number) => ({ count, per1000Words: words ? Math.round((count * 100_000) / words) / 100 : 0 });
  const concerns = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  return {
    origin: "machine",
    derivedBy: "@st/language-lint st-default 1.0.0",
    extracts: ["note-1"],
    words,
    concerns: rate(concerns),
    byCategory: Object.fromEntries(categories.map((c) => [c, rate(counts[c] ?? 0)])) as LanguageEvidence["byCategory"],
    byRule: {},
    positive: { ...rate(positive), byRule: positive ? { "positive/named-behaviour": positive } : {} },
  };
}

/** A reviewed case with nothing recorded but what is given. */
export function reviewedCase(caseId: string, cohort: string, extra: Partial<ReviewedCase> = {}): ReviewedCase {
  const trained = cohort === "trained-consulted" ? "yes" : "no";
  return {
    caseId,
    cohort,
    workerTrained: trained,
    consultation: trained,
    context: { children: [], adults: [], presentingIssues: [], agencies: [] },
    answers: [],
    strengths: [],
    improvements: [],
    learnings: [],
    actions: [],
    ...extra,
  };
}

/** A round of the default checklist and cohorts, with the given cases. */
export function round(
  id: string,
  period: { from: string; to: string },
  cases: ReviewedCase[],
  n?: number,
): ReviewRound {
  return {
    id,
    borough: "E09000031",
    ...(n === undefined ? {} : { round: n }),
    period,
    reviewers: [{ role: "qa-auditor" }],
    checklist: { id: "st-practice-checklist", version: "1.0.0" },
    cohorts: [
      { id: "trained-consulted", label: "Worker S&T Core trained, case consultation held" },
      { id: "untrained-unconsulted", label: "Worker not trained, no case consultation" },
    ],
    cases,
    learnings: [],
    actions: [],
  };
}

/** Five cases of a cohort, `withFinding` of which have mutualising language. */
export function cohortCases(
  prefix: string,
  cohort: string,
  withFinding: number,
  outcomes: string[] = [],
): ReviewedCase[] {
  return Array.from({ length: 5 }, (_, i) =>
    reviewedCase(`${prefix}${i + 1}`, cohort, {
      language: language({ mutualising: i < withFinding ? 2 : 0 }, i < withFinding ? 0 : 1),
      ...(outcomes[i]
        ? { context: { children: [], adults: [], presentingIssues: [], agencies: [], outcome: outcomes[i] as never } }
        : {}),
    }),
  );
}
