import { escapeHtml, htmlPage, htmlPageCss } from "@st/core/report";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const unescapeHtml = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) =>
    e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : "'",
  );

// Text that leans on the characters that matter, plus entity look-alikes and any Unicode.
const adversarial = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc
    .array(fc.constantFrom("&", "<", ">", '"', "'", "&amp;", "&#39;", "&lt;", "</title>", "<script>", "a", " ", "é"))
    .map((parts) => parts.join("")),
);

describe("escapeHtml", () => {
  it("escapes the five characters that can break out of text or a quoted attribute", () => {
    expect(escapeHtml(`Tom & "Jerry" <b>it's</b>`)).toBe("Tom &amp; &quot;Jerry&quot; &lt;b&gt;it&#39;s&lt;/b&gt;");
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
    expect(escapeHtml("Hammersmith — Fulham")).toBe("Hammersmith — Fulham");
  });

  it("never leaves a raw <, >, quote or an & that does not start one of its entities, and round-trips", () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const out = escapeHtml(text);
        expect(out).not.toMatch(/[<>"']/);
        expect(out.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
        expect(unescapeHtml(out)).toBe(text);
      }),
    );
  });
});

describe("htmlPage", () => {
  it("is a whole page with the language, charset, viewport, one escaped title and the shared sheet", () => {
    const html = htmlPage({ title: "Tom & <Jerry>", body: "<h1>Report</h1>" });
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain("<title>Tom &amp; &lt;Jerry&gt;</title>");
    expect(html).toContain(htmlPageCss);
    expect(html).toContain("<body>\n<h1>Report</h1>\n</body>\n</html>\n");
    expect(html).not.toMatch(/<script|<link|https?:/);
  });

  it("takes a language, a description and page-specific CSS after the shared sheet", () => {
    const html = htmlPage({
      title: "Adroddiad",
      body: "",
      lang: "cy",
      description: 'Figures "for" boroughs',
      extraCss: ".item{margin:0}",
    });
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain('<meta name="description" content="Figures &quot;for&quot; boroughs">');
    expect(html.indexOf(".item{margin:0}")).toBeGreaterThan(html.indexOf("@media print"));
    expect(htmlPage({ title: "x", body: "" })).not.toContain('name="description"');
  });

  it("prints well: header rows repeat, charts shrink to the page, focus is visible", () => {
    expect(htmlPageCss).toContain("thead{display:table-header-group}");
    expect(htmlPageCss).toContain("svg,img{max-width:100%;height:auto}");
    expect(htmlPageCss).toContain(":focus-visible");
    expect(htmlPageCss).toMatch(/\.muted/);
    expect(htmlPageCss).toMatch(/\.caveat\{/);
  });

  it("keeps any title in the one <title> element, escaped", () => {
    fc.assert(
      fc.property(adversarial, (title) => {
        const html = htmlPage({ title, body: "<p>x</p>" });
        const titles = [...html.matchAll(/<title>([\s\S]*?)<\/title>/g)];
        expect(titles).toHaveLength(1);
        expect(unescapeHtml(titles[0]?.[1] ?? "")).toBe(title);
      }),
    );
  });
});
