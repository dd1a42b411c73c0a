/**
 * Tables for printable reports, as HTML and as Markdown from the same rows, so a figure reads the
 * same in both and a missing figure is a dash in both, never a zero or an empty cell.
 * @module
 */

import { checkArgument } from "./argument-checks.js";
import { escapeHtml } from "./html.js";
import { escapeMarkdown } from "./markdown.js";

/** One cell of a report table: text, a figure, or `null` for a figure that is missing. */
export type TableCell = string | number | null;

/** How {@link htmlTable} and {@link markdownTable} lay out a table. */
export interface TableOptions {
  /**
   * The table's caption, shown above it and naming its scrolling region for screen readers.
   * Give one whenever the table is not the only thing under its heading.
   */
  caption?: string | undefined;
  /** Mark each row's first cell as the header of its row (`<th scope="row">`). Default: false. */
  rowHeaders?: boolean | undefined;
  /** How a figure is written. Default: `String(n)`, so years and ids keep their digits as they are. */
  formatNumber?: ((n: number) => string) | undefined;
}

/** The mark a missing figure shows in every table. */
export const missingFigure = "—";

/**
 * An HTML table in a keyboard-scrollable region (`.table-scroll` in {@link htmlPageCss}), so a
 * wide table scrolls inside itself on screen instead of pushing the page sideways. Figures are
 * right-aligned (`td.num`); `null` is a missing figure, shown as a dash with "no figure" as its title.
 *
 * ```ts
 * htmlTable(["Borough", "Plans"], [["Hackney", 21], ["Newham", null]], { caption: "CP plans" });
 * ```
 *
 * @param head - The column headings.
 * @param rows - The body rows, one cell per heading.
 * @param options - Caption, row headers and number format.
 * @returns The table's markup, every text escaped.
 */
export function htmlTable(
  head: readonly string[],
  rows: readonly (readonly TableCell[])[],
  options: TableOptions = {},
): string {
  checkArgument(head, "list", { fn: "htmlTable", argument: "head", label: "Column headings" });
  checkArgument(rows, "list", { fn: "htmlTable", argument: "rows", label: "Rows" });
  checkArgument(options, "record", { fn: "htmlTable", argument: "options", label: "Options" });
  const format = options.formatNumber ?? String;
  const cell = (value: TableCell, column: number): string => {
    if (options.rowHeaders && column === 0) return `<th scope="row">${escapeHtml(String(value ?? ""))}</th>`;
    if (value === null) return `<td class="num missing"><abbr title="no figure">${missingFigure}</abbr></td>`;
    if (typeof value === "number") return `<td class="num">${escapeHtml(format(value))}</td>`;
    return `<td>${escapeHtml(value)}</td>`;
  };
  // A scrollable region must be reachable by keyboard and have a name (WCAG 2.1.1, 4.1.2).
  const region =
    options.caption === undefined
      ? '<div class="table-scroll">'
      : `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(options.caption)}">`;
  const caption = options.caption === undefined ? "" : `<caption>${escapeHtml(options.caption)}</caption>`;
  const headRow = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map(cell).join("")}</tr>`).join("");
  return `${region}<table>${caption}<thead><tr>${headRow}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/**
 * A Markdown (GitHub-flavoured) table from the same rows as {@link htmlTable}: every cell is escaped
 * with {@link escapeMarkdown} (pipes, tags, links and code spans are text; line breaks become spaces),
 * and `null` is a dash.
 *
 * @param head - The column headings.
 * @param rows - The body rows, one cell per heading.
 * @param options - The number format (the caption and row headers have no Markdown form).
 * @returns The table, one line per row.
 */
export function markdownTable(
  head: readonly string[],
  rows: readonly (readonly TableCell[])[],
  options: Pick<TableOptions, "formatNumber"> = {},
): string {
  checkArgument(head, "list", { fn: "markdownTable", argument: "head", label: "Column headings" });
  checkArgument(rows, "list", { fn: "markdownTable", argument: "rows", label: "Rows" });
  checkArgument(options, "record", { fn: "markdownTable", argument: "options", label: "Options" });
  const format = options.formatNumber ?? String;
  const cell = (value: TableCell): string =>
    value === null ? missingFigure : escapeMarkdown(typeof value === "number" ? format(value) : value);
  return [
    `| ${head.map(cell).join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");
}
