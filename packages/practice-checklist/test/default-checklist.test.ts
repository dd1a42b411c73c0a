import { criticalComponentIds, principleIds } from "@st/core/practice";
import {
  checklistUses,
  defaultChecklist,
  languageCategories,
  safeValidateChecklistDefinition,
} from "@st/practice-checklist";
import { describe, expect, it } from "vitest";
import { label } from "../src/labels.js";

const items = defaultChecklist.items;

describe("the default checklist", () => {
  it("is a valid definition", () => {
    const result = safeValidateChecklistDefinition(defaultChecklist);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("has at least 25 items, each in a section, each section holding items", () => {
    expect(items.length).toBeGreaterThanOrEqual(25);
    const sections = defaultChecklist.sections.map((s) => s.id);
    for (const item of items) expect(sections).toContain(item.section);
    for (const id of sections) expect(items.some((item) => item.section === id)).toBe(true);
  });

  it("keeps its item ids stable: changing one is a breaking change for every stored record", () => {
    expect(items.map((item) => item.id)).toEqual([
      "pattern-beyond-incident",
      "behaviours-named",
      "history-and-other-relationships",
      "risk-after-separation",
      "choices-not-loss-of-control",
      "abuse-as-parenting-choice",
      "actions-harming-child",
      "children-used-against-parent",
      "impact-on-each-child",
      "family-functioning",
      "child-voice",
      "protective-efforts-as-strengths",
      "full-spectrum-of-efforts",
      "space-for-action",
      "partnership-default",
      "substance-use-mental-health",
      "culture-and-identity",
      "poverty-housing-immigration",
      "perpetrator-behaviour-expectations",
      "no-survivor-responsibility",
      "plan-supports-protective-efforts",
      "safety-plan-kept-safe",
      "child-needs-in-plan",
      "perpetrator-engagement-documented",
      "invitation-to-change",
      "engagement-safe-for-family",
      "language-names-behaviour",
      "language-no-blame",
      "language-not-minimising",
      "record-safe-to-read",
      "worker-safety",
      "supervision-st-informed",
      "partner-agencies-aligned",
      "decision-based-on-pattern",
    ]);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it("maps every item to at least one principle and one critical component, using @st/core's ids", () => {
    for (const item of items) {
      expect(item.principles.length, item.id).toBeGreaterThan(0);
      expect(item.components.length, item.id).toBeGreaterThan(0);
      for (const p of item.principles) expect(principleIds).toContain(p);
      for (const c of item.components) expect(criticalComponentIds).toContain(c);
    }
  });

  it("serves every principle and every critical component with several items", () => {
    for (const p of principleIds)
      expect(items.filter((i) => i.principles.includes(p)).length, p).toBeGreaterThanOrEqual(5);
    for (const c of criticalComponentIds) {
      expect(items.filter((i) => i.components.includes(c)).length, c).toBeGreaterThanOrEqual(3);
    }
  });

  it("covers what the partnership's reviews look for", () => {
    const has = (id: string, principle?: string) => {
      const item = items.find((i) => i.id === id);
      expect(item, id).toBeDefined();
      if (principle) expect(item!.principles).toContain(principle);
    };
    has("pattern-beyond-incident", "intervene-with-perpetrator"); // pattern beyond the single incident
    has("choices-not-loss-of-control"); // his actions as choices
    has("abuse-as-parenting-choice"); // ... and as parenting
    has("impact-on-each-child"); // multiple pathways to each child
    has("family-functioning");
    has("child-voice");
    has("protective-efforts-as-strengths", "partner-with-non-abusive-parent");
    has("perpetrator-behaviour-expectations", "intervene-with-perpetrator");
    has("no-survivor-responsibility");
    has("perpetrator-engagement-documented");
    has("invitation-to-change");
    has("safety-plan-kept-safe");
    has("substance-use-mental-health");
    has("culture-and-identity");
    has("poverty-housing-immigration");
    has("worker-safety");
    has("partner-agencies-aligned");
    has("supervision-st-informed");
  });

  it("links every language-lint category to exactly one language item", () => {
    for (const category of languageCategories) {
      const claiming = items.filter((item) => item.languageCategories?.includes(category));
      expect(
        claiming.map((i) => i.id),
        category,
      ).toHaveLength(1);
      expect(claiming[0]!.section).toBe("language");
    }
  });

  it("serves all three uses, with prompts for each item used in supervision or by CP chairs", () => {
    for (const use of checklistUses) expect(items.filter((i) => i.uses.includes(use)).length, use).toBeGreaterThan(10);
    for (const item of items) {
      expect(item.uses).toContain("audit");
      if (item.uses.includes("supervision")) expect(item.prompts.supervision?.length, item.id).toBeGreaterThan(0);
      if (item.uses.includes("cp-chair")) expect(item.prompts["cp-chair"]?.length, item.id).toBeGreaterThan(0);
    }
  });

  it("never hard-codes the words for people: every label goes through the terminology profile", () => {
    const texts = [
      defaultChecklist.title,
      defaultChecklist.description ?? "",
      ...defaultChecklist.sections.flatMap((s) => [s.title, s.description ?? ""]),
      ...items.flatMap((i) => [
        i.question,
        i.goodPractice,
        ...(i.prompts.supervision ?? []),
        ...(i.prompts["cp-chair"] ?? []),
      ]),
    ];
    for (const text of texts) {
      const outsidePlaceholders = text.replace(/\{[^}]*\}/g, "");
      expect(outsidePlaceholders, text).not.toMatch(/\bperpetrators?\b|\bnon-abusive parent|\bvictim-survivor/i);
      const rendered = label(text);
      expect(rendered, text).not.toMatch(/[{}]/);
    }
  });
});
