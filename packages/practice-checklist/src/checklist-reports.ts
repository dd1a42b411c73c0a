/**
 * Completed checklists and summaries as report documents (`@st/core/report`'s one model), so their
 * Markdown and HTML say the same thing in the same order and read like every other report page.
 * The blank checklist and prompt sheets stay printed forms, with boxes to tick and lines to write on.
 * @module
 */

import { formatShare, type ReportBlock, type ReportDocument } from "@st/core/report";
import { defaultScale } from "./answer-scale.js";
import { checkDefinition, checkOptions, checkPlace, checkRecord } from "./arguments.js";
import type { CompletedChecklist } from "./completed-checklist.js";
import type { Coverage } from "./coverage.js";
import { defaultChecklist } from "./default-checklist.js";
import type { ChecklistDefinition } from "./definition.js";
import { itemNumbers } from "./item-numbers.js";
import { label } from "./labels.js";
import type { RenderOptions } from "./render-options.js";
import { score } from "./score.js";
import type { ChecklistSummary, ChecklistSummaryGroup, GroupKey } from "./summarise.js";
import { checklistUseLabels, evidenceSourceLabels, reviewerRoleLabels } from "./vocabulary.js";

/** The caution over machine suggestions: the reviewer's judgement comes first. */
export const MACHINE_SUGGESTIONS = "Machine suggestions (language lint; check each before relying on it)";

const COVERAGE_HEAD = ["", "Met", "Partly met", "Not evidenced", "No", "Not applicable"];

function coverageRow(name: string, c: Coverage): string[] {
  return [
    name,
    formatShare(c.met),
    formatShare(c.partlyMet),
    formatShare(c.notEvidenced),
    String(c.answers.no),
    String(c.answers["not-applicable"]),
  ];
}

/** Coverage over all answers, then per principle and per component: one table in every report. */
function coverageTable(
  coverage: {
    overall: Coverage;
    principles: readonly (Coverage & { label: string })[];
    components: readonly (Coverage & { label: string })[];
  },
  caption?: string,
): ReportBlock {
  return {
    kind: "table",
    caption,
    head: COVERAGE_HEAD,
    rows: [
      coverageRow("All answers", coverage.overall),
      ...coverage.principles.map((p) => coverageRow(p.label, p)),
      ...coverage.components.map((c) => coverageRow(c.label, c)),
    ],
    rowHeaders: true,
  };
}

/**
 * A completed checklist as a report document: who reviewed which case when, coverage per principle
 * and per critical component (with the rule), then every item with its answer, the evidence note
 * and where it was found. Machine suggestions sit under their item in a caution, marked as such.
 *
 * @throws StValidationError (also a `TypeError`) when an argument is not of the kind it should be.
 */
