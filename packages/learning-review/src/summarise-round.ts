/**
 * A round's summary: per cohort, per checklist item, principle and component, per language
 * category, and the outcome contrast, with the counts behind every percentage and a warning
 * wherever the numbers are small.
 * @module
 */

import { StValidationError } from "@st/core";
import { formatQuarter, type IsoDate, quarterEnd, quarterOf, quarterStart } from "@st/core/calendar";
import type { YesNo } from "@st/core/forms";
import { findLocalAuthority, type GssCode } from "@st/core/places";
import { defaultTerminology, renderLabel, type TerminologyProfile } from "@st/core/practice";
import { formatShare, SMALL_SAMPLE } from "@st/core/report";
import { type Category, categories } from "@st/language-lint";
import {
  type ChecklistDefinition,
  type ChecklistRef,
  COVERAGE_RULE,
  type ComponentSummary,
  type Coverage,
  type ItemSummary,
  type Percentage,
  type PrincipleSummary,
  percentage,
  summariseChecklists,
} from "@st/practice-checklist";
import { checkArg, PERIOD, ROUND_INPUT, SUMMARY_OPTIONS } from "./arguments.js";
import { withBuiltInChecklists } from "./legacy-audit.js";
import { type CaseOutcome, caseOutcomeLabels, caseOutcomes, closedAfterAssessmentOutcomes } from "./outcomes.js";
import { safeParseReviewRound, toCompletedChecklists } from "./read-round.js";
import { type ReviewedCase, type ReviewRound, type RoundOrigin, reviewRoundRecord } from "./review-round.js";

/** One language category across a group of cases. */
export interface LanguageCategorySummary {
  /** The language-lint category. */
  category: Category;
  /** Findings of the category in the group's extracts. */
  findings: number;
  /** Findings per 1,000 words of the group's extracts. */
  per1000Words: number;
  /** Cases with at least one finding of the category, of the cases with language evidence. */
  cases: Percentage;
}

/** The machine-derived language evidence of a group of cases. */
export interface LanguageSummary {
  /** Always true: every figure here was derived by software from the case-file extracts. */
  machineDerived: true;
  /** Cases with language evidence (extracts that were linted): the denominator of every `cases` share. */
  casesWithEvidence: number;
  /** Words in their extracts. */
  words: number;
  /** Concerns (findings that are not positive signals). */
  concerns: { findings: number; per1000Words: number; cases: Percentage };
  /** Per category, in the `st lint` contract's order. */
  byCategory: LanguageCategorySummary[];
  /** Positive signals (good practice in the wording). */
  positive: { signals: number; per1000Words: number; cases: Percentage };
}

/** Outcomes of a group of cases. */
export interface OutcomeSummary {
  /** Cases with an outcome recorded: the denominator of every share here. */
  recorded: number;
  /** Cases without one. */
  notRecorded: number;
  /** Each outcome, in the order of `caseOutcomes`. */
  byOutcome: { outcome: CaseOutcome; label: string; cases: Percentage }[];
  /** Closed after assessment, with no further action or stepped down to early help. */
  closedAfterAssessment: Percentage;
}

/** The checklist evidence of a group of cases (from `@st/practice-checklist`'s summary). */
export interface ChecklistEvidenceSummary {
  /** Coverage over every answer. */
  overall: Coverage;
  /** Per S&T principle. */
  principles: PrincipleSummary[];
  /** Per critical component. */
  components: ComponentSummary[];
  /** Per item answered in the group. */
  items: ItemSummary[];
}

/** The figures for one cohort (or for every case of the round). */
export interface CohortSummary {
  /** The cohort's id; `all` for the whole round. */
  id: string;
  /** The cohort's label. */
  label: string;
  /** How many cases. */
  cases: number;
  /** True when the cohort has fewer cases than the small-sample threshold. */
  smallSample: boolean;
  /** Cases whose worker was S&T Core trained. */
  workerTrained: Percentage;
  /** Cases with a case consultation. */
  consultation: Percentage;
  /** The reviewers' evidence against the practice checklist. */
  checklist: ChecklistEvidenceSummary;
  /** The machine-derived language evidence. */
  language: LanguageSummary;
  /** The outcomes. */
  outcomes: OutcomeSummary;
  /** Areas for improvement recorded across the cases. */
  improvements: number;
  /** Actions agreed across the cases. */
  actions: number;
}

