import {
  type AdditiveGroup,
  applySuppression,
  defaultSuppressionRule,
  type RawFigure,
  smallNumbersRule,
} from "@st/returns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const raw = (
  id: string,
  value: number,
  n = value,
  kind: "count" | "share" = n === value ? "count" : "share",
): RawFigure => ({
  id: `complaints/${id}`,
  section: "complaints",
  label: id,
  kind,
  unit: "complaints",
  definition: { id: "st-complaints-proforma", version: "1" },
  value,
  n,
  caveats: [],
  sources: [],
});

describe("applySuppression", () => {
  it('shows counts 1 to 4 as "<5" and keeps 0 and 5', () => {
    const out = applySuppression([raw("a", 0), raw("b", 1), raw("c", 4), raw("d", 5)], []);
    expect(out.map((f) => f.display)).toEqual(["0", "<5", "<5", "5"]);
    expect(out.map((f) => f.status)).toEqual(["shown", "suppressed", "suppressed", "shown"]);
    expect(out[1]!.value).toBeNull();
    expect(out[1]!.n).toBeNull();
  });

  it("withholds a second part so a total cannot reveal the first (secondary suppression)", () => {
    const figures = [raw("total", 20), raw("stage1", 3), raw("stage2", 9), raw("stage3", 8)];
    const groups = [
      { total: "complaints/total", parts: ["complaints/stage1", "complaints/stage2", "complaints/stage3"] },
    ];
    const out = applySuppression(figures, groups);
    // The smallest other part is withheld, so as little as possible is lost.
    expect(out.map((f) => f.display)).toEqual(["20", "<5", "9", "[c]"]);
    expect(out[3]!.status).toBe("secondary");
  });

  it("withholds a share whose remainder is small: 23 of 25 tells that 2 did not", () => {
    const [f] = applySuppression([raw("met", 23, 25)], []);
    expect(f!.display).toBe("[c] of 25");
    expect(f!.n).toBe(25);
    const [g] = applySuppression([raw("met", 23, 25)], [], smallNumbersRule(5, { complements: false }));
    expect(g!.display).toBe("23 of 25");
  });

  it("takes a configurable threshold", () => {
    const rule = smallNumbersRule(10);
    expect(applySuppression([raw("a", 9), raw("b", 10)], [], rule).map((f) => f.display)).toEqual(["<10", "10"]);
    expect(rule.text).toContain("1 to 9");
  });

  it("never shows a small number, and no total with exactly one withheld part (any figures, any groups)", () => {
    const figureSet = fc
      .array(fc.tuple(fc.nat(30), fc.nat(30), fc.boolean()), { minLength: 2, maxLength: 8 })
      .map((xs) =>
        xs.map(([a, b, share], i) => (share ? raw(`f${i}`, Math.min(a, b), Math.max(a, b), "share") : raw(`f${i}`, a))),
      );
    fc.assert(
      fc.property(figureSet, fc.integer({ min: 2, max: 10 }), (parts, threshold) => {
        // A total that really is the sum of its parts, as the builders declare them.
        const counts = parts.filter((p) => p.kind === "count");
        if (counts.length < 2) return;
        const total = raw(
          "total",
          counts.reduce((s, p) => s + p.value, 0),
        );
        const groups: AdditiveGroup[] = [{ total: total.id, parts: counts.map((p) => p.id) }];
        const rule = smallNumbersRule(threshold);
        const out = applySuppression([total, ...parts], groups, rule);
        const small = (x: number | null) => x !== null && x >= 1 && x < threshold;
        for (const f of out) {
          if (f.status !== "shown") continue;
          expect(small(f.value)).toBe(false);
          if (f.kind === "share") expect(small(f.n) || small(f.n! - f.value!)).toBe(false);
        }
        const members = [total.id, ...counts.map((p) => p.id)].map((id) => out.find((f) => f.id === id)!);
        expect(members.filter((m) => m.value === null)).not.toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it("states its rule in words", () => {
    expect(defaultSuppressionRule.text).toMatch(/1 to 4 .* "<5"/);
  });
});
