import { type IndicatorTable, indicatorReport, publishedPartnershipReturns } from "@st/indicators";
import { censusExtractBlock } from "./census-extract.js";
import type { ReportSection, SectionContent } from "./sections.js";

/** The figures part of the indicators page, for any indicator table: charts, tables, findings, caveats. */
export async function indicatorsPage(table: IndicatorTable, source: string): Promise<SectionContent> {
  const report = await indicatorReport(table, { source });
  // The report writes one page a section, so the Markdown's chart links point at nothing: drop them.
  const markdown = report.markdown.replace(/^!\[.*\]\(charts\/.*\)\n\n/gm, "");
  return { html: report.body, markdown: markdown.trim(), json: { ...table, findings: report.findings } };
}

/** The indicators page of the demo report: the partnership's published returns, charted and read. */
export const indicatorsSection: ReportSection = {
  id: "indicators",
  title: "CSC indicators",
  summary:
    "The four quarterly indicators as the six boroughs published them (July 2023 to March 2025): charts, tables with partnership totals and their coverage, findings and caveats; and the same indicators computed from a synthetic census extract for one borough, with the files to try it.",
  async build() {
    const page = await indicatorsPage(
      publishedPartnershipReturns(),
      "Figures as the boroughs published them in the partnership's evaluation (Garner & Kelly, CWASU, June 2025, Tables 6 to 11), each counted by the borough's own query.",
    );
    const census = await censusExtractBlock();
    return {
      html: `${page.html}\n${census.html}`,
      markdown: `${page.markdown}\n\n${census.markdown}`,
      json: { ...(page.json as object), computedFromRecords: census.json },
      files: census.files,
    };
  },
};