/** Closed after assessment, by whether the case had a consultation. */
export interface OutcomeContrast {
  /** With a consultation, then without. */
  groups: { consultation: YesNo; label: string; closedAfterAssessment: Percentage }[];
  /** The contrast in words, with its counts. */
  statement: string;
}

/** The round a summary is of. */
export interface SummarisedRound {
  /** The round's id. */
  id: string;
  /** Its borough's GSS code. */
  borough: GssCode;
  /** Its borough's name. */
  boroughName: string;
  /** Its number in the borough's series. */
  round: number | null;
  /** The period. */
  period: { from: IsoDate; to: IsoDate };
  /** The period as a quarter label ("Apr-Jun 24") when it is exactly a calendar quarter, else the dates. */
  periodLabel: string;
  /** A learning review or an imported audit. */
  origin: RoundOrigin;
  /** The checklist the evidence answers. */
  checklist: ChecklistRef;
}

/** A round's summary. */
export interface RoundSummary {
  /** The round. */
  round: SummarisedRound;
  /** How many cases were reviewed. */
  cases: number;
  /** One summary a cohort, in the round's order. */
  cohorts: CohortSummary[];
  /** Every case of the round together. */
  total: CohortSummary;
  /** Closed after assessment by consultation status. */
  outcomeContrast: OutcomeContrast;
  /** Small samples, shortfalls and anything else a reader must know before reading the figures. */
  warnings: string[];
  /** How every figure is counted, in words. */
  rules: string[];
}

/** Options for {@link summariseRound}. */
export interface SummariseRoundOptions {
  /** A borough's own checklist definitions the round may answer; the built-in ones (`reviewChecklists`) are always known. */
  definitions?: readonly ChecklistDefinition[] | undefined;
  /** Labels through this terminology profile. */
  profile?: TerminologyProfile | undefined;
  /** Groups with fewer cases than this get a small-sample warning (default 10). */
  smallSample?: number | undefined;
}

/** How the language figures are counted, for reports to quote (a label template: render it through a terminology profile). */
export const LANGUAGE_RULE =
  "Language figures are machine-derived: @st/language-lint run over the case-file extracts attached to each case. " +
  '"Cases with" counts the cases with at least one finding of the kind, out of the cases whose extracts were linted; ' +
  "rates are findings per 1,000 words of those extracts. Positive signals are wording that names the {perpetrator}'s behaviour, its impact or the {nonAbusiveParent}'s protective efforts.";

/** How the outcome figures are counted, for reports to quote. */
export const OUTCOME_RULE =
  '"Closed after assessment" counts cases closed after assessment with no further action or stepped down to early help, ' +
  "out of the cases with an outcome recorded.";

/** The period in words: a quarter label when it is exactly one calendar quarter, else the two dates. */
export function periodLabel(period: { from: IsoDate; to: IsoDate }): string {
  checkArg("periodLabel", PERIOD, period);
  const quarter = quarterOf(period.from);
  if (quarterStart(quarter) === period.from && quarterEnd(quarter) === period.to)
    return formatQuarter(quarter, "short");
  return `${period.from} to ${period.to}`;
}

const share = (cases: readonly ReviewedCase[], test: (c: ReviewedCase) => boolean) =>
  percentage(cases.filter(test).length, cases.length);

