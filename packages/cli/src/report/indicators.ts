import { indicatorReport, publishedPartnershipActivity, publishedPartnershipReturns } from "@st/indicators";
import { censusExtractBlock } from "./census-extract.js";
import type { ReportSection } from "./sections.js";

/** The indicators page of the demo report: the partnership's published returns, charted and read. */
export const indicatorsSection: ReportSection = {
  id: "indicators",
  title: "CSC indicators",
  summary:
    "The four quarterly indicators as the six boroughs published them (July 2023 to March 2025), each borough separately by stage of implementation, with its own counting notes and its training, consultations and perpetrator engagement forms beside its figures; the evaluators' caveats first; and the same indicators computed from a synthetic census extract for one borough, with the files to try it.",
  async build() {
    const table = publishedPartnershipReturns();
    const activity = publishedPartnershipActivity();
    const report = await indicatorReport(table, {
      activity,
      source:
        "Figures as the boroughs published them in the partnership's evaluation (Garner & Kelly, CWASU, June 2025, Tables 6 to 11), each counted by the borough's own query.",
    });
    // The demo writes one page a section, so the Markdown's chart links point at nothing: drop them.
    const markdown = report.markdown.replace(/^!\[.*\]\(charts\/.*\)\n\n/gm, "");
    const census = await censusExtractBlock();
    return {
      html: `${report.body}\n${census.html}`,
      markdown: `${markdown.trim()}\n\n${census.markdown}`,
      json: { ...table, findings: report.findings, activity, computedFromRecords: census.json },
      files: census.files,
    };
  },
};
