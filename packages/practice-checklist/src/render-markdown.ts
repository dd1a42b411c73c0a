/**
 * Printable Markdown: the blank checklist, a completed one, prompt sheets, a diff and a summary.
 * @module
 */

import type { CriticalComponentId, PrincipleId, TerminologyProfile } from "@st/core/practice";
import { documentToMarkdown, escapeMarkdown } from "@st/core/report";
import { defaultScale } from "./answer-scale.js";
import { checkDefinition, checkOptions, checkPlace } from "./arguments.js";
import { checklistSummaryReport, completedChecklistReport } from "./checklist-reports.js";
import type { CompletedChecklist } from "./completed-checklist.js";
import { defaultChecklist } from "./default-checklist.js";
import type { ChecklistDefinition, ChecklistItem } from "./definition.js";
import type { ChecklistDiff, FieldChange } from "./diff.js";
import { itemNumbers } from "./item-numbers.js";
import { componentLabel, label, principleLabel } from "./labels.js";
import type { PromptItem, PromptSheet } from "./prompts.js";
import type { RenderOptions } from "./render-options.js";
import type { ChecklistSummary } from "./summarise.js";
import { checklistUseLabels, evidenceSourceLabels, practiceToolLabels } from "./vocabulary.js";

/** Escape text for a Markdown table cell or paragraph: `@st/core`'s one Markdown escape. @internal */
export const md: (text: string) => string = escapeMarkdown;

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

/**
 * A completed checklist as Markdown: who reviewed which case when, coverage per principle and per
 * critical component (with the rule), then every item with its answer, the evidence note and where
 * it was found. Machine suggestions are shown under their item, marked as such. The
 * {@link completedChecklistReport} document, rendered.
 */
export function completedChecklistToMarkdown(
  record: CompletedChecklist,
  definition: ChecklistDefinition = defaultChecklist,
  options: Omit<RenderOptions, "use"> = {},
): string {
  return documentToMarkdown(completedChecklistReport(record, definition, options));
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

/**
 * A summary as Markdown: one table of principles and components and one of items per group, then
 * the total. The {@link checklistSummaryReport} document, rendered.
 */
export function checklistSummaryToMarkdown(summary: ChecklistSummary): string {
  return documentToMarkdown(checklistSummaryReport(summary));
}

/** @deprecated Renamed {@link checklistSummaryToMarkdown}, since `@st/complaints-proforma` has a `summaryToMarkdown` of its own; this name will be removed in the next major version. */
export const summaryToMarkdown: typeof checklistSummaryToMarkdown = checklistSummaryToMarkdown;
