import { defineTerminology, personWhoUsesHarmTerminology } from "@st/core/practice";
import {
  complaintsIndicator,
  describeOutlierRule,
  type IndicatorTable,
  outlierQuarters,
  partnershipTotals,
  publishedPartnershipReturns,
  quarterOnQuarter,
  ratesPer10000,
  recentDirection,
  type SeriesPoint,
  seriesFor,
} from "@st/indicators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const published = publishedPartnershipReturns();
const QUARTERS = ["2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"] as const;
const series = (values: (number | null)[]): SeriesPoint[] =>
  values.map((value, i) => ({ borough: "E09000012", indicator: "cp-plans-with-da", quarter: QUARTERS[i]!, value }));

describe("quarter-on-quarter change", () => {
  it("gives the change and the percentage, and nothing across a missing quarter", () => {
    expect(quarterOnQuarter(series([10, 15, null, 12])).map((c) => [c.change, c.percentChange])).toEqual([
      [null, null],
      [5, 50],
      [null, null],
      [null, null],
    ]);
  });
});

describe("direction over the last quarters", () => {
  it("reads Hackney's DA flagged after assessment as falling over the last two quarters", () => {
    const result = recentDirection(seriesFor(published, "E09000012", "da-flagged-after-assessment"));
    expect(result).toEqual({
      direction: "falling",
      quarters: ["2024-Q3", "2024-Q4", "2025-Q1"],
      values: [195, 171, 133],
      changes: [-24, -38],
    });
  });

  it("judges a borough that stopped returning on its last returns", () => {
    // Newham's last returns: 287 (Jan-Mar 24) then 280 (Apr-Jun 24), after 283.
    expect(recentDirection(seriesFor(published, "E09000025", "da-referral-on-intake")).quarters).toEqual([
      "2023-Q4",
      "2024-Q1",
      "2024-Q2",
    ]);
  });

  it("says unknown across a gap, and mixed, rising and flat where they are", () => {
    expect(recentDirection(series([1, null, 3])).direction).toBe("unknown");
    expect(recentDirection(series([1, 3, 2])).direction).toBe("mixed");
    expect(recentDirection(series([1, 2, 3])).direction).toBe("rising");
    expect(recentDirection(series([2, 2, 2])).direction).toBe("flat");
    expect(recentDirection(series([2, 2])).direction).toBe("unknown");
  });
});

describe("outlier quarters by the modified z-score", () => {
  it("flags Barking and Dagenham's 35 children into care in Oct-Dec 24", () => {
    const result = outlierQuarters(seriesFor(published, "E09000002", "children-into-care-with-da"));
    expect(result.median).toBe(15);
    expect(result.mad).toBe(3);
    expect(result.outliers).toEqual([{ quarter: "2024-Q4", value: 35, score: 4.5 }]);
  });

  it("ignores missing quarters rather than reading them as zero", () => {
    const result = outlierQuarters(seriesFor(published, "E09000025", "da-referral-on-intake"));
    expect(result.skipped).toBe("fewer than 5 figures");
    expect(result.outliers).toEqual([]);
  });

  it("falls back to the mean absolute deviation when most figures are equal", () => {
    expect(outlierQuarters(series([4, 4, 4, 4, 4, 4, 30])).outliers.map((o) => o.value)).toEqual([30]);
    expect(outlierQuarters(series([4, 4, 4, 4, 4])).skipped).toBe("every figure is the same");
  });

  it("states its rule", () => {
    expect(describeOutlierRule()).toContain("above 3.5");
  });

  it("flags the same quarters whatever the unit or offset of the figures (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(1000), { minLength: 5, maxLength: 7 }),
        fc.constantFrom(1, 2, 4, 8),
        fc.nat(100),
        (values, k, c) => {
          const flagged = (list: number[]) => outlierQuarters(series(list)).outliers.map((o) => o.quarter);
          expect(flagged(values.map((v) => v * k + c))).toEqual(flagged(values));
        },
      ),
    );
  });

  it("never flags the median", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 5, maxLength: 7 }), (values) => {
        const result = outlierQuarters(series(values));
        for (const o of result.outliers) expect(o.value).not.toBe(result.median);
      }),
    );
  });
});

