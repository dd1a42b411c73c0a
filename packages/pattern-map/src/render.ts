/**
 * The pattern map written for a case file: Markdown, and HTML on `@st/core`'s printable page, with
 * every text escaped. Sections follow the map: the {perpetrator}'s pattern of behaviour, its impact
 * on each child by pathway, the {nonAbusiveParent}'s protective efforts, and the engagement with
 * the {perpetrator}, each entry with its id, so a plan or a court statement can cite it.
 * @module
 */
import { defaultTerminology, renderLabel, type TerminologyProfile } from "@st/core/practice";
import { escapeHtml, escapeMarkdown, htmlPage, htmlTable, markdownTable, type TableCell } from "@st/core/report";
import { checkOptions, checkPatternMap } from "./arguments.js";
import type { PatternMap } from "./pattern-map.js";
import { BEHAVIOUR_KINDS, ENGAGEMENT_KINDS, ENGAGEMENT_RESPONSES, IMPACT_PATHWAYS, SOURCES } from "./vocabulary.js";

/** Options of the renderers. */
export interface RenderPatternMapOptions {
  /** The words for the roles in headings and labels. */
  terminology?: TerminologyProfile | undefined;
}

/** One block of the page: a heading, a sentence when empty, and a table. */
interface Block {
  heading: string;
  empty: string;
  head: string[];
  rows: TableCell[][];
  /** Sub-blocks (one a child), in place of the table. */
  parts?: { heading: string; rows: TableCell[][] }[];
}

function labelOf(options: readonly { value: string; label: string }[], value: string | undefined): string {
  return value === undefined ? "" : (options.find((o) => o.value === value)?.label ?? value);
}

const dates = (from?: string, to?: string) => (from && to && to !== from ? `${from} to ${to}` : (from ?? to ?? ""));

function blocks(map: PatternMap, say: (text: string) => string): Block[] {
  const source = (value: string | undefined, detail?: string) =>
    [say(labelOf(SOURCES, value)), detail].filter(Boolean).join(": ");
  const children = [...new Set(map.impacts.map((i) => i.child))];
  const impactRow = (i: PatternMap["impacts"][number]): TableCell[] => [
    i.id,
    say(labelOf(IMPACT_PATHWAYS, i.pathway)),
    i.description,
    (i.behaviours ?? []).join(", "),
    source(i.source),
  ];
  return [
    {
      heading: say("The {perpetrator}'s pattern of behaviour"),
      empty: "No behaviours are mapped yet.",
      head: ["Id", "When", "What the {perpetrator} did", "Kind", "Source", "Earlier relationship"].map(say),
      rows: map.behaviours.map((b) => [
        b.id,
        dates(b.from, b.to),
        b.description,
        b.kinds.map((k) => say(labelOf(BEHAVIOUR_KINDS, k))).join("; "),
        source(b.source, b.sourceDetail),
        b.earlierRelationship === "yes" ? "Yes" : b.earlierRelationship === "no" ? "No" : "",
      ]),
    },
    {
      heading: "Impact on each child, by pathway",
      empty: "No impact on a child is mapped yet.",
      head: ["Id", "Pathway to harm", "Impact on the child", "Caused by", "Source"],
      rows: [],
      parts: children.map((child) => ({
        heading: child,
        rows: map.impacts.filter((i) => i.child === child).map(impactRow),
      })),
    },
    {
      heading: say("The {nonAbusiveParent}'s protective efforts"),
      empty: "No protective efforts are mapped yet.",
      head: ["Id", "When", "What the {nonAbusiveParent} did", "Constrained by", "Source"].map(say),
      rows: map.protectiveEfforts.map((p) => [
        p.id,
        p.date ?? "",
        p.description,
        p.constrainedBy ?? "",
        source(p.source),
      ]),
    },
    {
      heading: say("Engagement with the {perpetrator} and invitations to change"),
      empty: say("No engagement with the {perpetrator} is recorded yet."),
      head: ["Id", "Date", "Kind", "What happened", "Response"],
      rows: map.engagement.map((e) => [
        e.id,
        e.date,
        say(labelOf(ENGAGEMENT_KINDS, e.kind)),
        e.description ?? "",
        say(labelOf(ENGAGEMENT_RESPONSES, e.response)),
      ]),
    },
  ];
}

function intro(map: PatternMap): string {
  return `Case ${map.caseRef}${map.mappedOn ? `, mapped on ${map.mappedOn}` : ""}.`;
}

/** The pattern map as Markdown for a case file: a heading a section, one table each, one a child for impacts. */
export function patternMapMarkdown(map: PatternMap, options: RenderPatternMapOptions = {}): string {
  checkPatternMap("patternMapMarkdown", map);
  checkOptions("patternMapMarkdown", options);
  const say = (text: string) => renderLabel(text, options.terminology ?? defaultTerminology);
  const lines = [`# ${escapeMarkdown(say("Perpetrator pattern map"))}`, "", escapeMarkdown(intro(map)), ""];
  for (const block of blocks(map, say)) {
    lines.push(`## ${escapeMarkdown(block.heading)}`, "");
    const tables = block.parts ?? (block.rows.length ? [{ heading: undefined, rows: block.rows }] : []);
    if (tables.length === 0) lines.push(escapeMarkdown(block.empty), "");
    for (const t of tables) {
      if (t.heading !== undefined) lines.push(`### ${escapeMarkdown(t.heading)}`, "");
      lines.push(markdownTable(block.head, t.rows), "");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/**
 * The pattern map as HTML to place in a page (headings from `<h2>`, no page shell), every text
 * escaped. {@link patternMapPage} wraps it in a printable page.
 */
export function patternMapHtml(map: PatternMap, options: RenderPatternMapOptions = {}): string {
  checkPatternMap("patternMapHtml", map);
  checkOptions("patternMapHtml", options);
  const say = (text: string) => renderLabel(text, options.terminology ?? defaultTerminology);
  const parts = [`<p>${escapeHtml(intro(map))}</p>`];
  for (const block of blocks(map, say)) {
    parts.push(`<h2>${escapeHtml(block.heading)}</h2>`);
    const tables = block.parts ?? (block.rows.length ? [{ heading: undefined, rows: block.rows }] : []);
    if (tables.length === 0) parts.push(`<p class="muted">${escapeHtml(block.empty)}</p>`);
    for (const t of tables) {
      if (t.heading !== undefined) parts.push(`<h3>${escapeHtml(t.heading)}</h3>`);
      parts.push(htmlTable(block.head, t.rows, { caption: t.heading ?? block.heading }));
    }
  }
  return parts.join("\n");
}

/** The pattern map as a complete, self-contained printable HTML page for a case file. */
export function patternMapPage(map: PatternMap, options: RenderPatternMapOptions = {}): string {
  checkPatternMap("patternMapPage", map);
  checkOptions("patternMapPage", options);
  const title = `${renderLabel("Perpetrator pattern map", options.terminology ?? defaultTerminology)}: ${map.caseRef}`;
  return htmlPage({ title, body: `<h1>${escapeHtml(title)}</h1>\n${patternMapHtml(map, options)}` });
}
