import { escapeHtml, htmlPage } from "@st/core";

/**
 * A whole report page: a link home, the title as its heading, the body, in one self-contained
 * file with no scripts, on the shared printable sheet of `@st/core`'s `htmlPage`.
 */
export function page(title: string, body: string, options: { home?: string; css?: string | undefined } = {}): string {
  const home = options.home ? `<nav><a href="${escapeHtml(options.home)}">Partnership report</a></nav>\n` : "";
  return htmlPage({ title, body: `${home}<h1>${escapeHtml(title)}</h1>\n${body}`, extraCss: options.css });
}

/** An HTML table from a header row and body rows; cells are escaped, numbers right-aligned. */
export function table(head: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (v: string | number | null) =>
    typeof v === "number"
      ? `<td class="num">${v}</td>`
      : v === null
        ? '<td class="missing">—</td>'
        : `<td>${escapeHtml(v)}</td>`;
  return `<div class="table-scroll"><table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map(cell).join("")}</tr>`)
    .join("")}</tbody></table></div>`;
}

/** A Markdown table from a header row and body rows. */
export function markdownTable(head: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const esc = (v: string | number | null) => (v === null ? "—" : String(v).replace(/\|/g, "\\|").replace(/\n/g, " "));
  return [
    `| ${head.map(esc).join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ].join("\n");
}
