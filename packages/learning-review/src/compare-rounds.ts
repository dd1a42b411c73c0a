/**
 * Across rounds: the same measures over time for one borough, with each change called out in
 * plain language and traceable to its figures ("mutualising language was found in 5 of 5
 * untrained cases in round 1 and in 1 of 5 in round 3").
 * @module
 */

import { type Problem, type SafeResult, StValidationError } from "@st/core";
import type { TerminologyProfile } from "@st/core/practice";
import { formatShare, SMALL_SAMPLE } from "@st/core/report";
import { categories } from "@st/language-lint";
import type { Percentage } from "@st/practice-checklist";
import { argumentFailure, COMPARISON_OPTIONS, checkArg, PROFILE, ROUNDS, ROUNDS_OR_SUMMARIES } from "./arguments.js";
import { fisherExactTest } from "./fisher-exact.js";
import { languageCategoryLabel } from "./language-labels.js";
import type { ReviewRound } from "./review-round.js";
import {
  type CohortSummary,
  type RoundSummary,
  type SummarisedRound,
  type SummariseRoundOptions,
  summariseRound,
} from "./summarise-round.js";

/** What a measure counts: cases (independent of each other) or checklist answers (several a case). */
export type MeasureUnit = "cases" | "answers";

/** One measure followed across rounds. */
export interface MeasureDefinition {
  /** Stable id, e.g. `language:mutualising`, `principle:intervene-with-perpetrator`, `outcome:closed-after-assessment`. */
  id: string;
  /** What it measures, for tables. */
  label: string;
  /** What is counted. */
  unit: MeasureUnit;
  /** Which way is better: fewer cases with mutualising language, more principles met; `null` when neither (outcomes). */
  better: "higher" | "lower" | null;
  /** True for machine-derived measures (language). */
  machineDerived: boolean;
  /** The measure's figure in one cohort's summary; `null` when the round did not record it. */
  value(cohort: CohortSummary): Percentage | null;
  /** The sentence's verb phrase: "{share} {cohort} cases" follows it, e.g. "Mutualising language was found in". */
  phrase: string;
}

const languageShare = (cohort: CohortSummary, pick: (c: CohortSummary) => Percentage) =>
  cohort.language.casesWithEvidence === 0 ? null : pick(cohort);

/** The measures {@link compareRounds} follows, in report order. */
export function defaultMeasures(profile?: TerminologyProfile): MeasureDefinition[] {
  checkArg("defaultMeasures", PROFILE, profile);
  const language: MeasureDefinition[] = categories.map((category) => ({
    id: `language:${category}`,
    label: `Cases with ${languageCategoryLabel(category, profile).toLowerCase()}`,
    unit: "cases",
    better: "lower",
    machineDerived: true,
    value: (c) => languageShare(c, (x) => x.language.byCategory.find((b) => b.category === category)!.cases),
    phrase: `${languageCategoryLabel(category, profile)} ${category === "other" ? "were" : "was"} found in`,
  }));
  return [
    ...language,
    {
      id: "language:positive",
      label: "Cases with wording that names behaviour, impact or protective efforts",
      unit: "cases",
      better: "higher",
      machineDerived: true,
      value: (c) => languageShare(c, (x) => x.language.positive.cases),
      phrase: "Wording that names the behaviour, its impact or protective efforts was found in",
    },
    {
      id: "checklist:overall",
      label: "Checklist answers met",
      unit: "answers",
      better: "higher",
      machineDerived: false,
      value: (c) => (c.checklist.overall.applicable === 0 ? null : c.checklist.overall.met),
      phrase: "Checklist answers showed the practice in",
    },
    ...(["keep-child-safe-and-together", "partner-with-non-abusive-parent", "intervene-with-perpetrator"] as const).map(
      (id, i): MeasureDefinition => ({
        id: `principle:${id}`,
        label: `Principle ${i + 1}: answers met`,
        unit: "answers",
        better: "higher",
        machineDerived: false,
        value: (c) => {
          const p = c.checklist.principles.find((x) => x.id === id);
          return p && p.applicable > 0 ? p.met : null;
        },
        phrase: `Principle ${i + 1} was met in`,
      }),
    ),
    {
      id: "outcome:closed-after-assessment",
      label: "Cases closed after assessment",
      unit: "cases",
      better: null,
      machineDerived: false,
      value: (c) => (c.outcomes.recorded === 0 ? null : c.outcomes.closedAfterAssessment),
      phrase: "Cases closed after assessment were",
    },
  ];
}

