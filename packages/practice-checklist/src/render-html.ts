/**
 * Printable HTML: the blank checklist, a completed one and prompt sheets, each one self-contained
 * page with print styles, readable on paper and on screen. No scripts, no external resources.
 * @module
 */

import type { TerminologyProfile } from "@st/core/practice";
import { documentToHtml, escapeHtml, htmlPage } from "@st/core/report";
import { defaultScale } from "./answer-scale.js";
import { checkDefinition, checkOptions, checkPlace } from "./arguments.js";
import { checklistSummaryReport, completedChecklistReport } from "./checklist-reports.js";
import type { CompletedChecklist } from "./completed-checklist.js";
import { defaultChecklist } from "./default-checklist.js";
import type { ChecklistDefinition, ChecklistItem } from "./definition.js";
import { itemNumbers } from "./item-numbers.js";
import { componentLabel, label, principleLabel } from "./labels.js";
import type { PromptItem, PromptSheet } from "./prompts.js";
import type { RenderOptions } from "./render-options.js";
import type { ChecklistSummary } from "./summarise.js";
import { checklistUseLabels, evidenceSourceLabels, practiceToolLabels } from "./vocabulary.js";

// The checklist's own blocks; the shared sheet gives the page, tables and print rules.
const STYLE = `
body { font-size: 11pt; line-height: 1.35; }
h1 { font-size: 1.45rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; border-bottom: 1px solid #999; padding-bottom: .15rem; }
.meta { color: #444; margin: 0 0 .6rem; }
table { width: 100%; margin: .4rem 0 .8rem; }
th, td { padding: .25rem .4rem; }
td.n { white-space: nowrap; }
.item { margin: 0 0 .7rem; padding: .35rem .5rem; border-left: 3px solid #777; break-inside: avoid; }
.item .q { font-weight: 600; }
.item .gp, .item .where { color: #333; font-size: .92em; margin: .15rem 0; }
.boxes { margin: .25rem 0; }
.boxes span { margin-right: .9rem; white-space: nowrap; }
.note { border-bottom: 1px dotted #777; height: 1.3rem; }
.answer { font-weight: 600; }
.machine { background: #fff7e0; border: 1px dashed #b58900; padding: .3rem .5rem; margin: .3rem 0; font-size: .92em; }
.machine strong { color: #7a5b00; }
ul.prompts { margin: .2rem 0 .3rem 1.2rem; padding: 0; }
@media print {
  body { font-size: 9.5pt; }
  .item { padding: .15rem .35rem; margin-bottom: .4rem; }
}
`;

function page(title: string, body: string): string {
  return htmlPage({ title, body, extraCss: STYLE });
}

function serves(item: ChecklistItem, profile?: TerminologyProfile): string {
  const principles = item.principles.map((id) => escapeHtml(principleLabel(id, profile))).join("; ");
  const components = item.components.map((id) => escapeHtml(componentLabel(id, profile))).join("; ");
  return components ? `principles: ${principles} · components: ${components}` : `principles: ${principles}`;
}

/**
 * The blank checklist as one self-contained HTML page with print styles: each item with its
 * question, good practice, where evidence is found, what it serves, boxes to tick and space for a note.
 */
export function checklistToHtml(
  definition: ChecklistDefinition = defaultChecklist,
  options: RenderOptions = {},
): string {
  checkDefinition("checklistToHtml", definition);
  checkOptions("checklistToHtml", options);
  const { profile, use } = options;
  const r = (text: string) => escapeHtml(label(text, profile));
  const scale = definition.scale ?? defaultScale;
  const items = definition.items.filter((item) => use === undefined || item.uses.includes(use));
  const numbers = itemNumbers(definition);
  const body: string[] = [`<h1>${r(definition.title)}</h1>`];
  body.push(
    `<p class="meta">${escapeHtml(definition.id)} ${escapeHtml(definition.version)}${use ? ` · ${checklistUseLabels[use]}` : ""}</p>`,
  );
  if (definition.provenance) body.push(`<p class="meta provenance">${r(definition.provenance)}</p>`);
  if (definition.description) body.push(`<p>${r(definition.description)}</p>`);
  body.push(
    "<table><tr><th>Case</th><th>Date</th><th>Reviewer</th></tr><tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr></table>",
  );
  definition.sections.forEach((section, s) => {
    const inSection = items.filter((item) => item.section === section.id);
    if (!inSection.length) return;
    body.push(`<h2>${s + 1}. ${r(section.title)}</h2>`);
    if (section.description) body.push(`<p class="meta">${r(section.description)}</p>`);
    for (const item of inSection) {
      body.push(
        `<div class="item"><div class="q">${numbers.get(item.id)} ${r(item.question)}</div>` +
          ((options.goodPractice ?? true) ? `<div class="gp">Good practice: ${r(item.goodPractice)}</div>` : "") +
          `<div class="where">Evidence usually in: ${item.evidence.map((e) => evidenceSourceLabels[e]).join(", ")}${
            item.tools?.length ? `; recorded with: ${item.tools.map((t) => practiceToolLabels[t]).join(", ")}` : ""
          }. Serves: ${serves(item, profile)}.</div>` +
          `<div class="boxes">${scale.options.map((o) => `<span>☐ ${escapeHtml(o.label)}</span>`).join("")}</div>` +
          `<div class="note">Note:</div></div>`,
      );
    }
  });
  return page(label(definition.title, profile), body.join("\n"));
}

