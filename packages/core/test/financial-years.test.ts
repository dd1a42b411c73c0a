import {
  addFinancialYears,
  addIsoDays,
  calendarQuarterOf,
  type FinancialQuarterId,
  type FinancialYearId,
  financialQuarterId,
  financialQuarterIdSchema,
  financialQuarterOf,
  financialQuarterParts,
  financialYear,
  financialYearEnd,
  financialYearOf,
  financialYearSchema,
  financialYearStart,
  formatFinancialYear,
  isFinancialQuarterId,
  isFinancialYearId,
  isoDateFromDayNumber,
  parseFinancialYear,
  parseQuarterLabel,
  quarterEnd,
  quarterId,
  quarterOf,
  quarterStart,
  quartersOfFinancialYear,
  safeParseFinancialYear,
} from "@st/core/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";

describe("financial years", () => {
  it("run from 1 April to 31 March", () => {
    expect(financialYearOf("2024-03-31")).toBe("2023/24");
    expect(financialYearOf("2024-04-01")).toBe("2024/25");
    expect([financialYearStart("2024/25"), financialYearEnd("2024/25")]).toEqual(["2024-04-01", "2025-03-31"]);
    expect(financialYear(1999)).toBe("1999/00");
    expect(financialYearEnd("1999/00")).toBe("2000-03-31");
  });

  it("have quarter 1 from April to June", () => {
    expect(financialQuarterOf("2023-Q3")).toEqual({ financialYear: "2023/24", quarter: 2 });
    expect(financialQuarterOf("2024-Q1")).toEqual({ financialYear: "2023/24", quarter: 4 });
    expect(financialQuarterOf("2024-Q2")).toEqual({ financialYear: "2024/25", quarter: 1 });
    expect(financialQuarterOf("2023-08-15")).toEqual({ financialYear: "2023/24", quarter: 2 });
    expect(financialYearOf("2024-Q1")).toBe("2023/24");
    expect(calendarQuarterOf({ financialYear: "2023/24", quarter: 2 })).toBe("2023-Q3");
    expect(quartersOfFinancialYear("2023/24")).toEqual(["2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1"]);
  });

  it("follow each other", () => {
    expect(addFinancialYears("2024/25", 1)).toBe("2025/26");
    expect(addFinancialYears("2000/01", -1)).toBe("1999/00");
  });

  it("are canonical only when written YYYY/YY with consecutive years", () => {
    expect(isFinancialYearId("2024/25")).toBe(true);
    for (const bad of ["2024/26", "2024-25", "24/25", "2024/2025", "1999/100"]) {
      expect(isFinancialYearId(bad), bad).toBe(false);
      expect(financialYearSchema.safeParse(bad).success).toBe(false);
    }
    expect(() => financialYearStart("2024-25" as FinancialYearId)).toThrow(RangeError);
    expect(financialYearSchema.safeParse("2024-Q3").error?.issues).toHaveLength(1);
    expect(financialYearSchema.safeParse("2024/26").error?.issues[0]?.message).toContain("follow each other");
    expect(z.toJSONSchema(financialYearSchema)).toMatchObject({ type: "string" });
  });

  it("a date's financial year contains it", () => {
    const date = fc.integer({ min: -20_000, max: 60_000 }).map(isoDateFromDayNumber);
    fc.assert(
      fc.property(date, (d) => {
        const year = financialYearOf(d);
        expect(financialYearStart(year) <= d && d <= financialYearEnd(year)).toBe(true);
        expect(financialYearOf(quarterOf(d))).toBe(year);
      }),
    );
  });

  it("financial and calendar quarters convert both ways, and the quarters of a year tile it", () => {
    const quarter = fc
      .tuple(fc.integer({ min: 1001, max: 9998 }), fc.integer({ min: 1, max: 4 }))
      .map(([y, n]) => quarterId(y, n));
    fc.assert(
      fc.property(quarter, (q) => {
        expect(calendarQuarterOf(financialQuarterOf(q))).toBe(q);
        const quarters = quartersOfFinancialYear(financialYearOf(q));
        expect(quarters).toContain(q);
        expect(quarterStart(quarters[0])).toBe(financialYearStart(financialYearOf(q)));
        expect(quarterEnd(quarters[3])).toBe(financialYearEnd(financialYearOf(q)));
        expect(quarterStart(quarters[1])).toBe(addIsoDays(quarterEnd(quarters[0]), 1));
      }),
    );
  });
});

