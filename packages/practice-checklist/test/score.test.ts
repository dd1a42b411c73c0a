import { StValidationError } from "@st/core";
import {
  COVERAGE_RULE,
  defaultChecklist,
  legacyRagScale,
  parseChecklistDefinition,
  score,
} from "@st/practice-checklist";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { audit } from "./fixtures.js";

describe("score", () => {
  it("refuses a missing record with a coded error naming the function and the argument", () => {
    // @ts-expect-error: a caller without types can pass nothing
    const call = () => score(undefined);
    expect(call).toThrow(StValidationError);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(
      '1 problem in the arguments of score:\n  - "Completed checklist": is not a completed checklist (expected a completed checklist, found nothing)',
    );
    try {
      call();
    } catch (error) {
      expect((error as StValidationError).problems).toEqual([
        expect.objectContaining({ path: "record", field: "Completed checklist", code: "invalid_type" }),
      ]);
    }
  });

  it("counts coverage per principle, excluding 'not applicable', with the counts behind each percentage", () => {
    // pattern-beyond-incident: intervene + keep-safe; behaviours-named: intervene;
    // protective-efforts-as-strengths: partner + keep-safe; full-spectrum-of-efforts: partner;
    // culture-and-identity: keep-safe + intervene.
    const result = score(
      audit({
        "pattern-beyond-incident": "yes",
        "behaviours-named": "partly",
        "protective-efforts-as-strengths": "no",
        "full-spectrum-of-efforts": "not-evidenced",
        "culture-and-identity": "not-applicable",
      }),
    );
    const principle = (id: string) => result.principles.find((p) => p.id === id)!;
    expect(principle("intervene-with-perpetrator")).toMatchObject({
      applicable: 2,
      met: { count: 1, total: 2, percent: 50 },
      partlyMet: { count: 1, total: 2, percent: 50 },
      answers: { yes: 1, partly: 1, no: 0, "not-evidenced": 0, "not-applicable": 1 },
    });
    expect(principle("keep-child-safe-and-together")).toMatchObject({
      applicable: 2,
      met: { count: 1, total: 2, percent: 50 },
      answers: { yes: 1, no: 1, "not-applicable": 1 },
    });
    expect(principle("partner-with-non-abusive-parent")).toMatchObject({
      applicable: 2,
      met: { count: 0, total: 2, percent: 0 },
      notEvidenced: { count: 1, total: 2, percent: 50 },
    });
    expect(result.overall).toMatchObject({ applicable: 4, met: { count: 1, total: 4, percent: 25 } });
    expect(result.rule).toBe(COVERAGE_RULE);
    expect(result.rule).toMatch(/not applicable/i);
  });

  it("gives null, not 0%, where nothing applicable was answered", () => {
    const result = score(audit({ "culture-and-identity": "not-applicable" }));
    const intersections = result.components.find((c) => c.id === "intersections")!;
    expect(intersections.met).toEqual({ count: 0, total: 0, percent: null });
    expect(result.overall.applicable).toBe(0);
  });

  it("counts an item once towards each principle and component it serves", () => {
    const result = score(audit({ "supervision-st-informed": "yes" }));
    for (const p of result.principles) expect(p.met).toEqual({ count: 1, total: 1, percent: 100 });
    for (const c of result.components) expect(c.met).toEqual({ count: 1, total: 1, percent: 100 });
    expect(result.overall.met).toEqual({ count: 1, total: 1, percent: 100 });
  });

  it("lists the items of the record's use left unanswered and counts them nowhere", () => {
    const answered = audit({ "child-voice": "yes" });
    const result = score(answered);
    expect(result.unanswered).toHaveLength(defaultChecklist.items.length - 1);
    expect(result.unanswered).not.toContain("child-voice");
    const chair = score(audit({ "child-voice": "yes" }, { use: "cp-chair", reviewer: { role: "cp-chair" } }));
    expect(chair.unanswered).toHaveLength(defaultChecklist.items.filter((i) => i.uses.includes("cp-chair")).length - 1);
  });

  it("scores per section too, with section titles in the profile's words", () => {
    const result = score(audit({ "child-voice": "no", "impact-on-each-child": "yes" }));
    const section = result.sections.find((s) => s.id === "harm-to-child")!;
    expect(section.title).toBe("How the perpetrator's behaviour harms each child");
    expect(section.met).toEqual({ count: 1, total: 2, percent: 50 });
  });

  it("scores a borough's RAG-rated audit through its scale: green is met, amber partly, red not", () => {
    const rag = parseChecklistDefinition(stringify({ ...defaultChecklist, id: "rag-borough", scale: legacyRagScale }));
    const record = audit(
      { "pattern-beyond-incident": "green", "behaviours-named": "amber", "choices-not-loss-of-control": "red" },
      { checklist: { id: "rag-borough", version: "1.0.0" } },
    );
    const result = score(record, rag);
    expect(result.overall.answers).toMatchObject({ yes: 1, partly: 1, no: 1 });
    expect(result.overall.met).toEqual({ count: 1, total: 3, percent: 33.3 });
  });

  it("refuses a record of another checklist, an unknown item, an answer off the scale, and a repeated item", () => {
    const other = audit({}, { checklist: { id: "st-practice-checklist", version: "0.9.0" } });
    expect(() => score(other)).toThrow(StValidationError);
    expect(() => score(audit({ "no-such-item": "yes" }))).toThrow(/not an item of the checklist/);
    expect(() => score(audit({ "child-voice": "maybe" }))).toThrow(/not an answer on the checklist's scale/);
    expect(() =>
      score(
        audit([
          { item: "child-voice", answer: "yes" },
          { item: "child-voice", answer: "no" },
        ]),
      ),
    ).toThrow(/more than once/);
  });
});
