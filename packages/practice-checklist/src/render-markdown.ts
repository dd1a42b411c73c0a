/**
 * Printable Markdown: the blank checklist, a completed one, prompt sheets, a diff and a summary.
 * @module
 */

import type { CriticalComponentId, PrincipleId, TerminologyProfile } from "@st/core/practice";
import { escapeMarkdown, formatShare } from "@st/core/report";
import { defaultScale } from "./answer-scale.js";
import { checkDefinition, checkOptions, checkPlace, checkRecord } from "./arguments.js";
import type { CompletedChecklist } from "./completed-checklist.js";
import type { Coverage } from "./coverage.js";
import { defaultChecklist } from "./default-checklist.js";
import type { ChecklistDefinition, ChecklistItem } from "./definition.js";
import type { ChecklistDiff, FieldChange } from "./diff.js";
import { componentLabel, label, principleLabel } from "./labels.js";
import type { PromptItem, PromptSheet } from "./prompts.js";
import { score } from "./score.js";
import type { ChecklistSummary, ChecklistSummaryGroup, GroupKey } from "./summarise.js";
import {
  type ChecklistUse,
  checklistUseLabels,
  evidenceSourceLabels,
  practiceToolLabels,
  reviewerRoleLabels,
} from "./vocabulary.js";

/** Options for rendering a checklist. */
export interface RenderOptions {
  /** The terminology profile labels are resolved through. */
  profile?: TerminologyProfile | undefined;
  /** Show only the items of this use (a blank checklist for supervision, say). All items when absent. */
  use?: ChecklistUse | undefined;
  /** Show what good practice looks like under each item. Default `true`. */
  goodPractice?: boolean | undefined;
}

/** Escape text for a Markdown table cell or paragraph: `@st/core`'s one Markdown escape. @internal */
export const md: (text: string) => string = escapeMarkdown;

/**
 * Item numbers such as `2.3`, by section and place in it over the whole checklist: the same number
 * in every mode and every rendering, whichever items a use shows (a chair's 1.2 is an auditor's 1.2).
 * @internal
 */
export function itemNumbers(definition: ChecklistDefinition): Map<string, string> {
  const numbers = new Map<string, string>();
  definition.sections.forEach((section, s) => {
    definition.items
      .filter((item) => item.section === section.id)
      .forEach((item, i) => {
        numbers.set(item.id, `${s + 1}.${i + 1}`);
      });
  });
  return numbers;
}

function servesLine(item: ChecklistItem, profile?: TerminologyProfile): string {
  const principles = item.principles.map((id: PrincipleId) => principleLabel(id, profile));
  const components = item.components.map((id: CriticalComponentId) => componentLabel(id, profile));
  const parts = [`principles: ${principles.map(md).join("; ")}`];
  if (components.length) parts.push(`components: ${components.map(md).join("; ")}`);
  return parts.join(" · ");
}

/**
 * The blank checklist as Markdown, for printing or pasting into a QA template: each item with its
 * question, what good practice looks like, where evidence is usually found, what it serves, and
 * the answer scale to tick.
 */
export function checklistToMarkdown(
  definition: ChecklistDefinition = defaultChecklist,
  options: RenderOptions = {},
): string {
  checkDefinition("checklistToMarkdown", definition);
  checkOptions("checklistToMarkdown", options);
  const { profile, use } = options;
  const r = (text: string) => md(label(text, profile));
  const scale = definition.scale ?? defaultScale;
  const items = definition.items.filter((item) => use === undefined || item.uses.includes(use));
  const numbers = itemNumbers(definition);
  const out: string[] = [`# ${r(definition.title)}`, ""];
  out.push(`${md(definition.id)} ${md(definition.version)}${use ? ` · ${checklistUseLabels[use]}` : ""}`, "");
  if (definition.provenance) out.push(`_${r(definition.provenance)}_`, "");
  if (definition.description) out.push(r(definition.description), "");
  out.push("Case: ______________ Date: ______________ Reviewer: ______________", "");
  out.push(`Answer each item: ${scale.options.map((o) => md(o.label)).join(" · ")}.`, "");
  definition.sections.forEach((section, s) => {
    const inSection = items.filter((item) => item.section === section.id);
    if (inSection.length === 0) return;
    out.push(`## ${s + 1}. ${r(section.title)}`, "");
    if (section.description) out.push(r(section.description), "");
    for (const item of inSection) {
      out.push(`**${numbers.get(item.id)} ${r(item.question)}**  `);
      if (options.goodPractice ?? true) out.push(`Good practice: ${r(item.goodPractice)}  `);
      out.push(`Evidence usually in: ${item.evidence.map((e) => evidenceSourceLabels[e]).join(", ")}  `);
      if (item.tools?.length) out.push(`Recorded with: ${item.tools.map((t) => practiceToolLabels[t]).join(", ")}  `);
      out.push(`Serves: ${servesLine(item, profile)}  `);
      out.push(`Answer: ${scale.options.map((o) => `☐ ${md(o.label)}`).join(" ")}  `);
      out.push("Note: ", "");
    }
  });
  return `${out.join("\n").trimEnd()}\n`;
}