describe("parseFinancialYear", () => {
  it.each([
    "2024/25",
    "2024-25",
    "2024–25",
    "2024/2025",
    "2024 to 2025",
    "FY2024/25",
    "FY 24/25",
    "fy24-25",
    "24/25",
    "Financial year 2024/25",
    "April 2024 to March 2025",
    "Apr 2024 - Mar 2025",
  ])("reads %s as 2024/25", (text) => {
    expect(parseFinancialYear(text)).toBe("2024/25");
  });

  it("reads two-digit years in a fixed window", () => {
    expect(parseFinancialYear("99/00")).toBe("1999/00");
    expect(parseFinancialYear("89/90")).toBe("2089/90");
  });

  it("refuses years that do not follow each other, quoting the text", () => {
    expect(() => parseFinancialYear("2024/26")).toThrow(/"2024\/26" names years that do not follow each other/);
    expect(safeParseFinancialYear("2024")).toMatchObject({ ok: false, problems: [{ received: '"2024"' }] });
    expect(safeParseFinancialYear("")).toMatchObject({ ok: false, problems: [{ code: "invalid_financial_year" }] });
  });

  it("reads back every style formatFinancialYear writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9998 }), fc.constantFrom("id", "long" as const), (start, style) => {
        const year = financialYear(start);
        expect(parseFinancialYear(formatFinancialYear(year, style))).toBe(year);
      }),
    );
    expect(formatFinancialYear("2024/25", "long")).toBe("April 2024 to March 2025");
  });

  it("throws nothing but StValidationError on any text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^(fy)?'?\d{1,5}[-/ ]'?\d{1,5}$/)), (text) => {
        const result = safeParseFinancialYear(text);
        if (result.ok) expect(isFinancialYearId(result.value)).toBe(true);
        else expect(result.problems).toHaveLength(1);
      }),
    );
  });
});

describe("financial quarter ids", () => {
  it("writes the quarter as council reports do, from a date, a calendar quarter or a financial quarter", () => {
    expect(financialQuarterId("2023-Q3")).toBe("2023/24 Q2");
    expect(financialQuarterId("2023-11-15")).toBe("2023/24 Q3");
    expect(financialQuarterId("2024-03-31")).toBe("2023/24 Q4");
    expect(financialQuarterId({ financialYear: "1999/00", quarter: 4 })).toBe("1999/00 Q4");
    expect(financialQuarterId(parseQuarterLabel("Q2 FY23/24"))).toBe("2023/24 Q2");
  });

  it("reads its parts back, and refuses other spellings with a coded error", () => {
    expect(financialQuarterParts("2023/24 Q3")).toEqual({ financialYear: "2023/24", quarter: 3 });
    expect(calendarQuarterOf("2023/24 Q4")).toBe("2024-Q1");
    for (const text of ["2023/25 Q1", "2023/24 Q5", "Q2 2023/24", "2023-24 Q2", ""]) {
      expect(isFinancialQuarterId(text)).toBe(false);
      expect(() => financialQuarterParts(text as FinancialQuarterId)).toThrow(
        /is not a financial quarter written YYYY\/YY Qn/,
      );
    }
    expect(financialQuarterIdSchema.safeParse("2023/24 Q2").success).toBe(true);
    expect(financialQuarterIdSchema.safeParse("2023-Q3").success).toBe(false);
  });

  it("round-trips every calendar quarter through its financial quarter id", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9998 }), fc.integer({ min: 1, max: 4 }), (year, quarter) => {
        const id = quarterId(year, quarter);
        const financial = financialQuarterId(id);
        return isFinancialQuarterId(financial) && calendarQuarterOf(financial) === id;
      }),
    );
  });
});
