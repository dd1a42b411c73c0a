import { readFileSync } from "node:fs";
import {
  computeIndicators,
  type DaDefinition,
  type IndicatorTable,
  readCareEpisodes,
  readReferralReasons,
} from "@st/indicators";
import { describe, expect, it } from "vitest";

// The synthetic census files in test/fixtures were written by hand; each child's comment says which
// edge case it is. The figures below were worked out from those comments, child by child.

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const y2024 = { source: fixture("synthetic-cin-2024.xml"), fileName: "synthetic-cin-2024.xml" };
const y2025 = { source: fixture("synthetic-cin-2025.xml"), fileName: "synthetic-cin-2025.xml" };
const { episodes } = readCareEpisodes(fixture("synthetic-ssda903-episodes.csv"));
const da: DaDefinition = {
  factors: ["3A", "3B", "3C"],
  referralIssue: { field: "LocalReferralIssue", daValues: ["DA", "DV", "Domestic abuse"] },
};
const HACKNEY = "E09000012";
const QUARTERS = ["2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"];

function values(table: IndicatorTable, indicator: string): (number | null)[] {
  return QUARTERS.map(
    (q) =>
      table.series.find((p) => p.borough === HACKNEY && p.indicator === indicator && p.quarter === q)?.value ?? NaN,
  );
}

describe("known answers from the synthetic census (2023 set, two years)", async () => {
  const { table, files } = await computeIndicators([y2024, y2025], { da, careEpisodes: episodes });

  it("reads both layouts and maps LEA 204 to Hackney", () => {
    expect(files.map((f) => [f.children, f.episodes, f.problemCount])).toEqual([
      [10, 12, 0],
      [7, 8, 0],
    ]);
    expect(table.definition).toBe("2023");
    expect(new Set(table.series.map((p) => p.borough))).toEqual(new Set([HACKNEY]));
    expect([...new Set(table.series.map((p) => p.quarter))]).toEqual(QUARTERS);
  });

  it("counts DA referrals on intake by referral date, on both sides of a quarter boundary", () => {
    // Q3: C1 (30 Sep) and C6's two referrals; Q4: C2 (1 Oct, "domestic abuse" in another case).
    // C4's 2023 referral, returned again in the 2025 file, is counted once.
    expect(values(table, "da-referral-on-intake")).toEqual([2, 3, 1, 4, 1, 0, 0, 5]);
  });

  it("counts each episode once, in the quarter its first DA assessment was authorised", () => {
    // C1 referred in Q3 is counted in Q4; C3's DA factor first appears at its second assessment (Q3);
    // C5 counts once per episode; C14's unauthorised assessment does not count; C4 is not counted again in 2024/25.
    expect(values(table, "da-flagged-after-assessment")).toEqual([2, 2, 2, 1, 0, 1, 0, 0]);
  });

  it("counts CP plans only when a DA assessment was authorised on or before the plan started", () => {
    // C3's first plan predates its DA assessment; its second starts that day. C4's Q4 2023 plan belongs to
    // a Q2 episode; its 2024 plan counts because the DA flag is carried over from the 2024 file. C11 (GP referral, 3A
    // as a referral source) never counts.
    expect(values(table, "cp-plans-with-da")).toEqual([0, 1, 1, 0, 1, 0, 0, 0]);
  });

  it("counts children into care with DA, excluding short breaks and children without DA", () => {
    // C5 (episode closed before the start: the latest before it); C6 (second start only);
    // C4 (two starts in Q4, one child); C13 in 2024/25. C3's V3 short break, C11 (no DA) and a child
    // with no CIN record are not counted; nor is C11, whose start predates its only referral.
    expect(values(table, "children-into-care-with-da")).toEqual([1, 1, 1, 0, 0, 1, 0, 0]);
    expect(table.notes.join("\n")).toContain("2 of 8 children starting to be looked after");
  });

  it("carries every caveat and the DA definition in its notes", () => {
    const notes = table.notes.join("\n");
    expect(notes).toContain("3B (a parent or carer is the subject) is the nearest proxy");
    expect(notes).toContain("Caveat: Some boroughs use the legal definition");
    expect(notes).toContain("Caveat: Domestic abuse is rarely selectable as a factor in a care plan");
    expect(table.caveats?.map((c) => c.id)).toContain("identification-offsets");
  });
});

