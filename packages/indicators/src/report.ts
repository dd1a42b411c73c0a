/**
 * The indicators report: charts, tables, findings and caveats in one self-contained HTML page (no
 * scripts, no external files) and the same content as Markdown, ready for a partnership board.
 * @module
 */

import { renderSvg } from "@st/charts";
import {
  escapeHtml,
  escapeMarkdown,
  findLocalAuthority,
  formatQuarter,
  htmlPage,
  htmlTable,
  markdownLink,
  markdownTable,
  type QuarterId,
  type TableCell,
} from "@st/core";
import {
  type ChildPopulation,
  describeOutlierRule,
  type ImplementationIndicator,
  partnershipTotals,
  ratesPer10000,
} from "./analysis.js";
import { type IndicatorChartSpec, indicatorChartSpec } from "./chart.js";
import { type Finding, findings as findFindings } from "./findings.js";
import { type IndicatorId, indicatorSets } from "./indicator-definitions.js";
import { figureLookup, type IndicatorTable, tableDimensions } from "./indicator-table.js";

/** Options for {@link indicatorReport}. */
export interface IndicatorReportOptions {
  /** Page title. Default "Safe & Together London Partnership: CSC indicators". */
  title?: string | undefined;
  /** Where the figures come from, in one sentence (e.g. the published evaluation, or the census files). */
  source?: string | undefined;
  /** Findings to show. Default: {@link findings} of the table. */
  findings?: readonly Finding[] | undefined;
  /** Child population by borough, to add rates per 10,000 children. */
  population?: ChildPopulation | undefined;
  /** Complaints from perpetrators, shown as an implementation indicator alongside. */
  complaints?: ImplementationIndicator | undefined;
  /** How the Markdown refers to each chart's SVG file. Default: `charts/<indicator>.svg`. */
  chartPath?: ((indicator: IndicatorId) => string) | undefined;
}

/** One chart of the report: its specification and its drawing. */
export interface ReportChart {
  /** The indicator charted. */
  indicator: IndicatorId;
  /** The Vega-Lite specification, to embed elsewhere. */
  spec: IndicatorChartSpec;
  /** The chart drawn as SVG by `@st/charts`. */
  svg: string;
}

/** The report in every form it is written in. */
export interface IndicatorReport {
  /** The title. */
  title: string;
  /** A whole HTML page. */
  html: string;
  /** The page's body alone, to place inside another page. */
  body: string;
  /** The same content as Markdown (charts as image links). */
  markdown: string;
  /** The charts. */
  charts: ReportChart[];
  /** The findings shown. */
  findings: Finding[];
}

const md = escapeMarkdown;

/** Figures in the indicator tables read as the returns write them: "1,668", not "1668". */
const figures = { rowHeaders: true, formatNumber: (n: number) => n.toLocaleString("en-GB") };

function indicatorInfo(id: IndicatorId): { label: string; shortLabel: string } {
  for (const set of Object.values(indicatorSets)) {
    const found = set.indicators.find((i) => i.id === id);
    if (found) return found;
  }
  return { label: id, shortLabel: id };
}

/** A borough's name from its GSS code: the table's own name for it, else the London borough's, else the code. */
function boroughNamer(table: IndicatorTable): (gss: string) => string {
  const names = new Map((table.boroughs ?? []).map((b) => [b.gss, b.name]));
  return (gss) => {
    const name = names.get(gss);
    if (name) return name;
    const la = findLocalAuthority(gss);
    return la?.london ? la.name : gss;
  };
}

/**
 * Build the indicators report from a table (published returns or computed figures): a summary, the
 * caveats, the findings with the figures behind them, a chart and a table per indicator (with
 * partnership totals and their coverage), rates per 10,000 children when a population is given,
 * complaints from perpetrators alongside when given, and every note.
 *
 * Asynchronous because the charts are drawn by vega (`renderSvg` from `@st/charts`), which loads on
 * first use. Nothing is fetched: the charts' data is inline.
 */
