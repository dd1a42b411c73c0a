import {
  checklistToHtml,
  checklistToMarkdown,
  completedChecklistToHtml,
  completedChecklistToMarkdown,
  cpChairPrompts,
  DEFAULT_CHECKLIST_PROVENANCE,
  defaultChecklist,
  promptSheetToHtml,
  promptSheetToMarkdown,
  supervisionPrompts,
} from "@st/practice-checklist";
import { describe, expect, it } from "vitest";
import { audit } from "./fixtures.js";

/** "1.2" → question, from a Markdown rendering's bold item lines. */
function numbered(md: string): Map<string, string> {
  return new Map([...md.matchAll(/^\*\*(\d+\.\d+) (.+?)\*\*/gm)].map((m) => [m[2]!, m[1]!]));
}

describe("provenance", () => {
  it("is stated in the default definition: based on the published principles, not Appendix 4", () => {
    expect(defaultChecklist.provenance).toBe(DEFAULT_CHECKLIST_PROVENANCE);
    expect(DEFAULT_CHECKLIST_PROVENANCE).toContain("Based on the partnership's published principles");
    expect(DEFAULT_CHECKLIST_PROVENANCE).toContain("not the partnership's Appendix 4");
  });

  it("is on every page rendered from the default", () => {
    const record = audit([{ item: "child-voice", answer: "partly" }]);
    const pages = [
      checklistToMarkdown(),
      checklistToHtml(),
      checklistToMarkdown(defaultChecklist, { use: "cp-chair" }),
      completedChecklistToMarkdown(record),
      completedChecklistToHtml(record),
      promptSheetToMarkdown(cpChairPrompts()),
      promptSheetToHtml(supervisionPrompts()),
    ];
    for (const page of pages) expect(page.replaceAll("&#39;", "'")).toContain("not the partnership's Appendix 4");
  });

  it("is left out for a borough's own definition that states none", () => {
    const { provenance: _, ...own } = defaultChecklist;
    expect(checklistToMarkdown({ ...own, id: "borough-own" })).not.toContain("Appendix 4");
  });
});

describe("item numbers", () => {
  const all = numbered(checklistToMarkdown());

  it("are the same in every mode: a chair's 1.2 is an auditor's 1.2", () => {
    for (const use of ["audit", "supervision", "cp-chair"] as const) {
      for (const [question, number] of numbered(checklistToMarkdown(defaultChecklist, { use }))) {
        expect([use, question, number]).toEqual([use, question, all.get(question)]);
      }
    }
    for (const sheet of [cpChairPrompts(), supervisionPrompts()]) {
      const items = sheet.sections.flatMap((s) => s.items);
      for (const item of items)
        expect([sheet.use, item.question, item.number]).toEqual([sheet.use, item.question, all.get(item.question)]);
      for (const [question, number] of numbered(promptSheetToMarkdown(sheet))) expect(number).toBe(all.get(question));
    }
  });

  it("keep their place when a use leaves items out (the CP chair does not get every item)", () => {
    const chair = cpChairPrompts().sections.flatMap((s) => s.items);
    expect(chair.length).toBeLessThan(defaultChecklist.items.length);
    // At least one item would have been renumbered by counting only the chair's items.
    const renumbered = cpChairPrompts().sections.some((s) =>
      s.items.some((item, i) => item.number !== `${s.number}.${i + 1}`),
    );
    expect(renumbered).toBe(true);
  });
});