describe("counting units", async () => {
  it("counts children once a quarter when asked", async () => {
    const { table } = await computeIndicators([y2024, y2025], {
      da,
      careEpisodes: episodes,
      units: { "da-referral-on-intake": "children", "children-into-care-with-da": "care-starts" },
    });
    expect(values(table, "da-referral-on-intake")).toEqual([2, 2, 1, 4, 1, 0, 0, 5]);
    // C4 started twice in Q4 2023: two periods of care.
    expect(values(table, "children-into-care-with-da")).toEqual([1, 1, 2, 0, 0, 1, 0, 0]);
  });
});

describe("re-referrals (2025 set)", () => {
  it("counts re-referrals within 12 calendar months, across the census year boundary", async () => {
    const { table } = await computeIndicators([y2024, y2025], { da, definition: "2025" });
    // C6 (Q3 2023), C5 (Q1 2024); in 2025-Q1: C7 at 364 days and C9 at exactly 12 months count,
    // C8 at 366 days does not, C10 at 364 days within one census year counts.
    expect(values(table, "da-re-referrals")).toEqual([0, 1, 0, 1, 0, 0, 0, 3]);
    expect(table.series.some((p) => p.indicator === "children-into-care-with-da")).toBe(false);
  });

  it("undercounts without the previous year, and says so", async () => {
    const { table } = await computeIndicators([y2025], { da, definition: "2025" });
    expect(table.series.find((p) => p.indicator === "da-re-referrals" && p.quarter === "2025-Q1")?.value).toBe(1);
    expect(table.notes.join("\n")).toMatch(/re-referrals in Apr-Jun 24 to Jan-Mar 25 may be undercounted/);
  });

  it("falls back to DA factors without a referral-issue mapping, with a note", async () => {
    const { table } = await computeIndicators([y2024, y2025], { definition: "2025" });
    expect(values(table, "da-re-referrals")).toEqual([0, 1, 0, 1, 0, 0, 0, 0]);
    expect(table.notes.join("\n")).toContain("no referral-issue mapping was given");
  });
});

describe("what the census cannot say is null, never a guess", () => {
  it("leaves DA referrals on intake null without a mapping, and says why", async () => {
    const { table } = await computeIndicators([y2024]);
    const intake = table.series.filter((p) => p.indicator === "da-referral-on-intake");
    expect(intake.length).toBe(4);
    expect(intake.every((p) => p.value === null)).toBe(true);
    expect(table.notes.join("\n")).toContain("does not record why a child was referred");
  });

  it("leaves children into care null without an episodes file", async () => {
    const { table } = await computeIndicators([y2024], { da });
    expect(
      table.series.filter((p) => p.indicator === "children-into-care-with-da").every((p) => p.value === null),
    ).toBe(true);
  });

  it("leaves quarters no census file covers null", async () => {
    const { table } = await computeIndicators([y2025], { da, from: "2024-01-01", to: "2024-06-30" });
    const q1 = table.series.filter((p) => p.quarter === "2024-Q1");
    expect(q1.every((p) => p.value === null)).toBe(true);
    expect(table.series.find((p) => p.quarter === "2024-Q2" && p.indicator === "cp-plans-with-da")?.value).toBe(0);
    expect(table.notes.join("\n")).toContain("no source covers Jan-Mar 24");
  });

  it("without the earlier year, a plan in a continuing episode cannot see its DA flag", async () => {
    const { table } = await computeIndicators([y2025], { da });
    expect(table.series.find((p) => p.quarter === "2024-Q2" && p.indicator === "cp-plans-with-da")?.value).toBe(0);
  });
});

describe("the referral issue from a separate extract", () => {
  it("gives the same figures as the local element", async () => {
    const { reasons, problems } = readReferralReasons(fixture("synthetic-referral-reasons.csv"));
    expect(problems).toEqual([]);
    const { table } = await computeIndicators([y2024, y2025], {
      da: { factors: ["3A", "3B", "3C"], referralIssue: { daValues: ["DA", "DV", "Domestic abuse"] } },
      referralReasons: reasons,
    });
    expect(values(table, "da-referral-on-intake")).toEqual([2, 3, 1, 4, 1, 0, 0, 5]);
  });
});

describe("the DA definition as a parameter", () => {
  it("counts only the chosen factors", async () => {
    const { table } = await computeIndicators([y2024, y2025], { da: { factors: ["3B"] } });
    // 3B only: C1 (Q4), C4 (Q2), C5 twice (Q2, 2024-Q1).
    expect(values(table, "da-flagged-after-assessment")).toEqual([2, 0, 1, 1, 0, 0, 0, 0]);
    expect(table.notes.join("\n")).toContain("Only 3B counted");
  });

  it("refuses census files given newest first", async () => {
    await expect(computeIndicators([y2025, y2024])).rejects.toThrow(/oldest first/);
  });
});
