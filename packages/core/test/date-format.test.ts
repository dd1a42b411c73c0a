import { dateFormatSchema, dateInProblem, isoDateFromDayNumber, readDateIn, writeDateIn } from "@st/core/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("dates in a borough's format", () => {
  it("reads and writes the formats case management systems use", () => {
    expect(readDateIn("14/03/2025", "dd/mm/yyyy")).toBe("2025-03-14");
    expect(readDateIn("4/3/2025", "dd/mm/yyyy")).toBe("2025-03-04");
    expect(readDateIn("2025-03-14", "yyyy-mm-dd")).toBe("2025-03-14");
    expect(readDateIn("14.03.2025", "dd.mm.yyyy")).toBe("2025-03-14");
    expect(readDateIn("20250314", "yyyymmdd")).toBe("2025-03-14");
    expect(writeDateIn("2025-03-04", "dd/mm/yyyy")).toBe("04/03/2025");
  });

  it("refuses a day that is not in the calendar, or another layout", () => {
    expect(readDateIn("31/02/2025", "dd/mm/yyyy")).toBeUndefined();
    expect(readDateIn("29/02/2025", "dd/mm/yyyy")).toBeUndefined();
    expect(readDateIn("29/02/2024", "dd/mm/yyyy")).toBe("2024-02-29");
    expect(readDateIn("2025-03-14", "dd/mm/yyyy")).toBeUndefined();
    expect(readDateIn("14/03/25", "dd/mm/yyyy")).toBeUndefined();
    expect(readDateIn("14/03/2025 10:00", "dd/mm/yyyy")).toBeUndefined();
  });

  it("says why a text is not a date in the format", () => {
    expect(dateInProblem("14/03/2025", "dd/mm/yyyy")).toBeUndefined();
    expect(dateInProblem("31/02/2025", "dd/mm/yyyy")).toBe("is not a date: there is no 31 February 2025");
    expect(dateInProblem("14/13/2025", "dd/mm/yyyy")).toBe("is not a date: there is no month 13");
    expect(dateInProblem("2025-03-14", "dd/mm/yyyy")).toBe("is not a date written dd/mm/yyyy");
  });

  it("accepts formats with dd, mm and yyyy once each", () => {
    for (const ok of ["dd/mm/yyyy", "yyyy-mm-dd", "mm/dd/yyyy", "yyyymmdd"])
      expect(dateFormatSchema.safeParse(ok).success).toBe(true);
    for (const bad of ["dd/mm/yy", "dd/dd/yyyy", "d/m/yyyy", "dd/mm/yyyy hh"])
      expect(dateFormatSchema.safeParse(bad).success).toBe(false);
  });

  it("gives back every date it writes, in every format", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_000_000 }).map(isoDateFromDayNumber),
        fc.constantFrom("dd/mm/yyyy", "yyyy-mm-dd", "dd.mm.yyyy", "yyyymmdd", "mm/dd/yyyy"),
        (iso, format) => {
          fc.pre(/^\d{4}-/.test(iso));
          expect(readDateIn(writeDateIn(iso, format), format)).toBe(iso);
        },
      ),
    );
  });

  it("never throws on any text", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("dd/mm/yyyy", "yyyymmdd"), (text, format) => {
        const read = readDateIn(text, format);
        expect(read === undefined || /^\d{4}-\d{2}-\d{2}$/.test(read)).toBe(true);
      }),
    );
  });
});