function languageOf(cases: readonly ReviewedCase[]): LanguageSummary {
  const withEvidence = cases.filter((c) => c.language !== undefined);
  const words = withEvidence.reduce((n, c) => n + c.language!.words, 0);
  const rate = (count: number) => (words === 0 ? 0 : Math.round((count * 100_000) / words) / 100);
  const byCategory = categories.map((category): LanguageCategorySummary => {
    const findings = withEvidence.reduce((n, c) => n + c.language!.byCategory[category].count, 0);
    return {
      category,
      findings,
      per1000Words: rate(findings),
      cases: share(withEvidence, (c) => c.language!.byCategory[category].count > 0),
    };
  });
  const concerns = withEvidence.reduce((n, c) => n + c.language!.concerns.count, 0);
  const signals = withEvidence.reduce((n, c) => n + c.language!.positive.count, 0);
  return {
    machineDerived: true,
    casesWithEvidence: withEvidence.length,
    words,
    concerns: {
      findings: concerns,
      per1000Words: rate(concerns),
      cases: share(withEvidence, (c) => c.language!.concerns.count > 0),
    },
    byCategory,
    positive: {
      signals,
      per1000Words: rate(signals),
      cases: share(withEvidence, (c) => c.language!.positive.count > 0),
    },
  };
}

function outcomesOf(cases: readonly ReviewedCase[]): OutcomeSummary {
  const recorded = cases.filter((c) => c.context.outcome !== undefined);
  return {
    recorded: recorded.length,
    notRecorded: cases.length - recorded.length,
    byOutcome: caseOutcomes.map((outcome) => ({
      outcome,
      label: caseOutcomeLabels[outcome],
      cases: share(recorded, (c) => c.context.outcome === outcome),
    })),
    closedAfterAssessment: share(recorded, (c) => closedAfterAssessmentOutcomes.includes(c.context.outcome!)),
  };
}

function cohortOf(
  id: string,
  label: string,
  cases: readonly ReviewedCase[],
  round: ReviewRound,
  options: SummariseRoundOptions,
): CohortSummary {
  const records = toCompletedChecklists({ ...round, cases: [...cases] });
  const checklist = summariseChecklists(records, {
    definitions: withBuiltInChecklists(options.definitions),
    profile: options.profile,
  }).total;
  return {
    id,
    label,
    cases: cases.length,
    smallSample: cases.length < (options.smallSample ?? SMALL_SAMPLE),
    workerTrained: share(cases, (c) => c.workerTrained === "yes"),
    consultation: share(cases, (c) => c.consultation === "yes"),
    checklist: {
      overall: checklist.overall,
      principles: checklist.principles,
      components: checklist.components,
      items: checklist.items,
    },
    language: languageOf(cases),
    outcomes: outcomesOf(cases),
    improvements: cases.reduce((n, c) => n + c.improvements.length, 0),
    actions: cases.reduce((n, c) => n + c.actions.length, 0),
  };
}

function contrastOf(cases: readonly ReviewedCase[], percentFrom: number): OutcomeContrast {
  const groups = (["yes", "no"] as const).map((consultation) => {
    const group = cases.filter((c) => c.consultation === consultation && c.context.outcome !== undefined);
    return {
      consultation,
      label: consultation === "yes" ? "With a case consultation" : "Without a case consultation",
      closedAfterAssessment: share(group, (c) => closedAfterAssessmentOutcomes.includes(c.context.outcome!)),
    };
  });
  const [withC, withoutC] = groups as [(typeof groups)[0], (typeof groups)[0]];
  const f = (p: Percentage) => formatShare(p, { percentFrom });
  let statement: string;
  if (withC.closedAfterAssessment.total === 0 && withoutC.closedAfterAssessment.total === 0) {
    statement = "No outcomes were recorded, so outcomes cannot be compared.";
  } else if (withC.closedAfterAssessment.total === 0 || withoutC.closedAfterAssessment.total === 0) {
    statement = `Outcomes were recorded for cases ${withC.closedAfterAssessment.total === 0 ? "without" : "with"} a consultation only, so the two cannot be compared.`;
  } else {
    statement =
      `Closed after assessment: ${f(withoutC.closedAfterAssessment)} cases without a case consultation, ` +
      `against ${f(withC.closedAfterAssessment)} with one.`;
  }
  return { groups, statement };
}

