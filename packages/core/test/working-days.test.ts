import { isStValidationError, type StValidationError } from "@st/core";
import {
  addIsoDays,
  addWorkingDays,
  bankHolidays,
  daysOffBetween,
  isoDateFromDayNumber,
  isoDayNumber,
  isoWeekday,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDayCalendar,
  workingDaysBetween,
} from "@st/core/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const FIRST = isoDayNumber("1995-01-01");
const LAST = isoDayNumber("2100-12-31");

/** The obvious model: walk day by day. Slow, and plainly right. */
function naiveIsWorkingDay(date: string, closures: ReadonlySet<string>): boolean {
  const weekday = isoWeekday(date);
  if (weekday === 0 || weekday === 6 || closures.has(date)) return false;
  return !bankHolidays(Number(date.slice(0, 4))).some((h) => h.date === date);
}
function naiveAddWorkingDays(from: string, n: number, closures: ReadonlySet<string>): string {
  if (n === 0) {
    let d = from;
    while (!naiveIsWorkingDay(d, closures)) d = addIsoDays(d, 1);
    return d;
  }
  const step = n > 0 ? 1 : -1;
  let d = from;
  for (let left = Math.abs(n); left > 0; ) {
    d = addIsoDays(d, step);
    if (naiveIsWorkingDay(d, closures)) left--;
  }
  return d;
}

// Dates well inside the supported range, so periods of up to 800 working days stay inside it.
const date = fc.integer({ min: FIRST + 1200, max: LAST - 1200 }).map(isoDateFromDayNumber);
const anyDate = fc.integer({ min: FIRST, max: LAST }).map(isoDateFromDayNumber);
const closures = fc
  .array(fc.integer({ min: isoDayNumber("2019-01-01"), max: isoDayNumber("2027-12-31") }), {
    maxLength: 40,
  })
  .map((days) => days.map(isoDateFromDayNumber));
const recentDate = fc
  .integer({ min: isoDayNumber("2019-06-01"), max: isoDayNumber("2027-06-30") })
  .map(isoDateFromDayNumber);

