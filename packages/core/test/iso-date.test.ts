import {
  addIsoDays,
  addIsoMonths,
  isIsoDate,
  isoDateFromDayNumber,
  isoDayNumber,
  isoWeekday,
  toIsoDate,
} from "@st/core/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("ISO dates", () => {
  it("accepts real dates only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("19/12/2025")).toBe(false);
    expect(isIsoDate(20251219)).toBe(false);
  });
  it("knows the day of the week", () => {
    expect(isoWeekday("2025-12-19")).toBe(5); // a Friday
    expect(isoWeekday("1969-12-28")).toBe(0); // a Sunday before the epoch
  });
  it("reads a Date as the local calendar day", () => {
    expect(toIsoDate(new Date(2026, 0, 7, 23, 59))).toBe("2026-01-07");
  });
  it("round-trips day numbers and adds days like Date does", () => {
    fc.assert(
      fc.property(fc.integer({ min: -30_000, max: 80_000 }), fc.integer({ min: -400, max: 400 }), (day, n) => {
        const date = isoDateFromDayNumber(day);
        expect(isIsoDate(date)).toBe(true);
        expect(isoDayNumber(date)).toBe(day);
        expect(addIsoDays(date, n)).toBe(new Date((day + n) * 86_400_000).toISOString().slice(0, 10));
        expect(isoWeekday(date)).toBe(new Date(day * 86_400_000).getUTCDay());
      }),
    );
  });
  it("agrees with Date on every year from 0000 to 9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_528, max: 2_932_896 }) /* 0000-01-01 to 9999-12-31 */, (day) => {
        const viaDate = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(isoDateFromDayNumber(day)).toBe(viaDate);
        expect(isoDayNumber(viaDate)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });
  it("judges month lengths and leap years like Date does", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const date = new Date(`${text}T00:00:00Z`);
          const real = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
          expect(isIsoDate(text)).toBe(real);
        },
      ),
      { numRuns: 3000 },
    );
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("1900-02-29")).toBe(false);
  });
});

describe("addIsoMonths", () => {
  it("keeps the day of the month, or the last day of a shorter month", () => {
    expect(addIsoMonths("2024-02-29", -12)).toBe("2023-02-28");
    expect(addIsoMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addIsoMonths("2023-11-15", 3)).toBe("2024-02-15");
    expect(addIsoMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(() => addIsoMonths("2024-02-30", 1)).toThrow(/there is no 30 February 2024/);
    expect(() => addIsoMonths("2024-02-01", 1.5)).toThrow(/is not a whole number of months/);
  });

  it("moves by exactly the months asked, never past the end of the month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: -600, max: 600 }), (n, months) => {
        const date = addIsoDays("1900-01-01", n);
        const moved = addIsoMonths(date, months);
        const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
        return (
          isIsoDate(moved) &&
          monthIndex(moved) - monthIndex(date) === months &&
          Number(moved.slice(8)) ===
            Math.min(Number(date.slice(8)), Number(addIsoDays(addIsoMonths(`${moved.slice(0, 8)}01`, 1), -1).slice(8)))
        );
      }),
    );
  });
});
