/**
 * The indicators report: charts, tables, findings and caveats in one self-contained HTML page (no
 * scripts, no external files) and the same content as Markdown, ready for a partnership board.
 * @module
 */

import { renderSvg } from "@st/charts";
import { formatQuarter, type QuarterId } from "@st/core/calendar";
import { groupByImplementationStage } from "@st/core/places";
import { escapeHtml, htmlPage, htmlTable, markdownLink, markdownTable, type TableCell } from "@st/core/report";
import {
  type ChildPopulation,
  describeOutlierRule,
  type ImplementationIndicator,
  partnershipTotals,
  ratesPer10000,
} from "./analysis.js";
import { checkRecordArgument } from "./arguments.js";
import { caveats as allCaveats } from "./caveats.js";
import { type IndicatorChartSpec, indicatorChartSpec } from "./chart.js";
import { findings as findFindings, type TrendFinding } from "./findings.js";
import {
  type ActivityTable,
  activityDefinitions,
  activityIds,
  activityPeriodIds,
  activityPeriodLabels,
  activityRow,
} from "./implementation-activity.js";
import type { IndicatorId } from "./indicator-definitions.js";
import { figureLookup, type IndicatorTable, tableDimensions } from "./indicator-table.js";
import { boroughNamer, figures, indicatorInfo, md } from "./table-labels.js";

/** Options for {@link indicatorReport}. */
export interface IndicatorReportOptions {
  /** Page title. Default "Safe & Together London Partnership: CSC indicators". */
  title?: string | undefined;
  /** Where the figures come from, in one sentence (e.g. the published evaluation, or the census files). */
  source?: string | undefined;
  /** Findings to show. Default: {@link findings} of the table (with partnership totals only when `totals` is set). */
  findings?: readonly TrendFinding[] | undefined;
  /** Child population by borough, to add rates per 10,000 children. */
  population?: ChildPopulation | undefined;
  /** Complaints from perpetrators, shown as an implementation indicator alongside. */
  complaints?: ImplementationIndicator | undefined;
  /** Implementation activity (training, consultations, the perpetrator engagement form, hub visits), shown beside each borough's figures. */
  activity?: ActivityTable | undefined;
  /**
   * Add partnership totals (with the boroughs each covers). Default false: the boroughs count in
   * different ways, so the evaluators present each borough separately. When set, the comparability
   * caveat is printed again directly before the totals.
   */
  totals?: boolean | undefined;
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
  findings: TrendFinding[];
}

/** The page written twice, as HTML and as Markdown, block by block in the same order. */
class Page {
  readonly html: string[] = [];
  readonly md: string[] = [];
  heading(level: 2 | 3, text: string, id?: string): void {
    this.html.push(`<h${level}${id ? ` id="${id}"` : ""}>${escapeHtml(text)}</h${level}>`);
    this.md.push(`${"#".repeat(level)} ${md(text)}`, "");
  }
  paragraph(text: string, muted = false): void {
    this.html.push(muted ? `<p class="muted">${escapeHtml(text)}</p>` : `<p>${escapeHtml(text)}</p>`);
    this.md.push(muted ? `_${md(text)}_` : md(text), "");
  }
  list(items: readonly string[]): void {
    if (items.length === 0) return;
    this.html.push(`<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`);
    this.md.push(...items.map((i) => `- ${md(i)}`), "");
  }
  caution(title: string, items: readonly string[], id: string): void {
    this.html.push(
      `<section class="caveat" aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2><ul>${items.map((c) => `<li>${escapeHtml(c)}</li>`).join("")}</ul></section>`,
    );
    this.md.push(`## ${md(title)}`, "", ...items.map((c) => `- ${md(c)}`), "");
  }
  table(head: string[], rows: TableCell[][], caption: string): void {
    this.html.push(htmlTable(head, rows, { ...figures, caption }));
    this.md.push(markdownTable(head, rows, figures), "");
  }
}

/** "Live with 12 completions" beside a count, or the status alone where no count was given. */
function activityCell(c: {
  value: number | null;
  months?: number | undefined;
  status?: string | undefined;
}): TableCell {
  if (c.status) return c.value === null ? c.status : `${c.value.toLocaleString("en-GB")} (${c.status})`;
  if (c.value === null) return null;
  return c.months ? `${c.value.toLocaleString("en-GB")} over ${c.months} months` : c.value;
}