describe("partnership totals", () => {
  const totals = partnershipTotals(published);

  it("adds the boroughs that returned and says how many", () => {
    const q3 = totals.find((t) => t.indicator === "cp-plans-with-da" && t.quarter === "2023-Q3")!;
    expect(q3).toMatchObject({ total: 37 + 14 + 31 + 2 + 27 + 53, coverage: "6 of 6 boroughs", complete: true });
    const last = totals.find((t) => t.indicator === "cp-plans-with-da" && t.quarter === "2025-Q1")!;
    expect(last).toMatchObject({ total: 21 + 33 + 64, coverage: "3 of 6 boroughs", complete: false });
    expect(last.missing).toEqual(["E09000031", "E09000025", "E09000013"]);
  });

  it("gives null instead of a partial total when asked", () => {
    const strict = partnershipTotals(published, { requireComplete: true });
    expect(strict.find((t) => t.indicator === "cp-plans-with-da" && t.quarter === "2025-Q1")?.total).toBeNull();
  });

  it("never counts a missing figure as zero (property)", () => {
    const cell = fc.option(fc.nat(500), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const table: IndicatorTable = {
          definition: "2023",
          notes: [],
          series: rows.flatMap((row, b) =>
            row.map((value, q) => ({
              borough: `E0900000${b + 1}`,
              indicator: "cp-plans-with-da" as const,
              quarter: QUARTERS[q]!,
              value,
            })),
          ),
        };
        for (const t of partnershipTotals(table)) {
          const values = rows.map((row) => row[QUARTERS.indexOf(t.quarter as (typeof QUARTERS)[number])]);
          const present = values.filter((v): v is number => v !== null);
          expect(t.reporting.length).toBe(present.length);
          expect(t.total).toBe(present.length === 0 ? null : present.reduce((a, b) => a + b, 0));
        }
      }),
    );
  });
});

describe("rates per 10,000 children", () => {
  it("divides by the population of the quarter's year, leaving boroughs without one null", () => {
    const rates = ratesPer10000(published, { Hackney: { "2023": 58_800, "2024": 58_000 } });
    const hackney = seriesFor(rates, "E09000012", "da-referral-on-intake");
    expect(hackney[0]!.value).toBe(50); // 294 / 58,800 × 10,000
    expect(hackney[2]!.value).toBe(45.3); // 263 / 58,000 × 10,000 (2024)
    expect(seriesFor(rates, "E09000025", "da-referral-on-intake")[0]!.value).toBeNull();
    expect(rates.notes[1]).toContain("No child population was given for Waltham Forest, Newham");
  });
});

describe("complaints from perpetrators alongside", () => {
  const summary = {
    groups: [
      { borough: "Hackney", quarter: "2024-Q1", complaints: 3 },
      { borough: "E09000012", quarter: "2024-Q2", complaints: null },
      { borough: "Hackney", complaints: 3 },
    ],
  };

  it("takes borough-and-quarter groups, keeping a missing return missing", () => {
    expect(complaintsIndicator(summary).series).toEqual([
      { borough: "E09000012", quarter: "2024-Q1", value: 3 },
      { borough: "E09000012", quarter: "2024-Q2", value: null },
    ]);
  });

  it("names the people who harm in the profile's words", () => {
    expect(complaintsIndicator(summary).label).toBe("Complaints from perpetrators recorded on the proforma");
    expect(complaintsIndicator(summary, { terminology: personWhoUsesHarmTerminology }).label).toBe(
      "Complaints from people who use harm recorded on the proforma",
    );
    const borough = defineTerminology({
      id: "borough",
      name: "Borough",
      base: "default",
      terms: { perpetrator: { singular: "abuser", plural: "abusers" } },
    });
    expect(complaintsIndicator(summary, { terminology: borough }).definition).toContain("abusers resisting");
  });
});
