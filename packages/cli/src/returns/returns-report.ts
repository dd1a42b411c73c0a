import { formatQuarter, type QuarterId } from "@st/core/calendar";
import { implementationStageOf, partnershipBoroughs } from "@st/core/places";
import { escapeHtml, escapeMarkdown, htmlTable, markdownTable, type ReportBlock } from "@st/core/report";
import type { ActivityTable } from "@st/indicators";
import { defaultChecklist } from "@st/practice-checklist";
import {
  aggregate,
  type FigureSeries,
  indicatorTableFromReturns,
  type MergedReturns,
  type ReturnSection,
  returnSections,
  sectionTitles,
  tidyCsv,
  tidyRows,
} from "@st/returns";
import type { Io } from "../io.js";
import { progress } from "../io.js";
import type { OutputFolder } from "../output.js";
import { page } from "../report/html.js";
import { indicatorsPage } from "../report/indicators.js";
import { type ReportSection, type SectionContent, sectionFromBlocks } from "../report/section-content.js";

/** Record-level illustrations a report adds after a section's figures (the demo's synthetic census extract); their JSON fields join the page's. */
export type ReportAppendices = Partial<Record<ReturnSection, SectionContent>>;

/** How the report describes itself. */
export interface ReturnsReportOptions {
  /** The index page's opening paragraph (HTML). */
  intro: string;
  /** Illustrations to add after a section's figures. */
  appendices?: ReportAppendices | undefined;
  /** Implementation activity (training, consultations, hub sessions) to show beside each borough's indicators. */
  activity?: ActivityTable | undefined;
  /** Pages of their own, linked from the index after the sections (the demo's pattern map). */
  pages?: readonly ReportSection[] | undefined;
  /** Files to write beside the pages (the demo's synthetic inputs and its returns). */
  files?: readonly { path: string; content: string }[] | undefined;
}

/** The page file stem of each section (the names `st demo` has always written). */
const pageIds: Record<ReturnSection, string> = {
  indicators: "indicators",
  complaints: "complaints",
  checklist: "checklist",
  "learning-review": "learning-reviews",
  language: "language",
};

const summaries: Record<ReturnSection, string> = {
  indicators:
    "The four quarterly CSC indicators from each borough's returns: charts, tables with partnership totals and their coverage, findings and caveats.",
  complaints:
    "Complaints from perpetrators on the partnership's proforma: the conventions they showed, how far they went, how often upheld, by quarter and by borough.",
  checklist:
    `How far audited case files show Safe & Together practice, by principle, critical component and item. ${defaultChecklist.provenance ?? ""}`.trim(),
  "learning-review":
    "Each borough's learning-review rounds: trained and consulted cases beside untrained and unconsulted ones.",
  language:
    "Case-note extracts written before and after Safe & Together Core training, checked by the language linter: counts only.",
};

const quarterLabel = (q: QuarterId) => formatQuarter(q, "short");

/** One table of a section's figures: a row a figure, a column a group of borough-quarters. */
function figureTable(
  figures: readonly FigureSeries[],
  columns: readonly { head: string; places: { borough: string; quarter: QuarterId }[] }[],
): { head: string[]; rows: string[][] } {
  return {
    head: ["Figure", ...columns.map((c) => c.head)],
    rows: figures.map((f) => [
      f.label,
      ...columns.map((c) => {
        if (c.places.length === 1) {
          const p = c.places[0]!;
          return f.cells.find((x) => x.borough === p.borough && x.quarter === p.quarter)?.display ?? "—";
        }
        return aggregate(f, c.places).display;
      }),
    ]),
  };
}

/** The layouts of a section: each return its own column when few returns hold it, else totals by quarter and by borough. */
function sectionTables(merged: MergedReturns, section: ReturnSection, figures: readonly FigureSeries[]) {
  const holding = merged.returns.filter((r) => r.sections.includes(section));
  const name = (code: string) => merged.boroughs.find((b) => b.code === code)?.name ?? code;
  if (holding.length <= 8)
    return [
      {
        caption: "Each return",
        ...figureTable(figures, [
          ...holding.map((r) => ({
            head: `${r.boroughName} ${quarterLabel(r.quarter)}`,
            places: [{ borough: r.borough, quarter: r.quarter }],
          })),
          ...(holding.length > 1
            ? [{ head: "All these returns", places: holding.map((r) => ({ borough: r.borough, quarter: r.quarter })) }]
            : []),
        ]),
      },
    ];
  const quarters = merged.quarters.filter((q) => holding.some((r) => r.quarter === q));
  const boroughs = merged.boroughs.filter((b) => holding.some((r) => r.borough === b.code));
  const placesOf = (filter: (r: (typeof holding)[number]) => boolean) =>
    holding.filter(filter).map((r) => ({ borough: r.borough, quarter: r.quarter }));
  return [
    {
      caption: "By quarter: every borough that returned it, added up",
      ...figureTable(
        figures,
        quarters.map((q) => ({
          head: `${quarterLabel(q)} (${placesOf((r) => r.quarter === q).length} boroughs)`,
          places: placesOf((r) => r.quarter === q),
        })),
      ),
    },
    {
      caption: "By borough: every quarter it returned, added up",
      ...figureTable(
        figures,
        boroughs.map((b) => ({
          head: `${name(b.code)} (${placesOf((r) => r.borough === b.code).length} quarters)`,
          places: placesOf((r) => r.borough === b.code),
        })),
      ),
    },
  ];
}

