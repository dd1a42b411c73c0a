import {
  bankHolidayOn,
  bankHolidays,
  bankHolidaysBetween,
  easterSunday,
  FIRST_BANK_HOLIDAY_YEAR,
  isBankHoliday,
  isoWeekday,
  LAST_BANK_HOLIDAY_YEAR,
} from "@st/core/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

// The published gov.uk lists for England and Wales (https://www.gov.uk/bank-holidays), written out
// by hand: [date, name]. Substitute days are marked in a separate table below.
const published: Record<number, [string, string][]> = {
  2019: [
    ["2019-01-01", "New Year's Day"],
    ["2019-04-19", "Good Friday"],
    ["2019-04-22", "Easter Monday"],
    ["2019-05-06", "Early May bank holiday"],
    ["2019-05-27", "Spring bank holiday"],
    ["2019-08-26", "Summer bank holiday"],
    ["2019-12-25", "Christmas Day"],
    ["2019-12-26", "Boxing Day"],
  ],
  2020: [
    ["2020-01-01", "New Year's Day"],
    ["2020-04-10", "Good Friday"],
    ["2020-04-13", "Easter Monday"],
    ["2020-05-08", "Early May bank holiday"],
    ["2020-05-25", "Spring bank holiday"],
    ["2020-08-31", "Summer bank holiday"],
    ["2020-12-25", "Christmas Day"],
    ["2020-12-28", "Boxing Day"],
  ],
  2021: [
    ["2021-01-01", "New Year's Day"],
    ["2021-04-02", "Good Friday"],
    ["2021-04-05", "Easter Monday"],
    ["2021-05-03", "Early May bank holiday"],
    ["2021-05-31", "Spring bank holiday"],
    ["2021-08-30", "Summer bank holiday"],
    ["2021-12-27", "Christmas Day"],
    ["2021-12-28", "Boxing Day"],
  ],
  2022: [
    ["2022-01-03", "New Year's Day"],
    ["2022-04-15", "Good Friday"],
    ["2022-04-18", "Easter Monday"],
    ["2022-05-02", "Early May bank holiday"],
    ["2022-06-02", "Spring bank holiday"],
    ["2022-06-03", "Platinum Jubilee bank holiday"],
    ["2022-08-29", "Summer bank holiday"],
    ["2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II"],
    ["2022-12-26", "Boxing Day"],
    ["2022-12-27", "Christmas Day"],
  ],
  2023: [
    ["2023-01-02", "New Year's Day"],
    ["2023-04-07", "Good Friday"],
    ["2023-04-10", "Easter Monday"],
    ["2023-05-01", "Early May bank holiday"],
    ["2023-05-08", "Bank holiday for the coronation of King Charles III"],
    ["2023-05-29", "Spring bank holiday"],
    ["2023-08-28", "Summer bank holiday"],
    ["2023-12-25", "Christmas Day"],
    ["2023-12-26", "Boxing Day"],
  ],
  2024: [
    ["2024-01-01", "New Year's Day"],
    ["2024-03-29", "Good Friday"],
    ["2024-04-01", "Easter Monday"],
    ["2024-05-06", "Early May bank holiday"],
    ["2024-05-27", "Spring bank holiday"],
    ["2024-08-26", "Summer bank holiday"],
    ["2024-12-25", "Christmas Day"],
    ["2024-12-26", "Boxing Day"],
  ],
  2025: [
    ["2025-01-01", "New Year's Day"],
    ["2025-04-18", "Good Friday"],
    ["2025-04-21", "Easter Monday"],
    ["2025-05-05", "Early May bank holiday"],
    ["2025-05-26", "Spring bank holiday"],
    ["2025-08-25", "Summer bank holiday"],
    ["2025-12-25", "Christmas Day"],
    ["2025-12-26", "Boxing Day"],
  ],
  2026: [
    ["2026-01-01", "New Year's Day"],
    ["2026-04-03", "Good Friday"],
    ["2026-04-06", "Easter Monday"],
    ["2026-05-04", "Early May bank holiday"],
    ["2026-05-25", "Spring bank holiday"],
    ["2026-08-31", "Summer bank holiday"],
    ["2026-12-25", "Christmas Day"],
    ["2026-12-28", "Boxing Day"],
  ],
  2027: [
    ["2027-01-01", "New Year's Day"],
    ["2027-03-26", "Good Friday"],
    ["2027-03-29", "Easter Monday"],
    ["2027-05-03", "Early May bank holiday"],
    ["2027-05-31", "Spring bank holiday"],
    ["2027-08-30", "Summer bank holiday"],
    ["2027-12-27", "Christmas Day"],
    ["2027-12-28", "Boxing Day"],
  ],
};

