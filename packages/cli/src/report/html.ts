/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A whole report page: a title, a link home, the body, in one self-contained file with no scripts. */
export function page(title: string, body: string, options: { home?: string } = {}): string {
  const home = options.home ? `<nav><a href="${escapeHtml(options.home)}">Partnership report</a></nav>` : "";
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.8rem}h2{font-size:1.3rem;margin-top:2rem}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #bbb;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.num{text-align:right;font-variant-numeric:tabular-nums}
.caveat{border-left:4px solid #b58900;padding:.2rem .8rem;background:#fdf6e3}
nav{margin-bottom:1rem}small,.muted{color:#555}
</style>
</head>
<body>
${home}
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>
`;
}

/** An HTML table from a header row and body rows; cells are escaped, numbers right-aligned. */
export function table(head: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (v: string | number | null) =>
    typeof v === "number" ? `<td class="num">${v}</td>` : `<td>${v === null ? "—" : escapeHtml(v)}</td>`;
  return `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map(cell).join("")}</tr>`)
    .join("")}</tbody></table>`;
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
