import { type SummaryGroup, summarise, summaryToMarkdown, type YesNoCount } from "@st/complaints-proforma";
import { demoComplaints } from "@st/complaints-proforma/demo";
import { escapeHtml, htmlTable } from "@st/core";
import type { ReportSection } from "./sections.js";

/** "41% (23 of 56)": never a share without its n. */
function share(count: YesNoCount): string {
  const answered = count.yes + count.no;
  return answered === 0 ? "not recorded" : `${Math.round((count.yes / answered) * 100)}% (${count.yes} of ${answered})`;
}

/** The complaints monitoring page, from a synthetic proforma register. */
export const complaintsSection: ReportSection = {
  id: "complaints",
  title: "Complaints from perpetrators: monitoring",
  summary:
    "What complaints from perpetrators contained, how they were handled and how far they went, by borough and by quarter, from a synthetic register of the partnership's proforma.",
  async build() {
    const asOf = "2026-01-31";
    const register = demoComplaints();
    const byBorough = summarise(register, { by: ["borough"], asOf });
    const byQuarter = summarise(register, { by: ["quarter"], asOf });
    const conventions = (g: SummaryGroup) => [
      share(g.conventions.copiedInOthers),
      share(g.conventions.threatenedToTakeItAllTheWay),
      share(g.conventions.counterAccusations),
      share(g.conventions.unreasonableExpectations),
    ];
    const boroughRows = [...byBorough.groups, byBorough.total].map((g) => [
      g === byBorough.total ? "All boroughs" : (g.boroughName ?? g.borough ?? ""),
      g.complaints,
      ...conventions(g),
      g.upheld.rate === null
        ? "—"
        : `${Math.round(g.upheld.rate * 100)}% (${g.upheld.inFull + g.upheld.inPart} of ${g.upheld.inFull + g.upheld.inPart + g.upheld.no})`,
      `${g.lateStages.late} of ${g.lateStages.judged}`,
    ]);
    const quarterRows = [...byQuarter.groups, byQuarter.total].map((g) => [
      g === byQuarter.total ? "All quarters" : (g.quarter ?? ""),
      g.complaints,
      g.furthest.ombudsman,
      share(g.earlyTeamMeeting),
      share(g.desiredOutcomeClarified),
      g.formality.formal + g.formality.informal === 0
        ? "not recorded"
        : `${g.formality.formal} formal, ${g.formality.informal} informal`,
      share(g.conventions.denialMinimisation),
      share(g.unreasonableRoute),
      share(g.workerSupportOffered),
    ]);
    const caveat =
      "A synthetic register written to show the monitoring: it is not the partnership's data. A rise in complaints from perpetrators after adopting Safe & Together can be a sign the model is working (perpetrators resisting being held to account), not of worse practice. Shares count only the complaints where the question was answered; the n is beside each.";
    const html = [
      "<p>Complaints staff across the partnership record complaints from perpetrators with one proforma, so that they can be compared. The tables show the conventions of such complaints (copying in others, threats to take it all the way, counter-accusations about the other parent, unreasonable expectations), how often they were upheld, and how many stage responses were later than the statutory timescale in working days.</p>",
      "<h2>By borough</h2>",
      htmlTable(
        [
          "Borough",
          "Complaints",
          "Copied others in",
          "Threatened to take it all the way",
          "Counter-accusations",
          "Unreasonable expectations",
          "Upheld in full or part",
          "Stage responses late",
        ],
        boroughRows,
      ),
      "<h2>By quarter</h2>",
      htmlTable(
        [
          "Quarter",
          "Complaints",
          "Reached the Ombudsman",
          "Early meeting with the social work team",
          "Desired outcome clarified",
          "Formal or informal (asked from proforma version 2)",
          "Denial or minimisation",
          "Unreasonable or vexatious route",
          "Worker offered support",
        ],
        quarterRows,
      ),
      `<p class="caveat">${escapeHtml(caveat)}</p>`,
      ...byBorough.notes.map((n) => `<p class="muted">${escapeHtml(n)}</p>`),
    ].join("\n");
    const markdown = [summaryToMarkdown(byBorough), summaryToMarkdown(byQuarter), `> ${caveat}`].join("\n\n");
    return { html, markdown, json: { caveat, asOf, byBorough, byQuarter } };
  },
};
