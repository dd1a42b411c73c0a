import { indicatorReport, publishedPartnershipReturns } from "@st/indicators";
import type { ReportSection } from "./sections.js";

/** The indicators page of the demo report: the partnership's published returns, charted and read. */
export const indicatorsSection: ReportSection = {
  id: "indicators",
  title: "CSC indicators",
  summary:
    "The four quarterly indicators as the six boroughs published them (July 2023 to March 2025): charts, tables with partnership totals and their coverage, findings and caveats.",
  async build() {
    const table = publishedPartnershipReturns();
    const report = await indicatorReport(table, {
      source:
        "Figures as the boroughs published them in the partnership's evaluation (Garner & Kelly, CWASU, June 2025, Tables 6 to 11), each counted by the borough's own query.",
    });
    // The demo writes one page a section, so the Markdown's chart links point at nothing: drop them.
    const markdown = report.markdown.replace(/^!\[.*\]\(charts\/.*\)\n\n/gm, "");
    return { html: report.body, markdown, json: { ...table, findings: report.findings } };
  },
};
