import { type CaseListEntry, defaultSamplingFrame, drawSample, parseCaseList } from "@st/learning-review";
import { bench, describe } from "vitest";
import { randomStream } from "../src/random.js";

// A synthetic case list the size of a large borough's year of closures and more: 50,000 cases.
const random = randomStream(1, "bench");
const rows = ["caseId,workerId,closedDate,daFactor,workerTrained,consultation,outcome,team"];
for (let i = 0; i < 50_000; i++) {
  const day = String(1 + random.nextInt(28)).padStart(2, "0");
  const month = String(1 + random.nextInt(12)).padStart(2, "0");
  rows.push(
    [
      `C${String(i).padStart(6, "0")}`,
      `W${random.nextInt(400)}`,
      random.nextInt(10) === 0 ? "" : `2024-${month}-${day}`,
      random.nextInt(3) === 0 ? "N" : "Y",
      random.nextInt(2) ? "Y" : "N",
      random.nextInt(3) ? "N" : "Y",
      ["NFA", "CIN plan", "CP plan", ""][random.nextInt(4)],
      `"Team ${random.nextInt(9)}, North"`,
    ].join(","),
  );
}
const csv = rows.join("\n");
const list = parseCaseList(csv);
const period = { from: "2024-04-01", to: "2024-06-30" };

describe("read a 50,000-row case list", () => {
  bench("readCaseList (RFC 4180, header matching, every cell checked)", () => {
    parseCaseList(csv);
  });
  bench("baseline: split on newlines and commas, no quoting, no checks", () => {
    const [head, ...body] = csv.split("\n");
    const keys = head!.split(",");
    body.map((line) => Object.fromEntries(line.split(",").map((v, i) => [keys[i], v])));
  });
});

describe("draw the default sample from 50,000 cases", () => {
  bench("drawSample (seeded, partial Fisher-Yates per cohort)", () => {
    drawSample(list, defaultSamplingFrame, { seed: 42, period });
  });
  bench("baseline: filter, full Fisher-Yates shuffle with Math.random, slice", () => {
    const inPeriod = (c: CaseListEntry) =>
      c.daFactor === "yes" && c.closedDate !== null && c.closedDate >= period.from && c.closedDate <= period.to;
    for (const [trained, consulted] of [
      ["yes", "yes"],
      ["no", "no"],
    ] as const) {
      const pool = list.cases.filter((c) => inPeriod(c) && c.workerTrained === trained && c.consultation === consulted);
      for (let i = pool.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      }
      pool.slice(0, 5);
    }
  });
});
