/**
 * Plain-language findings generated from the figures, in the evaluators' manner ("decreases in the
 * last two quarters across all four indicators"; "children taken into care fell from 19 to 10").
 * Each finding carries the figures it rests on, so it can be traced and checked.
 * @module
 */
import type { QuarterId } from "@st/core/calendar";
import { findLocalAuthority, type ImplementationStageId, implementationStageOf } from "@st/core/places";
import {
  defaultOutlierRule,
  type OutlierRule,
  outlierQuarters,
  partnershipTotals,
  recentDirection,
  shortQuarter,
} from "./analysis.js";
import { checkRecordArgument } from "./arguments.js";
import { type IndicatorDefinition, type IndicatorId, indicatorSets } from "./indicator-definitions.js";
import { figureLookup, type IndicatorTable, type SeriesPoint, seriesFor, tableDimensions } from "./indicator-table.js";

/** One figure a finding rests on. */
export interface TrendEvidence {
  /** GSS code, or `partnership` for a partnership total. */
  borough: string;
  /** The indicator. */
  indicator: IndicatorId;
  /** The quarter. */
  quarter: QuarterId;
  /** The figure. */
  value: number | null;
}

/** What kind of pattern a finding reports. */
export type FindingKind =
  | "recent-direction"
  | "change"
  | "outlier"
  | "missing-returns"
  | "partnership-change"
  | "partial-totals";

/** A finding: one sentence, and the figures it rests on. */
export interface TrendFinding {
  /** Stable id, e.g. `E09000031/children-into-care-with-da/change`. */
  id: string;
  /** The kind of pattern. */
  kind: FindingKind;
  /** The sentence. */
  text: string;
  /** The borough it is about (GSS code), when it is about one. */
  borough?: string | undefined;
  /** The indicator it is about, when it is about one. */
  indicator?: IndicatorId | undefined;
  /** The borough's stage of implementation (see `implementationStages` in `@st/core`), when it is about a partnership borough. */
  stage?: ImplementationStageId | undefined;
  /** The figures it rests on. */
  evidence: TrendEvidence[];
}

/** Options for {@link findings}. */
export interface FindingsOptions {
  /** How many recent quarter-on-quarter changes a direction is judged on. Default 2 ("the last two quarters"). */
  recentQuarters?: number | undefined;
  /** The outlier rule. Default {@link defaultOutlierRule}. */
  outlierRule?: OutlierRule | undefined;
  /** Smallest change from first to last figure worth a sentence: both an absolute and a relative floor. Default 3 and 25%. */
  minimumChange?: { absolute: number; percent: number } | undefined;
  /**
   * Also state changes in partnership totals. Default false: the boroughs count in different ways,
   * so the evaluators read each borough separately; ask for totals only knowing they add up
   * figures that are not comparable.
   */
  totals?: boolean | undefined;
}

const WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
function words(n: number): string {
  return WORDS[n] ?? String(n);
}

function phraseOf(id: IndicatorId): string {
  for (const set of Object.values(indicatorSets)) {
    const found = set.indicators.find((i: IndicatorDefinition) => i.id === id);
    if (found) return found.phrase;
  }
  return id;
}

