import { groupedBarSpec, renderSvg, smallMultiplesLineSpec } from "@st/charts";
import { bench, describe } from "vitest";

// The shape of the indicators' small multiples: 6 boroughs by 12 quarters, one figure in 7 missing.
const boroughs = ["Hackney", "Waltham Forest", "Newham", "Hammersmith and Fulham", "Barnet", "Barking and Dagenham"];
const quarters = Array.from(
  { length: 12 },
  (_, i) => `${["Jan-Mar", "Apr-Jun", "Jul-Sep", "Oct-Dec"][i % 4]} ${22 + Math.floor(i / 4)}`,
);
const values = boroughs.flatMap((borough, b) =>
  quarters.map((quarter, q) => ({ borough, quarter, value: (b + q) % 7 === 3 ? null : 10 + ((b * 7 + q * 3) % 20) })),
);
const lines = smallMultiplesLineSpec({
  values,
  panel: { field: "borough", order: boroughs },
  x: { field: "quarter", order: quarters },
  y: { field: "value" },
  title: "CP plans with DA",
  description: "CP plans with DA by borough, 12 quarters.",
  tooltip: [{ field: "value", title: "Figure", type: "quantitative" }],
});

// The shape of a learning review's principles chart: 5 principles by 2 cohorts.
const principles = ["Pattern", "Partnering", "Intervening", "Child", "Culture"];
const cohorts = ["Trained and consulted", "Neither"];
const bars = groupedBarSpec({
  values: principles.flatMap((p, i) =>
    cohorts.map((c, j) => ({ p, c, share: ((i + j) % 5) / 5, label: `${(i + j) % 5} of 5` })),
  ),
  group: { field: "p", order: principles },
  bar: { field: "c", order: cohorts },
  value: { field: "share" },
  label: { field: "label" },
  title: "Principles met",
  description: "Principles met by cohort.",
});

await renderSvg(lines); // vega and vega-lite are imported on first use: keep that out of the figures.

// A few tens of milliseconds a chart: run long enough for a steady mean on a busy machine.
const options = { time: 5000, warmupIterations: 5 };

describe("renderSvg", () => {
  bench(
    "small multiples, 6 boroughs x 12 quarters",
    async () => {
      await renderSvg(lines);
    },
    options,
  );
  bench(
    "grouped bars, 5 groups x 2 bars",
    async () => {
      await renderSvg(bars);
    },
    options,
  );
});
