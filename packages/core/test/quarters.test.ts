import {
  addIsoDays,
  addQuarters,
  compareQuarters,
  differenceInQuarters,
  isInQuarter,
  isQuarterId,
  nextQuarter,
  previousQuarter,
  type QuarterId,
  quarterEnd,
  quarterId,
  quarterIdSchema,
  quarterOf,
  quarterParts,
  quarterStart,
  quartersBetween,
} from "@st/core/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";

/** Any quarter from 1100 to 9900, so neighbours exist on both sides, even 40 quarters away. */
const anyQuarter = fc
  .tuple(fc.integer({ min: 1100, max: 9900 }), fc.integer({ min: 1, max: 4 }))
  .map(([year, n]) => quarterId(year, n));

describe("calendar quarters", () => {
  it("are the quarter a date falls in", () => {
    expect(quarterOf("2023-07-01")).toBe("2023-Q3");
    expect(quarterOf("2023-09-30")).toBe("2023-Q3");
    expect(quarterOf("2023-10-01")).toBe("2023-Q4");
    expect(quarterOf("2024-03-31")).toBe("2024-Q1");
    expect(quarterOf(new Date(2024, 11, 31, 23, 59))).toBe("2024-Q4");
  });

  it("start and end on the right days", () => {
    expect([quarterStart("2023-Q3"), quarterEnd("2023-Q3")]).toEqual(["2023-07-01", "2023-09-30"]);
    expect([quarterStart("2024-Q1"), quarterEnd("2024-Q1")]).toEqual(["2024-01-01", "2024-03-31"]);
    expect([quarterStart("2024-Q2"), quarterEnd("2024-Q2")]).toEqual(["2024-04-01", "2024-06-30"]);
    expect([quarterStart("2024-Q4"), quarterEnd("2024-Q4")]).toEqual(["2024-10-01", "2024-12-31"]);
  });

  it("step across years", () => {
    expect(nextQuarter("2023-Q4")).toBe("2024-Q1");
    expect(previousQuarter("2024-Q1")).toBe("2023-Q4");
    expect(addQuarters("2023-Q3", 7)).toBe("2025-Q2");
    expect(addQuarters("2023-Q3", -11)).toBe("2020-Q4");
    expect(differenceInQuarters("2025-Q1", "2023-Q3")).toBe(6);
  });

  it("list the quarters of a period, both ends included", () => {
    expect(quartersBetween("2023-Q3", "2025-Q1")).toEqual([
      "2023-Q3",
      "2023-Q4",
      "2024-Q1",
      "2024-Q2",
      "2024-Q3",
      "2024-Q4",
      "2025-Q1",
    ]);
    expect(quartersBetween("2024-Q2", "2024-Q2")).toEqual(["2024-Q2"]);
    expect(quartersBetween("2024-Q2", "2024-Q1")).toEqual([]);
  });

  it("sort with compareQuarters", () => {
    const quarters: QuarterId[] = ["2024-Q1", "2023-Q4", "2023-Q3", "2024-Q1"];
    expect(quarters.sort(compareQuarters)).toEqual(["2023-Q3", "2023-Q4", "2024-Q1", "2024-Q1"]);
  });

  it("refuse ids that are not canonical", () => {
    for (const bad of ["2023-q3", "2023-Q5", "2023Q3", "23-Q3", " 2023-Q3", "2023-Q0"]) {
      expect(isQuarterId(bad), bad).toBe(false);
      expect(quarterIdSchema.safeParse(bad).success).toBe(false);
    }
    expect(quarterIdSchema.parse("2023-Q3")).toBe("2023-Q3");
    // Stored-record schemas stay representable in the JSON Schema files generated from records.
    expect(z.toJSONSchema(quarterIdSchema)).toMatchObject({ type: "string", pattern: "^(\\d{4})-Q([1-4])$" });
    expect(() => quarterStart("2023-q3" as QuarterId)).toThrow(RangeError);
    expect(() => quarterId(2023, 5)).toThrow(RangeError);
    expect(() => nextQuarter("9999-Q4")).toThrow(RangeError);
  });
});

describe("quarter properties", () => {
  it("a quarter's first and last days fall in it, and the day after its end starts the next", () => {
    fc.assert(
      fc.property(anyQuarter, (q) => {
        expect(quarterOf(quarterStart(q))).toBe(q);
        expect(quarterOf(quarterEnd(q))).toBe(q);
        expect(quarterStart(nextQuarter(q))).toBe(addIsoDays(quarterEnd(q), 1));
        expect(isInQuarter(addIsoDays(quarterStart(q), -1), q)).toBe(false);
      }),
    );
  });

  it("next and previous undo each other, and parts rebuild the id", () => {
    fc.assert(
      fc.property(anyQuarter, (q) => {
        expect(previousQuarter(nextQuarter(q))).toBe(q);
        const { year, quarter } = quarterParts(q);
        expect(quarterId(year, quarter)).toBe(q);
      }),
    );
  });

  it("compareQuarters agrees with string order and with quartersBetween", () => {
    fc.assert(
      fc.property(anyQuarter, fc.integer({ min: -40, max: 40 }), (a, n) => {
        const b = addQuarters(a, n);
        expect(compareQuarters(a, b)).toBe(Math.sign(a.localeCompare(b)));
        expect(differenceInQuarters(b, a)).toBe(n);
        const between = quartersBetween(a, b);
        expect(between).toHaveLength(Math.max(0, n + 1));
        if (n >= 0) expect([between[0], between.at(-1)]).toEqual([a, b]);
      }),
    );
  });
});
