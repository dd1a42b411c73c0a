import { defaultRulePack, defaultRules, parsePattern, parseRules, safeParseRules, sources } from "@st/language-lint";
import { describe, expect, it } from "vitest";

describe("the default pack", () => {
  it("has at least 120 rules over the five categories, with positive signals besides", () => {
    const concerns = defaultRules.filter((r) => r.kind !== "positive");
    expect(concerns.length).toBeGreaterThanOrEqual(120);
    for (const category of ["mutualising", "responsibilising", "minimising", "hidden-perpetrator", "vague"])
      expect(concerns.filter((r) => r.category === category).length).toBeGreaterThanOrEqual(10);
    expect(defaultRules.some((r) => r.kind === "positive")).toBe(true);
    expect(defaultRulePack.rules).toHaveLength(defaultRules.length);
  });

  it("is valid against the rule schema, with unique ids", () => {
    expect(parseRules(defaultRules)).toHaveLength(defaultRules.length);
  });

  it("cites only sources it knows, and every explanation says why", () => {
    for (const rule of defaultRules) {
      expect(rule.sources?.length, rule.id).toBeGreaterThan(0);
      for (const code of rule.sources ?? []) expect(sources[code], `${rule.id} cites ${code}`).toBeDefined();
      expect(rule.explanation.length, rule.id).toBeGreaterThan(80);
    }
  });

  it("uses only placeholders and captures that exist in its suggestions", () => {
    for (const rule of defaultRules) {
      const captures = new Set(rule.patterns.flatMap((p) => [...p.matchAll(/([a-z][a-z0-9-]*)=/g)].map((m) => m[1])));
      for (const s of rule.suggestions)
        for (const [, name] of s.matchAll(/\{([a-z][a-z0-9-]*)\}/g))
          expect(
            ["perpetrator", "survivor", "child", "behaviour"].includes(name!) || captures.has(name!),
            `${rule.id}: {${name}}`,
          ).toBe(true);
      for (const p of [...rule.patterns, ...(rule.exceptions ?? [])]) expect(() => parsePattern(p)).not.toThrow();
    }
  });
});

describe("rule validation", () => {
  it("names unknown fields, bad ids and duplicates", () => {
    const [rule] = defaultRules;
    const result = safeParseRules([
      { ...rule, colour: "red" },
      { ...rule, id: "Bad Id" },
      { ...rule, id: "vague/wrong-family" },
      rule,
      rule,
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const codes = result.problems.map((p) => p.code);
    expect(codes).toContain("unknown_field");
    expect(result.problems.find((p) => p.code === "unknown_field")?.message).toContain("colour");
    const second = safeParseRules([{ ...rule, id: "vague/wrong-family" }, rule, rule]);
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.problems.map((p) => p.code).sort()).toEqual(["duplicate_id", "invalid_id"]);
  });
});

describe("JSON Schemas", () => {
  it("describe rules and configuration for boroughs outside TypeScript", async () => {
    const { lintConfigJsonSchema, ruleJsonSchema } = await import("@st/language-lint");
    const rule = ruleJsonSchema() as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(rule.required).toEqual(expect.arrayContaining(["id", "version", "category", "patterns", "examples"]));
    expect(rule.additionalProperties).toBe(false);
    const config = lintConfigJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(config.properties)).toEqual(expect.arrayContaining(["profile", "rules", "allow", "addRules"]));
  });
});
