import { formatProblem } from "@st/core";
import { validateFormDefinition } from "@st/core/forms";
import { patternMapForm, patternMapRows, patternMapsFromRows } from "@st/pattern-map";
import { demoPatternMap } from "@st/pattern-map/demo";
import { readCsv, readWorkbook, writeCsv, writeTemplate } from "@st/workbook";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { patternMap } from "./arbitraries.js";

describe("the pattern map form", () => {
  it("is a sound form definition for @st/core and @st/workbook", () => {
    expect(validateFormDefinition(patternMapForm)).toEqual(patternMapForm);
  });

  it("round-trips through its workbook template: write, fill rows, read back equal", async () => {
    const map = demoPatternMap();
    // Write the empty template, then fill its rows as a person would, from the map's rows.
    const template = await writeTemplate(patternMapForm);
    expect((await readWorkbook(patternMapForm, template)).records).toEqual([]);
    const filled = await writeTemplate(patternMapForm, { records: patternMapRows(map) });
    const read = await readWorkbook(patternMapForm, filled);
    expect(read.problems).toEqual([]);
    expect(patternMapsFromRows(read.records)).toEqual({ maps: [map], problems: [] });
  });

  it("round-trips any valid maps through the workbook", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(patternMap, { minLength: 1, maxLength: 3, selector: (m) => m.caseRef }),
        async (maps) => {
          const rows = maps.flatMap(patternMapRows);
          const read = await readWorkbook(patternMapForm, await writeTemplate(patternMapForm, { records: rows }));
          expect(read.problems).toEqual([]);
          // A map with no entries has no rows: nothing to read back.
          expect(patternMapsFromRows(read.records).maps).toEqual(maps.filter((m) => patternMapRows(m).length > 0));
        },
      ),
      { numRuns: 20 },
    );
  });

  it("round-trips through CSV", () => {
    fc.assert(
      fc.property(patternMap, (map) => {
        const read = readCsv(patternMapForm, writeCsv(patternMapForm, patternMapRows(map)));
        expect(read.problems).toEqual([]);
        expect(patternMapsFromRows(read.records).maps).toEqual(patternMapRows(map).length ? [map] : []);
      }),
      { numRuns: 100 },
    );
  });

  it("places a problem of an entry on its row, by the question's label", () => {
    const rows = patternMapRows(demoPatternMap());
    const impact = rows.findIndex((r) => r.entry === "impact");
    rows[impact] = { ...rows[impact]!, "impact.behaviours": "B1; B42" };
    rows[2] = { ...rows[2]!, mappedOn: "2025-01-01" };
    const { maps, problems } = patternMapsFromRows(rows);
    expect(maps).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      "record 3: \"Date mapped\": differs from the case's first row (expected the date mapped given on the case's first row (2025-11-14), found 2025-01-01)",
      `record ${impact + 1}: "Behaviours causing it": points at behaviour B42, which the map does not hold (expected ids of behaviours in the map, found "B1; B42")`,
    ]);
  });

  it("reads one map a case, in the order the cases first appear", () => {
    const a = { ...demoPatternMap(), caseRef: "PM-A" };
    const b = { ...demoPatternMap(), caseRef: "PM-B" };
    const rowsA = patternMapRows(a);
    const rowsB = patternMapRows(b);
    // Interleaved rows of two cases still make two maps, each in its own order.
    const mixed = rowsB.flatMap((row, i) => [row, ...(rowsA[i] ? [rowsA[i]] : [])]).concat(rowsA.slice(rowsB.length));
    expect(patternMapsFromRows(mixed).maps.map((m) => m.caseRef)).toEqual(["PM-B", "PM-A"]);
    expect(patternMapsFromRows(mixed).maps[1]).toEqual(a);
  });

  it("never throws on untrusted rows", () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(undefined), fc.array(fc.string(), { maxLength: 3 }));
    const row = fc.dictionary(
      fc.constantFrom(
        "caseRef",
        "mappedOn",
        "entry",
        "id",
        "behaviour.description",
        "impact.behaviours",
        "engagement.date",
        "__proto__",
        "behaviour",
      ),
      value,
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), (rows) => {
        const { maps, problems } = patternMapsFromRows(rows);
        expect(maps.length + problems.length).toBeGreaterThanOrEqual(0);
        for (const p of problems) expect(p.record).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
