import { isIsoDate } from "@st/core/calendar";
import { personWhoUsesHarmTerminology } from "@st/core/practice";
import { cellAddress, columnLetters, excelSerialToIsoDate, parseNumberText, resolverFor } from "@st/workbook";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeCellText } from "../src/answers.js";

describe("excelSerialToIsoDate", () => {
  it("follows Excel's 1900 date system, including its invented 29 February 1900", () => {
    expect(excelSerialToIsoDate(1)).toBe("1900-01-01");
    expect(excelSerialToIsoDate(59)).toBe("1900-02-28");
    expect(excelSerialToIsoDate(60)).toBeUndefined();
    expect(excelSerialToIsoDate(61)).toBe("1900-03-01");
    expect(excelSerialToIsoDate(45_645)).toBe("2024-12-19");
    expect(excelSerialToIsoDate(45_645.75)).toBe("2024-12-19");
    expect(excelSerialToIsoDate(2_958_465)).toBe("9999-12-31");
    expect(excelSerialToIsoDate(2_958_466)).toBeUndefined();
    expect(excelSerialToIsoDate(0)).toBeUndefined();
    expect(excelSerialToIsoDate(Number.NaN)).toBeUndefined();
  });

  it("follows the 1904 date system when the workbook uses it", () => {
    expect(excelSerialToIsoDate(0, true)).toBe("1904-01-01");
    expect(excelSerialToIsoDate(45_645 - 1462, true)).toBe("2024-12-19");
  });

  it("always gives a real date or nothing (property)", () => {
    fc.assert(
      fc.property(fc.double(), fc.boolean(), (serial, date1904) => {
        const iso = excelSerialToIsoDate(serial, date1904);
        if (iso !== undefined) expect(isIsoDate(iso)).toBe(true);
      }),
    );
  });
});

describe("parseNumberText", () => {
  it("reads numbers as people type them", () => {
    expect(parseNumberText("12")).toBe(12);
    expect(parseNumberText(" -3.5 ")).toBe(-3.5);
    expect(parseNumberText("+4")).toBe(4);
    expect(parseNumberText("1,250")).toBe(1250);
    expect(parseNumberText("1,250,000.5")).toBe(1_250_000.5);
    expect(parseNumberText("1e3")).toBe(1000);
    expect(parseNumberText(".5")).toBe(0.5);
    for (const bad of ["", "twelve", "1,25", "12 emails", "0x10", "Infinity", "1e999", "NaN", "1.2.3"])
      expect(parseNumberText(bad)).toBeUndefined();
  });

  it("reads back every finite number as JavaScript writes it (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(parseNumberText(String(n))).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe("escapeCellText", () => {
  it("writes characters XML cannot hold the way Excel does, and escapes look-alikes", () => {
    expect(escapeCellText("a\u0001b")).toBe("a_x0001_b");
    expect(escapeCellText("line\r\nbreak")).toBe("line_x000D_\nbreak");
    expect(escapeCellText("_x0041_")).toBe("_x005F_x0041_");
    expect(escapeCellText("_x0041")).toBe("_x0041");
    expect(escapeCellText("_x004a_")).toBe("_x004a_");
    expect(escapeCellText("plain text, café 🙂")).toBe("plain text, café 🙂");
  });

  // The decoding exceljs applies to every cell it reads (lib/xlsx/xform/strings/text-xform.js).
  const exceljsDecode = (s: string) =>
    s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

  it("is undone exactly by the decoding a reader applies (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.string({
            unit: fc.constantFrom("_", "x", "0", "0", "4", "1", "A", "F", "\r", "\u0001", "\uD800", "\uDC00"),
          }),
        ),
        (text) => {
          const escaped = escapeCellText(text);
          expect(exceljsDecode(escaped)).toBe(text);
          // What remains is safe to put in XML unchanged.
          // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for exactly these characters
          expect(escaped).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]/);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("terminology and cell addresses", () => {
  it("puts a profile's words into placeholders, capitalised where the placeholder is", () => {
    const resolve = resolverFor(personWhoUsesHarmTerminology);
    expect(resolve("{Perpetrator} or {perpetrator:plural}")).toBe("Person who uses harm or people who use harm");
    expect(resolverFor((t) => t.toUpperCase())("a")).toBe("A");
    expect(resolverFor(undefined)("{perpetrator}")).toBe("perpetrator");
    expect(() => resolverFor({ perpetrator: "abuser" } as never)).toThrow(/is not a terminology profile/);
  });

  it("names columns and cells as Excel does", () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16_384].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(cellAddress(6, 4)).toBe("F4");
  });
});
