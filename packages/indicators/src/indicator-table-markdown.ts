/**
 * An indicator table as Markdown, for `--format md` outputs: no charts, so no vega.
 * @module
 */
import { formatQuarter } from "@st/core/calendar";
import { markdownTable, type TableCell } from "@st/core/report";
import { partnershipTotals } from "./analysis.js";
import { checkRecordArgument, checkTextArgument } from "./arguments.js";
import { caveats as allCaveats } from "./caveats.js";
import { figureLookup, type IndicatorTable, tableDimensions } from "./indicator-table.js";
import { boroughNamer, figures, indicatorInfo, md } from "./table-labels.js";

/**
 * An indicator table as Markdown: a table per indicator (boroughs by quarters, `—` for a missing
 * figure; with `totals`, partnership totals with their coverage after the comparability caveat),
 * then every note. For `--format md` outputs.
 */
export function indicatorTableMarkdown(
  table: IndicatorTable,
  title?: string,
  options: { totals?: boolean | undefined } = {},
): string {
  checkRecordArgument("indicatorTableMarkdown", "table", table);
  if (title !== undefined) checkTextArgument("indicatorTableMarkdown", "title", "Title", title);
  checkRecordArgument("indicatorTableMarkdown", "options", options);
  title ??= `CSC indicators (${table.definition} set)`;
  const dims = tableDimensions(table);
  const nameOf = boroughNamer(table);
  const totals = partnershipTotals(table);
  const figure = figureLookup(table);
  const out = [`# ${md(title)}`, ""];
  if (options.totals && dims.boroughs.length > 1) out.push(`> ${md(allCaveats["not-comparable"].text)}`, "");
  for (const indicator of dims.indicators) {
    const head = ["Borough", ...dims.quarters.map((q) => formatQuarter(q, "short"))];
    const rows: TableCell[][] = dims.boroughs.map((b) => [
      nameOf(b),
      ...dims.quarters.map((quarter) => figure(b, indicator, quarter) ?? null),
    ]);
    if (options.totals && dims.boroughs.length > 1) {
      const t = totals.filter((x) => x.indicator === indicator);
      rows.push(["Partnership total", ...t.map((x) => x.total)]);
      rows.push(["Boroughs in the total", ...t.map((x) => x.coverage.replace(/ boroughs?$/, ""))]);
    }
    out.push(
      `## ${md(indicatorInfo(indicator).label)}`,
      "",
      `\`${indicator}\``,
      "",
      markdownTable(head, rows, figures),
      "",
    );
  }
  out.push("## Notes", "", ...table.notes.map((n) => `- ${md(n)}`), "");
  return `${out.join("\n").trim()}\n`;
}
