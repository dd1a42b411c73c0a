/**
 * The partnership's indicator sets as versioned data: what each indicator is called, what it means
 * in words, the rule that computes it (with its parameters), the caveats that travel with it, and
 * how the row labels of published tables are recognised. The engine interprets these; a borough
 * changes a rule's parameters by loading its own copy, not by changing code.
 * @module
 */
import { argumentError, checkArgument, parseWithProblems, type SafeResult, safeParseWithProblems } from "@st/core";
import { isQuarterId, type QuarterId } from "@st/core/calendar";
import * as z from "zod";
import { checkRecordArgument, checkTextArgument } from "./arguments.js";
import { CAVEAT_IDS, type CaveatId } from "./caveats.js";
import { type AnyRule, type RuleByKind, ruleSchema } from "./rule-kinds/index.js";

/** The fixed ids of the indicators (docs/CLI.md). */
export const INDICATOR_IDS = [
  "da-referral-on-intake",
  "da-flagged-after-assessment",
  "cp-plans-with-da",
  "children-into-care-with-da",
  "da-re-referrals",
] as const;

/** One of {@link INDICATOR_IDS}. */
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** The ids of the indicator sets. */
export const INDICATOR_SET_IDS = ["2023", "2025"] as const;

/** One of {@link INDICATOR_SET_IDS}. */
export type IndicatorSetId = (typeof INDICATOR_SET_IDS)[number];

/**
 * What a figure counts. `referrals`: each CIN referral; `episodes`: each CIN episode (one per
 * referral, counted once however many assessments it has); `plans`: each child protection plan;
 * `care-starts`: each distinct child and start date of a period of care; `children`: each distinct
 * child in the quarter, however many events they had.
 */
export type CountingUnit = "referrals" | "episodes" | "plans" | "care-starts" | "children";

/** Rule: referrals made in the quarter whose referral issue is DA under the borough's mapping. */
export type DaReferralRule = RuleByKind["da-referral"];

/** Rule: CIN episodes whose first assessment with a DA factor was authorised in the quarter. */
export type FirstDaAssessmentRule = RuleByKind["first-da-assessment"];

/** Rule: child protection plans starting in the quarter in an episode already carrying a DA factor. */
export type CpPlanWithDaRule = RuleByKind["cp-plan-with-da"];

/** Rule: children starting a period of care in the quarter whose CIN episode at that date has a DA factor. */
export type CareStartWithDaRule = RuleByKind["care-start-with-da"];

/** Rule: DA referrals made within a window after the same child's previous referral. */
export type DaReReferralRule = RuleByKind["da-re-referral"];

/**
 * The rule that computes an indicator from record-level data, with its parameters: one of the rule
 * kinds in `src/rule-kinds/`, its type that of the kind's schema.
 */
export type IndicatorRule = AnyRule;

/** How the row labels of published tables are recognised as this indicator. */
export interface LabelMatch {
  /** Groups of phrases; a label matches when it contains at least one phrase of every group. */
  all: readonly (readonly string[])[];
  /** Phrases that rule the indicator out. */
  none: readonly string[];
}

/** One indicator. */
export interface IndicatorDefinition {
  /** Fixed id (docs/CLI.md). */
  id: IndicatorId;
  /** Position in the set, as the partnership numbers them (1 to 4). */
  number: number;
  /** The label as agreed by the partnership. */
  label: string;
  /** A short name for tables and chart titles. */
  shortLabel: string;
  /** The indicator as a noun phrase for generated sentences ("children taken into care where DA was a factor"). */
  phrase: string;
  /** The definition in words, as written into every output. */
  definition: string;
  /** The rule that computes it from record-level data. */
  rule: IndicatorRule;
  /** Ids of the caveats that apply to it. */
  caveats: readonly CaveatId[];
  /** How published row labels are recognised as this indicator. */
  labelMatch: LabelMatch;
}

/** A versioned set of indicators, as agreed by the partnership at one time. */
export interface IndicatorSet {
  /** The set's id: `2023` or `2025` for the partnership's, any other for a borough's own. */
  id: string;
  /** Version of this definition; a changed rule parameter is a new version. */
  version: number;
  /** Title for reports. */
  title: string;
  /** When and by whom the set was agreed, in words. */
  agreed: string;
  /** The first quarter the set was agreed to be returned for. */
  appliesFrom: QuarterId;
  /** The indicators in their published order. */
  indicators: readonly IndicatorDefinition[];
}

const DA_TERMS = ["da", "dv", "domestic abuse", "domestic violence", "domestic"] as const;
const RE_REFERRAL_TERMS = ["re referral", "re referrals", "rereferral", "rereferrals"] as const;

