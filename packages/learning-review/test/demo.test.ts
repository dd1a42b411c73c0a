import { parseReviewRound, summariseRound, writeReviewRound } from "@st/learning-review";
import { demoBoroughs, demoCaseList, demoRounds } from "@st/learning-review/demo";
import { describe, expect, it } from "vitest";

describe("demo data", () => {
  const rounds = demoRounds();

  it("has two valid rounds for each of two boroughs, the same on every call", () => {
    expect(rounds.map((r) => [r.borough, r.id, r.round])).toEqual([
      ["E09000012", "hk-2024-q2", 1],
      ["E09000012", "hk-2024-q4", 2],
      ["E09000003", "bn-2024-q2", 1],
      ["E09000003", "bn-2024-q4", 2],
    ]);
    for (const r of rounds) expect(parseReviewRound(writeReviewRound(r))).toEqual(JSON.parse(JSON.stringify(r)));
    expect(demoRounds()).toEqual(rounds);
  });

  it("never reviews a case twice, and shows a shortfall in Barnet's first round", () => {
    for (const borough of demoBoroughs) {
      const ids = rounds.filter((r) => r.borough === borough).flatMap((r) => r.cases.map((c) => c.caseId));
      expect(new Set(ids).size).toBe(ids.length);
      expect(demoCaseList(borough).cases.length).toBeGreaterThan(50);
    }
    expect(rounds[2]!.sample!.shortfalls).toEqual([{ cohort: "untrained-unconsulted", wanted: 5, eligible: 4 }]);
  });

  it("has language evidence for every case, derived by the lint", () => {
    for (const r of rounds) {
      expect(r.cases.every((c) => c.language?.origin === "machine")).toBe(true);
      expect(summariseRound(r).total.language.casesWithEvidence).toBe(r.cases.length);
    }
  });
});
