/**
 * A return's indicator figures: the borough's four quarterly CSC indicators, from a table computed
 * from its census or extracts (or as it published them).
 * @module
 */
import type { Problem } from "@st/core";
import type { QuarterId } from "@st/core/calendar";
import { getIndicatorSet, type IndicatorTable } from "@st/indicators";
import { boroughName } from "./borough-name.js";
import { countFigure, type RawFigure } from "./figure.js";
import { indicatorDefinition } from "./figure-definitions.js";

/** What a section of a return adds: figures, the groups that add up, caveats and notes. */
export interface SectionFigures {
  /** The figures, before the small-numbers rule. */
  figures: RawFigure[];
  /** Figures that add up to others. */
  groups: { total: string; parts: string[] }[];
  /** Caveats the figures cite. */
  caveats: { id: string; text: string }[];
  /** What a reader must know about how the figures were made. */
  notes: string[];
}

/**
 * Problems that make an indicator table unusable for a borough's return: figures for another
 * borough (a census for the wrong authority), named by file and field.
 */
export function indicatorTableProblems(table: IndicatorTable, borough: string, source: string): Problem[] {
  const others = [
    ...new Set(table.series.filter((p) => p.value !== null && p.borough !== borough).map((p) => p.borough)),
  ];
  return others.map((other) => ({
    path: "borough",
    field: "Borough of the figures (census header LEA)",
    expected: `figures for ${boroughName(borough)} (${borough})`,
    received: `figures for ${boroughName(other)} (${other})`,
    message: `${source} holds figures for ${boroughName(other)}, not for ${boroughName(borough)}: check the file is this borough's`,
    code: "wrong_borough",
  }));
}

/** The indicator figures of one borough and quarter from a table (see {@link indicatorTableProblems} first). */
export function indicatorFigures(
  table: IndicatorTable,
  borough: string,
  quarter: QuarterId,
  source: string,
): SectionFigures {
  const set = (() => {
    try {
      return getIndicatorSet(table.definition);
    } catch {
      return undefined;
    }
  })();
  const definition = indicatorDefinition(table.definition, set?.version ?? 1);
  const caveats = (table.caveats ?? []).map((c) => ({ id: `indicators:${c.id}`, text: c.text }));
  const label = (id: string) =>
    table.indicators?.find((i) => i.id === id)?.label ?? set?.indicators.find((i) => i.id === id)?.label ?? id;
  const unit = (id: string) => table.indicators?.find((i) => i.id === id)?.unit ?? "children";
  const points = table.series.filter((p) => p.borough === borough && p.quarter === quarter && p.value !== null);
  const figures = points.map((p) =>
    countFigure({
      id: `indicators/${p.indicator}`,
      section: "indicators",
      label: label(p.indicator),
      unit: unit(p.indicator),
      definition,
      value: p.value!,
      caveats: caveats.map((c) => c.id),
      sources: [source],
    }),
  );
  const outside = table.series.filter((p) => p.borough === borough && p.quarter !== quarter && p.value !== null);
  const notes = [
    ...(table.boroughs?.find((b) => b.gss === borough)?.notes ?? []),
    ...(points.length === 0
      ? [`${source} holds no indicator figures for ${quarter}: the quarter's indicators are not returned.`]
      : []),
    ...(outside.length
      ? [`${source}: ${outside.length} figures for quarters other than ${quarter} were left out of this return.`]
      : []),
  ];
  return { figures, groups: [], caveats, notes };
}
