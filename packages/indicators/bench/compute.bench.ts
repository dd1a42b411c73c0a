import { createReadStream } from "node:fs";
import { computeIndicators, type DaDefinition } from "@st/indicators";
import { SaxesParser } from "saxes";
import { bench, describe } from "vitest";
import { benchFile } from "./setup.js";

// Computing every indicator from a 100,000-child census file (about 190 MB), against the floor:
// the same file streamed through the same XML parser with handlers that do nothing.
const { path } = await benchFile(100_000);
const da: DaDefinition = {
  factors: ["3A", "3B", "3C"],
  referralIssue: { field: "LocalReferralIssue", daValues: ["DA"] },
};
const options = { time: 0, iterations: 5, warmupIterations: 1 };

async function bareParse(): Promise<void> {
  const parser = new SaxesParser({ position: true, xmlns: false, fileName: path });
  parser.on("opentag", () => {});
  parser.on("closetag", () => {});
  parser.on("text", () => {});
  const decoder = new TextDecoder();
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    parser.write(decoder.decode(chunk as Buffer, { stream: true }));
  }
  parser.close();
}

describe("100,000 children, one census year", () => {
  bench("floor: bare streaming parse (saxes, no-op handlers)", bareParse, options);
  bench(
    "all indicators, 2023 set (no episodes file)",
    async () => {
      await computeIndicators([{ source: createReadStream(path, { highWaterMark: 1 << 20 }) }], { da });
    },
    options,
  );
  bench(
    "all indicators, 2025 set (re-referrals)",
    async () => {
      await computeIndicators([{ source: createReadStream(path, { highWaterMark: 1 << 20 }) }], {
        da,
        definition: "2025",
      });
    },
    options,
  );
});
