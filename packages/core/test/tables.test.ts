import { htmlTable, markdownTable, type TableCell } from "@st/core/report";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("htmlTable", () => {
  it("puts a captioned table in a named, keyboard-reachable scrolling region", () => {
    const html = htmlTable(["Borough", "Plans"], [["Hackney", 1668]], {
      caption: 'Plans "with" DA',
      rowHeaders: true,
      formatNumber: (n) => n.toLocaleString("en-GB"),
    });
    expect(html).toContain(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Plans &quot;with&quot; DA">',
    );
    expect(html).toContain("<caption>Plans &quot;with&quot; DA</caption>");
    expect(html).toContain('<th scope="row">Hackney</th><td class="num">1,668</td>');
  });

  it("shows a missing figure as a dash titled 'no figure', never as zero or blank", () => {
    const html = htmlTable(["Quarter", "Plans"], [["2024-Q1", null]]);
    expect(html).toContain('<td class="num missing"><abbr title="no figure">—</abbr></td>');
    expect(html).not.toContain('role="region"'); // no caption, no name: not announced as a region
  });

  it("writes figures as they are by default, so years and ids keep their digits", () => {
    expect(htmlTable(["Joined"], [[2021]])).toContain('<td class="num">2021</td>');
  });

  it("escapes every text it is given", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), fc.string(), (head, text) => {
        const html = htmlTable(head, [head.map(() => text)], { caption: text });
        const withoutTags = html.replace(/<\/?[a-z]+(?: [a-z-]+="[^"<>]*")*>/g, "");
        expect(withoutTags).not.toMatch(/[<>"]/);
      }),
    );
  });
});

describe("markdownTable", () => {
  const cell: fc.Arbitrary<TableCell> = fc.oneof(fc.string(), fc.integer(), fc.constant(null));

  it("gives one line per row after the heading and rule, whatever the cells hold", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const lines = markdownTable(["A", "B"], rows).split("\n");
        expect(lines).toHaveLength(rows.length + 2);
        for (const line of lines) expect(line.replace(/\\\|/g, "").split("|")).toHaveLength(4);
      }),
    );
  });

  it("escapes pipes, folds line breaks and writes a missing figure as a dash", () => {
    expect(markdownTable(["Note", "n"], [["a|b\nc", null]])).toBe("| Note | n |\n| --- | --- |\n| a\\|b c | — |");
  });
});