export async function indicatorReport(
  table: IndicatorTable,
  options: IndicatorReportOptions = {},
): Promise<IndicatorReport> {
  const title = options.title ?? "Safe & Together London Partnership: CSC indicators";
  const dims = tableDimensions(table);
  const nameOf = boroughNamer(table);
  const q = (quarter: QuarterId) => formatQuarter(quarter, "short");
  const found = [...(options.findings ?? findFindings(table))];
  const totals = partnershipTotals(table);
  const figure = figureLookup(table);
  const chartPath = options.chartPath ?? ((id: IndicatorId) => `charts/${id}.svg`);
  const charts: ReportChart[] = await Promise.all(
    dims.indicators.map(async (indicator) => {
      const spec = indicatorChartSpec(table, indicator);
      return { indicator, spec, svg: await renderSvg(spec) };
    }),
  );
  const period = dims.quarters.length > 0 ? `${q(dims.quarters[0]!)} to ${q(dims.quarters.at(-1)!)}` : "no quarters";
  const summary = `${dims.boroughs.length} borough${dims.boroughs.length === 1 ? "" : "s"} (${dims.boroughs.map(nameOf).join(", ")}), ${dims.indicators.length} indicator${dims.indicators.length === 1 ? "" : "s"} from the ${table.definition} set, ${period}.${options.source ? ` ${options.source}` : ""} A dash (—) or a gap in a chart is a quarter with no figure: it is missing, never zero.`;

  const html: string[] = [];
  const mdOut: string[] = [`# ${md(title)}`, "", md(summary), ""];
  html.push(`<p>${escapeHtml(summary)}</p>`);

  const caveats = table.caveats ?? [];
  if (caveats.length > 0) {
    html.push(
      `<section class="caveat" aria-labelledby="caveats"><h2 id="caveats">Read these figures with care</h2><ul>${caveats.map((c) => `<li>${escapeHtml(c.text)}</li>`).join("")}</ul></section>`,
    );
    mdOut.push("## Read these figures with care", "", ...caveats.map((c) => `- ${md(c.text)}`), "");
  }

  html.push('<h2 id="findings">Findings</h2>');
  mdOut.push("## Findings", "");
  if (found.length === 0) {
    html.push("<p>No patterns stood out by the rules below.</p>");
    mdOut.push("No patterns stood out by the rules below.", "");
  } else {
    const evidence = (f: Finding) => {
      const shown = f.evidence
        .filter((e) => e.value !== null)
        .map(
          (e) =>
            `${e.borough === "partnership" ? "partnership" : nameOf(e.borough)} ${q(e.quarter)}: ${e.value!.toLocaleString("en-GB")}`,
        );
      // Long lists (a finding across every indicator) show their first figures; the JSON has them all.
      return shown.length > 6 ? `${shown.slice(0, 6).join("; ")}; and ${shown.length - 6} more` : shown.join("; ");
    };
    html.push(
      `<ul class="findings">${found
        .map((f) => {
          const ev = evidence(f);
          return `<li>${escapeHtml(f.text)}${ev ? ` <small class="muted">(figures: ${escapeHtml(ev)})</small>` : ""}</li>`;
        })
        .join("")}</ul>`,
    );
    mdOut.push(...found.map((f) => `- ${md(f.text)}${evidence(f) ? ` _(figures: ${md(evidence(f))})_` : ""}`), "");
  }
  const rules = `Findings come from the figures by fixed rules: a direction is stated when every quarter-on-quarter change of the last two quarters goes the same way; a change from first to last figure is stated when it is at least 3 and at least 25%; ${describeOutlierRule()}`;
  html.push(`<p class="muted"><small>${escapeHtml(rules)}</small></p>`);
  mdOut.push(`_${md(rules)}_`, "");

  for (const chart of charts) {
    const info = indicatorInfo(chart.indicator);
    const rows: TableCell[][] = dims.boroughs.map((b) => [
      nameOf(b),
      ...dims.quarters.map((quarter) => figure(b, chart.indicator, quarter) ?? null),
    ]);
    const t = totals.filter((x) => x.indicator === chart.indicator);
    if (dims.boroughs.length > 1) {
      rows.push(["Partnership total", ...t.map((x) => x.total)]);
      rows.push([
        "Boroughs in the total",
        ...t.map((x) => x.coverage.replace(" boroughs", "").replace(" borough", "")),
      ]);
    }
    const head = ["Borough", ...dims.quarters.map(q)];
    html.push(
      `<section aria-labelledby="${chart.indicator}"><h2 id="${chart.indicator}">${escapeHtml(info.label)}</h2>`,
      `<figure>${chart.svg}<figcaption class="muted">${escapeHtml(chart.spec.description)}</figcaption></figure>`,
      htmlTable(head, rows, { ...figures, caption: `${info.shortLabel}, by borough and quarter` }),
      "</section>",
    );
    mdOut.push(
      `## ${md(info.label)}`,
      "",
      markdownLink(chart.spec.description, chartPath(chart.indicator), { image: true }),
      "",
      markdownTable(head, rows, figures),
      "",
    );
  }

  if (options.population) {
    const rates = ratesPer10000(table, options.population);
    const rateOf = figureLookup(rates);
    html.push('<h2 id="rates">Rates per 10,000 children</h2>');
    mdOut.push("## Rates per 10,000 children", "");
    for (const indicator of dims.indicators) {
      const head = ["Borough", ...dims.quarters.map(q)];
      const rows = dims.boroughs.map((b) => [
        nameOf(b),
        ...dims.quarters.map((quarter) => rateOf(b, indicator, quarter) ?? null),
      ]);
      html.push(
        htmlTable(head, rows, { ...figures, caption: `${indicatorInfo(indicator).shortLabel}, per 10,000 children` }),
      );
      mdOut.push(`### ${md(indicatorInfo(indicator).shortLabel)}`, "", markdownTable(head, rows, figures), "");
    }
    const popNote = rates.notes.slice(0, rates.notes.length - table.notes.length);
    html.push(...popNote.map((n) => `<p class="muted">${escapeHtml(n)}</p>`));
    mdOut.push(...popNote.map(md), "");
  }

  if (options.complaints) {
    const c = options.complaints;
    const boroughs = [...new Set(c.series.map((p) => p.borough))];
    const quarters = [...new Set(c.series.map((p) => p.quarter))].sort();
    const head = ["Borough", ...quarters.map(q)];
    const rows = boroughs.map((b) => [
      nameOf(b),
      ...quarters.map((quarter) => c.series.find((p) => p.borough === b && p.quarter === quarter)?.value ?? null),
    ]);
    html.push(
      `<section aria-labelledby="implementation"><h2 id="implementation">Alongside: ${escapeHtml(c.label)}</h2><p>${escapeHtml(c.definition)}</p>`,
      htmlTable(head, rows, { ...figures, caption: c.label }),
      "</section>",
    );
    mdOut.push(`## Alongside: ${md(c.label)}`, "", md(c.definition), "", markdownTable(head, rows, figures), "");
  }

  const boroughNotes = (table.boroughs ?? []).filter((b) => b.notes.length > 0);
  if (boroughNotes.length > 0) {
    html.push(
      `<h2 id="borough-notes">Notes from the boroughs</h2><dl>${boroughNotes.map((b) => `<dt>${escapeHtml(b.name)}</dt>${b.notes.map((n) => `<dd>${escapeHtml(n)}</dd>`).join("")}`).join("")}</dl>`,
    );
    mdOut.push(
      "## Notes from the boroughs",
      "",
      ...boroughNotes.flatMap((b) => b.notes.map((n) => `- **${md(b.name)}:** ${md(n)}`)),
      "",
    );
  }

  const defs = (table.indicators ?? []).map((i) => `${i.label}: ${i.definition}`);
  const otherNotes = table.notes.filter((n) => !n.startsWith("Caveat: "));
  html.push(
    '<h2 id="definitions">Definitions and notes</h2>',
    defs.length > 0 ? `<ul>${defs.map((d) => `<li>${escapeHtml(d)}</li>`).join("")}</ul>` : "",
    `<details><summary>Every note that travels with these figures (${otherNotes.length})</summary><ul>${otherNotes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul></details>`,
  );
  mdOut.push(
    "## Definitions and notes",
    "",
    ...defs.map((d) => `- ${md(d)}`),
    "",
    ...otherNotes.map((n) => `- ${md(n)}`),
    "",
  );

  const body = html.join("\n");
  return {
    title,
    body,
    html: page(title, body),
    markdown: `${mdOut.join("\n").trim()}\n`,
    charts,
    findings: found,
  };
}