/** One measure's figure in one round. */
export interface MeasurePoint {
  /** The round's id. */
  round: string;
  /** The figure; `null` when the round did not record it (no extracts linted, an imported audit). */
  value: Percentage | null;
}

/** One measure for one cohort across the rounds. */
export interface MeasureSeries {
  /** The measure's id. */
  measure: string;
  /** Its label. */
  label: string;
  /** The cohort's id (`all` for every case). */
  cohort: string;
  /** What is counted. */
  unit: MeasureUnit;
  /** True for machine-derived measures. */
  machineDerived: boolean;
  /** One point a round, in round order. */
  points: MeasurePoint[];
}

/** A change between the first and the latest round that recorded a measure. */
export interface MeasureChange {
  /** The measure's id. */
  measure: string;
  /** The cohort's id. */
  cohort: string;
  /** The earlier round and its figure. */
  from: { round: string; value: Percentage };
  /** The later round and its figure. */
  to: { round: string; value: Percentage };
  /** Up, down or level, by share. */
  direction: "up" | "down" | "same";
  /** Whether the change is for the better, for the worse, or neither (outcomes, or no change). */
  reading: "better" | "worse" | "neither";
  /**
   * Fisher's exact test p-value for measures counting cases, only when tests were asked for
   * (`tests: true`); `null` otherwise, and always for measures counting answers (several answers
   * come from one case, so the test does not apply).
   */
  pValue: number | null;
  /** The change in plain language, with its figures. */
  statement: string;
  /** What can be read into it, given the numbers. */
  caution: string;
}

/** The measures of one borough's rounds over time. */
export interface RoundComparison {
  /** The borough's GSS code. */
  borough: string;
  /** The borough's name. */
  boroughName: string;
  /** The rounds, in order of their periods. */
  rounds: (SummarisedRound & { label: string })[];
  /** The cohorts followed: those of the latest round, then `all`. */
  cohorts: { id: string; label: string }[];
  /** Every measure for every cohort. */
  series: MeasureSeries[];
  /** Every change, for measures recorded in at least two rounds. */
  changes: MeasureChange[];
  /** What a reader must know before reading the comparison. */
  notes: string[];
}

/** Options for {@link compareRounds}. */
export interface CompareRoundsOptions extends SummariseRoundOptions {
  /** The measures to follow; {@link defaultMeasures} when absent. */
  measures?: readonly MeasureDefinition[] | undefined;
  /**
   * Test changes in measures that count cases with Fisher's exact test (default false). Off by
   * default because learning reviews do not set out to measure change: with five cases a cohort a
   * test can only flag very large changes, and a p-value invites reading five files as a rate for
   * the borough. Ask for it when a reader needs it; it is never the headline.
   */
  tests?: boolean | undefined;
  /** With `tests`, below this p-value a change is called unlikely to be chance alone (default 0.05). */
  significance?: number | undefined;
}

function roundLabel(round: SummarisedRound): string {
  return round.round !== null ? `round ${round.round} (${round.periodLabel})` : round.periodLabel;
}

function formatP(p: number): string {
  // Three decimals near the usual thresholds, so p = 0.048 is not shown as 0.05.
  return p < 0.001 ? "p < 0.001" : `p = ${p < 0.1 ? p.toFixed(3) : p.toFixed(2)}`;
}

/**
 * Compare one borough's rounds: every measure for every cohort in every round, and for each
 * measure recorded in two rounds or more, the change from the first to the latest in plain
 * language, with the figures it rests on and what can be read into it: with a handful of cases
 * a cohort, a direction in these cases, not a measured change in the borough's practice. With
 * `tests`, changes in measures that count cases also carry Fisher's exact test.
 *
 * Cohorts are matched by id across rounds. Rounds are ordered by period.
 *
 * @throws `StValidationError` (from `@st/core`) when the rounds are of more than one borough, or
 * none are given.
 * @throws `StValidationError` (also a `TypeError`, coded `invalid_type`) naming the argument when
 * the rounds are not a list or the options not an object.
 */