function returnsBehind(merged: MergedReturns, section: ReturnSection) {
  const head = ["Return", "File", "Version", "Checksum (SHA-256, first 16)"];
  const rows = merged.returns
    .filter((r) => r.sections.includes(section))
    .map((r) => [r.id, r.file, String(r.version), r.checksum.slice(0, 16)]);
  return { head, rows };
}

function readingNotes(merged: MergedReturns): string[] {
  return [
    `Every figure comes from a borough's return; "—" is a quarter or borough with no return (missing, never zero).`,
    ...merged.suppression.map((rule) => rule.text),
    `A total over returns that withheld a figure is a range: "6 to 24 (6 withheld)" adds what each return shows and what its "<5" allows; "at least" when a figure withheld for another's sake could be any size.`,
  ];
}

async function sectionPage(
  merged: MergedReturns,
  section: ReturnSection,
  activity: ActivityTable | undefined,
): Promise<SectionContent> {
  const figures = merged.figures.filter((f) => f.section === section);
  const caveatIds = new Set(figures.flatMap((f) => f.caveats));
  const caveats = merged.caveats.filter((c) => caveatIds.has(c.id)).map((c) => c.text);
  const behind = returnsBehind(merged, section);
  const notes = readingNotes(merged);
  const head: SectionContent =
    section === "indicators"
      ? await indicatorsPage(
          indicatorTableFromReturns(merged),
          `Figures from ${behind.rows.length} borough returns (listed below), each computed by the borough under the definition it cites.`,
          activity,
        )
      : await sectionFromBlocks(
          [
            { kind: "paragraph", text: summaries[section] },
            ...sectionTables(merged, section, figures).map(
              (t): ReportBlock => ({ kind: "table", ...t, rowHeaders: true }),
            ),
            ...(caveats.length
              ? [{ kind: "caution", title: "Read these figures with care", lines: caveats } as const]
              : []),
          ],
          { json: {} },
        );
  const tail = await sectionFromBlocks(
    [
      { kind: "heading", level: 2, text: "How to read the figures" },
      { kind: "list", items: notes },
      { kind: "heading", level: 2, text: "The returns behind this page" },
      { kind: "table", ...behind, caption: "Returns", rowHeaders: true },
    ],
    { json: {} },
  );
  const html = `${head.html}\n${tail.html}`;
  const markdown = `${head.markdown}\n\n${tail.markdown}`;
  const json = {
    section,
    ...(section === "indicators" ? { indicators: head.json } : {}),
    figures: figures.map((f) => ({ ...f })),
    caveats: merged.caveats.filter((c) => caveatIds.has(c.id)),
    returns: merged.returns.filter((r) => r.sections.includes(section)),
  };
  return { html, markdown, json, css: head.css };
}

function coverageTable(merged: MergedReturns): { head: string[]; rows: string[][] } {
  const letters: Record<ReturnSection, string> = {
    indicators: "I",
    complaints: "C",
    checklist: "K",
    "learning-review": "R",
    language: "L",
  };
  return {
    head: ["Borough", ...merged.quarters.map(quarterLabel)],
    rows: merged.coverage.map((row) => [
      row.name,
      ...row.quarters.map((q) => (q.returnId === null ? "—" : q.sections.map((s) => letters[s]).join(" ") || "empty")),
    ]),
  };
}

const COVERAGE_KEY =
  "I indicators, C complaints, K checklist audits, R learning review, L language; — no return (a gap, not zero).";

/**
 * Write the partnership report of merged returns into `folder`: an index page with the coverage table,
 * and a page a section (HTML, Markdown and JSON), each figure traceable to its return.
 */
