import { cpChairPrompts, defaultChecklist, promptSheetToMarkdown, supervisionPrompts } from "@st/practice-checklist";
import { describe, expect, it } from "vitest";
import { audit } from "./fixtures.js";

describe("supervision and CP-chair modes", () => {
  it("return prompts for the items of their use, and no scores", () => {
    const sheet = supervisionPrompts();
    const items = sheet.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.id)).toEqual(
      defaultChecklist.items.filter((i) => i.uses.includes("supervision")).map((i) => i.id),
    );
    for (const item of items) expect(item.prompts.length).toBeGreaterThan(0);
    const json = JSON.stringify(sheet);
    expect(json).not.toMatch(/"(met|percent|coverage|applicable)"/);
    const chair = cpChairPrompts();
    expect(chair.use).toBe("cp-chair");
    expect(chair.sections.flatMap((s) => s.items).length).toBe(
      defaultChecklist.items.filter((i) => i.uses.includes("cp-chair")).length,
    );
    expect(chair.sections[0]!.items[0]!.prompts[0]).toBe(
      "Can you describe the perpetrator's behaviour over time, beyond the incident in the referral?",
    );
  });

  it("start with what an earlier review found least evidenced, in the reviewer's words", () => {
    const record = audit([
      { item: "child-voice", answer: "partly", note: "Only the eldest child was seen." },
      { item: "worker-safety", answer: "yes" },
      { item: "invitation-to-change", answer: "not-evidenced" },
      { item: "perpetrator-behaviour-expectations", answer: "no", note: "Plan says 'father to engage'." },
    ]);
    const sheet = supervisionPrompts(defaultChecklist, { record });
    expect(sheet.startWith.map((i) => [i.id, i.earlierAnswer])).toEqual([
      ["perpetrator-behaviour-expectations", "No"],
      ["invitation-to-change", "Not evidenced"],
      ["child-voice", "Partly"],
    ]);
    expect(sheet.startWith[2]!.earlierNote).toBe("Only the eldest child was seen.");
    expect(sheet.caseId).toBe("case-0001");
    const text = promptSheetToMarkdown(sheet);
    expect(text).toContain("## Start with");
    expect(text).not.toMatch(/%/);
  });

  it("speak in the profile's words", () => {
    const profile = {
      id: "person-who-uses-harm",
      name: "Person who uses harm",
      terms: {
        perpetrator: { singular: "person who uses harm", plural: "people who use harm" },
        victimSurvivor: { singular: "survivor", plural: "survivors" },
        nonAbusiveParent: { singular: "protective parent", plural: "protective parents" },
        child: { singular: "child", plural: "children" },
        practitioner: { singular: "practitioner", plural: "practitioners" },
        complainant: { singular: "complainant", plural: "complainants" },
        domesticAbuse: { singular: "domestic abuse", plural: "domestic abuse" },
      },
    };
    const sheet = cpChairPrompts(defaultChecklist, { profile });
    const text = JSON.stringify(sheet);
    expect(text).toContain("person who uses harm");
    expect(text).toContain("protective parent");
    expect(text).not.toMatch(/perpetrator's|non-abusive parent/);
  });
});
