import fc from "fast-check";
// @ts-expect-error markdown-it ships no types; the test only renders with it.
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, isSafeLinkTarget, markdownLink, markdownTable } from "../src/report.js";

// A real CommonMark renderer with raw HTML allowed (the most dangerous setting a reader's viewer may use).
const renderer = new MarkdownIt({ html: true, linkify: false });
const render = (markdown: string): string => renderer.render(markdown);
const renderInline = (markdown: string): string => renderer.renderInline(markdown);
/** The text the rendered HTML shows (tags dropped, entities read back). */
const shown = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .trim();

const hostile = [
  "<script>alert(1)</script>",
  "[click](javascript:alert(1))",
  "![x](javascript:alert(1))",
  "case|id",
  "`HK-001`",
  "**bold** _em_ ~~gone~~",
  "# heading",
  "- a list",
  "1. numbered",
  "> quote",
  "&lt;script&gt;",
  "<img src=x onerror=alert(1)>",
  "line one\n# line two",
  "back\\slash",
  "<https://example.org>",
];

describe("escapeMarkdown", () => {
  it.each(hostile)("renders %j as the same text, with no tag, link or code", (text) => {
    const html = render(escapeMarkdown(text));
    expect(html).not.toMatch(/<(script|img|a|code|em|strong|s|del|h\d|li|blockquote)\b/);
    expect(shown(html)).toBe(text.replace(/\n/g, " "));
  });

  it("any text renders back to itself with no markup (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."<>[]()!`*_~|\\#-+=>.1&;a :/\n".split("")), maxLength: 40 }),
        (text) => {
          const html = renderInline(escapeMarkdown(text));
          expect(html).not.toMatch(/<(?!br)[a-z]/i);
          expect(shown(html)).toBe(text.replace(/\n/g, " ").trim());
        },
      ),
      { numRuns: 500 },
    );
  });

  it("keeps a table cell a cell", () => {
    const html = render(markdownTable(["Case", "Borough"], [["A|B `x`", "<b>Hackney</b>"]]));
    expect(html.match(/<td>/g)).toHaveLength(2);
    expect(html).not.toMatch(/<b>|<code>/);
  });
});

describe("links", () => {
  it.each([
    ["https://www.gov.uk/x", true],
    ["http://example.org", true],
    ["charts/a.svg", true],
    ["#caveats", true],
    ["javascript:alert(1)", false],
    ["JavaScript:alert(1)", false],
    [" java\tscript:alert(1)", false],
    ["data:text/html,<script>", false],
    ["vbscript:x", false],
    ["file:///etc/passwd", false],
    ["//evil.example/x", false],
  ])("%j is safe: %s", (href, safe) => {
    expect(isSafeLinkTarget(href)).toBe(safe);
  });

  it("writes an unsafe target as text, and a safe one as a link that renders", () => {
    expect(render(markdownLink("see", "javascript:alert(1)"))).not.toMatch(/<a /);
    expect(render(markdownLink("a [chart]", "charts/a b.svg", { image: true }))).toMatch(
      /<img src="charts\/a%20b\.svg" alt="a \[?chart\]?"/,
    );
  });
});
