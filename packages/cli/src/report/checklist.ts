import { defaultTerminology, escapeHtml, getLondonLocalAuthority, htmlTable, renderLabel } from "@st/core";
import { COVERAGE_RULE, type Coverage, defaultChecklist, summarise, summaryToMarkdown } from "@st/practice-checklist";
import { demoChecklists } from "@st/practice-checklist/demo";
import type { ReportSection } from "./sections.js";

/** "62.5% (25 of 40)": never a percentage without its n. */
function met(coverage: Coverage): string {
  const { percent, count, total } = coverage.met;
  return percent === null ? `no applicable answers` : `${percent}% (${count} of ${total})`;
}

/** The practice checklist page: coverage of S&T practice in synthetic audits, by borough and quarter. */
export const checklistSection: ReportSection = {
  id: "checklist",
  title: "Practice checklist audits",
  summary:
    "How far audited case files show Safe & Together practice, by principle and critical component, for two boroughs over two quarters.",
  async build() {
    const summary = summarise(demoChecklists(), { by: ["borough", "quarter"] });
    const name = (code: string | null | undefined) => (code ? getLondonLocalAuthority(code).name : "not recorded");
    const head = [
      "",
      ...summary.groups.map((g) => `${name(g.key.borough)} ${g.key.quarter ?? ""} (${g.records} audits)`),
    ];
    const rows = [
      ["All items", ...summary.groups.map((g) => met(g.overall))],
      ...summary.total.principles.map((p, i) => [
        `Principle: ${p.label}`,
        ...summary.groups.map((g) => met(g.principles[i]!)),
      ]),
      ...summary.total.components.map((c, i) => [
        `Component: ${c.label}`,
        ...summary.groups.map((g) => met(g.components[i]!)),
      ]),
    ];
    const weakest = [...summary.total.items]
      .filter((item) => item.met.percent !== null)
      .sort((a, b) => (a.met.percent ?? 0) - (b.met.percent ?? 0))
      .slice(0, 5);
    const caveat =
      "Synthetic audits: ten invented cases a borough a quarter. Ten cases is ten cases: a difference of one or two answers moves a share by several points, so read the counts, not only the percentages.";
    const provenance = `The checklist: ${defaultChecklist.provenance}`;
    const html = [
      `<p class="muted">${escapeHtml(provenance)}</p>`,
      `<p>Quality assurance staff audit case files against the Safe &amp; Together practice checklist (${escapeHtml(
        renderLabel("the {perpetrator}'s pattern", defaultTerminology),
      )}, harm to the child, the non-abusive parent's protective efforts, plans, engagement, language and more). Each cell is the share of applicable answers that were "yes", with the counts behind it.</p>`,
      htmlTable(head, rows),
      `<p class="caveat">${escapeHtml(caveat)}</p>`,
      `<h2>Where practice was weakest across all audits</h2>${htmlTable(
        ["Checklist question", "Met"],
        weakest.map((item) => [item.question, met(item)]),
      )}`,
      `<p class="muted">${escapeHtml(COVERAGE_RULE)}</p>`,
    ].join("\n");
    return {
      html,
      markdown: `_${provenance}_\n\n${summaryToMarkdown(summary).replace(/^# .*\n+/, "")}\n\n> ${caveat}`,
      json: { provenance: defaultChecklist.provenance, caveat, summary },
    };
  },
};
