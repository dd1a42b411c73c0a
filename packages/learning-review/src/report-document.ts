/**
 * Reports as a small document model (headings, paragraphs, cautions, lists, tables, bar charts),
 * written once and rendered to Markdown or to self-contained HTML with inline SVG charts.
 * @module
 */
import type { Percentage } from "@st/practice-checklist";
import { formatShare } from "./share.js";

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
}

/** A block of a report. */
export type ReportBlock =
  | { kind: "heading"; level: 2 | 3; text: string }
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

const mdCell = (v: string | number) => String(v).replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** Render a report as Markdown (GitHub style tables). Charts become a sentence: the tables hold their figures. */
export function documentToMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${doc.title}`];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case "heading":
        out.push(`${"#".repeat(block.level)} ${block.text}`);
        break;
      case "paragraph":
        out.push(block.text);
        break;
      case "caution":
        out.push([`> **${block.title}**`, ">", ...block.lines.map((l) => `> - ${l}`)].join("\n"));
        break;
      case "list":
        if (block.items.length) out.push(block.items.map((i) => `- ${i.replace(/\r?\n/g, " ")}`).join("\n"));
        break;
      case "table":
        out.push(
          [
            `| ${block.head.map(mdCell).join(" | ")} |`,
            `| ${block.head.map(() => "---").join(" | ")} |`,
            ...block.rows.map((r) => `| ${r.map(mdCell).join(" | ")} |`),
          ].join("\n"),
        );
        break;
      case "chart":
        out.push(`*Chart: ${block.chart.description}*`);
        break;
    }
  }
  return `${out.join("\n\n")}\n`;
}

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Colour-blind-safe palette (Okabe and Ito), in bar order.
const COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];

/**
 * A bar chart as a standalone SVG element: one row a bar, the bar's length its share, each bar
 * labelled with its counts ("3 of 5"), never a bare percentage.
 */
export function barChartSvg(chart: BarChart): string {
  // Widths from the longest bar label, at about 6.6 pixels a character of 12-pixel text.
  const longest = Math.max(0, ...chart.groups.flatMap((g) => g.bars.map((b) => Math.min(b.label.length, 64))));
  const labelWidth = Math.max(120, Math.ceil(20 + longest * 6.6));
  const barWidth = 300;
  const countWidth = 170;
  const row = 18;
  const gap = 10;
  const width = labelWidth + barWidth + countWidth;
  const seriesLabels = [...new Set(chart.groups.flatMap((g) => g.bars.map((b) => b.label)))];
  const colour = (label: string) => COLOURS[seriesLabels.indexOf(label) % COLOURS.length]!;
  const parts: string[] = [];
  let y = 24;
  parts.push(`<text x="0" y="14" font-weight="bold" font-size="13">${escapeHtml(chart.title)}</text>`);
  for (const group of chart.groups) {
    parts.push(`<text x="0" y="${y + 13}" font-size="12" font-weight="bold">${escapeHtml(group.label)}</text>`);
    y += row;
    for (const bar of group.bars) {
      const length = bar.value && bar.value.total > 0 ? (bar.value.count / bar.value.total) * barWidth : 0;
      const text = bar.value ? formatShare(bar.value) : "not recorded";
      parts.push(
        `<text x="12" y="${y + 13}" font-size="12">${escapeHtml(bar.label.length > 64 ? `${bar.label.slice(0, 61)}...` : bar.label)}</text>`,
        `<rect x="${labelWidth}" y="${y + 3}" width="${barWidth}" height="${row - 6}" fill="#eee"/>`,
        length > 0
          ? `<rect x="${labelWidth}" y="${y + 3}" width="${length.toFixed(1)}" height="${row - 6}" fill="${colour(bar.label)}"><title>${escapeHtml(`${bar.label}: ${text}`)}</title></rect>`
          : "",
        `<text x="${labelWidth + barWidth + 6}" y="${y + 13}" font-size="12">${escapeHtml(text)}</text>`,
      );
      y += row;
    }
    y += gap;
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(chart.description)}" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="system-ui, sans-serif">` +
    `<title>${escapeHtml(chart.description)}</title>${parts.join("")}</svg>`
  );
}

/** Render the blocks of a report as HTML, without the page around them (to embed in another page). */
export function documentToHtmlFragment(doc: ReportDocument): string {
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
        out.push(
          `<table><thead><tr>${block.head.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${block.rows
            .map(
              (r) =>
                `<tr>${r.map((v) => (typeof v === "number" ? `<td class="num">${v}</td>` : `<td>${escapeHtml(v)}</td>`)).join("")}</tr>`,
            )
            .join("")}</tbody></table>`,
        );
        break;
      case "chart":
        out.push(`<figure>${barChartSvg(block.chart)}</figure>`);
        break;
    }
  }
  return `${out.join("\n")}\n`;
}

/** Render a report as one self-contained HTML page: no scripts, no external files, nothing fetched. */
export function documentToHtml(doc: ReportDocument): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.8rem}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.1rem}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #bbb;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.num{text-align:right;font-variant-numeric:tabular-nums}
.caveat{border-left:4px solid #b58900;padding:.2rem .8rem;background:#fdf6e3}
figure{margin:1rem 0;overflow-x:auto}
</style>
</head>
<body>
<h1>${escapeHtml(doc.title)}</h1>
${documentToHtmlFragment(doc)}</body>
</html>
`;
}
