import { escapeHtml, htmlPage } from "@st/core/report";

/**
 * A whole report page: a link home, the title as its heading, the body, in one self-contained
 * file with no scripts, on the shared printable sheet of `@st/core`'s `htmlPage`.
 */
export function page(title: string, body: string, options: { home?: string; css?: string | undefined } = {}): string {
  const home = options.home ? `<nav><a href="${escapeHtml(options.home)}">Partnership report</a></nav>\n` : "";
  return htmlPage({ title, body: `${home}<h1>${escapeHtml(title)}</h1>\n${body}`, extraCss: options.css });
}