const daReferralOnIntake: IndicatorDefinition = {
  id: "da-referral-on-intake",
  number: 1,
  label: "Number of new cases in the period where DA is the referral issue on intake",
  shortLabel: "DA the referral issue on intake",
  phrase: "new cases where DA was the referral issue on intake",
  definition:
    "Referrals to children's social care (CIN referral date in the quarter) whose referral issue, as recorded in the borough's own referral records, is domestic abuse.",
  rule: { kind: "da-referral", unit: "referrals" },
  caveats: ["referral-reason-local", "legal-definition", "flag-timing", "missing-not-zero"],
  labelMatch: {
    all: [DA_TERMS, ["referral issue", "referral reason", "reason for referral", "intake", "referred for"]],
    none: RE_REFERRAL_TERMS,
  },
};

const daFlaggedAfterAssessment: IndicatorDefinition = {
  id: "da-flagged-after-assessment",
  number: 2,
  label: "Number of new cases in the period where DA is flagged after assessment",
  shortLabel: "DA flagged after assessment",
  phrase: "new cases where DA was flagged after assessment",
  definition:
    "CIN episodes whose first assessment recording a DA factor was authorised in the quarter, each episode counted once however many of its assessments record DA.",
  rule: { kind: "first-da-assessment", unit: "episodes" },
  caveats: ["factor-codes", "legal-definition", "flag-timing", "missing-not-zero"],
  labelMatch: {
    all: [DA_TERMS, ["after assessment", "at assessment", "assessment", "assessed"]],
    none: [...RE_REFERRAL_TERMS, "intake", "child protection", "into care"],
  },
};

const cpPlansWithDa: IndicatorDefinition = {
  id: "cp-plans-with-da",
  number: 3,
  label: "Number of new child protection plans in the period where DA was a factor or issue of concern",
  shortLabel: "New CP plans with DA",
  phrase: "new child protection plans where DA was a factor",
  definition:
    "Child protection plans starting in the quarter, in a CIN episode with a DA factor on an assessment authorised on or before the plan's start date. Categories of abuse cannot show DA (there is no DA category), so the assessment factors are used.",
  rule: { kind: "cp-plan-with-da", unit: "plans" },
  caveats: ["factor-codes", "legal-definition", "flag-timing", "missing-not-zero"],
  labelMatch: {
    all: [DA_TERMS, ["child protection plan", "child protection plans", "cp plan", "cp plans", "cpp"]],
    none: RE_REFERRAL_TERMS,
  },
};

const childrenIntoCareWithDa: IndicatorDefinition = {
  id: "children-into-care-with-da",
  number: 4,
  label: "Number of children taken into care in the period where DA was a factor",
  shortLabel: "Children into care with DA",
  phrase: "children taken into care where DA was a factor",
  definition:
    "Children starting a period of care in the quarter (SSDA903 episodes with reason for new episode S; short-break legal statuses V3 and V4 excluded), joined to the CIN data by child id, whose CIN episode open at the start date (or the latest before it) has a DA factor on an assessment.",
  rule: {
    kind: "care-start-with-da",
    unit: "children",
    reasonsForNewEpisode: ["S"],
    excludeLegalStatuses: ["V3", "V4"],
    factorTiming: "any",
  },
  caveats: ["care-decision", "identification-offsets", "factor-codes", "legal-definition", "missing-not-zero"],
  labelMatch: {
    all: [DA_TERMS, ["taken into care", "into care", "looked after", "lac", "cla", "entering care", "came into care"]],
    none: RE_REFERRAL_TERMS,
  },
};

const daReReferrals: IndicatorDefinition = {
  id: "da-re-referrals",
  number: 4,
  label: "Number of re-referrals into CSC for DA",
  shortLabel: "DA re-referrals",
  phrase: "re-referrals into children's social care for DA",
  definition:
    "DA referrals made in the quarter within 12 months of the same child's previous referral (DfE's re-referral definition). A referral is a DA referral when its referral issue is DA under the borough's mapping; without a mapping, when its episode has a DA assessment factor (said in the notes).",
  rule: { kind: "da-re-referral", unit: "referrals", windowMonths: 12, previousMustBeDa: false },
  caveats: ["re-referral-history", "referral-reason-local", "factor-codes", "legal-definition", "missing-not-zero"],
  labelMatch: { all: [DA_TERMS, RE_REFERRAL_TERMS], none: [] },
};

/**
 * The partnership's indicator sets: `2023` (refined at the start of Year 2, late 2022, and the set
 * the evaluation's tables from July 2023 report) and `2025` (from April 2025).
 */
