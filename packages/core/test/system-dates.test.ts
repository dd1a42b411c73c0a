import { isStValidationError } from "@st/core";
import { addIsoDays, parseExtractDate, parseXmlDate } from "@st/core/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const anyDay = fc.integer({ min: 0, max: 2_932_896 }).map((n) => addIsoDays("1900-01-01", n));

describe("dates as systems write them", () => {
  it("keeps the calendar date an XML date or date-time was written with, whatever its zone or time", () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.constantFrom("", "Z", "+01:00", "-05:00", "T00:00:00", "T23:59:59.999Z", " 12:30"),
        (day, suffix) => {
          return parseXmlDate(`${day}${suffix}`) === day;
        },
      ),
    );
  });

  it("reads extract dates day first or ISO, with or without a time, to the same day", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const [y, m, d] = day.split("-");
        return (
          parseExtractDate(`${d}/${m}/${y}`) === day &&
          parseExtractDate(`${Number(d)}/${Number(m)}/${y} 14:05`) === day &&
          parseExtractDate(`${day} 00:00:00.000`) === day
        );
      }),
    );
  });

  it("refuses days that do not exist and text that is not a date, and names a wrong argument", () => {
    for (const text of [
      "2023-02-29",
      "2024-13-01",
      "2024-02-30T00:00:00",
      "2024-03-31X",
      "31-03-2024",
      "",
      "2024-3-31",
    ])
      expect(parseXmlDate(text)).toBeUndefined();
    expect(parseXmlDate("2024-02-29")).toBe("2024-02-29");
    for (const text of ["31/02/2024", "00/01/2024", "12/13/2024", "2024/03/31"])
      expect(parseExtractDate(text)).toBeUndefined();
    let error: unknown;
    try {
      parseXmlDate(20240331 as unknown as string);
    } catch (caught) {
      error = caught;
    }
    expect(isStValidationError(error) && error.problems[0]?.code).toBe("invalid_type");
  });

  it("never throws on any text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const read = [parseXmlDate(text), parseExtractDate(text)];
        return read.every((d) => d === undefined || /^\d{4}-\d{2}-\d{2}$/.test(d));
      }),
    );
  });
});
