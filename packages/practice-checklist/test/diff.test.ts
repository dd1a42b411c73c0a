import {
  type ChecklistDefinition,
  defaultChecklist,
  diff,
  diffToMarkdown,
  legacyRagScale,
  parseChecklistDefinition,
} from "@st/practice-checklist";
import { readFixture } from "@st-internal/test-fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

function copy(): ChecklistDefinition {
  return structuredClone(defaultChecklist);
}

describe("diff", () => {
  it("finds nothing between a definition and itself", () => {
    const result = diff(defaultChecklist, copy());
    expect(result.identical).toBe(true);
    expect(result.items.unchanged).toHaveLength(defaultChecklist.items.length);
    expect(diffToMarkdown(result)).toContain("same content");
  });

  it("shows what a borough changed, item by item", () => {
    const borough = copy();
    borough.id = "example-borough";
    borough.version = "1.1.0";
    borough.scale = legacyRagScale;
    borough.items = borough.items.filter((i) => i.id !== "worker-safety");
    borough.items[0]!.question = "Is the {perpetrator}'s pattern mapped over time?";
    borough.items[1]!.principles = [...borough.items[1]!.principles, "keep-child-safe-and-together"];
    borough.items[2]!.id = "history-checked";
    borough.items.push({
      id: "mash-information-shared",
      section: "pattern",
      question: "Did the MASH share police information within a day?",
      goodPractice: "The MASH record shows the checks.",
      prompts: {},
      principles: ["intervene-with-perpetrator"],
      components: ["pattern-of-coercive-control"],
      evidence: ["partner-agency-records"],
      uses: ["audit"],
    });
    const result = diff(defaultChecklist, borough);
    expect(result.identical).toBe(false);
    expect(result.from).toEqual({ id: "st-practice-checklist", version: "1.0.0" });
    expect(result.to).toEqual({ id: "example-borough", version: "1.1.0" });
    expect(result.checklist.map((c) => c.field)).toEqual(["scale"]);
    expect(result.items.added.map((i) => i.id)).toEqual(["mash-information-shared"]);
    expect(result.items.removed.map((i) => i.id)).toEqual(["worker-safety"]);
    expect(result.items.renamed).toEqual([
      { from: "history-and-other-relationships", to: "history-checked", changes: [] },
    ]);
    expect(result.items.changed).toEqual([
      {
        id: "pattern-beyond-incident",
        changes: [
          {
            field: "question",
            before: defaultChecklist.items[0]!.question,
            after: "Is the {perpetrator}'s pattern mapped over time?",
          },
        ],
      },
      {
        id: "behaviours-named",
        changes: [
          {
            field: "principles",
            before: ["intervene-with-perpetrator"],
            after: ["intervene-with-perpetrator", "keep-child-safe-and-together"],
            added: ["keep-child-safe-and-together"],
            removed: [],
          },
        ],
      },
    ]);
    expect(result.items.moved).toEqual([]);
    const text = diffToMarkdown(result);
    expect(text).toContain("1 added, 1 removed, 1 renamed, 2 changed, 0 moved");
    expect(text).toContain("- removed **worker-safety**");
    expect(text).toContain("principles: + keep-child-safe-and-together");
  });

  it("reports the fewest moves that explain a new order", () => {
    const moved = copy();
    const [first] = moved.items.splice(0, 1);
    moved.items.push(first!);
    expect(diff(defaultChecklist, moved).items.moved).toEqual(["pattern-beyond-incident"]);
  });

  it("compares a borough's YAML file with the default", () => {
    const borough = parseChecklistDefinition(readFixture("borough-checklist.yaml"));
    const result = diff(defaultChecklist, borough);
    expect(result.items.added.map((i) => i.id)).toEqual(["mash-information-shared"]);
    expect(result.items.removed).toHaveLength(defaultChecklist.items.length - 2);
    expect(result.sections.removed.map((s) => s.id)).toHaveLength(defaultChecklist.sections.length - 2);
  });

  it("for any edit, every item is accounted for exactly once", () => {
    const ids = defaultChecklist.items.map((i) => i.id);
    fc.assert(
      fc.property(fc.shuffledSubarray(ids), fc.subarray(ids), (kept, reworded) => {
        const b = copy();
        b.items = kept.map((id) => {
          const item = structuredClone(defaultChecklist.items.find((i) => i.id === id)!);
          if (reworded.includes(id)) item.goodPractice = `${item.goodPractice} Reworded.`;
          return item;
        });
        b.sections = b.sections.filter((s) => b.items.some((i) => i.section === s.id));
        const result = diff(defaultChecklist, b);
        const seen = [
          ...result.items.removed.map((i) => i.id),
          ...result.items.changed.map((i) => i.id),
          ...result.items.unchanged,
        ].sort();
        expect(seen).toEqual([...ids].sort());
        expect(result.items.changed.map((c) => c.id).sort()).toEqual(kept.filter((id) => reworded.includes(id)).sort());
        expect(result.items.added).toEqual([]);
      }),
    );
  });
});