function coverageRow(name: string, c: Coverage): string {
  return `| ${md(name)} | ${formatShare(c.met)} | ${formatShare(c.partlyMet)} | ${formatShare(c.notEvidenced)} | ${c.answers.no} | ${c.answers["not-applicable"]} |`;
}

const COVERAGE_HEAD = [
  "| | Met | Partly met | Not evidenced | No | Not applicable |",
  "| --- | --- | --- | --- | --- | --- |",
];

/**
 * A completed checklist as Markdown: who reviewed which case when, coverage per principle and per
 * critical component (with the rule), then every item with its answer, the evidence note and where
 * it was found. Machine suggestions are shown under their item, marked as such.
 */
export function completedChecklistToMarkdown(
  record: CompletedChecklist,
  definition: ChecklistDefinition = defaultChecklist,
  options: Omit<RenderOptions, "use"> = {},
): string {
  checkRecord("completedChecklistToMarkdown", record);
  checkDefinition("completedChecklistToMarkdown", definition);
  checkOptions("completedChecklistToMarkdown", options);
  const { profile } = options;
  const r = (text: string) => md(label(text, profile));
  const scale = definition.scale ?? defaultScale;
  const result = score(record, definition, { profile });
  const out: string[] = [`# ${r(definition.title)}: completed`, ""];
  out.push("| Case | Date | Reviewer | Use | Borough | Team |", "| --- | --- | --- | --- | --- | --- |");
  out.push(
    `| ${md(record.caseId)} | ${record.date} | ${reviewerRoleLabels[record.reviewer.role]} | ${checklistUseLabels[record.use]} | ${md(record.borough ?? "")} | ${md(record.team ?? "")} |`,
    "",
  );
  out.push(`Checklist ${md(definition.id)} ${md(definition.version)}.`, "");
  if (definition.provenance) out.push(`_${r(definition.provenance)}_`, "");
  out.push("## Coverage", "", md(result.rule), "");
  out.push(...COVERAGE_HEAD);
  out.push(coverageRow("All answers", result.overall));
  for (const p of result.principles) out.push(coverageRow(p.label, p));
  for (const c of result.components) out.push(coverageRow(c.label, c));
  out.push("");
  if (result.unanswered.length) out.push(`Not answered: ${result.unanswered.map(md).join(", ")}.`, "");
  const answers = new Map(record.answers.map((a) => [a.item, a]));
  const numbers = itemNumbers(definition);
  definition.sections.forEach((section, s) => {
    out.push(`## ${s + 1}. ${r(section.title)}`, "");
    for (const item of definition.items.filter((i) => i.section === section.id)) {
      const answer = answers.get(item.id);
      const option = answer ? scale.options.find((o) => o.value === answer.answer) : undefined;
      out.push(`**${numbers.get(item.id)} ${r(item.question)}**  `);
      out.push(`Answer: **${option ? md(option.label) : "not answered"}**  `);
      if (answer?.note) out.push(`Evidence: ${md(answer.note)}  `);
      if (answer?.foundIn?.length)
        out.push(`Found in: ${answer.foundIn.map((e) => evidenceSourceLabels[e]).join(", ")}  `);
      out.push("");
      const suggestions = (record.suggestions ?? []).filter((sg) => sg.item === item.id);
      if (suggestions.length) {
        out.push(`> Machine suggestions (language lint; check each before relying on it):`, ">");
        for (const sg of suggestions) {
          const where = [sg.source, sg.line === undefined ? undefined : `line ${sg.line}`].filter(Boolean).join(", ");
          out.push(`> - "${md(sg.excerpt)}"${where ? ` (${md(where)})` : ""}: ${md(sg.message)} [${md(sg.ruleId)}]`);
        }
        out.push("");
      }
    }
  });
  if (record.comments) out.push("## Comments", "", md(record.comments), "");
  return `${out.join("\n").trimEnd()}\n`;
}

