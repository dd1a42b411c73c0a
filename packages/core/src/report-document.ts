/**
 * Reports as a small document model (headings, paragraphs, cautions, lists, quotations, tables,
 * bar charts of shares), written once and rendered to Markdown or to a self-contained HTML page.
 * Every text in a document is plain text (case ids, names and reviewers' words among it): the
 * renderers escape it, so no block carries markup. The renderers are synchronous and load no chart
 * engine: whoever renders the HTML draws the charts (`@st/learning-review` draws them with
 * `@st/charts`, before rendering, and hands the drawings over).
 * @module
 */

import { type ArgumentSpec, checkArgumentOf } from "./argument-checks.js";
import { escapeHtml, htmlPage } from "./html.js";
import { escapeMarkdown, isSafeLinkTarget, markdownLink } from "./markdown.js";
import { formatShare, type Share } from "./share.js";
import { htmlTable, markdownTable, type TableCell } from "./tables.js";

const DOCUMENT: ArgumentSpec = {
  kinds: "record",
  argument: "doc",
  label: "Report",
  expected: "a report document { title, blocks }",
};
const BLOCKS: ArgumentSpec = { kinds: "list", argument: "doc.blocks", label: "Report blocks" };
const OPTIONS: ArgumentSpec = { kinds: "record", argument: "options", label: "Render options", optional: true };

/**
 * A stretch of text with a style: `strong` for what the reader looks for first (a quoted excerpt),
 * `emphasis` for a cue ("Try:"), `quiet` for a reason or an aside (set smaller in HTML), `code`
 * for a command or a file name.
 */
export interface StyledText {
  /** The text, plain. */
  text: string;
  /** How it is set. */
  style: "strong" | "emphasis" | "quiet" | "code";
}

/**
 * A link. Only a relative path or an `http(s)` address is linked (see {@link isSafeLinkTarget});
 * any other target is written as its text alone.
 */
export interface LinkText {
  /** The words linked. */
  text: string;
  /** Where to: a path relative to the page, or an address. */
  href: string;
}

/** Text of a paragraph or list item: plain, or runs of plain, styled and linked text read in order. */
export type ReportText = string | readonly (string | StyledText | LinkText)[];

/** A marked stretch of a quotation: a concern (wording to reconsider) or a strength (good practice). */
export interface QuoteMark {
  /** Where the stretch starts, in UTF-16 code units from the start of the quotation. */
  offset: number;
  /** Its length in UTF-16 code units. */
  length: number;
  /** What it is; default `concern`. */
  tone?: "concern" | "strength" | undefined;
  /** Why it is marked, shown when a reader points at it (the HTML `title`). */
  note?: string | undefined;
}

/** One bar of a chart: a share with its counts. */
export interface ChartBar {
  /** What the bar is (a cohort, a round). */
  label: string;
  /** The share it shows; `null` draws no bar and says "not recorded". */
  value: Share | null;
}

/** A horizontal bar chart of shares, in groups (one group a measure, one bar a cohort or round). */
export interface BarChart {
  /** The chart's title. */
  title: string;
  /** A sentence for screen readers and for the Markdown rendering. */
  description: string;
  /** The groups, top to bottom. */
  groups: { label: string; bars: ChartBar[] }[];
  /** Show a bar's percentage beside its counts only when out of at least this many (see {@link formatShare}). Default 10. */
  percentFrom?: number | undefined;
}

/** A block of a report. */
export type ReportBlock =
  | { kind: "heading"; level: 2 | 3 | 4; text: string }
  | { kind: "paragraph"; text: ReportText }
  | { kind: "caution"; title: string; lines: string[] }
  | { kind: "list"; items: ReportText[] }
  | { kind: "quote"; text: string; marks?: readonly QuoteMark[] | undefined }
  | { kind: "code"; text: string }
  | {
      kind: "table";
      head: string[];
      rows: TableCell[][];
      caption?: string | undefined;
      rowHeaders?: boolean | undefined;
    }
  | { kind: "chart"; chart: BarChart };