function page(title: string, body: string): string {
  // Wide quarter-by-borough tables read better a little smaller than the running text.
  return htmlPage({ title, body: `<h1>${escapeHtml(title)}</h1>\n${body}`, extraCss: "table{font-size:.9rem}" });
}

/**
 * An indicator table as Markdown: a table per indicator (boroughs by quarters, `—` for a missing
 * figure, partnership totals with their coverage), then every note. For `--format md` outputs.
 */
export function indicatorTableMarkdown(
  table: IndicatorTable,
  title = `CSC indicators (${table.definition} set)`,
): string {
  const dims = tableDimensions(table);
  const nameOf = boroughNamer(table);
  const totals = partnershipTotals(table);
  const figure = figureLookup(table);
  const out = [`# ${md(title)}`, ""];
  for (const indicator of dims.indicators) {
    const head = ["Borough", ...dims.quarters.map((q) => formatQuarter(q, "short"))];
    const rows: TableCell[][] = dims.boroughs.map((b) => [
      nameOf(b),
      ...dims.quarters.map((quarter) => figure(b, indicator, quarter) ?? null),
    ]);
    if (dims.boroughs.length > 1) {
      const t = totals.filter((x) => x.indicator === indicator);
      rows.push(["Partnership total", ...t.map((x) => x.total)]);
      rows.push(["Boroughs in the total", ...t.map((x) => x.coverage.replace(/ boroughs?$/, ""))]);
    }
    out.push(
      `## ${md(indicatorInfo(indicator).label)}`,
      "",
      `\`${indicator}\``,
      "",
      markdownTable(head, rows, figures),
      "",
    );
  }
  out.push("## Notes", "", ...table.notes.map((n) => `- ${md(n)}`), "");
  return `${out.join("\n").trim()}\n`;
}