export const indicatorSets: Readonly<Record<IndicatorSetId, IndicatorSet>> = {
  "2023": {
    id: "2023",
    version: 1,
    title: "Safe & Together London Partnership CSC indicators (2023 set)",
    agreed:
      "Refined by the partnership at the start of Year 2 (late 2022), because the boroughs' different case management systems and intake processes made the Year 1 indicators hard to compare. The evaluation's tables start in July 2023 only because its report period (Years 3/4, July 2023 to March 2025) does.",
    // Year 2 ran the eight months before Years 3/4 began in July 2023 (the evaluation's Table 3
    // counts Year 2 consultations over eight months), so the set applies from October to December 2022.
    appliesFrom: "2022-Q4",
    indicators: [daReferralOnIntake, daFlaggedAfterAssessment, cpPlansWithDa, childrenIntoCareWithDa],
  },
  "2025": {
    id: "2025",
    version: 1,
    title: "Safe & Together London Partnership CSC indicators (2025 set)",
    agreed:
      "For 2025/26 onwards (from April to June 2025) indicator 4, children taken into care, is replaced by re-referrals into CSC for DA.",
    appliesFrom: "2025-Q2",
    indicators: [daReferralOnIntake, daFlaggedAfterAssessment, cpPlansWithDa, daReReferrals],
  },
};

/**
 * The partnership's set with this id.
 * @throws {@link @st/core!index.StValidationError}: a `TypeError` coded `invalid_type` when `id` is not
 * text, a `RangeError` coded `unknown_indicator_set` naming the ids there are when there is no such set.
 */
export function getIndicatorSet(id: string): IndicatorSet {
  checkTextArgument(
    "getIndicatorSet",
    "id",
    "Indicator set id",
    id,
    `an indicator set id: ${INDICATOR_SET_IDS.join(" or ")}`,
  );
  const set = Object.hasOwn(indicatorSets, id) ? (indicatorSets as Record<string, IndicatorSet>)[id] : undefined;
  if (!set)
    throw argumentError("getIndicatorSet", {
      argument: "id",
      label: "Indicator set id",
      expected: `an indicator set id: ${INDICATOR_SET_IDS.join(" or ")}`,
      received: id,
      message: `no indicator set "${id}"; the sets are ${INDICATOR_SET_IDS.join(" and ")}`,
      code: "unknown_indicator_set",
    });
  return set;
}

const indicatorSchema = z.strictObject({
  id: z.enum(INDICATOR_IDS),
  number: z.int().min(1),
  label: z.string().min(1),
  shortLabel: z.string().min(1),
  phrase: z.string().min(1),
  definition: z.string().min(1),
  rule: ruleSchema,
  caveats: z.array(z.enum(CAVEAT_IDS)),
  labelMatch: z.strictObject({ all: z.array(z.array(z.string().min(1)).min(1)), none: z.array(z.string().min(1)) }),
});

/** Schema of an {@link IndicatorSet}, for boroughs that load their own variant of a set. */
export const indicatorSetSchema = z.strictObject({
  id: z.string().min(1),
  version: z.int().min(1),
  title: z.string().min(1),
  agreed: z.string(),
  appliesFrom: z.string().refine(isQuarterId, "must be a quarter written YYYY-Qn"),
  indicators: z
    .array(indicatorSchema)
    .min(1)
    .refine((list) => new Set(list.map((i) => i.id)).size === list.length, "each indicator once"),
});

/** Check an indicator set (e.g. a borough's JSON copy with changed parameters) and return it or every problem. */
export function safeIndicatorSet(input: unknown): SafeResult<IndicatorSet> {
  return safeParseWithProblems(indicatorSetSchema, input);
}

/** Check an indicator set and return it, or throw an `StValidationError` listing every problem. */
export function parseIndicatorSet(input: unknown): IndicatorSet {
  return parseWithProblems(indicatorSetSchema, input, { subject: "indicator set" });
}

/** A copy of a set with some indicators' counting units changed (e.g. children instead of referrals). */
export function withUnits(set: IndicatorSet, units: Partial<Record<IndicatorId, CountingUnit>>): IndicatorSet {
  checkRecordArgument("withUnits", "set", set);
  if (typeof units !== "object" || units === null || Array.isArray(units))
    checkArgument(units, "record", {
      fn: "withUnits",
      argument: "units",
      label: "Counting units",
      expected: "counting units by indicator id",
    });
  return parseIndicatorSet({
    ...set,
    indicators: set.indicators.map((indicator) => {
      const unit = units[indicator.id];
      return unit === undefined ? indicator : { ...indicator, rule: { ...indicator.rule, unit } };
    }),
  });
}

/** The words for a counting unit, for notes. */
export function describeUnit(unit: CountingUnit): string {
  checkTextArgument("describeUnit", "unit", "Counting unit", unit);
  switch (unit) {
    case "referrals":
      return "referrals (each referral counted)";
    case "episodes":
      return "CIN episodes (each counted once)";
    case "plans":
      return "child protection plans (each plan counted)";
    case "care-starts":
      return "periods of care (each distinct child and start date counted)";
    case "children":
      return "children (each child counted once a quarter)";
    default:
      throw argumentError("describeUnit", {
        argument: "unit",
        label: "Counting unit",
        expected: "referrals, episodes, plans, care-starts or children",
        received: unit,
        message: "is not a counting unit",
      });
  }
}
