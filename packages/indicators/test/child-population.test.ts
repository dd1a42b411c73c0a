import { readChildPopulation, safeReadChildPopulation } from "@st/indicators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("reading the child population", () => {
  it("reads a borough a row, thousands separators and all, and figures by year", () => {
    expect(readChildPopulation('borough,children\nHackney,58000\nNewham,"82,000"\n')).toEqual({
      Hackney: 58000,
      Newham: 82000,
    });
    expect(readChildPopulation("Borough\tPopulation\tYear\nE09000012\t58000\t2023\nE09000012\t57500\t2024\n")).toEqual({
      E09000012: { 2023: 58000, 2024: 57500 },
    });
  });

  it("names every bad row's line and field, and drops none silently", () => {
    const read = safeReadChildPopulation("borough,children\nHackney,58000\n,100\nBarnet,none\nCamden,-5\n", {
      fileName: "population.csv",
    });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => [p.line, p.field, p.code])).toEqual([
      [3, "Borough", "blank"],
      [4, "Children", "invalid_number"],
      [5, "Children", "invalid_number"],
    ]);
    expect(read.problems[1]!.received).toBe('"none"');
  });

  it("says when the columns are not there, and when a quote is never closed", () => {
    const columns = safeReadChildPopulation("la,count\nHackney,1\n");
    expect(columns.ok ? "" : columns.problems[0]!.code).toBe("missing_column");
    const quote = safeReadChildPopulation('borough,children\n"Hackney,1\n');
    expect(quote.ok ? "" : quote.problems[0]!.code).toBe("unclosed_quote");
    expect(() => readChildPopulation("borough\n", { fileName: "p.csv" })).toThrow(/p\.csv/);
  });

  it("never throws on any text, and reads every good row (fuzz)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const read = safeReadChildPopulation(text);
        if (!read.ok) expect(read.problems.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom("Hackney", "Barnet", "Newham", "Camden"), { maxLength: 4 }),
        fc.integer({ min: 1, max: 999_999 }),
        (boroughs, n) => {
          const csv = `borough,children\n${boroughs.map((b) => `${b},${n}`).join("\n")}\n`;
          const read = readChildPopulation(csv);
          expect(Object.keys(read).sort()).toEqual([...boroughs].sort());
        },
      ),
    );
  });
});
