import { createReadStream } from "node:fs";
import v8 from "node:v8";
import vm from "node:vm";
import { computeIndicators, type DaDefinition } from "@st/indicators";
import { SaxesParser } from "saxes";
import { bench, describe } from "vitest";
import { benchFile } from "./setup.js";

// Peak memory while computing every indicator from census files of 25,000, 50,000 and 100,000
// children: the heap in use is sampled after every 1 MB chunk, from a collected baseline. Flat
// memory means the peak does not grow with the file.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const da: DaDefinition = {
  factors: ["3A", "3B", "3C"],
  referralIssue: { field: "LocalReferralIssue", daValues: ["DA"] },
};
const SIZES = [25_000, 50_000, 100_000];
const files = await Promise.all(SIZES.map((n) => benchFile(n)));
const results: { children: number; megabytes: number; what: string; peakHeapMb: number }[] = [];

async function* sampled(path: string, peak: { value: number }): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const used = process.memoryUsage().heapUsed;
    if (used > peak.value) peak.value = used;
    yield chunk as Uint8Array;
  }
}

async function measure(
  what: string,
  children: number,
  path: string,
  bytes: number,
  run: (source: AsyncIterable<Uint8Array>) => Promise<void>,
) {
  gc();
  const base = process.memoryUsage().heapUsed;
  const peak = { value: base };
  await run(sampled(path, peak));
  results.push({
    children,
    megabytes: Math.round(bytes / 1e6),
    what,
    peakHeapMb: Math.round(((peak.value - base) / 1e6) * 10) / 10,
  });
}

// Measured once each, before the benchmark proper: a memory figure needs one clean run, not many.
for (const [i, children] of SIZES.entries()) {
  const { path, bytes } = files[i]!;
  await measure("bare parse", children, path, bytes, async (source) => {
    const parser = new SaxesParser({ position: true, xmlns: false });
    parser.on("opentag", () => {});
    parser.on("closetag", () => {});
    parser.on("text", () => {});
    const decoder = new TextDecoder();
    for await (const chunk of source) parser.write(decoder.decode(chunk, { stream: true }));
    parser.close();
  });
  await measure("all indicators (2025 set)", children, path, bytes, async (source) => {
    await computeIndicators([{ source }], { da, definition: "2025" });
  });
}
console.log("\nPeak heap above a collected baseline, sampled after every 1 MB chunk:");
console.table(results);

describe("memory", () => {
  bench("figures printed above (peak heap by file size)", () => {}, { time: 0, iterations: 1, warmupIterations: 0 });
});
