import {
  addIsoDays,
  addMonthsToMonth,
  isMonthId,
  isoDateFromDayNumber,
  type MonthId,
  monthEnd,
  monthOf,
  monthRangeOfQuarter,
  monthStart,
  monthsOfRange,
  quarterId,
  quarterOfMonth,
  quarterOfMonthRange,
} from "@st/core/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("months", () => {
  it("know their first and last days, leap years included", () => {
    expect([monthStart("2024-02"), monthEnd("2024-02")]).toEqual(["2024-02-01", "2024-02-29"]);
    expect(monthEnd("2023-02")).toBe("2023-02-28");
    expect(monthEnd("1900-02")).toBe("1900-02-28");
    expect(monthEnd("2000-02")).toBe("2000-02-29");
    expect(monthEnd("2023-09")).toBe("2023-09-30");
  });

  it("a date's month holds it, and the day after a month's end starts the next month", () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 60_000 }).map(isoDateFromDayNumber), (d) => {
        const month = monthOf(d);
        expect(monthStart(month) <= d && d <= monthEnd(month)).toBe(true);
        expect(monthStart(addMonthsToMonth(month, 1))).toBe(addIsoDays(monthEnd(month), 1));
      }),
    );
  });

  it("make up quarters", () => {
    expect(quarterOfMonth("2023-08")).toBe("2023-Q3");
    expect(monthRangeOfQuarter("2023-Q3")).toEqual({ from: "2023-07", to: "2023-09" });
    expect(monthsOfRange({ from: "2023-11", to: "2024-02" })).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
    expect(monthsOfRange({ from: "2024-02", to: "2023-11" })).toEqual([]);
    expect(quarterOfMonthRange({ from: "2023-07", to: "2023-09" })).toBe("2023-Q3");
    expect(quarterOfMonthRange({ from: "2023-08", to: "2023-10" })).toBeUndefined();
    expect(quarterOfMonthRange({ from: "2023-07", to: "2023-08" })).toBeUndefined();
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 4 }), (y, n) => {
        const q = quarterId(y, n);
        const range = monthRangeOfQuarter(q);
        expect(quarterOfMonthRange(range)).toBe(q);
        expect(monthsOfRange(range).map(quarterOfMonth)).toEqual([q, q, q]);
      }),
    );
  });

  it("are written YYYY-MM", () => {
    expect(isMonthId("2023-07")).toBe(true);
    expect(isMonthId("2023-13")).toBe(false);
    expect(isMonthId("2023-7")).toBe(false);
    expect(() => monthEnd("2023-7" as MonthId)).toThrow(RangeError);
  });
});
