/**
 * Reports of rounds and series in `@st/core`'s report document model, with their bar charts drawn
 * as inline SVG by `@st/charts` (Vega-Lite, in the partnership's house style).
 * @module
 */

import { groupedBarSpec, type InlineSpec, renderSvg } from "@st/charts";
import {
  type BarChart,
  documentToHtml as coreDocumentToHtml,
  documentToHtmlFragment as coreDocumentToHtmlFragment,
  escapeHtml as coreEscapeHtml,
  type DocumentHtmlOptions,
  formatShare,
  type ReportDocument,
} from "@st/core/report";
import { CHART, checkArg, DOCUMENT, RENDER_OPTIONS } from "./arguments.js";

export {
  type BarChart,
  type ChartBar,
  documentToMarkdown,
  type ReportBlock,
  type ReportDocument,
} from "@st/core/report";

/**
 * Escape text for HTML element content and attribute values (`&`, `<`, `>`, `"`, `'`).
 * @deprecated Import `escapeHtml` from `@st/core`, the one escape every package uses; this
 * re-export is kept so existing imports keep working.
 */
export const escapeHtml: (text: string) => string = coreEscapeHtml;

/** One bar of a {@link BarChart} as a row of its Vega-Lite specification. */
export interface BarChartRow {
  /** The group's label (a measure). */
  group: string;
  /** The bar's label (a cohort, a round). */
  bar: string;
  /** The share from 0 to 1, or `null` when not recorded (no bar is drawn). */
  share: number | null;
  /** The counts written beside the bar: "3 of 5", "12 of 20 (60%)" or "not recorded". */
  counts: string;
}

/**
 * A bar chart as a Vega-Lite specification: a block a group, a bar a cohort or round coloured
 * from the colour-blind-safe palette, each bar's counts beside it ("3 of 5"), never a bare
 * percentage, and a bar not recorded drawn as none. Draw it with `renderSvg` from `@st/charts`.
 */
export function barChartSpec(chart: BarChart): InlineSpec<BarChartRow> {
  checkArg("barChartSpec", CHART, chart);
  const values: BarChartRow[] = chart.groups.flatMap((g) =>
    g.bars.map((b) => ({
      group: g.label,
      bar: b.label,
      share: b.value && b.value.total > 0 ? b.value.count / b.value.total : null,
      counts: b.value ? formatShare(b.value, { percentFrom: chart.percentFrom }) : "not recorded",
    })),
  );
  return groupedBarSpec<BarChartRow>({
    values,
    group: { field: "group", order: [...new Set(values.map((v) => v.group))] },
    bar: { field: "bar", order: [...new Set(values.map((v) => v.bar))] },
    value: { field: "share" },
    label: { field: "counts" },
    // No axis: its ticks would be percentages without a count; a track behind each bar shows the scale.
    axis: false,
    title: chart.title,
    description: chart.description,
    tooltip: [
      { field: "group", title: "Measure" },
      { field: "bar", title: "Of" },
      { field: "counts", title: "Cases" },
    ],
  });
}

/** Draws a chart of a report as inline SVG with `@st/charts` (vega, installed beside). */
export const drawBarChart = (chart: BarChart): Promise<string> => renderSvg(barChartSpec(chart));

/** Every chart of a document drawn, for core's renderers to place (they draw nothing themselves). */
async function drawnCharts(doc: ReportDocument): Promise<DocumentHtmlOptions["drawChart"]> {
  const drawings = new Map<BarChart, string>();
  for (const block of doc.blocks)
    if (block.kind === "chart") drawings.set(block.chart, await drawBarChart(block.chart));
  return (chart) => drawings.get(chart);
}

/**
 * Render the blocks of a report as HTML, without the page around them (to embed in another page),
 * its charts drawn as inline SVG. Asynchronous because vega draws the charts; nothing is fetched.
 */
export async function documentToHtmlFragment(doc: ReportDocument, options: DocumentHtmlOptions = {}): Promise<string> {
  checkArg("documentToHtmlFragment", DOCUMENT, doc);
  checkArg("documentToHtmlFragment", RENDER_OPTIONS, options);
  return coreDocumentToHtmlFragment(doc, { ...options, drawChart: options.drawChart ?? (await drawnCharts(doc)) });
}

/** Render a report as one self-contained HTML page, its charts drawn: no scripts, no external files, nothing fetched. */
export async function documentToHtml(doc: ReportDocument, options: DocumentHtmlOptions = {}): Promise<string> {
  checkArg("documentToHtml", DOCUMENT, doc);
  checkArg("documentToHtml", RENDER_OPTIONS, options);
  return coreDocumentToHtml(doc, { ...options, drawChart: options.drawChart ?? (await drawnCharts(doc)) });
}