export function compareRounds(
  rounds: readonly (ReviewRound | RoundSummary)[],
  options: CompareRoundsOptions = {},
): RoundComparison {
  checkArg("compareRounds", ROUNDS_OR_SUMMARIES, rounds);
  checkArg("compareRounds", COMPARISON_OPTIONS, options);
  const result = safeCompareRounds(rounds, options);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "the rounds to compare" });
  return result.value;
}

/** {@link compareRounds} returning a result instead of throwing. */
export function safeCompareRounds(
  rounds: readonly (ReviewRound | RoundSummary)[],
  options: CompareRoundsOptions = {},
): SafeResult<RoundComparison> {
  const wrong = argumentFailure("safeCompareRounds", ROUNDS_OR_SUMMARIES, rounds);
  if (wrong) return wrong;
  checkArg("safeCompareRounds", COMPARISON_OPTIONS, options);
  const summaries = rounds.map((r) => ("total" in r ? r : summariseRound(r, options)));
  const problems: Problem[] = [];
  if (summaries.length === 0) {
    problems.push({
      path: "",
      field: "Rounds",
      expected: "at least one round",
      received: "none",
      message: "there is nothing to compare",
      code: "required",
    });
  }
  const boroughs = [...new Set(summaries.map((s) => s.round.borough))];
  if (boroughs.length > 1) {
    problems.push({
      path: "borough",
      field: "Borough",
      expected: "rounds of one borough",
      received: boroughs.join(", "),
      message: "compares one borough's rounds at a time; group the rounds by borough first",
      code: "mixed_boroughs",
    });
  }
  if (problems.length) return { ok: false, problems };

  const ordered = [...summaries].sort(
    (a, b) =>
      (a.round.period.from < b.round.period.from ? -1 : a.round.period.from > b.round.period.from ? 1 : 0) ||
      (a.round.round ?? 0) - (b.round.round ?? 0),
  );
  const latest = ordered.at(-1)!;
  const cohorts = [...latest.cohorts.map((c) => ({ id: c.id, label: c.label })), { id: "all", label: "All cases" }];
  const measures = options.measures ?? defaultMeasures(options.profile);
  const significance = options.significance ?? 0.05;
  const threshold = options.smallSample ?? SMALL_SAMPLE;
  const series: MeasureSeries[] = [];
  const changes: MeasureChange[] = [];
  for (const measure of measures) {
    for (const cohort of cohorts) {
      const points: MeasurePoint[] = ordered.map((summary) => {
        const group = cohort.id === "all" ? summary.total : summary.cohorts.find((c) => c.id === cohort.id);
        return { round: summary.round.id, value: group && group.cases > 0 ? measure.value(group) : null };
      });
      series.push({
        measure: measure.id,
        label: measure.label,
        cohort: cohort.id,
        unit: measure.unit,
        machineDerived: measure.machineDerived,
        points,
      });
      const recorded = points
        .map((p, i) => ({ ...p, summary: ordered[i]! }))
        .filter((p): p is MeasurePoint & { value: Percentage; summary: RoundSummary } => p.value !== null);
      if (recorded.length < 2) continue;
      const first = recorded[0]!;
      const last = recorded.at(-1)!;
      changes.push(changeOf(measure, cohort, first, last, options.tests ? significance : null, threshold));
    }
  }
  const notes: string[] = [];
  const frames = new Set(ordered.map((s) => s.round.origin));
  if (frames.has("legacy-rag-audit")) {
    notes.push(
      "Some rounds are imported RAG-rated audits: they give principles (green as met) but no checklist items and no language evidence, so only the principle measures reach back to them.",
    );
  }
  notes.push(
    "Learning reviews do not set out to measure change across time: they look at the depth of practice in a few files, read by the borough's stage of implementation. " +
      "Each change below compares the first round that recorded a measure with the latest, as context for what the reviewers found.",
    options.tests
      ? "Measures that count cases are tested with Fisher's exact test, as asked; measures that count checklist answers are not, because one case gives several answers. With five cases a cohort only a very large change can pass the test, and one that does not pass may still be real."
      : "No significance test is applied: five cases against five can show what practice looks like in those files and which way things moved in them, not whether the borough's practice as a whole changed.",
  );
  if (ordered.some((s) => s.cohorts.some((c) => c.cases > 0 && c.cases < threshold))) {
    notes.push(
      `Cohorts of fewer than ${threshold} cases: a change of one case is a large change in share. Read the counts, and look for the same direction over several rounds.`,
    );
  }
  return {
    ok: true,
    value: {
      borough: latest.round.borough,
      boroughName: latest.round.boroughName,
      rounds: ordered.map((s) => ({ ...s.round, label: roundLabel(s.round) })),
      cohorts,
      series,
      changes,
      notes,
    },
  };
}

