import {
  attachLanguageFindings,
  completedChecklistToHtml,
  completedChecklistToMarkdown,
  cpChairPrompts,
  defaultChecklist,
  type LanguageFinding,
  languageSuggestions,
  promptSheetToHtml,
  promptSheetToMarkdown,
  score,
  supervisionPrompts,
  validateCompletedChecklists,
} from "@st/practice-checklist";
import { describe, expect, it } from "vitest";
import { audit, stored } from "./fixtures.js";

const findings: LanguageFinding[] = [
  {
    ruleId: "mutualising/volatile-relationship",
    category: "mutualising",
    message: "Describes abuse as a relationship problem.",
    excerpt: "volatile relationship",
    line: 3,
    column: 14,
    suggestions: ["name what he did"],
  },
  {
    ruleId: "responsibilising/failed-to-protect",
    category: "responsibilising",
    message: "Holds the mother responsible for his behaviour.",
    excerpt: "failed to protect",
    line: 7,
    column: 1,
  },
  { ruleId: "future/new-category", category: "newly-invented", message: "Something else.", excerpt: "x" },
  {
    ruleId: "positive/names-behaviour",
    category: "other",
    message: "Names what he did.",
    excerpt: "he hit",
    positive: true,
  },
];

describe("language-lint findings as suggested evidence", () => {
  it("attach to the language item claiming each category, marked as machine suggestions", () => {
    const record = attachLanguageFindings(audit({ "language-names-behaviour": "partly" }), findings, {
      source: "note-1.txt",
    });
    expect(record.suggestions?.map((s) => [s.item, s.category, s.origin, s.source])).toEqual([
      ["language-names-behaviour", "mutualising", "language-lint", "note-1.txt"],
      ["language-no-blame", "responsibilising", "language-lint", "note-1.txt"],
      ["language-not-minimising", "other", "language-lint", "note-1.txt"],
    ]);
    expect(record.suggestions?.some((s) => s.ruleId.startsWith("positive/"))).toBe(false);
    expect(validateCompletedChecklists(stored(record))).toHaveLength(1);
  });

  it("never change an answer or a score", () => {
    const plain = audit({ "language-names-behaviour": "yes" });
    const withSuggestions = attachLanguageFindings(plain, findings);
    expect(withSuggestions.answers).toEqual(plain.answers);
    expect(score(withSuggestions)).toEqual(score(plain));
  });

  it("replace earlier suggestions from the same source instead of doubling them", () => {
    const once = attachLanguageFindings(audit({}), findings, { source: "note-1.txt" });
    const twice = attachLanguageFindings(once, findings, { source: "note-1.txt" });
    expect(twice.suggestions).toEqual(once.suggestions);
    const other = attachLanguageFindings(once, findings.slice(0, 1), { source: "note-2.txt" });
    expect(other.suggestions).toHaveLength(4);
    expect(attachLanguageFindings(once, [], { source: "note-1.txt" }).suggestions).toBeUndefined();
  });

  it("are shown under their item in printouts, clearly marked", () => {
    const record = attachLanguageFindings(audit({ "language-names-behaviour": "partly" }), findings, {
      source: "note-1.txt",
    });
    const markdown = completedChecklistToMarkdown(record);
    expect(markdown).toContain("Machine suggestions (language lint; check each before relying on it)");
    expect(markdown).toContain("“volatile relationship” (note-1.txt, line 3)");
    const html = completedChecklistToHtml(record);
    expect(html).toContain(
      '<div class="caveat"><p><strong>Machine suggestions (language lint; check each before relying on it)</strong></p><ul><li>“volatile relationship” (note-1.txt, line 3)',
    );
  });
});

describe("suggestions without a completed checklist", () => {
  it("languageSuggestions gives the same suggestions attachLanguageFindings attaches", () => {
    const alone = languageSuggestions(findings, { source: "note.txt" });
    expect(alone).toEqual(attachLanguageFindings(audit({}), findings, { source: "note.txt" }).suggestions);
    expect(alone.every((s) => s.origin === "language-lint")).toBe(true);
    expect(alone.some((s) => s.ruleId.startsWith("positive/"))).toBe(false);
  });

  it("supervision prompts show them under the language items; CP-chair prompts keep them apart", () => {
    const suggestions = languageSuggestions(findings, { source: "note.txt" });
    const sheet = supervisionPrompts(defaultChecklist, { suggestions });
    const items = sheet.sections.flatMap((s) => s.items);
    expect(items.flatMap((i) => i.suggestions ?? [])).toEqual(suggestions);
    expect(sheet.otherSuggestions).toBeUndefined();
    expect(sheet.startWith).toEqual([]);
    const chair = cpChairPrompts(defaultChecklist, { suggestions });
    expect(chair.otherSuggestions).toEqual(suggestions);
    expect(promptSheetToMarkdown(chair)).toContain("Machine suggestions for items outside these prompts");
    expect(promptSheetToHtml(chair)).toContain("Machine suggestions for items outside these prompts");
    expect(JSON.stringify(chair)).not.toMatch(/"percent"|"met"/);
  });
});
