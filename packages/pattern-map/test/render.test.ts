import { StValidationError } from "@st/core";
import { personWhoUsesHarmTerminology } from "@st/core/practice";
import { patternMapHtml, patternMapMarkdown, patternMapPage } from "@st/pattern-map";
import { demoPatternMap } from "@st/pattern-map/demo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { patternMap } from "./arbitraries.js";

describe("rendering a pattern map for a case file", () => {
  const map = demoPatternMap();

  it("refuses a missing map with a coded error naming the function and the argument", () => {
    // @ts-expect-error: a caller without types can pass nothing
    const call = () => patternMapMarkdown(undefined);
    expect(call).toThrow(StValidationError);
    expect(call).toThrow(TypeError);
    expect(call).toThrow('1 problem in the arguments of patternMapMarkdown:\n  - "Pattern map": is not a pattern map');
    try {
      call();
    } catch (error) {
      expect((error as StValidationError).problems).toEqual([
        expect.objectContaining({ path: "map", field: "Pattern map", code: "invalid_type", received: "nothing" }),
      ]);
    }
  });

  it("writes every section in Markdown, the impacts one child at a time", () => {
    const md = patternMapMarkdown(map);
    expect(md).toMatch(/^# Perpetrator pattern map\n\nCase PM-DEMO-1, mapped on 2025-11-14\./);
    for (const heading of [
      "## The perpetrator's pattern of behaviour",
      "## Impact on each child, by pathway",
      "### Child A (7)",
      "### Child B (2)",
      "## The non-abusive parent's protective efforts",
      "## Engagement with the perpetrator and invitations to change",
    ])
      expect(md).toContain(heading);
    expect(md).toContain("| B1 | 2023-09-01 to 2025-06-30 |");
    expect(md).toContain(
      "| I3 | Physical harm, or the risk of it | Was in the mother's arms when she was pushed against the door. | B2 | Police |",
    );
    expect(md).toContain("| E2 | 2025-07-10 | Invitation to change |");
  });

  it("writes a case reference or child's name as text, never as Markdown or HTML", () => {
    const md = patternMapMarkdown({ ...map, caseRef: "<script>x</script> [a](javascript:alert(1))" });
    expect(md).not.toContain("<script>");
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
  });

  it("uses a borough's words for the roles", () => {
    const md = patternMapMarkdown(map, { terminology: personWhoUsesHarmTerminology });
    expect(md).toContain("## The person who uses harm's pattern of behaviour");
    expect(md).not.toMatch(/\{\w+\}/);
  });

  it("says so when a section is empty, instead of an empty table", () => {
    const md = patternMapMarkdown({ ...map, protectiveEfforts: [], engagement: [] });
    expect(md).toContain("No protective efforts are mapped yet.");
    expect(md).toContain("No engagement with the perpetrator is recorded yet.");
  });

  it("escapes every text in HTML, on a self-contained printable page", () => {
    const page = patternMapPage({
      ...map,
      caseRef: "PM-<b>1</b>",
      behaviours: [{ ...map.behaviours[0]!, description: `<script>alert("x")</script> & 'more'` }],
      impacts: [],
    });
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toContain("<script>");
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;");
    expect(page).toContain("<title>Perpetrator pattern map: PM-&lt;b&gt;1&lt;/b&gt;</title>");
  });

  it("never lets text from a map become markup, and never throws", () => {
    fc.assert(
      fc.property(patternMap, (m) => {
        const html = patternMapHtml(m);
        // The only tags are the renderer's own.
        const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((t) => t[1]));
        for (const tag of tags)
          expect(["p", "h2", "h3", "div", "table", "caption", "thead", "tbody", "tr", "th", "td", "abbr"]).toContain(
            tag,
          );
        expect(patternMapMarkdown(m)).toContain(`Case ${m.caseRef}`);
      }),
      { numRuns: 200 },
    );
  });
});
