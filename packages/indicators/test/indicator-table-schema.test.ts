import { readFileSync } from "node:fs";
import { isProblemCode } from "@st/core";
import { computeIndicators, readPublishedReturns, safeParseIndicatorTable } from "@st/indicators";
import { readFixture } from "@st-internal/test-fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

/** What `st indicators compute --format json` prints for the synthetic census, read back. */
async function computed() {
  const { table } = await computeIndicators([
    { source: fixture("synthetic-cin-2024.xml"), fileName: "synthetic-cin-2024.xml" },
    { source: fixture("synthetic-cin-2025.xml"), fileName: "synthetic-cin-2025.xml" },
  ]);
  return JSON.parse(`${JSON.stringify(table, null, 2)}\n`);
}

describe("safeParseIndicatorTable", () => {
  it("reads the tables st indicators compute and import print", async () => {
    const table = await computed();
    expect(table.series.length).toBeGreaterThan(0);
    expect(safeParseIndicatorTable(table)).toEqual({ ok: true, value: table });
    const published = JSON.parse(
      JSON.stringify(readPublishedReturns(readFixture("partnership-indicators-as-published.tsv"))),
    );
    expect(safeParseIndicatorTable(published)).toEqual({ ok: true, value: published });
  });

  it("refuses a damaged table, naming the field, what was expected and what was found", async () => {
    const table = await computed();
    table.series[0].value = "12";
    table.series[1].quarter = "2024/25 Q1";
    delete table.notes;
    const result = safeParseIndicatorTable(table);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(["series.0.value", "series.1.quarter", "notes"]);
    expect(result.problems[0]).toMatchObject({ code: "invalid_type", received: '"12"' });
    expect(result.problems[2]).toMatchObject({ code: "required" });
  });

  it("never throws on any JSON, and every problem has a listed code", async () => {
    const table = await computed();
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const input of [value, { ...table, series: value }, { ...table, series: [value] }]) {
          const result = safeParseIndicatorTable(input);
          if (!result.ok) for (const p of result.problems) expect(isProblemCode(p.code)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
