import { dateTextProblem, isIsoDate, parseDateText } from "@st/core/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("parseDateText", () => {
  it("reads the ways people in the UK write a date", () => {
    for (const [text, date] of <[string, string][]>[
      ["2025-12-19", "2025-12-19"],
      ["2025-12-19T09:30:00Z", "2025-12-19"],
      ["2024-03-01 09:30:00", "2024-03-01"],
      ["2025/12/19", "2025-12-19"],
      ["19/12/2025", "2025-12-19"],
      ["1.3.2024", "2024-03-01"],
      ["19-12-2025 14:05", "2025-12-19"],
      ["19 Dec 2025", "2025-12-19"],
      ["19th December 2025", "2025-12-19"],
      ["1st Sept. 2025", "2025-09-01"],
      ["December 19, 2025", "2025-12-19"],
      ["  29/02/2024 ", "2024-02-29"],
    ])
      expect(parseDateText(text), text).toBe(date);
  });

  it("reads no date that is not a day, and says why", () => {
    for (const [text, why] of <[string, string][]>[
      ["31/02/2025", "is not a date: there is no 31 February 2025"],
      ["2025-02-29", "is not a date: there is no 29 February 2025"],
      ["2025-13-01", "is not a date: there is no month 13"],
      ["31 Smarch 2025", 'is not a date: "Smarch" is not a month'],
      ["19/12/25", "has a two-digit year: write the year in full, e.g. 19/12/2025"],
      ["03/01-2024", "is not a date"],
      ["", "is not a date"],
      ["soon", "is not a date"],
    ]) {
      expect(parseDateText(text), text).toBeUndefined();
      expect(dateTextProblem(text), text).toBe(why);
    }
  });

  it("reads back every real date in each numeric form, and gives a problem exactly when it reads nothing (property)", () => {
    const day = fc
      .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (iso) => {
        const [y, m, d] = iso.split("-");
        for (const text of [iso, `${y}/${m}/${d}`, `${d}/${m}/${y}`, `${Number(d)}.${Number(m)}.${y}`])
          expect(parseDateText(text)).toBe(iso);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const date = parseDateText(text);
        expect(date === undefined || isIsoDate(date)).toBe(true);
        expect(dateTextProblem(text) === undefined).toBe(date !== undefined);
      }),
    );
  });
});

describe("parseDateText on the forms the workbook readers have always read", () => {
  it.each([
    ["2025-12-19", "2025-12-19"],
    ["2025-1-9", "2025-01-09"],
    ["2025-12-19T00:00:00", "2025-12-19"],
    ["2025-12-19 14:30", "2025-12-19"],
    ["2025-12-19T23:00:00.000Z", "2025-12-19"],
    ["2025/12/19", "2025-12-19"],
    ["19/12/2025", "2025-12-19"],
    ["9/1/2025", "2025-01-09"],
    ["19-12-2025", "2025-12-19"],
    ["19.12.2025", "2025-12-19"],
    ["19 Dec 2025", "2025-12-19"],
    ["19th December 2025", "2025-12-19"],
    ["1st Sept 2025", "2025-09-01"],
    ["19-Dec-2025", "2025-12-19"],
    ["December 19, 2025", "2025-12-19"],
    ["  19/12/2025 ", "2025-12-19"],
    ["29/02/2024", "2024-02-29"],
  ])("reads %j as %s", (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each([
    "19/12/25",
    "12/31/2025",
    "29/02/2025",
    "2025-02-30",
    "19 Decembre 2025",
    "yesterday",
    "",
    "2025-12",
    "45123",
  ])("does not read %j", (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });

  it("reads back every date written in each accepted style (property)", () => {
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1000-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split("-");
          for (const text of [
            iso,
            `${d}/${m}/${y}`,
            `${Number(d)}.${Number(m)}.${y}`,
            `${d} ${months[Number(m) - 1]} ${y}`,
          ])
            expect(parseDateText(text)).toBe(iso);
        },
      ),
    );
  });
});