/** A report: a title and its blocks. */
export interface ReportDocument {
  /** The title (the page's `h1`). */
  title: string;
  /** The blocks, in order. */
  blocks: ReportBlock[];
}

/** Options for {@link documentToHtmlFragment} and {@link documentToHtml}. */
export interface DocumentHtmlOptions {
  /**
   * The drawing of a chart, as an SVG element (`@st/learning-review`'s renderers draw each chart
   * with `@st/charts` first and give back its drawing here). Without it, or when it gives
   * `undefined`, a chart is written as a table of its bars' counts, which says the same thing and
   * needs no chart engine.
   */
  drawChart?: ((chart: BarChart) => string | undefined) | undefined;
  /** Style rules for this page only, added after the shared sheet ({@link documentToHtml} only). */
  extraCss?: string | undefined;
}

/** The counts a chart shows, as table rows (one a bar), for HTML with no chart engine. */
function chartRows(chart: BarChart): string[][] {
  return chart.groups.flatMap((g) =>
    g.bars.map((b) => [
      g.label,
      b.label,
      b.value ? formatShare(b.value, { percentFrom: chart.percentFrom }) : "not recorded",
    ]),
  );
}

function runsOf(text: ReportText): readonly (string | StyledText | LinkText)[] {
  return typeof text === "string" ? [text] : text;
}

/** Inline code in Markdown: a fence longer than any run of backticks inside, so nothing ends it early. */
function markdownCode(text: string): string {
  const fence = "`".repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length)) + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

function markdownText(text: ReportText): string {
  return runsOf(text)
    .map((run) => {
      if (typeof run === "string") return escapeMarkdown(run);
      if ("href" in run) return markdownLink(run.text, run.href);
      switch (run.style) {
        case "strong":
          return `**${escapeMarkdown(run.text)}**`;
        case "emphasis":
          return `*${escapeMarkdown(run.text)}*`;
        case "code":
          return markdownCode(run.text);
        default:
          return escapeMarkdown(run.text);
      }
    })
    .join("");
}

function htmlText(text: ReportText): string {
  return runsOf(text)
    .map((run) => {
      if (typeof run === "string") return escapeHtml(run);
      const t = escapeHtml(run.text);
      if ("href" in run) return isSafeLinkTarget(run.href) ? `<a href="${escapeHtml(run.href)}">${t}</a>` : t;
      switch (run.style) {
        case "strong":
          return `<strong>${t}</strong>`;
        case "emphasis":
          return `<em>${t}</em>`;
        case "code":
          return `<code>${t}</code>`;
        default:
          return `<small>${t}</small>`;
      }
    })
    .join("");
}

/**
 * A quotation as HTML with its marks as `<mark>` elements (`class="st-mark st-mark-concern"` or
 * `st-mark-strength`, the note as `title`). Where marks overlap, the first (then longest) is kept;
 * a mark outside the text is left out.
 */
function markedQuote(text: string, marks: readonly QuoteMark[]): string {
  const sorted = [...marks].sort((a, b) => a.offset - b.offset || b.length - a.length);
  let out = "";
  let at = 0;
  for (const m of sorted) {
    if (m.offset < at || m.length <= 0 || m.offset + m.length > text.length) continue;
    const title = m.note === undefined ? "" : ` title="${escapeHtml(m.note)}"`;
    out += `${escapeHtml(text.slice(at, m.offset))}<mark class="st-mark st-mark-${m.tone ?? "concern"}"${title}>${escapeHtml(text.slice(m.offset, m.offset + m.length))}</mark>`;
    at = m.offset + m.length;
  }
  return out + escapeHtml(text.slice(at));
}

const CHART_HEAD = ["Measure", "Of", "Cases"];

/**
 * Render a report as Markdown (GitHub style tables). A chart becomes a sentence (the report's
 * tables hold its figures); a quotation is quoted without its marks; a document with an empty
 * title starts at its first block (to go under a heading of another page).
 *
 * @throws StValidationError (also a `TypeError`) when `doc` is not a `{ title, blocks }` record.
 */
