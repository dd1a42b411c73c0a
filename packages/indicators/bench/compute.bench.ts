import { createReadStream } from "node:fs";
import { computeIndicators, type DaDefinition } from "@st/indicators";
import { SaxesParser } from "saxes";
import { bench, describe } from "vitest";
import { benchFile } from "./setup.js";

// Computing every indicator from a 100,000-child census file (135 MB), against the floor: the same
// file streamed through the same decoder and XML parser, with handlers that do nothing.
const { path } = await benchFile(100_000);
const da: DaDefinition = {
  factors: ["3A", "3B", "3C"],
  referralIssue: { field: "LocalReferralIssue", daValues: ["DA"] },
};
const stream = () => createReadStream(path, { highWaterMark: 1 << 20 });

async function bareParse(): Promise<void> {
  const parser = new SaxesParser({ position: true, xmlns: false, fileName: path });
  parser.on("opentag", () => {});
  parser.on("closetag", () => {});
  parser.on("text", () => {});
  const decoder = new TextDecoder();
  for await (const chunk of stream()) parser.write(decoder.decode(chunk as Buffer, { stream: true }));
  parser.close();
}
const all2023 = async () => {
  await computeIndicators([{ source: stream() }], { da });
};
const all2025 = async () => {
  await computeIndicators([{ source: stream() }], { da, definition: "2025" });
};

// The ratio to the floor, from runs interleaved so that load from other work falls on both alike:
// CPU time (this process's user + system) and wall time, fastest of five each.
const tasks = {
  "floor: bare parse": bareParse,
  "all indicators, 2023 set": all2023,
  "all indicators, 2025 set": all2025,
};
const cpu: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
const wall: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
for (let round = 0; round < 5; round++) {
  for (const [name, task] of Object.entries(tasks)) {
    const start = process.cpuUsage();
    const t = performance.now();
    await task();
    const used = process.cpuUsage(start);
    wall[name]!.push(performance.now() - t);
    cpu[name]!.push((used.user + used.system) / 1000);
  }
}
const floorCpu = Math.min(...cpu["floor: bare parse"]!);
const floorWall = Math.min(...wall["floor: bare parse"]!);
console.log("\n100,000 children (135 MB), fastest of five interleaved runs:");
console.table(
  Object.keys(tasks).map((name) => ({
    task: name,
    "CPU ms": Math.round(Math.min(...cpu[name]!)),
    "× floor (CPU)": Math.round((Math.min(...cpu[name]!) / floorCpu) * 100) / 100,
    "wall ms": Math.round(Math.min(...wall[name]!)),
    "× floor (wall)": Math.round((Math.min(...wall[name]!) / floorWall) * 100) / 100,
  })),
);

describe("100,000 children, one census year (wall time)", () => {
  const options = { time: 0, iterations: 3, warmupIterations: 0 };
  bench("floor: bare streaming parse (saxes, no-op handlers)", bareParse, options);
  bench("all indicators, 2023 set", all2023, options);
  bench("all indicators, 2025 set (re-referrals)", all2025, options);
});
