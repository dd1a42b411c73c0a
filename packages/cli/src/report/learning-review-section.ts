import { escapeHtml, escapeMarkdown } from "@st/core/report";
import {
  compareRoundsByBorough,
  documentToHtmlFragment,
  documentToMarkdown,
  type ReportDocument,
  roundReport,
  seriesReport,
  summariseRound,
} from "@st/learning-review";
import { demoRounds } from "@st/learning-review/demo";
import type { ReportSection } from "./sections.js";

/** Demote a document's headings by one level, to sit under a heading of the page. */
function nested(doc: ReportDocument): ReportDocument {
  return {
    ...doc,
    blocks: doc.blocks.map((b) => (b.kind === "heading" ? { ...b, level: b.level === 2 ? 3 : 4 } : b)),
  };
}

/** The learning reviews page of `st demo`: each demo borough's rounds over time, then each round. */
export const learningReviewSection: ReportSection = {
  id: "learning-reviews",
  title: "Learning reviews",
  summary:
    "Two rounds of learning reviews in each of two boroughs (synthetic cases): trained and consulted cases beside untrained and unconsulted ones, and what changed between rounds.",
  async build() {
    const rounds = demoRounds();
    const series = compareRoundsByBorough(rounds);
    // Each round first, leading with what the reviewers found; the counts over time come after, as context.
    const docs: { heading: string; doc: ReportDocument }[] = [
      ...rounds.map((r) => {
        const doc = nested(roundReport(r, { includeCases: false, includeItems: false }));
        return { heading: doc.title, doc };
      }),
      ...series.map((s) => ({
        heading: `${s.boroughName}: over time`,
        doc: nested(seriesReport(rounds.filter((r) => r.borough === s.borough))),
      })),
    ];
    const intro =
      "Every case, worker and case note here is synthetic. Each round reviewed five cases whose worker was S&T Core trained and had a case consultation, and five whose worker had neither. " +
      "Each review leads with what the reviewers found (what the files show by principle, how consultations shaped practice, improvements, learnings and actions with owners); the counts follow as context, with no significance test: " +
      "five files against five show what practice looks like in them, not a rate for the borough. Language figures are machine-derived from the attached case-note extracts.";
    const fragments: string[] = [];
    for (const d of docs) {
      fragments.push(`<h2>${escapeHtml(d.heading)}</h2>\n${await documentToHtmlFragment(d.doc)}`);
    }
    return {
      html: `<p>${escapeHtml(intro)}</p>\n${fragments.join("\n")}`,
      markdown: [
        intro,
        ...docs.map(
          (d) =>
            `## ${escapeMarkdown(d.heading)}\n\n${documentToMarkdown({ title: "", blocks: d.doc.blocks }).replace(/^# \n\n/, "")}`,
        ),
      ].join("\n\n"),
      json: { rounds: rounds.map((r) => summariseRound(r)), series },
    };
  },
};