/**
 * Build the indicators report from a table (published returns or computed figures), read as the
 * partnership's evaluators read it: the caveats first (the figures are not comparable between
 * boroughs, and cannot be the only metric nor attribute change to S&T); the boroughs by stage of
 * implementation; findings; then each borough separately, its figures under its own row labels
 * with its own counting notes beside them and, when given, its implementation activity; charts
 * per indicator with a panel a borough. Partnership totals only with `totals`, after the
 * comparability caveat once more. Rates per 10,000 children and complaints from perpetrators
 * alongside when given.
 *
 * Asynchronous because the charts are drawn by vega (`renderSvg` from `@st/charts`), which loads on
 * first use. Nothing is fetched: the charts' data is inline.
 */
export async function indicatorReport(
  table: IndicatorTable,
  options: IndicatorReportOptions = {},
): Promise<IndicatorReport> {
  checkRecordArgument("indicatorReport", "table", table);
  checkRecordArgument("indicatorReport", "options", options);
  const title = options.title ?? "Safe & Together London Partnership: CSC indicators";
  const dims = tableDimensions(table);
  const nameOf = boroughNamer(table);
  const q = (quarter: QuarterId) => formatQuarter(quarter, "short");
  const found = [...(options.findings ?? findFindings(table, { totals: options.totals }))];
  const figure = figureLookup(table);
  const chartPath = options.chartPath ?? ((id: IndicatorId) => `charts/${id}.svg`);
  const charts: ReportChart[] = await Promise.all(
    dims.indicators.map(async (indicator) => {
      const spec = indicatorChartSpec(table, indicator);
      return { indicator, spec, svg: await renderSvg(spec) };
    }),
  );
  const period = dims.quarters.length > 0 ? `${q(dims.quarters[0]!)} to ${q(dims.quarters.at(-1)!)}` : "no quarters";
  const summary = `${dims.boroughs.length} borough${dims.boroughs.length === 1 ? "" : "s"} (${dims.boroughs.map(nameOf).join(", ")}), ${dims.indicators.length} indicator${dims.indicators.length === 1 ? "" : "s"} from the ${table.definition} set, ${period}.${options.source ? ` ${options.source}` : ""} Each borough is shown separately, as the evaluators present them. A dash (—) or a gap in a chart is a quarter with no figure: it is missing, never zero.`;

  const out = new Page();
  out.paragraph(summary);

  const caveats = table.caveats ?? [];
  const comparability = allCaveats["not-comparable"];
  const readFirst = caveats.some((c) => c.id === "not-comparable") ? caveats : [comparability, ...caveats];
  out.caution(
    "Read these figures with care",
    readFirst.map((c) => c.text),
    "caveats",
  );

  const groups = groupByImplementationStage(dims.boroughs, (b) => b);
  out.heading(2, "Stages of implementation", "stages");
  out.paragraph(
    "The evaluation reads every result by how long a borough has been implementing S&T, and so does this report: a borough in its first year is not expected to show what a borough in its fifth does.",
  );
  out.table(
    ["Stage", "Boroughs", "Joined the partnership"],
    groups.map((g) => [
      g.stage ? `${g.stage.label}: ${g.stage.description}` : "Outside the partnership",
      g.items.map(nameOf).join(", "),
      g.stage ? String(g.stage.partnershipJoined) : "",
    ]),
    "Boroughs by stage of implementation",
  );

  out.heading(2, "Findings", "findings");
  if (found.length === 0) {
    out.paragraph("No patterns stood out by the rules below.");
  } else {
    const evidence = (f: TrendFinding) => {
      const shown = f.evidence
        .filter((e) => e.value !== null)
        .map(
          (e) =>
            `${e.borough === "partnership" ? "partnership" : nameOf(e.borough)} ${q(e.quarter)}: ${e.value!.toLocaleString("en-GB")}`,
        );
      // Long lists (a finding across every indicator) show their first figures; the JSON has them all.
      return shown.length > 6 ? `${shown.slice(0, 6).join("; ")}; and ${shown.length - 6} more` : shown.join("; ");
    };
    const byStage = groupByImplementationStage(
      found.filter((f) => f.borough !== undefined),
      (f) => f.borough!,
    );
    const across = found.filter((f) => f.borough === undefined);
    const sections = [
      ...byStage.map((g) => ({ label: g.stage?.label ?? "Other boroughs", items: g.items })),
      ...(across.length ? [{ label: "Partnership totals (not comparable; see the caveats)", items: across }] : []),
    ];
    for (const section of sections) {
      out.heading(3, section.label);
      out.html.push(
        `<ul class="findings">${section.items
          .map((f) => {
            const ev = evidence(f);
            return `<li>${escapeHtml(f.text)}${ev ? ` <small class="muted">(figures: ${escapeHtml(ev)})</small>` : ""}</li>`;
          })
          .join("")}</ul>`,
      );
      out.md.push(
        ...section.items.map((f) => `- ${md(f.text)}${evidence(f) ? ` _(figures: ${md(evidence(f))})_` : ""}`),
        "",
      );
    }
  }
  const rules = `Findings come from the figures by fixed rules: a direction is stated when every quarter-on-quarter change of the last two quarters goes the same way; a change from first to last figure is stated when it is at least 3 and at least 25%; ${describeOutlierRule()} A finding describes a borough's own figures; it does not say S&T caused the change.`;
  out.paragraph(rules, true);

  const summaries = new Map((table.boroughs ?? []).map((b) => [b.gss, b]));
  for (const group of groups) {
    out.heading(2, group.stage ? group.stage.label : "Other boroughs");
    if (group.stage) out.paragraph(group.stage.description);
    for (const borough of group.items) {
      const name = nameOf(borough);
      const own = summaries.get(borough);
      out.heading(3, name, `borough-${borough}`);
      const head = ["Indicator", ...dims.quarters.map(q)];
      const rows: TableCell[][] = dims.indicators.map((indicator) => [
        own?.labels?.[indicator] ?? indicatorInfo(indicator).label,
        ...dims.quarters.map((quarter) => figure(borough, indicator, quarter) ?? null),
      ]);
      out.table(head, rows, `${name}, by indicator and quarter${own?.labels ? " (the borough's own row labels)" : ""}`);
      const notes = own?.notes ?? [];
      out.paragraph(
        notes.length
          ? `How ${name} counted (its own notes, printed with its figures):`
          : own?.labels
            ? `${name} counted by its own query; no note on how was printed with its figures.`
            : `Counted by the rules under "Definitions and notes".`,
      );
      out.list(notes);
      if (options.activity) {
        const activity = options.activity;
        const present = activityIds.filter((id) =>
          activityRow(activity, borough, id).some((c) => c.value !== null || c.status),
        );
        if (present.length) {
          out.table(
            ["Implementation activity", ...activityPeriodIds.map((p) => activityPeriodLabels[p])],
            present.map((id) => [
              activityDefinitions[id].label,
              ...activityRow(activity, borough, id).map(activityCell),
            ]),
            `Implementation activity in ${name}, by the evaluation's funding periods`,
          );
        }
      }
    }
  }

  out.heading(2, "Charts: each borough its own panel", "charts");
  out.paragraph(
    "A chart an indicator, a panel a borough, each panel on its own scale: read each panel's shape over time, not one borough's level against another's.",
  );
  for (const chart of charts) {
    const info = indicatorInfo(chart.indicator);
    out.html.push(
      `<section aria-labelledby="${chart.indicator}"><h3 id="${chart.indicator}">${escapeHtml(info.label)}</h3>`,
      `<figure>${chart.svg}<figcaption class="muted">${escapeHtml(chart.spec.description)}</figcaption></figure>`,
      "</section>",
    );
    out.md.push(
      `### ${md(info.label)}`,
      "",
      markdownLink(chart.spec.description, chartPath(chart.indicator), { image: true }),
      "",
    );
  }

  if (options.totals && dims.boroughs.length > 1) {
    const totals = partnershipTotals(table);
    out.caution("Partnership totals: figures that are not comparable, added up", [comparability.text], "totals");
    for (const indicator of dims.indicators) {
      const t = totals.filter((x) => x.indicator === indicator);
      out.heading(3, indicatorInfo(indicator).shortLabel);
      out.table(
        ["", ...dims.quarters.map(q)],
        [
          ["Partnership total", ...t.map((x) => x.total)],
          ["Boroughs in the total", ...t.map((x) => x.coverage.replace(/ boroughs?$/, ""))],
        ],
        `${indicatorInfo(indicator).shortLabel}: partnership total and the boroughs it covers`,
      );
    }
  }

  if (options.population) {
    const rates = ratesPer10000(table, options.population);
    const rateOf = figureLookup(rates);
    out.heading(2, "Rates per 10,000 children", "rates");
    for (const indicator of dims.indicators) {
      const head = ["Borough", ...dims.quarters.map(q)];
      const rows = dims.boroughs.map((b) => [
        nameOf(b),
        ...dims.quarters.map((quarter) => rateOf(b, indicator, quarter) ?? null),
      ]);
      out.heading(3, indicatorInfo(indicator).shortLabel);
      out.table(head, rows, `${indicatorInfo(indicator).shortLabel}, per 10,000 children`);
    }
    for (const n of rates.notes.slice(0, rates.notes.length - table.notes.length)) out.paragraph(n, true);
  }

  if (options.complaints) {
    const c = options.complaints;
    const boroughs = [...new Set(c.series.map((p) => p.borough))];
    const quarters = [...new Set(c.series.map((p) => p.quarter))].sort();
    out.heading(2, `Alongside: ${c.label}`, "implementation");
    out.paragraph(c.definition);
    out.table(
      ["Borough", ...quarters.map(q)],
      boroughs.map((b) => [
        nameOf(b),
        ...quarters.map((quarter) => c.series.find((p) => p.borough === b && p.quarter === quarter)?.value ?? null),
      ]),
      c.label,
    );
  }

  if (options.activity) {
    const activity = options.activity;
    out.heading(2, "Alongside: implementation activity", "activity");
    out.paragraph(
      `${activity.source} Each borough's training, consultations and perpetrator engagement forms are shown beside its figures above. A figure not given is shown as a dash, never as zero.`,
    );
    for (const id of activityIds)
      out.paragraph(`${activityDefinitions[id].label}: ${activityDefinitions[id].definition}`);
    if (activity.hubVisits.length) {
      out.heading(3, "Visits to the professional hub, by page (whole partnership)");
      const periods = activityPeriodIds.filter((p) => activity.hubVisits.some((h) => h.visits[p] !== undefined));
      out.table(
        ["Section", "Page", ...periods.map((p) => activityPeriodLabels[p])],
        activity.hubVisits.map((h) => [h.section, h.page, ...periods.map((p) => h.visits[p] ?? null)]),
        "Visits to the professional hub by page",
      );
    }
    out.list(activity.notes);
  }

  const published = (table.boroughs ?? []).some((b) => b.labels !== undefined);
  out.heading(2, "Definitions and notes", "definitions");
  if (published) {
    out.paragraph(
      "These figures were counted by each borough's own query, under the row labels shown in its table; the indicators as the partnership agreed them are below. The library's own rules for computing them from census records do not apply to them.",
    );
    out.list((table.indicators ?? []).map((i) => i.label));
  } else {
    out.list((table.indicators ?? []).map((i) => `${i.label}: ${i.definition}`));
  }
  const otherNotes = table.notes.filter((n) => !n.startsWith("Caveat: "));
  out.html.push(
    `<details><summary>Every note that travels with these figures (${otherNotes.length})</summary><ul>${otherNotes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul></details>`,
  );
  out.md.push(...otherNotes.map((n) => `- ${md(n)}`), "");

  const body = out.html.join("\n");
  return {
    title,
    body,
    html: page(title, body),
    markdown: `${[`# ${md(title)}`, "", ...out.md].join("\n").trim()}\n`,
    charts,
    findings: found,
  };
}

function page(title: string, body: string): string {
  // Wide quarter-by-borough tables read better a little smaller than the running text.
  return htmlPage({ title, body: `<h1>${escapeHtml(title)}</h1>\n${body}`, extraCss: "table{font-size:.9rem}" });
}