export function documentToMarkdown(doc: ReportDocument): string {
  checkArgumentOf("documentToMarkdown", DOCUMENT, doc);
  checkArgumentOf("documentToMarkdown", BLOCKS, doc.blocks);
  const md = escapeMarkdown;
  const out: string[] = doc.title ? [`# ${md(doc.title)}`] : [];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case "heading":
        out.push(`${"#".repeat(block.level)} ${md(block.text)}`);
        break;
      case "paragraph":
        out.push(markdownText(block.text));
        break;
      case "caution":
        out.push([`> **${md(block.title)}**`, ">", ...block.lines.map((l) => `> - ${md(l)}`)].join("\n"));
        break;
      case "list":
        if (block.items.length) out.push(block.items.map((i) => `- ${markdownText(i)}`).join("\n"));
        break;
      case "quote":
        out.push(
          block.text
            .split(/\r?\n/)
            .map((line) => (line ? `> ${md(line)}` : ">"))
            .join("\n"),
        );
        break;
      case "code": {
        const fence = "`".repeat(Math.max(3, ...(block.text.match(/`+/g) ?? []).map((r) => r.length + 1)));
        out.push(`${fence}\n${block.text}\n${fence}`);
        break;
      }
      case "table":
        // Markdown tables have no caption: it goes above, in bold, as the HTML shows it.
        out.push(`${block.caption ? `**${md(block.caption)}**\n\n` : ""}${markdownTable(block.head, block.rows)}`);
        break;
      case "chart":
        out.push(`*Chart: ${md(block.chart.description)}*`);
        break;
    }
  }
  return `${out.join("\n\n")}\n`;
}

/**
 * Render the blocks of a report as HTML, without the page around them (to embed in another page).
 *
 * @throws StValidationError (also a `TypeError`) when `doc` is not a `{ title, blocks }` record.
 */
export function documentToHtmlFragment(doc: ReportDocument, options: DocumentHtmlOptions = {}): string {
  checkArgumentOf("documentToHtmlFragment", DOCUMENT, doc);
  checkArgumentOf("documentToHtmlFragment", BLOCKS, doc.blocks);
  checkArgumentOf("documentToHtmlFragment", OPTIONS, options);
  const out: string[] = [];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case "heading":
        out.push(`<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`);
        break;
      case "paragraph":
        out.push(`<p>${htmlText(block.text)}</p>`);
        break;
      case "caution":
        out.push(
          `<div class="caveat"><p><strong>${escapeHtml(block.title)}</strong></p><ul>${block.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul></div>`,
        );
        break;
      case "list":
        if (block.items.length) out.push(`<ul>${block.items.map((i) => `<li>${htmlText(i)}</li>`).join("")}</ul>`);
        break;
      case "quote":
        out.push(`<blockquote>${markedQuote(block.text, block.marks ?? [])}</blockquote>`);
        break;
      case "code":
        out.push(`<pre><code>${escapeHtml(block.text)}</code></pre>`);
        break;
      case "table":
        out.push(htmlTable(block.head, block.rows, { caption: block.caption, rowHeaders: block.rowHeaders }));
        break;
      case "chart": {
        const drawing =
          options.drawChart?.(block.chart) ??
          htmlTable(CHART_HEAD, chartRows(block.chart), { caption: block.chart.title });
        out.push(`<figure>${drawing}<figcaption>${escapeHtml(block.chart.description)}</figcaption></figure>`);
        break;
      }
    }
  }
  return `${out.join("\n")}\n`;
}

/**
 * Render a report as one self-contained HTML page: no scripts, no external files, nothing fetched.
 *
 * @throws StValidationError (also a `TypeError`) when `doc` is not a `{ title, blocks }` record.
 */
export function documentToHtml(doc: ReportDocument, options: DocumentHtmlOptions = {}): string {
  checkArgumentOf("documentToHtml", DOCUMENT, doc);
  checkArgumentOf("documentToHtml", OPTIONS, options);
  return htmlPage({
    title: doc.title,
    body: `<h1>${escapeHtml(doc.title)}</h1>\n${documentToHtmlFragment(doc, options)}`,
    extraCss: options.extraCss,
  });
}
