/**
 * Reading the series as the evaluators do: change from one quarter to the next, the direction over
 * the last few quarters, quarters that stand out (by a stated, robust rule), partnership totals
 * that say how many boroughs they cover, rates per 10,000 children, and the complaints from
 * perpetrators recorded on the proforma as an implementation indicator alongside.
 * @module
 */
import { argumentTypeError, checkArgument } from "@st/core";
import { formatQuarter, isQuarterId, type QuarterId } from "@st/core/calendar";
import { findLocalAuthority } from "@st/core/places";
import { defaultTerminology, renderLabel, type TerminologyProfile } from "@st/core/practice";
import { checkListArgument, checkRecordArgument } from "./arguments.js";
import type { IndicatorId } from "./indicator-definitions.js";
import { type IndicatorTable, type SeriesPoint, seriesFor, tableDimensions } from "./indicator-table.js";

/** The change into one quarter from the quarter before it. */
export interface QuarterChange {
  /** The quarter. */
  quarter: QuarterId;
  /** Its value, or `null` when missing. */
  value: number | null;
  /** The previous quarter's value, or `null` when missing (or there is none). */
  previous: number | null;
  /** `value - previous`, or `null` when either is missing. */
  change: number | null;
  /** The change as a percentage of `previous`, or `null` when either is missing or `previous` is 0. */
  percentChange: number | null;
}

/** Quarter-on-quarter change along a series (points in quarter order, as {@link seriesFor} gives them). */
export function quarterOnQuarter(points: readonly SeriesPoint[]): QuarterChange[] {
  checkListArgument("quarterOnQuarter", "points", points);
  return points.map((point, i) => {
    const previous = i === 0 ? null : points[i - 1]!.value;
    const change = point.value !== null && previous !== null ? point.value - previous : null;
    return {
      quarter: point.quarter,
      value: point.value,
      previous,
      change,
      percentChange: change !== null && previous ? Math.round((change / previous) * 1000) / 10 : null,
    };
  });
}

/** Which way a series has moved over its last quarters. */
export type Direction = "rising" | "falling" | "flat" | "mixed" | "unknown";

/** The direction of a series over its last quarters, with the quarters and changes it rests on. */
export interface DirectionResult {
  /** `rising` (every change up), `falling` (every change down), `flat` (no change), `mixed`, or `unknown` (a figure missing). */
  direction: Direction;
  /** The quarters examined, oldest first: the last `quarters + 1` quarters with any figure. */
  quarters: QuarterId[];
  /** The values in those quarters. */
  values: (number | null)[];
  /** The changes between them. */
  changes: (number | null)[];
}

/**
 * The direction over the last `quarters` changes of a series ("decreases in the last two quarters"
 * is `falling` over 2). Trailing quarters with no figure are left out first, so a borough that
 * stopped returning is judged on its last returns; a gap inside the window gives `unknown`.
 */
export function recentDirection(points: readonly SeriesPoint[], quarters = 2): DirectionResult {
  checkListArgument("recentDirection", "points", points);
  if (typeof quarters !== "number")
    checkArgument(quarters, "number", { fn: "recentDirection", argument: "quarters", label: "Quarters" });
  let end = points.length;
  while (end > 0 && points[end - 1]!.value === null) end--;
  const window = points.slice(Math.max(0, end - quarters - 1), end);
  const values = window.map((p) => p.value);
  const changes = values.slice(1).map((v, i) => (v !== null && values[i] !== null ? v - values[i]! : null));
  let direction: Direction;
  if (window.length < quarters + 1 || changes.some((c) => c === null)) direction = "unknown";
  else if (changes.every((c) => c! < 0)) direction = "falling";
  else if (changes.every((c) => c! > 0)) direction = "rising";
  else if (changes.every((c) => c === 0)) direction = "flat";
  else direction = "mixed";
  return { direction, quarters: window.map((p) => p.quarter), values, changes };
}

/** The rule that flags a quarter as an outlier. */
export interface OutlierRule {
  /** The modified z-score of Iglewicz and Hoaglin: 0.6745 × (value − median) ÷ median absolute deviation. */
  method: "modified-z-score";
  /** Flag a quarter when the absolute score exceeds this. Default 3.5 (Iglewicz and Hoaglin's recommendation). */
  threshold: number;
  /** Fewest figures a series needs before any quarter is flagged. Default 5. */
  minPoints: number;
}

/** The default {@link OutlierRule}. */
export const defaultOutlierRule: OutlierRule = Object.freeze({
  method: "modified-z-score",
  threshold: 3.5,
  minPoints: 5,
});

/** The outlier rule in words, for notes and reports. */
export function describeOutlierRule(rule: OutlierRule = defaultOutlierRule): string {
  checkRecordArgument("describeOutlierRule", "rule", rule);
  return `A quarter is flagged as an outlier when its modified z-score, 0.6745 × (value − median) ÷ MAD (the median absolute deviation from the median of the borough's own series), is above ${rule.threshold} or below −${rule.threshold} (Iglewicz and Hoaglin); when the MAD is 0, the mean absolute deviation × 1.2533 is used instead. Series with fewer than ${rule.minPoints} figures are not tested.`;
}