const substitutes: Record<number, string[]> = {
  2019: [],
  2020: ["2020-12-28"],
  2021: ["2021-12-27", "2021-12-28"],
  2022: ["2022-01-03", "2022-12-27"],
  2023: ["2023-01-02"],
  2024: [],
  2025: [],
  2026: ["2026-12-28"],
  2027: ["2027-12-27", "2027-12-28"],
};

/** Easter by a second, independent method (Claus Tøndering's), to check the first. */
function easterByTondering(year: number): string {
  const g = year % 19;
  const c = Math.floor(year / 100);
  const h = (c - Math.floor(c / 4) - Math.floor((8 * c + 13) / 25) + 19 * g + 15) % 30;
  const i = h - Math.floor(h / 28) * (1 - Math.floor(29 / (h + 1)) * Math.floor((21 - g) / 11));
  const j = (year + Math.floor(year / 4) + i + 2 - c + Math.floor(c / 4)) % 7;
  const l = i - j;
  const month = 3 + Math.floor((l + 40) / 44);
  const day = l + 28 - 31 * Math.floor(month / 4);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

describe("bankHolidays", () => {
  for (const [year, expected] of Object.entries(published)) {
    it(`matches the published gov.uk list for ${year}`, () => {
      const holidays = bankHolidays(Number(year));
      expect(holidays.map((h) => [h.date, h.name])).toEqual(expected);
      expect(holidays.filter((h) => h.substitute).map((h) => h.date)).toEqual(substitutes[Number(year)]);
    });
  }

  it("has the one-off changes since 1995", () => {
    const dates = (year: number) => bankHolidays(year).map((h) => h.date);
    // VE Day 50: early May moved from Monday 1 May to Monday 8 May.
    expect(dates(1995)).toContain("1995-05-08");
    expect(dates(1995)).not.toContain("1995-05-01");
    // The Millennium, and New Year's Day 2000 (a Saturday) on Monday 3 January.
    expect(dates(1999)).toEqual(expect.arrayContaining(["1999-12-27", "1999-12-28", "1999-12-31"]));
    expect(dates(2000)[0]).toBe("2000-01-03");
    // Golden Jubilee: spring holiday on Tuesday 4 June, jubilee on Monday 3 June, not 27 May.
    expect(dates(2002)).toEqual(expect.arrayContaining(["2002-06-03", "2002-06-04"]));
    expect(dates(2002)).not.toContain("2002-05-27");
    expect(dates(2011)).toContain("2011-04-29");
    // Diamond Jubilee: spring holiday on Monday 4 June, jubilee on Tuesday 5 June, not 28 May.
    expect(dates(2012)).toEqual(expect.arrayContaining(["2012-06-04", "2012-06-05"]));
    expect(dates(2012)).not.toContain("2012-05-28");
    expect(dates(2020)).not.toContain("2020-05-04");
    expect(dates(2022)).not.toContain("2022-05-30");
    const extra = { 1995: 8, 1999: 9, 2002: 9, 2011: 9, 2012: 9, 2020: 8, 2022: 10, 2023: 9 };
    for (const [year, count] of Object.entries(extra)) expect(bankHolidays(Number(year))).toHaveLength(count);
  });

  it("has eight holidays on distinct weekdays, in order, inside the year, for every year", () => {
    const oneOffYears = new Set([1999, 2002, 2011, 2012, 2022, 2023]);
    for (let year = FIRST_BANK_HOLIDAY_YEAR; year <= LAST_BANK_HOLIDAY_YEAR; year++) {
      const holidays = bankHolidays(year);
      if (!oneOffYears.has(year)) expect(holidays).toHaveLength(8);
      const dates = holidays.map((h) => h.date);
      expect(new Set(dates).size).toBe(dates.length);
      expect([...dates].sort()).toEqual(dates);
      for (const date of dates) {
        expect(date.startsWith(`${year}-`)).toBe(true);
        expect([0, 6]).not.toContain(isoWeekday(date));
      }
    }
  });

  it("moves Christmas and Boxing Day off weekends as gov.uk does", () => {
    // Christmas on Saturday (2021), Sunday (2022), Friday (2026), and midweek (2024).
    const christmas = (year: number) =>
      bankHolidays(year)
        .filter((h) => h.name === "Christmas Day" || h.name === "Boxing Day")
        .map((h) => `${h.date} ${h.name}`);
    expect(christmas(2021)).toEqual(["2021-12-27 Christmas Day", "2021-12-28 Boxing Day"]);
    expect(christmas(2022)).toEqual(["2022-12-26 Boxing Day", "2022-12-27 Christmas Day"]);
    expect(christmas(2026)).toEqual(["2026-12-25 Christmas Day", "2026-12-28 Boxing Day"]);
    expect(christmas(2024)).toEqual(["2024-12-25 Christmas Day", "2024-12-26 Boxing Day"]);
  });

  it("refuses years it cannot know, naming the range", () => {
    expect(() => bankHolidays(1994)).toThrow(
      '1 problem in the arguments of bankHolidays:\n  - "Year": is not a year whose bank holidays are known (England and Wales, 1995 to 2100) (expected a whole year from 1995 to 2100, found 1994)',
    );
    expect(() => bankHolidays(2101)).toThrow(RangeError);
    expect(() => bankHolidays(2025.5)).toThrow(/1995 to 2100/);
    expect(() => bankHolidayOn("2101-01-01")).toThrow(/1995 to 2100/);
  });

  it("returns frozen lists a caller cannot corrupt", () => {
    const list = bankHolidays(2025);
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
    expect(bankHolidays(2025)[0]?.date).toBe("2025-01-01");
  });

  it("looks up a date, a Date and a range", () => {
    expect(bankHolidayOn("2026-12-28")).toEqual({ date: "2026-12-28", name: "Boxing Day", substitute: true });
    expect(bankHolidayOn("2026-12-26")).toBeUndefined();
    expect(isBankHoliday(new Date(2025, 11, 25, 23, 30))).toBe(true);
    expect(isBankHoliday("2025-12-24")).toBe(false);
    expect(bankHolidaysBetween("2025-12-01", "2026-04-03").map((h) => h.name)).toEqual([
      "Christmas Day",
      "Boxing Day",
      "New Year's Day",
      "Good Friday",
    ]);
    expect(bankHolidaysBetween("2026-01-02", "2025-01-01")).toEqual([]);
  });
});

describe("easterSunday", () => {
  it("knows the extremes and some well-known years", () => {
    expect(easterSunday(2008)).toBe("2008-03-23");
    expect(easterSunday(2038)).toBe("2038-04-25");
    expect(easterSunday(2000)).toBe("2000-04-23");
    expect(easterSunday(2025)).toBe("2025-04-20");
    expect(easterSunday(2285)).toBe("2285-03-22");
  });
  it("agrees with an independent method and always falls on a Sunday from 22 March to 25 April", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(easter).toBe(easterByTondering(year));
        expect(isoWeekday(easter)).toBe(0);
        const monthDay = easter.slice(5);
        expect(monthDay >= "03-22" && monthDay <= "04-25").toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it("refuses years outside the Gregorian calendar", () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
  });
});