function promptItemMarkdown(item: PromptItem, number: string | undefined): string[] {
  const out = [`**${number ? `${number} ` : ""}${md(item.question)}**`, ""];
  for (const prompt of item.prompts) out.push(`- ${md(prompt)}`);
  out.push("", `Good practice: ${md(item.goodPractice)}`, "");
  if (item.earlierAnswer) {
    out.push(`Earlier review: ${md(item.earlierAnswer)}${item.earlierNote ? `. ${md(item.earlierNote)}` : ""}`, "");
  }
  for (const sg of item.suggestions ?? []) {
    out.push(
      `> Machine suggestion (language lint; check before relying on it): "${md(sg.excerpt)}": ${md(sg.message)}`,
      "",
    );
  }
  return out;
}

/** A prompt sheet (supervision or CP chair) as Markdown: questions to talk through, no scores. */
export function promptSheetToMarkdown(sheet: PromptSheet): string {
  checkPlace(
    "promptSheetToMarkdown",
    sheet,
    "record",
    "sheet",
    "Prompt sheet",
    "a prompt sheet (what supervisionPrompts or cpChairPrompts gives)",
  );
  const out: string[] = [`# ${md(sheet.title)}`, ""];
  if (sheet.provenance) out.push(`_${md(sheet.provenance)}_`, "");
  if (sheet.caseId) out.push(`Case: ${md(sheet.caseId)}`, "");
  if (sheet.startWith.length) {
    out.push("## Start with", "", "What the earlier review found least evidenced.", "");
    for (const item of sheet.startWith) out.push(...promptItemMarkdown(item, item.number));
  }
  for (const section of sheet.sections) {
    out.push(`## ${section.number}. ${md(section.title)}`, "");
    if (section.description) out.push(md(section.description), "");
    for (const item of section.items) out.push(...promptItemMarkdown(item, item.number));
  }
  if (sheet.otherSuggestions?.length) {
    out.push(
      "## Machine suggestions for items outside these prompts",
      "",
      "Language lint on the case's text; check each before relying on it.",
      "",
    );
    for (const sg of sheet.otherSuggestions)
      out.push(`- ${md(sg.item)}: "${md(sg.excerpt)}": ${md(sg.message)}${sg.source ? ` (${md(sg.source)})` : ""}`);
  }
  return `${out.join("\n").trimEnd()}\n`;
}

function value(v: unknown): string {
  if (v === undefined) return "(none)";
  if (typeof v === "string") return `"${md(v)}"`;
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v.length ? v.map(md).join(", ") : "(none)";
  return `\`${JSON.stringify(v).replace(/`/g, "'")}\``;
}

function changeLine(change: FieldChange): string {
  if (change.added || change.removed) {
    const parts = [
      ...(change.added ?? []).map((v) => `+ ${md(v)}`),
      ...(change.removed ?? []).map((v) => `− ${md(v)}`),
    ];
    return `  - ${change.field}: ${parts.join(", ") || "reordered"}`;
  }
  if (change.field === "scale" && typeof change.after === "object" && change.after !== null) {
    const before = (change.before as { label?: string } | undefined)?.label ?? "(none)";
    return `  - scale: "${md(before)}" → "${md((change.after as { label: string }).label)}"`;
  }
  return `  - ${change.field}: ${value(change.before)} → ${value(change.after)}`;
}

/**
 * A diff as Markdown, item by item: what a borough added, removed, renamed, reworded or remapped,
 * and what moved.
 */
