import { isStValidationError, StValidationError } from "@st/core";
import { activityRow, parseActivityTable, publishedPartnershipActivity } from "@st/indicators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const published = publishedPartnershipActivity();
const sum = (activity: string, period: string) =>
  published.figures
    .filter((f) => f.activity === activity && f.period === period)
    .reduce((n, f) => n + (f.value ?? 0), 0);

describe("the published activity figures", () => {
  it("add up to the evaluation's own totals (Tables 3 and 12 to 15)", () => {
    expect(sum("case-consultations", "years-3-4")).toBe(774);
    expect(sum("case-consultations", "year-1")).toBe(218);
    expect(sum("overview-training", "years-3-4")).toBe(717);
    expect(sum("core-training", "years-3-4")).toBe(455);
    // Table 14 prints a total of 25, but its boroughs' figures (1, 4, 6, 4, 7, 6) add up to 28: kept as printed, and said.
    expect(sum("supervisor-training", "years-3-4")).toBe(28);
    expect(published.notes.join(" ")).toContain("add up to 28");
    expect(sum("refresher-training", "years-3-4")).toBe(33);
  });

  it("keep a figure not given as null, never 0, and a status where there is no count", () => {
    expect(activityRow(published, "E09000003", "core-training").map((c) => c.value)).toEqual([null, null, 86]);
    expect(activityRow(published, "E09000025", "refresher-training").map((c) => c.value)).toEqual([null, null, null]);
    expect(activityRow(published, "E09000031", "perpetrator-engagement-form")[2]).toEqual({
      value: null,
      months: undefined,
      status: "In process",
    });
    expect(published.figures.some((f) => f.value === 0)).toBe(false);
  });
});

describe("reading a borough's activity figures", () => {
  it("reads boroughs given by name as GSS codes, and keeps nulls", () => {
    const table = parseActivityTable({
      source: "Our own log.",
      figures: [{ borough: "Hackney", activity: "case-consultations", period: "years-3-4", value: null }],
      hubVisits: [],
      notes: [],
    });
    expect(table.figures[0]).toEqual({
      borough: "E09000012",
      activity: "case-consultations",
      period: "years-3-4",
      value: null,
    });
  });

  it("names the figure and what was wrong, for a negative count or an unknown activity", () => {
    let error: unknown;
    try {
      parseActivityTable({
        source: "x",
        figures: [
          { borough: "Hackney", activity: "case-consultations", period: "year-1", value: -1 },
          { borough: "Hackney", activity: "coffee", period: "year-1", value: 1 },
        ],
        hubVisits: [],
        notes: [],
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StValidationError);
    const paths = (error as StValidationError).problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["figures.0.value", "figures.1.activity"]));
  });

  it("rejects any other JSON with a validation error, never a crash (fuzz)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          parseActivityTable(value);
        } catch (e) {
          expect(isStValidationError(e)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
