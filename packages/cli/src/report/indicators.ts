import type { ActivityTable, IndicatorTable } from "@st/indicators";
import { indicatorReport } from "@st/indicators/charts";
import type { SectionContent } from "./section-content.js";

/** The figures part of the indicators page, for any indicator table: charts, tables, findings, caveats. */
export async function indicatorsPage(
  table: IndicatorTable,
  source: string,
  activity?: ActivityTable,
): Promise<SectionContent> {
  const report = await indicatorReport(table, { source, activity });
  // The report writes one page a section, so the Markdown's chart links point at nothing: drop them.
  const markdown = report.markdown.replace(/^!\[.*\]\(charts\/.*\)\n\n/gm, "");
  return {
    html: report.body,
    markdown: markdown.trim(),
    json: { ...table, findings: report.findings, ...(activity ? { activity } : {}) },
  };
}
