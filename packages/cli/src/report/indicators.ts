import { type IndicatorTable, indicatorReport } from "@st/indicators";
import type { SectionContent } from "./sections.js";

/** The figures part of the indicators page, for any indicator table: charts, tables, findings, caveats. */
export async function indicatorsPage(table: IndicatorTable, source: string): Promise<SectionContent> {
  const report = await indicatorReport(table, { source });
  // The report writes one page a section, so the Markdown's chart links point at nothing: drop them.
  const markdown = report.markdown.replace(/^!\[.*\]\(charts\/.*\)\n\n/gm, "");
  return { html: report.body, markdown: markdown.trim(), json: { ...table, findings: report.findings } };
}
