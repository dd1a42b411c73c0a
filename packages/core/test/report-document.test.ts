import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentToHtml, documentToHtmlFragment, documentToMarkdown, type ReportDocument } from "../src/report.js";

const doc: ReportDocument = {
  title: "Language <in> notes",
  blocks: [
    { kind: "heading", level: 2, text: "Ms A & Mr B" },
    {
      kind: "paragraph",
      text: [
        "Found ",
        { text: "“they argue”", style: "strong" },
        ": mutual. ",
        { text: "Try:", style: "emphasis" },
        " name him. ",
        { text: "why <b>", style: "quiet" },
      ],
    },
    { kind: "list", items: ["one *star*", [{ text: "two", style: "strong" }]] },
    {
      kind: "quote",
      text: "They argue a lot.\nHe <shouted>.",
      marks: [
        { offset: 5, length: 5, note: 'Mutual "framing"' },
        { offset: 18, length: 2, tone: "strength" },
      ],
    },
    { kind: "caution", title: "Read with care", lines: ["small numbers"] },
    {
      kind: "table",
      head: ["Measure", "Cases"],
      rows: [
        ["Met", 3],
        ["Not met", null],
      ],
    },
    {
      kind: "chart",
      chart: {
        title: "Met",
        description: "Met by cohort",
        groups: [
          {
            label: "Met",
            bars: [
              { label: "Trained", value: { count: 3, total: 5 } },
              { label: "Not", value: null },
            ],
          },
        ],
      },
    },
  ],
};

describe("documentToMarkdown", () => {
  it("writes every block, styled runs as emphasis and every text escaped", () => {
    const md = documentToMarkdown(doc);
    expect(md.startsWith("# Language \\<in\\> notes\n\n## Ms A & Mr B\n")).toBe(true);
    expect(md).toContain("Found **“they argue”**: mutual. *Try:* name him. why \\<b\\>");
    expect(md).toContain("- one \\*star\\*\n- **two**");
    expect(md).toContain("> They argue a lot.\n> He \\<shouted\\>.");
    expect(md).toContain("| Not met | — |");
    expect(md).toContain("*Chart: Met by cohort*");
  });

  it("starts at the first block when the title is empty, to go under another page's heading", () => {
    expect(documentToMarkdown({ title: "", blocks: [{ kind: "paragraph", text: "Hello" }] })).toBe("Hello\n");
  });
});

describe("documentToHtmlFragment", () => {
  it("marks a quotation's stretches, escaping the text and the notes", () => {
    const html = documentToHtmlFragment(doc);
    expect(html).toContain(
      '<blockquote>They <mark class="st-mark st-mark-concern" title="Mutual &quot;framing&quot;">argue</mark> a lot.\n<mark class="st-mark st-mark-strength">He</mark> &lt;shouted&gt;.</blockquote>',
    );
    expect(html).toContain(
      "<p>Found <strong>“they argue”</strong>: mutual. <em>Try:</em> name him. <small>why &lt;b&gt;</small></p>",
    );
    expect(html).not.toMatch(/<b>|<shouted>|<in>/);
  });

  it("writes a chart as a table of its counts when nothing draws charts, and draws it when given a drawer", () => {
    const plain = documentToHtmlFragment(doc);
    expect(plain).toMatch(
      /<figure>.*<caption>Met<\/caption>.*Trained.*3 of 5.*Not.*not recorded.*<figcaption>Met by cohort<\/figcaption><\/figure>/s,
    );
    const drawn = documentToHtmlFragment(doc, { drawChart: (c) => `<svg aria-label="${c.title}"></svg>` });
    expect(drawn).toContain('<figure><svg aria-label="Met"></svg><figcaption>Met by cohort</figcaption></figure>');
  });

  it("keeps the text whole, marking only stretches inside it that do not overlap an earlier one", () => {
    const text = fc.string({ maxLength: 40 });
    const mark = fc.record({ offset: fc.integer({ min: -5, max: 45 }), length: fc.integer({ min: -2, max: 45 }) });
    fc.assert(
      fc.property(text, fc.array(mark, { maxLength: 6 }), (quote, marks) => {
        const html = documentToHtmlFragment({ title: "", blocks: [{ kind: "quote", text: quote, marks }] });
        const inner = html.replace(/^<blockquote>|<\/blockquote>\n$/g, "");
        const unmarked = inner.replace(/<mark [^>]*>|<\/mark>/g, "");
        const decoded = unmarked.replace(
          /&lt;|&gt;|&quot;|&#39;|&amp;/g,
          (e) => ({ "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" })[e] as string,
        );
        expect(decoded).toBe(quote);
      }),
    );
  });
});

describe("code and links", () => {
  const withCode: ReportDocument = {
    title: "",
    blocks: [
      {
        kind: "paragraph",
        text: [
          "Run ",
          { text: "st a `b`", style: "code" },
          " or see ",
          { text: "the data", href: "data/a b.csv" },
          " and ",
          { text: "this", href: "javascript:alert(1)" },
          ".",
        ],
      },
      { kind: "code", text: "st indicators compute --cin a.xml\n```" },
    ],
  };

  it("writes inline code, safe links and code blocks in Markdown, fenced so nothing inside ends them", () => {
    expect(documentToMarkdown(withCode)).toBe(
      "Run `` st a `b` `` or see [the data](<data/a b.csv>) and this.\n\n````\nst indicators compute --cin a.xml\n```\n````\n",
    );
  });

  it("writes them in HTML, linking only a safe target", () => {
    expect(documentToHtmlFragment(withCode)).toBe(
      '<p>Run <code>st a `b`</code> or see <a href="data/a b.csv">the data</a> and this.</p>\n<pre><code>st indicators compute --cin a.xml\n```</code></pre>\n',
    );
  });
});

describe("tables", () => {
  it("give a caption above the table in Markdown and as the caption in HTML, with row headers", () => {
    const doc: ReportDocument = {
      title: "",
      blocks: [
        { kind: "table", caption: "Returns *in*", rowHeaders: true, head: ["Borough", "Q1"], rows: [["Hackney", 4]] },
      ],
    };
    expect(documentToMarkdown(doc)).toBe("**Returns \\*in\\***\n\n| Borough | Q1 |\n| --- | --- |\n| Hackney | 4 |\n");
    const html = documentToHtmlFragment(doc);
    expect(html).toContain("<caption>Returns *in*</caption>");
    expect(html).toContain('<th scope="row">Hackney</th>');
  });
});

describe("documentToHtml", () => {
  it("writes one self-contained page with the title as its heading and the page's own styles", () => {
    const page = documentToHtml(doc, { extraCss: ".x{color:red}" });
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain("<title>Language &lt;in&gt; notes</title>");
    expect(page).toContain("<h1>Language &lt;in&gt; notes</h1>");
    expect(page).toContain(".x{color:red}");
    expect(page).not.toMatch(/<script|src=|href="http/);
  });

  it("refuses what is not a report document with a coded error", () => {
    expect(() => documentToHtml(null as unknown as ReportDocument)).toThrow(/"Report"/);
    expect(() => documentToMarkdown({ title: "x" } as unknown as ReportDocument)).toThrow(/"Report blocks"/);
  });
});
