/**
 * The indicators of merged returns as an `@st/indicators` table, so the partnership report draws
 * its indicator page with the same functions whatever the figures came from.
 * @module
 */
import { compareQuarters, type QuarterId, quartersBetween } from "@st/core/calendar";
import { INDICATOR_IDS, type IndicatorId, type IndicatorTable, type SeriesPoint } from "@st/indicators";
import { checkMergedReturns } from "./arguments.js";
import type { MergedReturns } from "./merge-returns.js";

/**
 * An indicator table of every borough with indicator figures, over the quarters from the first to
 * the last with any. A borough-quarter with no return, or whose return holds no figure, is `null`
 * (missing, never 0); so is a figure withheld as a small number, and the table's notes count those
 * apart, so that a reader can tell withheld from missing.
 */
export function indicatorTableFromReturns(merged: MergedReturns): IndicatorTable {
  checkMergedReturns("indicatorTableFromReturns", merged);
  const series = merged.figures.filter((f) => f.section === "indicators");
  const definition = series[0]?.definitions[0]?.id.replace(/^indicator-set:/, "") ?? "2023";
  const cells = series.flatMap((s) => s.cells.map((c) => ({ ...c, indicator: s.id.slice("indicators/".length) })));
  const quarterList = [...new Set(cells.map((c) => c.quarter))].sort(compareQuarters);
  const quarters = quarterList.length ? quartersBetween(quarterList[0]!, quarterList.at(-1)!) : [];
  const boroughs = merged.boroughs.filter((b) => cells.some((c) => c.borough === b.code));
  const indicators = INDICATOR_IDS.filter((id) => cells.some((c) => c.indicator === id));
  const points: SeriesPoint[] = [];
  for (const b of boroughs)
    for (const indicator of indicators)
      for (const quarter of quarters) {
        const cell = cells.find((c) => c.borough === b.code && c.indicator === indicator && c.quarter === quarter);
        points.push({
          borough: b.code,
          indicator: indicator as IndicatorId,
          quarter: quarter as QuarterId,
          value: cell?.value ?? null,
        });
      }
  const withheld = cells.filter((c) => c.value === null).length;
  const caveatIds = new Set(series.flatMap((s) => s.caveats));
  const notes = [
    `From ${new Set(cells.map((c) => c.returnId)).size} partnership returns.`,
    ...(withheld
      ? [
          `${withheld} figures are withheld under the small-numbers rule (counts from 1 to ${(merged.suppression[0]?.threshold ?? 5) - 1}); the table shows them as missing, but each was returned.`,
        ]
      : []),
  ];
  return {
    definition,
    series: points,
    notes,
    boroughs: boroughs.map((b) => ({
      gss: b.code,
      name: b.name,
      notes: merged.notes
        .filter((n) => n.returnId.startsWith(`${b.code}-`) && !n.text.includes("were left out"))
        .map((n) => n.text)
        .filter((text, i, all) => all.indexOf(text) === i),
    })),
    caveats: merged.caveats
      .filter((c) => caveatIds.has(c.id))
      .map((c) => ({ id: c.id.replace(/^indicators:/, ""), text: c.text })),
  };
}
