/**
 * Charts as Vega-Lite specifications: small multiples, one panel a borough, missing quarters as
 * gaps in the line, never zeros. `@st/charts` draws them as standalone SVG (no canvas, no browser,
 * no network) in the partnership's house style; the same specification can be embedded elsewhere.
 * @module
 */
import { type InlineSpec, smallMultiplesLineSpec } from "@st/charts";
import { formatQuarter, type QuarterId } from "@st/core/calendar";
import { findLocalAuthority } from "@st/core/places";
import { checkRecordArgument, checkTextArgument } from "./arguments.js";
import { type IndicatorId, indicatorSets } from "./indicator-definitions.js";
import { figureLookup, type IndicatorTable, tableDimensions } from "./indicator-table.js";

/** One data row of a chart specification. */
export interface ChartDatum {
  /** GSS code. */
  borough: string;
  /** Borough name, the panel title. */
  boroughName: string;
  /** Indicator id. */
  indicator: string;
  /** Indicator short label. */
  indicatorLabel: string;
  /** Calendar quarter id. */
  quarter: string;
  /** Quarter label as the returns write it ("Jul-Sep 23"). */
  quarterLabel: string;
  /** The figure, `null` when missing: a gap in the line. */
  value: number | null;
}

/**
 * The Vega-Lite (v6) specification of an indicator's small multiples: a vega-lite `TopLevelSpec`
 * with its figures inline as {@link ChartDatum} rows. Draw it with `renderSvg` from `@st/charts`, or
 * embed it with vega-embed.
 */
export type IndicatorChartSpec = InlineSpec<ChartDatum>;

/** Options for {@link indicatorChartSpec}. */
export interface ChartOptions {
  /** Boroughs to show (GSS codes), in order. Default: all in the table. */
  boroughs?: readonly string[] | undefined;
  /** Panels a row. Default 3. */
  columns?: number | undefined;
  /** Panel width in pixels. Default 200. */
  width?: number | undefined;
  /** Panel height in pixels. Default 110. */
  height?: number | undefined;
  /** Line colour. Default the house palette's first colour. */
  color?: string | undefined;
}

function indicatorLabel(id: IndicatorId): string {
  for (const set of Object.values(indicatorSets)) {
    const found = set.indicators.find((i) => i.id === id);
    if (found) return found.shortLabel;
  }
  return id;
}

/**
 * The Vega-Lite specification of one indicator's small multiples: a panel a borough, a line through
 * its quarters, a point at each figure. A missing figure is `null` in the data, a break in the line
 * and no point: never drawn as zero. Each panel has its own vertical scale, from zero.
 */
export function indicatorChartSpec(
  table: IndicatorTable,
  indicator: IndicatorId,
  options: ChartOptions = {},
): IndicatorChartSpec {
  checkRecordArgument("indicatorChartSpec", "table", table);
  checkTextArgument("indicatorChartSpec", "indicator", "Indicator id", indicator);
  checkRecordArgument("indicatorChartSpec", "options", options);
  const dims = tableDimensions(table);
  const boroughs = options.boroughs ? [...options.boroughs] : dims.boroughs;
  const names = new Map((table.boroughs ?? []).map((b) => [b.gss, b.name]));
  const nameOf = (gss: string) => {
    const la = names.get(gss) ?? findLocalAuthority(gss);
    return typeof la === "string" ? la : la?.london ? la.name : gss;
  };
  const labels = dims.quarters.map((q) => formatQuarter(q, "short"));
  const values: ChartDatum[] = [];
  const figure = figureLookup(table);
  const label = indicatorLabel(indicator);
  for (const borough of boroughs) {
    for (const quarter of dims.quarters) {
      const value = figure(borough, indicator, quarter);
      values.push({
        borough,
        boroughName: nameOf(borough),
        indicator,
        indicatorLabel: label,
        quarter,
        quarterLabel: formatQuarter(quarter as QuarterId, "short"),
        value: value ?? null,
      });
    }
  }
  const missing = values.filter((v) => v.value === null).length;
  const period = `${labels[0] ?? ""} to ${labels.at(-1) ?? ""}`;
  return smallMultiplesLineSpec<ChartDatum>({
    values,
    panel: { field: "boroughName", order: boroughs.map(nameOf) },
    x: { field: "quarterLabel", order: labels },
    y: { field: "value", zero: true },
    title: label,
    subtitle: `By borough, ${period}. Each panel has its own scale; gaps are quarters with no figure.`,
    description: `${label}: one panel per borough (${boroughs.map(nameOf).join(", ")}), quarterly from ${period}; ${missing === 0 ? "every quarter has a figure" : `${missing} borough-quarters have no figure and are shown as gaps`}.`,
    tooltip: [
      { field: "boroughName", title: "Borough" },
      { field: "quarterLabel", title: "Quarter", type: "ordinal" },
      { field: "value", title: "Figure", type: "quantitative", format: "," },
    ],
    columns: options.columns,
    width: options.width,
    height: options.height,
    color: options.color,
  });
}