export function diffToMarkdown(result: ChecklistDiff): string {
  checkPlace("diffToMarkdown", result, "record", "result", "Checklist diff", "a checklist diff (what diff gives)");
  const { items, sections } = result;
  const out: string[] = [
    `# ${md(result.from.id)} ${md(result.from.version)} → ${md(result.to.id)} ${md(result.to.version)}`,
    "",
  ];
  if (result.identical) {
    out.push("The two definitions have the same content.");
    return `${out.join("\n")}\n`;
  }
  out.push(
    `Items: ${items.added.length} added, ${items.removed.length} removed, ${items.renamed.length} renamed, ` +
      `${items.changed.length} changed, ${items.moved.length} moved, ${items.unchanged.length} unchanged.`,
    "",
  );
  if (result.checklist.length) {
    out.push("## Checklist", "");
    for (const change of result.checklist) out.push(changeLine(change).replace(/^ {2}/, ""));
    out.push("");
  }
  if (sections.added.length + sections.removed.length + sections.changed.length) {
    out.push("## Sections", "");
    for (const s of sections.added) out.push(`- added **${md(s.id)}**: ${md(s.title)}`);
    for (const s of sections.removed) out.push(`- removed **${md(s.id)}**: ${md(s.title)}`);
    for (const s of sections.changed) {
      out.push(`- changed **${md(s.id)}**`);
      for (const change of s.changes) out.push(changeLine(change));
    }
    out.push("");
  }
  out.push("## Items", "");
  for (const item of items.added) out.push(`- added **${md(item.id)}** (${md(item.section)}): ${md(item.question)}`);
  for (const item of items.removed) out.push(`- removed **${md(item.id)}**: ${md(item.question)}`);
  for (const item of items.renamed) {
    out.push(`- renamed **${md(item.from)}** → **${md(item.to)}**`);
    for (const change of item.changes) out.push(changeLine(change));
  }
  for (const item of items.changed) {
    out.push(`- changed **${md(item.id)}**`);
    for (const change of item.changes) out.push(changeLine(change));
  }
  if (items.moved.length) out.push(`- moved: ${items.moved.map((id) => `**${md(id)}**`).join(", ")}`);
  return `${out.join("\n").trimEnd()}\n`;
}

function keyName(key: GroupKey): string {
  const parts = Object.entries(key).map(([grouping, v]) => `${grouping} ${v ?? "(not recorded)"}`);
  return parts.length ? parts.join(", ") : "All records";
}

function groupMarkdown(group: ChecklistSummaryGroup, heading: string): string[] {
  const out = [`## ${md(heading)}`, "", `${group.records} completed checklists, ${group.cases} cases.`, ""];
  out.push(...COVERAGE_HEAD);
  out.push(coverageRow("All answers", group.overall));
  for (const p of group.principles) out.push(coverageRow(p.label, p));
  for (const c of group.components) out.push(coverageRow(c.label, c));
  out.push(
    "",
    "| Item | Met | Partly met | Not evidenced | No | Not applicable | Unanswered |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const item of group.items) {
    out.push(
      `| ${md(item.id)} | ${formatShare(item.met)} | ${formatShare(item.partlyMet)} | ${formatShare(item.notEvidenced)} | ${item.answers.no} | ${item.answers["not-applicable"]} | ${item.unanswered} |`,
    );
  }
  out.push("");
  return out;
}

/** A summary as Markdown: one table of principles and components and one of items per group, then the total. */
export function checklistSummaryToMarkdown(summary: ChecklistSummary): string {
  checkPlace(
    "checklistSummaryToMarkdown",
    summary,
    "record",
    "summary",
    "Checklist summary",
    "a checklist summary (what summariseChecklists gives)",
  );
  const out: string[] = ["# Practice checklist summary", ""];
  out.push(
    `${summary.records} completed checklists${summary.by.length ? `, by ${summary.by.join(" and ")}` : ""}.`,
    "",
    md(summary.rule),
    "",
  );
  for (const group of summary.groups) out.push(...groupMarkdown(group, keyName(group.key)));
  out.push(...groupMarkdown(summary.total, "All records"));
  return `${out.join("\n").trimEnd()}\n`;
}

/** @deprecated Renamed {@link checklistSummaryToMarkdown}, since `@st/complaints-proforma` has a `summaryToMarkdown` of its own; this name will be removed in the next major version. */
export const summaryToMarkdown: typeof checklistSummaryToMarkdown = checklistSummaryToMarkdown;