export function completedChecklistReport(
  record: CompletedChecklist,
  definition: ChecklistDefinition = defaultChecklist,
  options: Omit<RenderOptions, "use"> = {},
): ReportDocument {
  checkRecord("completedChecklistReport", record);
  checkDefinition("completedChecklistReport", definition);
  checkOptions("completedChecklistReport", options);
  const { profile } = options;
  const r = (text: string) => label(text, profile);
  const scale = definition.scale ?? defaultScale;
  const result = score(record, definition, { profile });
  const blocks: ReportBlock[] = [
    {
      kind: "table",
      head: ["Case", "Date", "Reviewer", "Use", "Borough", "Team"],
      rows: [
        [
          record.caseId,
          record.date,
          reviewerRoleLabels[record.reviewer.role],
          checklistUseLabels[record.use],
          record.borough ?? "",
          record.team ?? "",
        ],
      ],
    },
    { kind: "paragraph", text: `Checklist ${definition.id} ${definition.version}.` },
    ...(definition.provenance
      ? [{ kind: "paragraph", text: [{ text: r(definition.provenance), style: "emphasis" }] } as const]
      : []),
    { kind: "heading", level: 2, text: "Coverage" },
    { kind: "paragraph", text: result.rule },
    coverageTable(result),
  ];
  if (result.unanswered.length)
    blocks.push({ kind: "paragraph", text: `Not answered: ${result.unanswered.join(", ")}.` });
  const answers = new Map(record.answers.map((a) => [a.item, a]));
  const numbers = itemNumbers(definition);
  definition.sections.forEach((section, s) => {
    blocks.push({ kind: "heading", level: 2, text: `${s + 1}. ${r(section.title)}` });
    for (const item of definition.items.filter((i) => i.section === section.id)) {
      const answer = answers.get(item.id);
      const option = answer ? scale.options.find((o) => o.value === answer.answer) : undefined;
      blocks.push(
        { kind: "heading", level: 3, text: `${numbers.get(item.id)} ${r(item.question)}` },
        { kind: "paragraph", text: ["Answer: ", { text: option ? option.label : "not answered", style: "strong" }] },
      );
      if (answer?.note) blocks.push({ kind: "paragraph", text: `Evidence: ${answer.note}` });
      if (answer?.foundIn?.length)
        blocks.push({
          kind: "paragraph",
          text: `Found in: ${answer.foundIn.map((e) => evidenceSourceLabels[e]).join(", ")}`,
        });
      const suggestions = (record.suggestions ?? []).filter((sg) => sg.item === item.id);
      if (suggestions.length)
        blocks.push({
          kind: "caution",
          title: MACHINE_SUGGESTIONS,
          lines: suggestions.map((sg) => {
            const where = [sg.source, sg.line === undefined ? undefined : `line ${sg.line}`].filter(Boolean).join(", ");
            return `“${sg.excerpt}”${where ? ` (${where})` : ""}: ${sg.message} [${sg.ruleId}]`;
          }),
        });
    }
  });
  if (record.comments)
    blocks.push({ kind: "heading", level: 2, text: "Comments" }, { kind: "paragraph", text: record.comments });
  return { title: `${r(definition.title)}: completed`, blocks };
}

function keyName(key: GroupKey): string {
  const parts = Object.entries(key).map(([grouping, v]) => `${grouping} ${v ?? "(not recorded)"}`);
  return parts.length ? parts.join(", ") : "All records";
}

function groupBlocks(group: ChecklistSummaryGroup, heading: string): ReportBlock[] {
  return [
    { kind: "heading", level: 2, text: heading },
    { kind: "paragraph", text: `${group.records} completed checklists, ${group.cases} cases.` },
    coverageTable(group, "Coverage"),
    {
      kind: "table",
      caption: "Items",
      head: ["Item", "Met", "Partly met", "Not evidenced", "No", "Not applicable", "Unanswered"],
      rows: group.items.map((item) => [
        item.id,
        formatShare(item.met),
        formatShare(item.partlyMet),
        formatShare(item.notEvidenced),
        item.answers.no,
        item.answers["not-applicable"],
        item.unanswered,
      ]),
      rowHeaders: true,
    },
  ];
}

/**
 * A summary as a report document: per group, one table of principles and components and one of
 * items, then the total. Every share is its counts first ("3 of 12 (25%)").
 *
 * @throws StValidationError (also a `TypeError`) when `summary` is not a summary.
 */
export function checklistSummaryReport(summary: ChecklistSummary): ReportDocument {
  checkPlace(
    "checklistSummaryReport",
    summary,
    "record",
    "summary",
    "Checklist summary",
    "a checklist summary (what summariseChecklists gives)",
  );
  return {
    title: "Practice checklist summary",
    blocks: [
      {
        kind: "paragraph",
        text: `${summary.records} completed checklists${summary.by.length ? `, by ${summary.by.join(" and ")}` : ""}.`,
      },
      { kind: "paragraph", text: summary.rule },
      ...summary.groups.flatMap((group) => groupBlocks(group, keyName(group.key))),
      ...groupBlocks(summary.total, "All records"),
    ],
  };
}
