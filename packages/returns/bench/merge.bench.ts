// The pure merge a reporting system calls, on six boroughs by eight quarters (48 returns), against
// the floor of reading them at all (JSON.parse of the same files).
import { checkReturn, mergeReturns, tidyCsv, tidyRows } from "@st/returns";
import { bench, describe } from "vitest";
import { gridReturns } from "./grid.js";

const returns = await gridReturns();
const texts = returns.map((r) => JSON.stringify(r));
const files = returns.map((value) => ({ file: `${value.borough}-${value.quarter}-v1.json`, value }));

describe("48 returns: 6 boroughs x 8 quarters", () => {
  bench("mergeReturns, then the tidy CSV", () => {
    tidyCsv(tidyRows(mergeReturns(files)));
  });
  bench("checkReturn of every return (schema, definitions, suppression, checksum)", async () => {
    for (const text of texts) await checkReturn(JSON.parse(text));
  });
  bench("baseline: JSON.parse of every return", () => {
    for (const text of texts) JSON.parse(text);
  });
});
