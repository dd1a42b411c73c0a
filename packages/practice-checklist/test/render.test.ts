import {
  checklistSummaryToMarkdown,
  checklistToHtml,
  checklistToMarkdown,
  completedChecklistToHtml,
  completedChecklistToMarkdown,
  defaultChecklist,
  promptSheetToHtml,
  summariseChecklists,
  supervisionPrompts,
} from "@st/practice-checklist";
import { describe, expect, it } from "vitest";
import { audit } from "./fixtures.js";

describe("printable outputs", () => {
  it("the blank checklist as Markdown lists every item, numbered by section, with boxes to tick", () => {
    const text = checklistToMarkdown();
    expect(text.startsWith("# Safe & Together practice checklist\n")).toBe(true);
    expect(text).toContain("## 1. The perpetrator's pattern of coercive control");
    expect(text).toContain("**1.1 Does the assessment map the perpetrator's pattern");
    expect(text.match(/^Answer: ☐ Yes ☐ Partly ☐ No ☐ Not evidenced ☐ Not applicable {2}$/gm)).toHaveLength(
      defaultChecklist.items.length,
    );
    expect(text).not.toMatch(/[{}]/);
    // Items whose evidence a pattern map holds say so, on paper and on screen.
    const pointing = defaultChecklist.items.filter((i) => i.tools?.length).length;
    expect(text.match(/^Recorded with: Perpetrator pattern map {2}$/gm)).toHaveLength(pointing);
    expect(checklistToHtml().match(/recorded with: Perpetrator pattern map/g)).toHaveLength(pointing);
  });

  it("a blank checklist for one use holds only that use's items", () => {
    const text = checklistToMarkdown(defaultChecklist, { use: "cp-chair", goodPractice: false });
    const count = defaultChecklist.items.filter((i) => i.uses.includes("cp-chair")).length;
    expect(text.match(/^Answer:/gm)).toHaveLength(count);
    expect(text).not.toContain("Good practice:");
  });

  it("the blank checklist as HTML is one self-contained printable page", () => {
    const html = checklistToHtml();
    expect(html.match(/<html/g)).toHaveLength(1);
    expect(html).toContain("@media print");
    expect(html).toContain("@page{size:A4");
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(html.match(/class="item"/g)).toHaveLength(defaultChecklist.items.length);
    expect(html).toContain("the perpetrator&#39;s pattern");
  });

  it("a completed checklist shows its coverage with counts, and each answer with its evidence", () => {
    const record = audit([
      {
        item: "child-voice",
        answer: "yes",
        note: "Both children seen alone; their words quoted.",
        foundIn: ["case-notes"],
      },
      { item: "worker-safety", answer: "no", note: "No risk assessment before the home visit." },
    ]);
    const text = completedChecklistToMarkdown(record);
    // Out of two, counts alone: one answer moves a percentage by 50 points (`formatShare` of @st/core/report).
    expect(text).toContain("| All answers | 1 of 2 | 0 of 2 | 0 of 2 | 1 | 0 |");
    expect(text).toContain("Evidence: Both children seen alone; their words quoted.\n\nFound in: Case notes");
    expect(text).toContain("Answer: **not answered**");
    const html = completedChecklistToHtml(record);
    expect(html).toContain("<td>case-0001</td>");
    expect(html).toContain("No risk assessment before the home visit.");
  });

  it("escapes what reviewers typed", () => {
    const record = audit([{ item: "child-voice", answer: "yes", note: "<script>alert(1)</script> | *bold*" }], {
      caseId: "<b>x</b>",
    });
    const html = completedChecklistToHtml(record);
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;");
    const text = completedChecklistToMarkdown(record);
    expect(text).toContain("\\<script\\>alert(1)\\</script\\> \\| \\*bold\\*");
  });

  it("a prompt sheet as HTML holds prompts and no percentages", () => {
    const html = promptSheetToHtml(supervisionPrompts());
    expect(html).toContain('<ul class="prompts">');
    expect(html.replace(/<style>[\s\S]*<\/style>/, "")).not.toMatch(/\d+%/);
  });

  it("a summary as Markdown gives n beside every percentage", () => {
    const text = checklistSummaryToMarkdown(
      summariseChecklists([audit({ "child-voice": "yes" }), audit({ "child-voice": "no" }, { caseId: "case-0002" })], {
        by: "borough",
      }),
    );
    expect(text).toContain("## borough E09000012");
    expect(text).toContain("| child-voice | 1 of 2 |");
    // Twelve audits: percentages appear, each after the counts it comes from.
    const twelve = Array.from({ length: 12 }, (_, i) =>
      audit({ "child-voice": i < 3 ? "yes" : "no" }, { caseId: `case-${String(i + 1).padStart(4, "0")}` }),
    );
    const larger = checklistSummaryToMarkdown(summariseChecklists(twelve, { by: "borough" }));
    expect(larger).toContain("| child-voice | 3 of 12 (25%) |");
    const percentages = [...larger.matchAll(/\((\d+(?:\.\d)?)%\)/g)];
    expect(percentages.length).toBeGreaterThan(0);
    for (const match of percentages) expect(larger.slice(0, match.index)).toMatch(/\d+ of \d+ $/);
  });
});
