/**
 * How the indicator pages name things: an indicator by its label, a borough by its name, a figure
 * as the returns write it. Shared by the Markdown table and the charted report.
 * @module
 * @internal
 */
import { findLocalAuthority } from "@st/core/places";
import { escapeMarkdown } from "@st/core/report";
import { countText } from "./count-text.js";
import { type IndicatorId, indicatorSets } from "./indicator-definitions.js";
import type { IndicatorTable } from "./indicator-table.js";

export const md = escapeMarkdown;

/** Figures in the indicator tables read as the returns write them: "1,668", not "1668". */
export const figures = { rowHeaders: true, formatNumber: countText };

/** An indicator's label and short label, or its id where no set defines it. */
export function indicatorInfo(id: IndicatorId): { label: string; shortLabel: string } {
  for (const set of Object.values(indicatorSets)) {
    const found = set.indicators.find((i) => i.id === id);
    if (found) return found;
  }
  return { label: id, shortLabel: id };
}

/** A borough's name from its GSS code: the table's own name for it, else the London borough's, else the code. */
export function boroughNamer(table: IndicatorTable): (gss: string) => string {
  const names = new Map((table.boroughs ?? []).map((b) => [b.gss, b.name]));
  return (gss) => {
    const name = names.get(gss);
    if (name) return name;
    const la = findLocalAuthority(gss);
    return la?.london ? la.name : gss;
  };
}
