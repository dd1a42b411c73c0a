/**
 * Reports as a small document model (headings, paragraphs, cautions, lists, tables, bar charts),
 * written once and rendered to Markdown or to self-contained HTML with inline SVG charts drawn by
 * `@st/charts` (Vega-Lite, in the partnership's house style).
 * @module
 */

import { groupedBarSpec, type InlineSpec, renderSvg } from "@st/charts";
import {
  escapeHtml as coreEscapeHtml,
  escapeMarkdown,
  formatShare,
  htmlPage,
  htmlTable,
  markdownTable,
} from "@st/core/report";
import type { Percentage } from "@st/practice-checklist";
import { CHART, checkArg, DOCUMENT } from "./arguments.js";

/** One bar of a chart: a share with its counts. */
export interface ChartBar {
  /** What the bar is (a cohort, a round). */
  label: string;
  /** The share it shows; `null` draws no bar and says "not recorded". */
  value: Percentage | null;
}

/** A horizontal bar chart of shares, in groups (one group a measure, one bar a cohort or round). */
export interface BarChart {
  /** The chart's title. */
  title: string;
  /** A sentence for screen readers and for the Markdown rendering. */
  description: string;
  /** The groups, top to bottom. */
  groups: { label: string; bars: ChartBar[] }[];
  /** Show a bar's percentage beside its counts only when out of at least this many (see {@link @st/core!report.formatShare}). Default 10. */
  percentFrom?: number | undefined;
}

/** A block of a report. */
export type ReportBlock =
  | { kind: "heading"; level: 2 | 3 | 4; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "caution"; title: string; lines: string[] }
  | { kind: "list"; items: string[] }
  | { kind: "table"; head: string[]; rows: (string | number)[][] }
  | { kind: "chart"; chart: BarChart };

/** A report: a title and its blocks. */
export interface ReportDocument {
  /** The title (the page's `h1`). */
  title: string;
  /** The blocks, in order. */
  blocks: ReportBlock[];
}

/** Render a report as Markdown (GitHub style tables). Charts become a sentence: the tables hold their figures. */
export function documentToMarkdown(doc: ReportDocument): string {
  checkArg("documentToMarkdown", DOCUMENT, doc);
  // Every text is plain text (case ids, names and reviewers' words among it): escaped, never markup.
  const md = escapeMarkdown;
  const out: string[] = [`# ${md(doc.title)}`];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case "heading":
        out.push(`${"#".repeat(block.level)} ${md(block.text)}`);
        break;
      case "paragraph":
        out.push(md(block.text));
        break;
      case "caution":
        out.push([`> **${md(block.title)}**`, ">", ...block.lines.map((l) => `> - ${md(l)}`)].join("\n"));
        break;
      case "list":
        if (block.items.length) out.push(block.items.map((i) => `- ${md(i)}`).join("\n"));
        break;
      case "table":
        out.push(markdownTable(block.head, block.rows));
        break;
      case "chart":
        out.push(`*Chart: ${md(block.chart.description)}*`);
        break;
    }
  }
  return `${out.join("\n\n")}\n`;
}

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

/**
 * Render the blocks of a report as HTML, without the page around them (to embed in another page).
 * Asynchronous because the charts are drawn by vega (`@st/charts`); nothing is fetched.
 */
export async function documentToHtmlFragment(doc: ReportDocument): Promise<string> {
  checkArg("documentToHtmlFragment", DOCUMENT, doc);
  const out: string[] = [];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case "heading":
        out.push(`<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`);
        break;
      case "paragraph":
        out.push(`<p>${escapeHtml(block.text)}</p>`);
        break;
      case "caution":
        out.push(
          `<div class="caveat"><p><strong>${escapeHtml(block.title)}</strong></p><ul>${block.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul></div>`,
        );
        break;
      case "list":
        if (block.items.length) out.push(`<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`);
        break;
      case "table":
        out.push(htmlTable(block.head, block.rows));
        break;
      case "chart":
        out.push(
          `<figure>${await renderSvg(barChartSpec(block.chart))}<figcaption>${escapeHtml(block.chart.description)}</figcaption></figure>`,
        );
        break;
    }
  }
  return `${out.join("\n")}\n`;
}

/** Render a report as one self-contained HTML page: no scripts, no external files, nothing fetched. */
export async function documentToHtml(doc: ReportDocument): Promise<string> {
  checkArg("documentToHtml", DOCUMENT, doc);
  return htmlPage({
    title: doc.title,
    body: `<h1>${escapeHtml(doc.title)}</h1>\n${await documentToHtmlFragment(doc)}`,
  });
}