describe("working days", () => {
  it("counts the stage 1 complaints example of the st contract", () => {
    // Friday 19 December 2025 + 10 working days, skipping Christmas, Boxing Day and New Year's Day.
    expect(addWorkingDays("2025-12-19", 10)).toBe("2026-01-07");
    expect(workingDaysBetween("2025-12-19", "2026-01-07")).toBe(10);
    expect(daysOffBetween("2025-12-19", "2026-01-07")).toEqual([
      { date: "2025-12-25", kind: "bank holiday", name: "Christmas Day" },
      { date: "2025-12-26", kind: "bank holiday", name: "Boxing Day" },
      { date: "2026-01-01", kind: "bank holiday", name: "New Year's Day" },
    ]);
  });

  it("never counts the start day, even when it is a working day", () => {
    expect(addWorkingDays("2025-06-02", 1)).toBe("2025-06-03"); // Monday -> Tuesday
    expect(addWorkingDays("2025-06-06", 1)).toBe("2025-06-09"); // Friday -> Monday
    expect(addWorkingDays("2025-06-07", 1)).toBe("2025-06-09"); // Saturday -> Monday
    expect(nextWorkingDay("2025-12-24")).toBe("2025-12-29");
    expect(previousWorkingDay("2026-01-02")).toBe("2025-12-31");
  });

  it("with n = 0 gives the day itself when it is a working day, else the next one", () => {
    expect(addWorkingDays("2025-12-22", 0)).toBe("2025-12-22");
    expect(addWorkingDays("2025-12-20", 0)).toBe("2025-12-22");
    expect(addWorkingDays("2025-12-25", 0)).toBe("2025-12-29");
  });

  it("goes back with negative n", () => {
    expect(addWorkingDays("2026-01-07", -10)).toBe("2025-12-19");
    expect(addWorkingDays("2025-12-27", -1)).toBe("2025-12-24");
    expect(workingDaysBetween("2026-01-07", "2025-12-19")).toBe(-10);
  });

  it("handles the one-off holidays", () => {
    expect(isWorkingDay("2022-09-19")).toBe(false); // state funeral
    expect(isWorkingDay("2022-05-30")).toBe(true); // the spring holiday moved to 2 June
    expect(isWorkingDay("2020-05-04")).toBe(true); // moved to 8 May for VE Day
    expect(addWorkingDays("2022-05-31", 3)).toBe("2022-06-07");
  });

  it("takes a borough's closure days, and a Date read as its local day", () => {
    const closures = ["2025-12-29", "2025-12-30", "2025-12-31", "2025-12-27"];
    expect(addWorkingDays("2025-12-19", 10, { closures })).toBe("2026-01-12");
    expect(isWorkingDay("2025-12-29", { closures })).toBe(false);
    expect(isWorkingDay(new Date(2025, 11, 29, 9), { closures: [new Date(2025, 11, 29)] })).toBe(false);
    expect(addWorkingDays(new Date(2025, 11, 19, 23, 59), 10)).toBe("2026-01-07");
    const calendar = workingDayCalendar({ closures });
    expect(calendar.closures).toEqual(["2025-12-29", "2025-12-30", "2025-12-31"]); // the Saturday is dropped
    expect(calendar.daysOffBetween("2025-12-24", "2025-12-30").map((d) => `${d.date} ${d.kind}`)).toEqual([
      "2025-12-25 bank holiday",
      "2025-12-26 bank holiday",
      "2025-12-29 closure",
      "2025-12-30 closure",
    ]);
    // A closure on a bank holiday is still reported as the bank holiday.
    expect(daysOffBetween("2025-12-24", "2025-12-25", { closures: ["2025-12-25"] })[0]?.kind).toBe("bank holiday");
  });

  it("refuses bad input with a coded error that is an StValidationError and still a RangeError", () => {
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error;
      }
      throw new Error("did not throw");
    };
    const beyond = thrown(() => addWorkingDays("2100-12-30", 5));
    expect(beyond).toBeInstanceOf(RangeError);
    expect(isStValidationError(beyond)).toBe(true);
    expect((beyond as StValidationError).problems).toEqual([
      expect.objectContaining({ path: "n", code: "date_out_of_range" }),
    ]);
    expect(() => addWorkingDays("2100-12-30", 5)).toThrow(/the result falls after it/);
    expect(() => addWorkingDays("1995-01-03", -1)).toThrow(/the result falls before it/);
    expect(() => addWorkingDays("1994-12-30", 1)).toThrow(
      /"the start date": is outside the years whose bank holidays are known \(1995-01-01 to 2100-12-31\).*found "1994-12-30"/,
    );
    expect(() => workingDaysBetween("2025-01-01", "2101-01-01")).toThrow(/"the end date".*found "2101-01-01"/);
    expect(() => addWorkingDays("2025-12-19", 1.5)).toThrow(/whole number/);
    expect(() => addWorkingDays("2025-02-30", 1)).toThrow(/there is no 30 February 2025/);
    expect(() => addWorkingDays("19/12/2025", 1)).toThrow(
      /is written day first: write dates YYYY-MM-DD, e.g. 2025-12-19/,
    );
    expect((thrown(() => addWorkingDays("2025-02-30", 1)) as StValidationError).problems[0]?.code).toBe("invalid_date");
    expect(() => isWorkingDay("2025-01-01", { closures: "2025-12-29" })).toThrow(TypeError);
    expect(() => workingDayCalendar({ closures: ["29/12/2025"] })).toThrow(/"29\/12\/2025"/);
  });

  it("agrees with a day-by-day walk, with and without closures", () => {
    fc.assert(
      fc.property(recentDate, fc.integer({ min: -60, max: 60 }), closures, (from, n, closed) => {
        const set = new Set(closed);
        expect(addWorkingDays(from, n, { closures: closed })).toBe(naiveAddWorkingDays(from, n, set));
        expect(isWorkingDay(from, { closures: closed })).toBe(naiveIsWorkingDay(from, set));
      }),
      { numRuns: 500 },
    );
  });

  it("always lands on a working day", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -800, max: 800 }), (from, n) => {
        expect(isWorkingDay(addWorkingDays(from, n))).toBe(true);
      }),
    );
  });

  it("inverts: workingDaysBetween(from, addWorkingDays(from, n)) === n", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 800 }), (from, n) => {
        expect(workingDaysBetween(from, addWorkingDays(from, n))).toBe(n);
      }),
    );
    fc.assert(
      fc.property(recentDate, fc.integer({ min: 1, max: 200 }), closures, (from, n, closed) => {
        const calendar = workingDayCalendar({ closures: closed });
        expect(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).toBe(n);
      }),
    );
  });

  it("goes back to where it started from any working day", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -800, max: 800 }), (d, n) => {
        const from = addWorkingDays(d, 0);
        expect(addWorkingDays(addWorkingDays(from, n), -n)).toBe(from);
      }),
    );
  });

  it("is monotonic in the number of days and in the start date", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 400 }), (from, n, more) => {
        expect(addWorkingDays(from, n) <= addWorkingDays(from, n + more)).toBe(true);
        if (more > 0 && n !== 0) expect(addWorkingDays(from, n) < addWorkingDays(from, n + more)).toBe(true);
        expect(addWorkingDays(from, n) <= addWorkingDays(addIsoDays(from, more), n)).toBe(true);
      }),
    );
  });

  it("counts additively and antisymmetrically", () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, a)).toBe(0);
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
      }),
    );
  });

  it("counts each year's working days as weekdays less bank holidays", () => {
    for (const year of [2019, 2020, 2022, 2025, 2100]) {
      let weekdays = 0;
      for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addIsoDays(d, 1)) {
        if (isoWeekday(d) !== 0 && isoWeekday(d) !== 6) weekdays++;
      }
      const from = year === 2100 ? "2099-12-31" : `${year - 1}-12-31`;
      expect(workingDaysBetween(from, `${year}-12-31`)).toBe(weekdays - bankHolidays(year).length);
    }
  });
});