/**
 * A completed checklist as one self-contained HTML page: the review's details, coverage per
 * principle and component with its rule, and every item's answer, note and where found, with
 * machine suggestions marked as such. The {@link completedChecklistReport} document, rendered.
 */
export function completedChecklistToHtml(
  record: CompletedChecklist,
  definition: ChecklistDefinition = defaultChecklist,
  options: Omit<RenderOptions, "use"> = {},
): string {
  return documentToHtml(completedChecklistReport(record, definition, options));
}

/**
 * A summary as one self-contained HTML page: per group, coverage by principle and component and by
 * item, then the total. The {@link checklistSummaryReport} document, rendered.
 */
export function checklistSummaryToHtml(summary: ChecklistSummary): string {
  return documentToHtml(checklistSummaryReport(summary));
}

function promptItemHtml(item: PromptItem, number: string | undefined): string {
  return (
    `<div class="item"><div class="q">${number ? `${number} ` : ""}${escapeHtml(item.question)}</div>` +
    `<ul class="prompts">${item.prompts.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul>` +
    `<div class="gp">Good practice: ${escapeHtml(item.goodPractice)}</div>` +
    (item.earlierAnswer
      ? `<div>Earlier review: <span class="answer">${escapeHtml(item.earlierAnswer)}</span>${item.earlierNote ? `. ${escapeHtml(item.earlierNote)}` : ""}</div>`
      : "") +
    (item.suggestions?.length
      ? `<div class="machine"><strong>Machine suggestions (language lint): check each before relying on it.</strong><ul>${item.suggestions
          .map((sg) => `<li>“${escapeHtml(sg.excerpt)}”: ${escapeHtml(sg.message)}</li>`)
          .join("")}</ul></div>`
      : "") +
    "</div>"
  );
}

/** A prompt sheet (supervision or CP chair) as one self-contained HTML page: questions, no scores. */
export function promptSheetToHtml(sheet: PromptSheet): string {
  checkPlace(
    "promptSheetToHtml",
    sheet,
    "record",
    "sheet",
    "Prompt sheet",
    "a prompt sheet (what supervisionPrompts or cpChairPrompts gives)",
  );
  const body: string[] = [`<h1>${escapeHtml(sheet.title)}</h1>`];
  if (sheet.provenance) body.push(`<p class="meta provenance">${escapeHtml(sheet.provenance)}</p>`);
  if (sheet.caseId) body.push(`<p class="meta">Case: ${escapeHtml(sheet.caseId)}</p>`);
  if (sheet.startWith.length) {
    body.push("<h2>Start with</h2>", '<p class="meta">What the earlier review found least evidenced.</p>');
    for (const item of sheet.startWith) body.push(promptItemHtml(item, item.number));
  }
  for (const section of sheet.sections) {
    body.push(`<h2>${section.number}. ${escapeHtml(section.title)}</h2>`);
    if (section.description) body.push(`<p class="meta">${escapeHtml(section.description)}</p>`);
    for (const item of section.items) body.push(promptItemHtml(item, item.number));
  }
  if (sheet.otherSuggestions?.length) {
    body.push(
      "<h2>Machine suggestions for items outside these prompts</h2>",
      `<div class="machine"><strong>Language lint on the case's text: check each before relying on it.</strong><ul>${sheet.otherSuggestions
        .map(
          (sg) =>
            `<li>${escapeHtml(sg.item)}: “${escapeHtml(sg.excerpt)}”: ${escapeHtml(sg.message)}${sg.source ? ` (${escapeHtml(sg.source)})` : ""}</li>`,
        )
        .join("")}</ul></div>`,
    );
  }
  return page(sheet.title, body.join("\n"));
}
