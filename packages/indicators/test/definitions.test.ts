import { isStValidationError } from "@st/core";
import {
  type CareStartWithDaRule,
  caveats,
  daDefinition,
  describeDaDefinition,
  getIndicatorSet,
  INDICATOR_IDS,
  type IndicatorSet,
  indicatorSets,
  parseIndicatorSet,
  referralIssueTest,
  safeDaDefinition,
  safeIndicatorSet,
  withUnits,
} from "@st/indicators";
import { describe, expect, it } from "vitest";

describe("the indicator sets as versioned data", () => {
  it("has the 2023 set and the 2025 set, where re-referrals replace children into care", () => {
    expect(indicatorSets["2023"].indicators.map((i) => i.id)).toEqual([
      "da-referral-on-intake",
      "da-flagged-after-assessment",
      "cp-plans-with-da",
      "children-into-care-with-da",
    ]);
    expect(indicatorSets["2025"].indicators.map((i) => i.id)).toEqual([
      "da-referral-on-intake",
      "da-flagged-after-assessment",
      "cp-plans-with-da",
      "da-re-referrals",
    ]);
    expect(indicatorSets["2025"].appliesFrom).toBe("2025-Q2");
  });

  it("dates the 2023 set to the start of Year 2, before the report period's July 2023", () => {
    const set = indicatorSets["2023"];
    expect(set.appliesFrom < "2023-Q3").toBe(true);
    expect(set.agreed).toContain("start of Year 2");
    expect(set.agreed).toContain("only because its report period");
    expect(set.agreed).not.toContain("first published figures are for July to September 2023");
  });

  it("validates against its own schema, every id fixed and every caveat known", () => {
    for (const set of Object.values(indicatorSets)) {
      expect(parseIndicatorSet(set)).toEqual(set);
      for (const indicator of set.indicators) {
        expect(INDICATOR_IDS).toContain(indicator.id);
        for (const id of indicator.caveats) expect(caveats[id].text.length).toBeGreaterThan(20);
      }
    }
  });

  it("lets a borough load its own variant, and names what is wrong with it", () => {
    const variant = structuredClone(indicatorSets["2025"]) as unknown as Record<string, unknown>;
    (variant.indicators as { rule: { windowMonths?: number } }[])[3]!.rule.windowMonths = 6;
    expect(safeIndicatorSet({ ...variant, id: "hackney-2025", version: 2 }).ok).toBe(true);
    const result = safeIndicatorSet({ ...variant, colour: "red", version: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path).sort()).toEqual(["colour", "version"]);
      expect(result.problems.every((p) => p.message.length > 0)).toBe(true);
    }
  });

  it("changes a counting unit only to one its rule allows", () => {
    expect(withUnits(indicatorSets["2023"], { "cp-plans-with-da": "children" }).indicators[2]!.rule.unit).toBe(
      "children",
    );
    expect(() => withUnits(indicatorSets["2023"], { "cp-plans-with-da": "referrals" })).toThrow(/indicator set/);
  });

  it("takes rules written with read-only lists, and refuses a rule kind there is not", () => {
    const rule = {
      kind: "care-start-with-da",
      unit: "care-starts",
      reasonsForNewEpisode: ["S", "P"],
      excludeLegalStatuses: [],
      onlyLegalStatuses: ["C2"],
      factorTiming: "on-or-before-start",
    } as const satisfies CareStartWithDaRule;
    const base = indicatorSets["2023"];
    const set = {
      ...base,
      indicators: base.indicators.map((i) => (i.id === "children-into-care-with-da" ? { ...i, rule } : i)),
    } satisfies IndicatorSet;
    expect(parseIndicatorSet(set)).toEqual(set);
    const unknown = {
      ...base,
      indicators: base.indicators.map((i) => ({ ...i, rule: { kind: "s47", unit: "children" } })),
    };
    const result = safeIndicatorSet(unknown);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain("indicators.0.rule.kind");
  });

  it("names the sets there are when asked for one that is not", () => {
    expect(() => getIndicatorSet("2024")).toThrow('no indicator set "2024"; the sets are 2023 and 2025');
  });
});

describe("the DA definition as a parameter", () => {
  it("defaults to all three factors, noting that 3B is the nearest IPV proxy", () => {
    const notes = describeDaDefinition(daDefinition({ factors: ["3A", "3B", "3C"] }));
    expect(notes.join(" ")).toContain("3B (a parent or carer is the subject) is the nearest proxy");
  });

  it("refuses factors that are not DA factors, and unknown fields", () => {
    const result = safeDaDefinition({ factors: ["3B", "3D"], colour: "red" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path).sort()).toEqual(["colour", "factors.1"]);
    try {
      daDefinition({ factors: [] });
    } catch (error) {
      expect(isStValidationError(error)).toBe(true);
      expect((error as Error).message).toContain("DA definition");
    }
  });

  it("matches referral issues ignoring case and spacing, and nothing else", () => {
    const test = referralIssueTest({ daValues: ["DA", "Domestic abuse"] });
    expect(test("DA")).toBe(true);
    expect(test(" domestic   ABUSE ")).toBe(true);
    expect(test("Domestic abuse and neglect")).toBe(false);
    expect(test(undefined)).toBe(false);
  });
});