/**
 * Summarise a round: per cohort and for the whole round, the reviewers' checklist evidence (per
 * item, principle and critical component, through `@st/practice-checklist`'s summary), the
 * machine-derived language evidence (per category: findings, rate per 1,000 words and cases with a
 * finding), the outcomes, and the contrast of outcomes by consultation status. Every share carries
 * its count and the number it is out of; groups below the small-sample threshold are flagged and
 * explained in `warnings`.
 *
 * @throws `StValidationError` (from `@st/core`) listing every problem when the round is not valid
 * (its shape, or an answer that does not fit its checklist).
 * @throws `StValidationError` (also a `TypeError`, coded `invalid_type`) naming the argument when
 * the round or the options are not objects.
 */
export function summariseRound(input: ReviewRound, options: SummariseRoundOptions = {}): RoundSummary {
  checkArg("summariseRound", ROUND_INPUT, input);
  checkArg("summariseRound", SUMMARY_OPTIONS, options);
  // Check the round first, so every problem is reported at once and answers typed in another
  // spelling of the scale ("Not evidenced", "N/A") are counted.
  const checked = safeParseReviewRound(input, {
    definitions: options.definitions,
    assumeVersion: reviewRoundRecord.version,
  });
  if (!checked.ok) throw new StValidationError(checked.problems, { subject: `review round ${input.id}` });
  const round = checked.value;
  const threshold = options.smallSample ?? SMALL_SAMPLE;
  const cohorts = round.cohorts.map((cohort) =>
    cohortOf(
      cohort.id,
      cohort.label,
      round.cases.filter((c) => c.cohort === cohort.id),
      round,
      options,
    ),
  );
  const total = cohortOf("all", "All cases", round.cases, round, options);
  const warnings: string[] = [];
  for (const cohort of cohorts) {
    if (cohort.cases === 0) warnings.push(`Cohort ${cohort.id} has no cases: nothing can be said about it.`);
    else if (cohort.smallSample) {
      warnings.push(
        `Cohort ${cohort.id} has ${cohort.cases} case${cohort.cases === 1 ? "" : "s"}: one case moves any share by ${Math.round(100 / cohort.cases)} percentage points. ` +
          "Read the figures as counts of cases, not as rates for the borough.",
      );
    }
  }
  for (const s of round.sample?.shortfalls ?? []) {
    warnings.push(
      `The sample fell short for cohort ${s.cohort}: ${s.eligible} eligible case${s.eligible === 1 ? "" : "s"} for ${s.wanted} wanted.`,
    );
  }
  const withExtracts = round.cases.filter((c) => (c.extracts?.length ?? 0) > 0 && c.language === undefined);
  if (withExtracts.length) {
    warnings.push(
      `${withExtracts.length} case${withExtracts.length === 1 ? " has" : "s have"} extracts that were not linted (run withLanguageEvidence): their language is not counted.`,
    );
  }
  if (total.language.casesWithEvidence > 0 && total.language.casesWithEvidence < round.cases.length) {
    warnings.push(
      `Language figures cover the ${total.language.casesWithEvidence} of ${round.cases.length} cases with linted extracts.`,
    );
  }
  if ((round.origin ?? "learning-review") === "legacy-rag-audit") {
    warnings.push(
      "This round is an imported RAG-rated audit: green is read as yes, amber as partly, red as no, per S&T principle. Compare principles with later rounds, not items.",
    );
  }
  const borough = findLocalAuthority(round.borough);
  return {
    round: {
      id: round.id,
      borough: round.borough,
      boroughName: borough?.london ? borough.name : round.borough,
      round: round.round ?? null,
      period: { ...round.period },
      periodLabel: periodLabel(round.period),
      origin: round.origin ?? "learning-review",
      checklist: { ...round.checklist },
    },
    cases: round.cases.length,
    cohorts,
    total,
    outcomeContrast: contrastOf(round.cases, threshold),
    warnings,
    rules: [COVERAGE_RULE, renderLabel(LANGUAGE_RULE, options.profile ?? defaultTerminology), OUTCOME_RULE],
  };
}
