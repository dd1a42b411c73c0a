import { compareRoundsByBorough, roundReport, seriesReport, summariseRound } from "@st/learning-review";
import { demoRounds } from "@st/learning-review/demo";
import { type BlocksContent, type ReportSection, sectionFromBlocks, underHeading } from "./section-content.js";

/** The learning reviews page of `st demo`: each demo borough's rounds over time, then each round. */
export const learningReviewSection: ReportSection<BlocksContent> = {
  id: "learning-reviews",
  title: "Learning reviews",
  summary:
    "Two rounds of learning reviews in each of two boroughs (synthetic cases): trained and consulted cases beside untrained and unconsulted ones, and what changed between rounds.",
  async build() {
    const rounds = demoRounds();
    const series = compareRoundsByBorough(rounds);
    // Each round first, leading with what the reviewers found; the counts over time come after, as context.
    // Each round first, leading with what the reviewers found; the counts over time come after, as context.
    const reports = [
      ...rounds.map((r) => roundReport(r, { includeCases: false, includeItems: false })),
      ...series.map((s) => ({
        ...seriesReport(rounds.filter((r) => r.borough === s.borough)),
        title: `${s.boroughName}: over time`,
      })),
    ];
    const intro =
      "Every case, worker and case note here is synthetic. Each round reviewed five cases whose worker was S&T Core trained and had a case consultation, and five whose worker had neither. " +
      "Each review leads with what the reviewers found (what the files show by principle, how consultations shaped practice, improvements, learnings and actions with owners); the counts follow as context, with no significance test: " +
      "five files against five show what practice looks like in them, not a rate for the borough. Language figures are machine-derived from the attached case-note extracts.";
    return sectionFromBlocks(
      [{ kind: "paragraph", text: intro }, ...reports.flatMap((doc) => underHeading(doc.title, doc.blocks))],
      { json: { rounds: rounds.map((r) => summariseRound(r)), series } },
    );
  },
};
