#!/usr/bin/env node
// Time per byte of lint() on adversarial text at sizes from 64 KB to 2 MB: every text path must
// be linear, so each row should stay flat as the size grows. Median of three runs after a warm-up.
//
//   npm run build -w @st/language-lint && node packages/language-lint/bench/linear.mjs
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const { lint } = await import(pathToFileURL(`${here}../dist/index.js`).href);

const repeat = (unit) => (size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const generators = {
  "dot lines": repeat("...\n"),
  dots: repeat("."),
  "blank lines": repeat(" \t\n"),
  punctuation: repeat("!?.,;:()\"'-\u2014.. "),
  "repeated words": repeat("abuse "),
  "repeated phrase": repeat("the volatile relationship "),
  "long token": repeat("a"),
  "unclosed comments": repeat("<!-- x "),
  quotes: repeat("'a' \u201cb\u201d "),
  "soft hyphens": repeat("do\u00admestic\u200b abuse "),
  "combining marks": repeat("e\u0301\u0301 "),
  "case notes": repeat("Mr B pushed Ms A. She has not protected the children from him; there was only a push. "),
};
const sizes = [64 * 1024, 256 * 1024, 1024 * 1024, 2 * 1024 * 1024];
lint(generators["case notes"](200_000));
for (const [name, generate] of Object.entries(generators)) {
  const row = [];
  for (const size of sizes) {
    const text = generate(size);
    const runs = [];
    for (let r = 0; r < 3; r++) {
      const t = performance.now();
      lint(text);
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    row.push(`${((runs[1] * 1e6) / size).toFixed(0).padStart(5)} ns/B`);
    if (size === sizes.at(-1)) row.push(`(2 MB: ${runs[1].toFixed(0)} ms)`);
  }
  console.log(`${name.padEnd(18)} ${row.join("  ")}`);
}