/** A quarter flagged by the {@link OutlierRule}. */
export interface Outlier {
  /** The quarter. */
  quarter: QuarterId;
  /** Its value. */
  value: number;
  /** The score, signed: positive above the median. */
  score: number;
}

/** The outliers of a series and the statistics behind them. */
export interface OutlierResult {
  /** The flagged quarters. */
  outliers: Outlier[];
  /** The median of the series' figures, or `null` when there are none. */
  median: number | null;
  /** The median absolute deviation, or `null` when there are no figures. */
  mad: number | null;
  /** Why no test was made, when none was (too few figures, or no spread at all). */
  skipped?: string | undefined;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Quarters that stand out from the rest of their series, by the stated robust rule (missing quarters are ignored, never taken as 0). */
export function outlierQuarters(points: readonly SeriesPoint[], rule: OutlierRule = defaultOutlierRule): OutlierResult {
  checkListArgument("outlierQuarters", "points", points);
  checkRecordArgument("outlierQuarters", "rule", rule);
  const present = points.filter((p): p is SeriesPoint & { value: number } => p.value !== null);
  if (present.length === 0) return { outliers: [], median: null, mad: null, skipped: "no figures" };
  const values = present.map((p) => p.value);
  const m = median(values);
  const deviations = values.map((v) => Math.abs(v - m));
  const mad = median(deviations);
  if (present.length < rule.minPoints) {
    return { outliers: [], median: m, mad, skipped: `fewer than ${rule.minPoints} figures` };
  }
  let scale = mad / 0.6745;
  if (mad === 0) {
    const meanAd = deviations.reduce((a, b) => a + b, 0) / deviations.length;
    if (meanAd === 0) return { outliers: [], median: m, mad, skipped: "every figure is the same" };
    scale = meanAd * 1.253314;
  }
  const outliers = present
    .map((p) => ({ quarter: p.quarter, value: p.value, score: Math.round(((p.value - m) / scale) * 100) / 100 }))
    .filter((o) => Math.abs(o.score) > rule.threshold);
  return { outliers, median: m, mad };
}

/** A partnership total for one indicator and quarter, with its coverage. */
export interface PartnershipTotal {
  /** The indicator. */
  indicator: IndicatorId;
  /** The quarter. */
  quarter: QuarterId;
  /** The sum over the boroughs that returned a figure, or `null` when none did (or, with `requireComplete`, when any did not). */
  total: number | null;
  /** GSS codes of the boroughs that returned a figure. */
  reporting: string[];
  /** GSS codes of the boroughs that did not. */
  missing: string[];
  /** The coverage in words: "5 of 6 boroughs". */
  coverage: string;
  /** True when every borough returned a figure. */
  complete: boolean;
}

/** Options for {@link partnershipTotals}. */
export interface PartnershipTotalOptions {
  /** The boroughs a complete total needs (GSS codes). Default: every borough in the table. */
  boroughs?: readonly string[] | undefined;
  /** Give `null` rather than a partial total when any borough is missing. Default false: the partial total, with its coverage. */
  requireComplete?: boolean | undefined;
}

/**
 * Totals across the partnership, per indicator and quarter. A missing figure is never added as
 * zero: each total says which boroughs it covers ("5 of 6 boroughs").
 */
export function partnershipTotals(table: IndicatorTable, options: PartnershipTotalOptions = {}): PartnershipTotal[] {
  checkRecordArgument("partnershipTotals", "table", table);
  checkRecordArgument("partnershipTotals", "options", options);
  const dims = tableDimensions(table);
  const boroughs = options.boroughs ? [...options.boroughs] : dims.boroughs;
  const index = new Map(table.series.map((p) => [`${p.borough} ${p.indicator} ${p.quarter}`, p.value]));
  const out: PartnershipTotal[] = [];
  for (const indicator of dims.indicators) {
    for (const quarter of dims.quarters) {
      const reporting: string[] = [];
      const missing: string[] = [];
      let sum = 0;
      for (const b of boroughs) {
        const v = index.get(`${b} ${indicator} ${quarter}`);
        if (v === null || v === undefined) missing.push(b);
        else {
          reporting.push(b);
          sum += v;
        }
      }
      const complete = missing.length === 0;
      out.push({
        indicator,
        quarter,
        total: reporting.length === 0 || (options.requireComplete && !complete) ? null : sum,
        reporting,
        missing,
        coverage: `${reporting.length} of ${boroughs.length} borough${boroughs.length === 1 ? "" : "s"}`,
        complete,
      });
    }
  }
  return out;
}

/**
 * Child population by borough, for rates: a number (the same every year) or numbers by calendar
 * year (`{ "2023": 59800, "2024": 59100 }`, e.g. ONS mid-year estimates of children aged 0 to 17).
 * Keys may be GSS codes or names.
 */
export type ChildPopulation = Readonly<Record<string, number | Readonly<Record<string, number>>>>;

/**
 * The table as rates per 10,000 children (one decimal place), for comparing boroughs of different
 * sizes. A quarter uses the population of its calendar year, or the nearest year given. Boroughs
 * without a population, and missing figures, stay `null`.
 */
export function ratesPer10000(table: IndicatorTable, population: ChildPopulation): IndicatorTable {
  checkRecordArgument("ratesPer10000", "table", table);
  if (typeof population !== "object" || population === null || Array.isArray(population))
    checkArgument(population, "record", {
      fn: "ratesPer10000",
      argument: "population",
      label: "Child population",
      expected: "the child population by borough",
    });
  const byGss = new Map<string, number | Readonly<Record<string, number>>>();
  for (const [key, value] of Object.entries(population)) {
    const la = findLocalAuthority(key);
    byGss.set(la ? la.code : key, value);
  }
  const without = new Set<string>();
  const series = table.series.map((p) => {
    const pop = byGss.get(p.borough);
    if (pop === undefined) without.add(p.borough);
    const n = pop === undefined ? undefined : typeof pop === "number" ? pop : populationFor(pop, p.quarter);
    const value = p.value === null || n === undefined || n <= 0 ? null : Math.round((p.value / n) * 100_000) / 10;
    return { ...p, value };
  });
  const names = new Map((table.boroughs ?? []).map((b) => [b.gss, b.name]));
  return {
    ...table,
    series,
    notes: [
      "Figures are rates per 10,000 children, from the child population given for each borough.",
      ...(without.size > 0
        ? [
            `No child population was given for ${[...without].map((g) => names.get(g) ?? g).join(", ")}; their rates are null.`,
          ]
        : []),
      ...table.notes,
    ],
  };
}

function populationFor(byYear: Readonly<Record<string, number>>, quarter: QuarterId): number | undefined {
  const year = Number(quarter.slice(0, 4));
  const years = Object.keys(byYear)
    .map(Number)
    .filter((y) => Number.isFinite(y))
    .sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || b - a);
  return years.length === 0 ? undefined : byYear[String(years[0])];
}