export async function writeReturnsReport(
  merged: MergedReturns,
  folder: OutputFolder,
  io: Io,
  options: ReturnsReportOptions,
): Promise<void> {
  const write = (path: string, text: string) => folder.write(path, text);
  const sections = returnSections.filter((s) => merged.figures.some((f) => f.section === s));
  const links: string[] = [];
  for (const [i, section] of sections.entries()) {
    progress(io, `[${i + 1}/${sections.length}] ${sectionTitles[section]}`);
    const content = await sectionPage(merged, section, options.activity);
    const extra = options.appendices?.[section];
    const id = pageIds[section];
    await write(
      `${id}.html`,
      page(sectionTitles[section], `${content.html}${extra ? `\n${extra.html}` : ""}`, {
        home: "index.html",
        css: [content.css, extra?.css].filter(Boolean).join("") || undefined,
      }),
    );
    await write(
      `${id}.md`,
      `# ${sectionTitles[section]}\n\n${content.markdown.trim()}${extra ? `\n\n${extra.markdown.trim()}` : ""}\n`,
    );
    const json = extra ? { ...(content.json as object), ...(extra.json as object) } : content.json;
    await write(`${id}.json`, `${JSON.stringify(json, null, 2)}\n`);
    for (const file of extra?.files ?? []) await write(`${file.path}`, file.content);
    links.push(
      `<li><a href="${id}.html">${escapeHtml(sectionTitles[section])}</a> <small>(<a href="${id}.md">Markdown</a>, <a href="${id}.json">JSON</a>)</small><br>${escapeHtml(summaries[section])}</li>`,
    );
  }
  for (const section of options.pages ?? []) {
    progress(io, section.title);
    const content = await section.build();
    await write(`${section.id}.html`, page(section.title, content.html, { home: "index.html", css: content.css }));
    await write(`${section.id}.md`, `# ${escapeMarkdown(section.title)}\n\n${content.markdown.trim()}\n`);
    await write(`${section.id}.json`, `${JSON.stringify(content.json, null, 2)}\n`);
    for (const file of content.files ?? []) await write(file.path, file.content);
    links.push(
      `<li><a href="${section.id}.html">${escapeHtml(section.title)}</a> <small>(<a href="${section.id}.md">Markdown</a>, <a href="${section.id}.json">JSON</a>)</small><br>${escapeHtml(section.summary)}</li>`,
    );
  }
  for (const file of options.files ?? []) await write(file.path, file.content);
  const coverage = coverageTable(merged);
  const returns = merged.returns.map((r) => [
    r.id,
    r.file,
    r.sections.join(", "),
    r.supersedes.length ? r.supersedes.map((s) => s.file).join(", ") : "",
  ]);
  const boroughs = htmlTable(
    ["Borough", "GSS code", "Joined the partnership", "Stage of implementation"],
    partnershipBoroughs.map((b) => [
      b.name,
      b.code,
      String(b.partnershipJoined),
      implementationStageOf(b.code)?.label ?? "",
    ]),
  );
  await write(
    `index.html`,
    page(
      "Partnership report",
      [
        options.intro,
        `<h2>Sections</h2><ul>${links.join("\n")}</ul>`,
        `<h2>Coverage: who returned what</h2>`,
        htmlTable(coverage.head, coverage.rows, { caption: "Returns by borough and quarter", rowHeaders: true }),
        `<p class="muted">${escapeHtml(COVERAGE_KEY)}</p>`,
        `<h2>The returns</h2>`,
        htmlTable(["Return", "File", "Sections", "Replaces"], returns, { caption: "Returns merged", rowHeaders: true }),
        `<h2>The boroughs</h2>${boroughs}`,
      ].join("\n"),
    ),
  );
  await write(
    `coverage.md`,
    `# Coverage: who returned what\n\n${markdownTable(coverage.head, coverage.rows)}\n\n${COVERAGE_KEY}\n`,
  );
  await write(
    `coverage.json`,
    `${JSON.stringify({ quarters: merged.quarters, coverage: merged.coverage, returns: merged.returns }, null, 2)}\n`,
  );
}

/** Write the long-format tables for Excel and Power BI: `figures.csv` (every figure) and `coverage.csv`. */
export async function writeTidyExport(merged: MergedReturns, folder: OutputFolder): Promise<string[]> {
  const write = (path: string, text: string) => folder.write(path, text);
  const figures = `export/figures.csv`;
  const coverage = `export/coverage.csv`;
  await write(figures, tidyCsv(tidyRows(merged)));
  const lines = ["borough,boroughName,quarter,returnId,sections"];
  for (const row of merged.coverage)
    for (const q of row.quarters)
      lines.push([row.borough, `"${row.name}"`, q.quarter, q.returnId ?? "", q.sections.join(" ")].join(","));
  await write(coverage, `${lines.join("\r\n")}\r\n`);
  return [figures, coverage];
}
