import { nestRecord } from "@st/core/records";
import { type PatternMap, patternMapForm, patternMapRows, patternMapsFromRows } from "@st/pattern-map";
import { demoPatternMap } from "@st/pattern-map/demo";
import { readWorkbook, writeTemplate } from "@st/workbook";
import { bench, describe } from "vitest";

// 500 synthetic cases, each the demo map under its own reference: 7,500 rows.
const maps: PatternMap[] = Array.from({ length: 500 }, (_, i) => ({ ...demoPatternMap(), caseRef: `PM-${i + 1}` }));
const rows = maps.flatMap(patternMapRows);
const bytes = await writeTemplate(patternMapForm, { records: rows, blankRows: 0 });
if (patternMapsFromRows(rows).maps.length !== maps.length) throw new Error("the synthetic maps must all be valid");

describe(`read ${rows.length} workbook rows of ${maps.length} pattern maps`, () => {
  bench(
    "readWorkbook, then patternMapsFromRows (gather and check each map)",
    async () => {
      const read = await readWorkbook(patternMapForm, bytes);
      patternMapsFromRows(read.records);
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
  bench(
    "baseline: readWorkbook alone",
    async () => {
      await readWorkbook(patternMapForm, bytes);
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
});

describe(`gather ${rows.length} rows into ${maps.length} maps`, () => {
  bench("patternMapsFromRows", () => void patternMapsFromRows(rows), { iterations: 5, time: 0, warmupIterations: 1 });
  bench("baseline: nestRecord of each row", () => void rows.map((r) => nestRecord(r)), {
    iterations: 5,
    time: 0,
    warmupIterations: 1,
  });
});