function changeOf(
  measure: MeasureDefinition,
  cohort: { id: string; label: string },
  first: { round: string; value: Percentage; summary: RoundSummary },
  last: { round: string; value: Percentage; summary: RoundSummary },
  significance: number | null,
  threshold: number,
): MeasureChange {
  const a = first.value;
  const b = last.value;
  // Compare shares exactly: a/n against c/m as a*m against c*n.
  const cross = b.count * a.total - a.count * b.total;
  const direction = cross > 0 ? "up" : cross < 0 ? "down" : "same";
  const reading =
    direction === "same" || measure.better === null
      ? "neither"
      : (direction === "up") === (measure.better === "higher")
        ? "better"
        : "worse";
  const pValue =
    significance !== null && measure.unit === "cases"
      ? fisherExactTest(a.count, a.total - a.count, b.count, b.total - b.count)
      : null;
  const who = cohort.id === "all" ? "" : ` ${cohort.id}`;
  const units = measure.unit === "cases" ? `${who} cases` : ` answers${who ? ` for${who} cases` : ""}`;
  const f = (p: Percentage) => formatShare(p, { percentFrom: threshold });
  const statement =
    `${measure.phrase} ${f(a)}${units} in ${roundLabel(first.summary.round)}` +
    ` and ${f(b)} in ${roundLabel(last.summary.round)}` +
    (direction === "same"
      ? ": no change."
      : `: ${direction === "up" ? "a rise" : "a fall"}${reading === "neither" ? "" : `, for the ${reading}`}.`);
  let caution: string;
  if (measure.unit !== "cases") {
    caution =
      "Answers, not cases: several answers come from each case, so read this as a direction, not as a tested change.";
  } else if (pValue === null || significance === null) {
    caution =
      direction === "same"
        ? "No change in these cases."
        : `With ${a.total} and ${b.total} cases, one case moves the share by ${Math.round(100 / Math.max(1, Math.min(a.total, b.total)))} percentage points: a direction in these files, not a measure of the borough's practice. Read it with what the reviewers found.`;
  } else if (direction === "same") {
    caution = "No change to test.";
  } else if (pValue < significance) {
    caution = `A change this large is unlikely to be chance alone (Fisher's exact test, ${formatP(pValue)}).`;
  } else {
    caution = `With ${a.total} and ${b.total} cases, a change this size could be chance (Fisher's exact test, ${formatP(pValue)}); look for the same direction in further rounds.`;
  }
  return {
    measure: measure.id,
    cohort: cohort.id,
    from: { round: first.round, value: a },
    to: { round: last.round, value: b },
    direction,
    reading,
    pValue,
    statement,
    caution,
  };
}

/**
 * Group rounds by borough and compare each borough's rounds, boroughs in the order their first
 * round appears.
 */
export function compareRoundsByBorough(
  rounds: readonly ReviewRound[],
  options: CompareRoundsOptions = {},
): RoundComparison[] {
  checkArg("compareRoundsByBorough", ROUNDS, rounds);
  checkArg("compareRoundsByBorough", COMPARISON_OPTIONS, options);
  const byBorough = new Map<string, ReviewRound[]>();
  for (const round of rounds) {
    const list = byBorough.get(round.borough);
    if (list) list.push(round);
    else byBorough.set(round.borough, [round]);
  }
  return [...byBorough.values()].map((list) => compareRounds(list, options));
}
