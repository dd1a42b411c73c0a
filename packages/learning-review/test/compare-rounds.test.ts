import { StValidationError } from "@st/core";
import { compareRounds, compareRoundsByBorough, fisherExactTest, safeCompareRounds } from "@st/learning-review";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cohortCases, round } from "./round-fixtures.js";

const q1 = { from: "2024-01-01", to: "2024-03-31" };
const q2 = { from: "2024-04-01", to: "2024-06-30" };
const q3 = { from: "2024-07-01", to: "2024-09-30" };

const rounds = [
  round("r1", q1, [...cohortCases("T1", "trained-consulted", 1), ...cohortCases("U1", "untrained-unconsulted", 5)], 1),
  round("r3", q3, [...cohortCases("T3", "trained-consulted", 0), ...cohortCases("U3", "untrained-unconsulted", 1)], 3),
  round("r2", q2, [...cohortCases("T2", "trained-consulted", 1), ...cohortCases("U2", "untrained-unconsulted", 3)], 2),
];

describe("compareRounds", () => {
  const comparison = compareRounds(rounds, { tests: true });
  const change = (measure: string, cohort: string) =>
    comparison.changes.find((c) => c.measure === measure && c.cohort === cohort)!;

  it("orders rounds by period and follows every measure in every cohort", () => {
    expect(comparison.rounds.map((r) => r.label)).toEqual([
      "round 1 (Jan-Mar 24)",
      "round 2 (Apr-Jun 24)",
      "round 3 (Jul-Sep 24)",
    ]);
    const series = comparison.series.find(
      (s) => s.measure === "language:mutualising" && s.cohort === "untrained-unconsulted",
    )!;
    expect(series.points.map((p) => p.value && `${p.value.count}/${p.value.total}`)).toEqual(["5/5", "3/5", "1/5"]);
    expect(series.machineDerived).toBe(true);
  });

  it("calls out a change in plain language, traceable to its figures", () => {
    const c = change("language:mutualising", "untrained-unconsulted");
    expect(c.statement).toBe(
      "Mutualising language was found in 5 of 5 untrained-unconsulted cases in round 1 (Jan-Mar 24) and 1 of 5 in round 3 (Jul-Sep 24): a fall, for the better.",
    );
    expect(c.from).toEqual({ round: "r1", value: { count: 5, total: 5, percent: 100 } });
    expect(c.to).toEqual({ round: "r3", value: { count: 1, total: 5, percent: 20 } });
    expect(c.pValue).toBeCloseTo(0.0476, 4);
    expect(c.caution).toBe("A change this large is unlikely to be chance alone (Fisher's exact test, p = 0.048).");
  });

  it("says when a change could be chance", () => {
    const c = change("language:mutualising", "trained-consulted");
    expect(c.direction).toBe("down");
    expect(c.caution).toBe(
      "With 5 and 5 cases, a change this size could be chance (Fisher's exact test, p = 1.00); look for the same direction in further rounds.",
    );
  });

  it("applies no significance test unless asked, and says what five and five cases can show", () => {
    const plain = compareRounds(rounds);
    const c = plain.changes.find((x) => x.measure === "language:mutualising" && x.cohort === "untrained-unconsulted")!;
    expect(plain.changes.every((x) => x.pValue === null)).toBe(true);
    expect(c.caution).toBe(
      "With 5 and 5 cases, one case moves the share by 20 percentage points: a direction in these files, not a measure of the borough's practice. Read it with what the reviewers found.",
    );
    expect(`${c.caution} ${plain.notes.join(" ")}`).not.toMatch(/Fisher|p = |p-value|chance alone/);
    expect(plain.notes.join(" ")).toContain("do not set out to measure change across time");
  });

  it("reads more positive signals as better, and counts the whole round too", () => {
    const c = change("language:positive", "untrained-unconsulted");
    expect([c.direction, c.reading]).toEqual(["up", "better"]);
    expect(change("language:mutualising", "all").statement).toMatch(
      /^Mutualising language was found in 6 of 10 \(60%\) cases in round 1/,
    );
  });

  it("leaves measures a round did not record out of its changes", () => {
    const c = comparison.changes.find((x) => x.measure === "checklist:overall");
    expect(c).toBeUndefined(); // no answers in any round
    expect(
      comparison.series.find((s) => s.measure === "checklist:overall")!.points.every((p) => p.value === null),
    ).toBe(true);
  });

  it("compares one borough at a time", () => {
    const other = { ...rounds[0]!, id: "x", borough: "E09000012" as const };
    const result = safeCompareRounds([...rounds, other]);
    expect(!result.ok && result.problems[0]!.code).toBe("mixed_boroughs");
    expect(() => compareRounds([])).toThrow(StValidationError);
    expect(compareRoundsByBorough([...rounds, other]).map((c) => [c.borough, c.rounds.length])).toEqual([
      ["E09000031", 3],
      ["E09000012", 1],
    ]);
  });
});

describe("fisherExactTest", () => {
  it("matches published values", () => {
    // R: fisher.test(matrix(c(1, 9, 11, 3), 2))$p.value
    expect(fisherExactTest(1, 9, 11, 3)).toBeCloseTo(0.002759, 6);
    // R: fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value (the lady tasting tea)
    expect(fisherExactTest(3, 1, 1, 3)).toBeCloseTo(0.4857, 4);
    expect(fisherExactTest(5, 0, 1, 4)).toBeCloseTo(0.04762, 5);
    expect(fisherExactTest(0, 0, 3, 2)).toBe(1);
    expect(() => fisherExactTest(-1, 0, 0, 0)).toThrow(RangeError);
  });

  it("is a probability, symmetric in rows and columns", () => {
    fc.assert(
      fc.property(fc.nat(12), fc.nat(12), fc.nat(12), fc.nat(12), (a, b, c, d) => {
        const p = fisherExactTest(a, b, c, d);
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(fisherExactTest(c, d, a, b)).toBeCloseTo(p, 9);
        expect(fisherExactTest(a, c, b, d)).toBeCloseTo(p, 9);
      }),
    );
  });
});