/** One borough's complaints in one quarter, as the complaints proforma's summary gives them. */
export interface ComplaintsQuarter {
  /** The borough: GSS code or name. */
  borough?: string | undefined;
  /** The quarter, `YYYY-Qn`. */
  quarter?: string | undefined;
  /** Complaints recorded, or `null` when the borough made no return for the quarter. */
  complaints: number | null;
}

/** An implementation indicator: figures beside the CSC indicators that show how the model is taking hold. */
export interface ImplementationIndicator {
  /** Stable id. */
  id: "complaints-from-perpetrators";
  /** The label, in the terminology profile's words. */
  label: string;
  /** What it counts and why it sits beside the indicators. */
  definition: string;
  /** The figures; `null` where a borough made no return. */
  series: { borough: string; quarter: QuarterId; value: number | null }[];
}

/**
 * Complaints from perpetrators per borough and quarter, from `@st/complaints-proforma` summaries
 * grouped by borough and quarter (its `groups`), or from any list of the same shape. The
 * evaluation reads a rise in such complaints as perpetrators resisting being held to account: an
 * unexpected sign that the model is taking hold, not a sign of poor practice.
 */
export function complaintsIndicator(
  summary: { groups: readonly ComplaintsQuarter[] } | readonly ComplaintsQuarter[],
  options: { terminology?: TerminologyProfile | undefined } = {},
): ImplementationIndicator {
  if (typeof summary !== "object" || summary === null)
    checkArgument(summary, ["record", "list"], {
      fn: "complaintsIndicator",
      argument: "summary",
      label: "Complaints summary",
      expected: "a complaints summary (from summarise) or a list of its groups",
    });
  checkRecordArgument("complaintsIndicator", "options", options);
  const groups = "groups" in summary ? summary.groups : summary;
  if (!Array.isArray(groups))
    throw argumentTypeError("complaintsIndicator", {
      argument: "summary",
      label: "Complaints summary",
      expected: "a complaints summary (from summarise) or a list of its groups",
      received: summary,
      message: "has no list of groups",
    });
  const profile = options.terminology ?? defaultTerminology;
  const series: ImplementationIndicator["series"] = [];
  for (const g of groups) {
    if (g.borough === undefined || g.quarter === undefined || !isQuarterId(g.quarter)) continue;
    const la = findLocalAuthority(g.borough);
    series.push({ borough: la ? la.code : g.borough, quarter: g.quarter, value: g.complaints });
  }
  series.sort((a, b) => (a.borough < b.borough ? -1 : a.borough > b.borough ? 1 : a.quarter < b.quarter ? -1 : 1));
  return {
    id: "complaints-from-perpetrators",
    label: renderLabel("Complaints from {perpetrator:plural} recorded on the proforma", profile),
    definition: renderLabel(
      "Complaints recorded on the partnership's complaints proforma, by the quarter they were received. A rise can mean {perpetrator:plural} resisting being held to account, an unexpected sign that the model is taking hold. A quarter a borough did not return is missing, not zero.",
      profile,
    ),
    series,
  };
}

/** "Jul-Sep 23": the label a quarter has in the partnership's returns. */
export function shortQuarter(quarter: QuarterId): string {
  return formatQuarter(quarter, "short");
}
