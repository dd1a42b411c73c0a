/**
 * Is the complaint-text detector linear on adversarial text? Times `detect` on each kind of hostile
 * text at doubling sizes and prints the time per kilobyte; a linear detector keeps it flat. Fails
 * when the time per kilobyte at the largest size is more than three times that at the smallest.
 *
 * Run: npx vitest bench --run bench/detect-scaling.bench.ts
 */
import { detect } from "@st/complaints-proforma";
import { bench, describe } from "vitest";

const kinds: Record<string, (bytes: number) => string> = {
  "a match on every line": (n) => "cc the Mayor. ".repeat(Math.ceil(n / 14)),
  "threat words with no target (lazy gap never closes)": (n) => "I will take ".repeat(Math.ceil(n / 12)),
  "one endless sentence of threats": (n) => "unless refer escalate contact ".repeat(Math.ceil(n / 31)),
  "punctuation runs": (n) => ".!?.,;:".repeat(Math.ceil(n / 7)),
  "blanks and tabs": (n) => " \t ".repeat(Math.ceil(n / 3)),
  "one long token": (n) => "x".repeat(n),
  "cc header lines without a target": (n) => "cc: ".concat("a ".repeat(99), "\n").repeat(Math.ceil(n / 203)),
  "repeated words": (n) => "her her her her ".repeat(Math.ceil(n / 16)),
};

const sizes = [100_000, 200_000, 400_000, 800_000];
let failed = false;
for (const [kind, make] of Object.entries(kinds)) {
  const perKb: number[] = [];
  for (const size of sizes) {
    const text = make(size).slice(0, size);
    detect(text.slice(0, 10_000)); // warm up
    const start = performance.now();
    detect(text);
    perKb.push((performance.now() - start) / (size / 1000));
  }
  const growth = perKb.at(-1)! / perKb[0]!;
  if (growth > 3) failed = true;
  console.log(
    `${kind.padEnd(55)} ${perKb.map((t) => `${t.toFixed(3)} ms/KB`).join("  ")}  growth ×${growth.toFixed(2)}`,
  );
}
if (failed) throw new Error("the time per kilobyte grows with the size of the text: the detector is not linear");

describe("detect 400 KB of hostile text", () => {
  for (const [kind, make] of Object.entries(kinds)) {
    const text = make(400_000).slice(0, 400_000);
    bench(kind, () => void detect(text), { time: 0, iterations: 1, warmupIterations: 0 });
  }
});