function count(n: number | null): string {
  return n === null ? "none" : n.toLocaleString("en-GB");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Findings from a table: per borough, the direction over the last quarters across its indicators,
 * notable changes from its first to its last figure, outlier quarters, quarters not returned, each
 * marked with the borough's stage of implementation; and only with `totals`, changes in
 * partnership totals over complete quarters and where totals are partial. Nothing is said about a
 * figure that is missing, and no missing figure is read as zero.
 * @throws {@link @st/core!index.StValidationError} (also a `TypeError`) coded `invalid_type` when `table`
 * is not an indicator table or `options` is not an object.
 */
export function findings(table: IndicatorTable, options: FindingsOptions = {}): TrendFinding[] {
  checkRecordArgument("findings", "table", table);
  checkRecordArgument("findings", "options", options);
  const recent = options.recentQuarters ?? 2;
  const rule = options.outlierRule ?? defaultOutlierRule;
  const floor = options.minimumChange ?? { absolute: 3, percent: 25 };
  const dims = tableDimensions(table);
  const names = new Map((table.boroughs ?? []).map((b) => [b.gss, b.name]));
  const nameOf = (gss: string) => {
    const known = names.get(gss);
    if (known) return known;
    const la = findLocalAuthority(gss);
    return la?.london ? la.name : gss;
  };
  const out: TrendFinding[] = [];
  const figure = figureLookup(table);
  const evidenceOf = (points: readonly SeriesPoint[]): TrendEvidence[] =>
    points.map((p) => ({ borough: p.borough, indicator: p.indicator, quarter: p.quarter, value: p.value }));

  for (const borough of dims.boroughs) {
    const name = nameOf(borough);
    const directions = dims.indicators.map((indicator) => {
      const points = seriesFor(table, borough, indicator);
      return { indicator, points, result: recentDirection(points, recent) };
    });
    const known = directions.filter((d) => d.result.direction !== "unknown");
    for (const direction of ["falling", "rising"] as const) {
      const moving = known.filter((d) => d.result.direction === direction);
      if (moving.length < 2 || moving.length < known.length - 1) continue;
      const all = moving.length === dims.indicators.length;
      const span = moving[0]!.result.quarters;
      const scope = all
        ? `across all ${words(dims.indicators.length)} indicators`
        : `in ${words(moving.length)} of the ${words(dims.indicators.length)} indicators (${moving.map((d) => phraseOf(d.indicator)).join("; ")})`;
      out.push({
        id: `${borough}/recent-${direction}`,
        kind: "recent-direction",
        borough,
        text: `${name}: ${direction === "falling" ? "decreases" : "increases"} in the last ${words(recent)} quarters ${scope}, ${shortQuarter(span[0]!)} to ${shortQuarter(span.at(-1)!)}.`,
        evidence: moving.flatMap((d) => evidenceOf(d.points.filter((p) => d.result.quarters.includes(p.quarter)))),
      });
    }

    for (const { indicator, points } of directions) {
      const present = points.filter((p) => p.value !== null);
      if (present.length >= 2) {
        const first = present[0]!;
        const last = present.at(-1)!;
        const change = last.value! - first.value!;
        const percent = first.value! === 0 ? Number.POSITIVE_INFINITY : (Math.abs(change) / first.value!) * 100;
        if (Math.abs(change) >= floor.absolute && percent >= floor.percent) {
          out.push({
            id: `${borough}/${indicator}/change`,
            kind: "change",
            borough,
            indicator,
            text: `${name}: ${phraseOf(indicator)} ${change < 0 ? "fell" : "rose"} from ${count(first.value)} to ${count(last.value)} (${shortQuarter(first.quarter)} to ${shortQuarter(last.quarter)}).`,
            evidence: evidenceOf([first, last]),
          });
        }
      }
      const { outliers, median } = outlierQuarters(points, rule);
      if (outliers.length > 0) {
        const list = outliers.map((o) => `${shortQuarter(o.quarter)} (${o.value})`).join(" and ");
        out.push({
          id: `${borough}/${indicator}/outlier`,
          kind: "outlier",
          borough,
          indicator,
          text: `${name}: ${outliers.length === 1 ? "one quarter stands" : `${words(outliers.length)} quarters stand`} out for ${phraseOf(indicator)}: ${list}, against a median of ${median} over the borough's quarters.`,
          evidence: evidenceOf(points.filter((p) => outliers.some((o) => o.quarter === p.quarter))),
        });
      }
    }

    // Quarters with no figure for any indicator: not returned.
    const notReturned = dims.quarters.filter((q) => dims.indicators.every((i) => figure(borough, i, q) == null));
    if (notReturned.length > 0) {
      const lastReturned = dims.quarters.filter((q) => !notReturned.includes(q)).at(-1);
      const trailing = lastReturned !== undefined && notReturned.every((q) => q > lastReturned);
      out.push({
        id: `${borough}/missing`,
        kind: "missing-returns",
        borough,
        text: trailing
          ? `${name} returned no figures after ${shortQuarter(lastReturned)}; ${notReturned.length === 1 ? "that quarter is" : "those quarters are"} missing, not zero.`
          : `${name} returned no figures for ${notReturned.map(shortQuarter).join(", ")}; ${notReturned.length === 1 ? "that quarter is" : "those quarters are"} missing, not zero.`,
        evidence: notReturned.flatMap((q) =>
          dims.indicators.map((indicator) => ({ borough, indicator, quarter: q, value: null })),
        ),
      });
    }
  }

  if (options.totals && dims.boroughs.length > 1) {
    const totals = partnershipTotals(table);
    for (const indicator of dims.indicators) {
      const complete = totals.filter((t) => t.indicator === indicator && t.complete && t.total !== null);
      if (complete.length < 2) continue;
      const first = complete[0]!;
      const last = complete.at(-1)!;
      const change = last.total! - first.total!;
      out.push({
        id: `partnership/${indicator}/change`,
        kind: "partnership-change",
        indicator,
        text: `Added up across all ${words(dims.boroughs.length)} boroughs (figures each borough counts its own way, so not comparable), ${phraseOf(indicator)} ${change === 0 ? "were unchanged at" : change < 0 ? "fell from" : "rose from"} ${change === 0 ? count(first.total) : `${count(first.total)} to ${count(last.total)}`} (${shortQuarter(first.quarter)} to ${shortQuarter(last.quarter)}, the first and last quarters every borough returned).`,
        evidence: [first, last].map((t) => ({ borough: "partnership", indicator, quarter: t.quarter, value: t.total })),
      });
    }
    const partial = [
      ...new Set(totals.filter((t) => !t.complete && t.reporting.length > 0).map((t) => t.quarter)),
    ].sort();
    if (partial.length > 0) {
      const coverage = partial.map((q) => {
        const t = totals.find((x) => x.quarter === q && !x.complete)!;
        return `${shortQuarter(q)} (${t.coverage})`;
      });
      out.push({
        id: "partnership/partial-totals",
        kind: "partial-totals",
        text: `Partnership totals for ${coverage.join(", ")} leave out boroughs that made no return, so they cannot be compared with complete quarters.`,
        evidence: totals
          .filter((t) => partial.includes(t.quarter))
          .map((t) => ({ borough: "partnership", indicator: t.indicator, quarter: t.quarter, value: t.total })),
      });
    }
  }
  return out.map((f) => {
    const stage = f.borough === undefined ? undefined : implementationStageOf(f.borough)?.id;
    return { ...f, text: capitalise(f.text), ...(stage ? { stage } : {}) };
  });
}

/** @deprecated Renamed {@link TrendFinding}, since `@st/language-lint` has a `Finding` (a flagged phrase) of its own; this name will be removed in the next major version. */
export type Finding = TrendFinding;

/** @deprecated Renamed {@link TrendEvidence}, since `@st/complaints-proforma` has an `Evidence` of its own; this name will be removed in the next major version. */
export type Evidence = TrendEvidence;
