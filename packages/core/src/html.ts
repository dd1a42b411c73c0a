/**
 * HTML for printable reports: one escape for text placed in markup, and one page shell with one
 * shared stylesheet, so every report reads the same on screen and on paper.
 * @module
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  // `&apos;` is not an HTML 4 entity; the numeric reference reads everywhere.
  "'": "&#39;",
};

import { checkArgument } from "./argument-checks.js";

/**
 * Escape text for HTML element content and for quoted attribute values: `&`, `<`, `>`, `"` and
 * `'` become entity references, everything else is kept as it is.
 *
 * ```ts
 * escapeHtml(`Tom & "Jerry" <b>`); // "Tom &amp; &quot;Jerry&quot; &lt;b&gt;"
 * ```
 *
 * @param text - Any text, trusted or not.
 * @returns The text, safe to place between tags or inside a quoted attribute.
 */
export function escapeHtml(text: string): string {
  checkArgument(text, "text", { fn: "escapeHtml", argument: "text", label: "Text" });
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/**
 * The stylesheet every report page shares: a readable measure, bordered tables whose header rows
 * repeat on each printed page, charts that shrink to the page instead of overflowing it, visible
 * focus, and A4 print rules. Classes: `.muted` (secondary text), `.caveat` (a callout to read the
 * figures with care), `td.num` (a right-aligned figure), `td.missing` (no figure),
 * `mark.st-mark-concern` and `mark.st-mark-strength` (wording marked in a quotation), and
 * `.table-scroll` (wrap a wide table in `<div class="table-scroll">` so it scrolls inside itself on a
 * narrow screen instead of widening the page). Page-specific rules go in
 * {@link HtmlPageOptions.extraCss}.
 */
export const htmlPageCss = `:root{color-scheme:light}
*,*::before,*::after{box-sizing:border-box}
body{font:16px/1.5 system-ui,"Segoe UI",Arial,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff;overflow-wrap:break-word}
h1{font-size:1.8rem;line-height:1.25}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.1rem}
p,li,dd,figcaption,.caveat{max-width:75ch}
a{color:#0b4f9c}
:focus-visible{outline:3px solid #b58900;outline-offset:2px}
table{border-collapse:collapse;margin:1rem 0;max-width:100%}
.table-scroll{max-width:100%;overflow-x:auto;margin:1rem 0}
.table-scroll>table{margin:0}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid #bbb;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.missing{color:#666}
figure{margin:1rem 0;max-width:100%}
figcaption{color:#555;font-size:.9rem}
svg,img{max-width:100%;height:auto}
pre{white-space:pre-wrap;overflow-wrap:anywhere}
small,.muted{color:#555}
.caveat{border-left:4px solid #b58900;padding:.2rem .8rem;background:#fdf6e3}
blockquote{margin:1rem 0;padding:.2rem .8rem;border-left:4px solid #bbb;white-space:pre-wrap;max-width:75ch}
mark.st-mark-concern{background:#fde2e1;border-bottom:2px solid #c0392b}
mark.st-mark-strength{background:#e0f3e4;border-bottom:2px solid #2e7d32}
@page{size:A4;margin:12mm}
@media print{
body{margin:0;max-width:none;font-size:10pt;color:#000}
thead{display:table-header-group}
.table-scroll{overflow:visible}
tr,figure,.caveat{break-inside:avoid}
h1,h2,h3{break-after:avoid}
a{color:inherit}
nav{display:none}
}
`;

/** What {@link htmlPage} puts on a page. */
export interface HtmlPageOptions {
  /** The page's title, shown in the browser tab and on the printout's header (plain text: it is escaped). */
  title: string;
  /** The page's content: HTML placed inside `<body>` as it is (escape any text in it with {@link escapeHtml}). */
  body: string;
  /** The language of the page as a BCP 47 tag, for screen readers and hyphenation; default `"en-GB"`. */
  lang?: string | undefined;
  /** A one-line summary of the page (plain text: it is escaped), as `<meta name="description">`. */
  description?: string | undefined;
  /** Rules for this page only, placed after the shared {@link htmlPageCss} so they can override it. */
  extraCss?: string | undefined;
}

/**
 * A complete, self-contained HTML page: no scripts and nothing fetched, with the shared
 * print-friendly stylesheet {@link htmlPageCss}. The body is placed as it is, so it carries its own
 * `<h1>`.
 *
 * ```ts
 * htmlPage({ title: "Quarterly indicators", body: "<h1>Quarterly indicators</h1><p>…</p>" });
 * ```
 *
 * @param options - The title, body and optional language, description and page-specific CSS.
 * @returns The page, from `<!doctype html>` to `</html>` and a final newline.
 */
export function htmlPage(options: HtmlPageOptions): string {
  checkArgument(options, "record", {
    fn: "htmlPage",
    argument: "options",
    label: "Page options",
    expected: "page options { title, body }",
  });
  const { title, body, lang = "en-GB", description, extraCss } = options;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    ...(description === undefined ? [] : [`<meta name="description" content="${escapeHtml(description)}">`]),
    `<style>\n${htmlPageCss}${extraCss ? `${extraCss.trim()}\n` : ""}</style>`,
  ];
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
${head.join("\n")}
</head>
<body>
${body.trim()}
</body>
</html>
`;
}
