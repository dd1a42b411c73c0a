#!/usr/bin/env node
// Words per second and peak memory of @st/language-lint against a bare RegExp scan and alex, on
// the generated 1,000,000-word corpus. Each engine runs in its own process, three times; the
// median is reported, as in docs/LINT-RESEARCH.md.
//
//   npm run build -w @st/language-lint && node packages/language-lint/bench/throughput.mjs
//
// alex is not a dependency of this repository. To include it, install it anywhere and point
// ALEX_MODULE at it:  npm i --prefix /tmp/alexbench alex@11 && ALEX_MODULE=/tmp/alexbench/node_modules/alex/index.js node ...
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
// The entry point Node.js resolves the package to (the exports' node condition), with the pack precompiled.
const dist = pathToFileURL(join(here, "../dist/node.js")).href;
const corpusModule = pathToFileURL(join(here, "corpus.mjs")).href;

async function child(engine, phrasesFile) {
  const { generateCorpus } = await import(corpusModule);
  const { notes, text, words } = generateCorpus();
  let run;
  let compileMs = 0;
  if (engine === "st" || engine === "st-whole" || engine === "st-positives") {
    const { createLinter } = await import(dist);
    const t = performance.now();
    const linter = createLinter(engine === "st-positives" ? { positives: true } : {});
    compileMs = performance.now() - t;
    run =
      engine === "st-whole"
        ? () => linter.lint(text).length
        : () => notes.reduce((n, note) => n + linter.lint(note).length, 0);
  } else if (engine === "regex") {
    const phrases = JSON.parse(readFileSync(phrasesFile, "utf8"));
    const escaped = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"));
    const re = new RegExp(`\\b(?:${escaped.join("|")})\\b`, "gi");
    run = () => {
      let n = 0;
      for (const note of notes) {
        re.lastIndex = 0;
        while (re.exec(note) !== null) n++;
      }
      return n;
    };
  } else if (engine === "alex") {
    // alex's plain-text mode, one note a call (its parser slows quadratically on long inputs).
    const { text: alexText } = await import(pathToFileURL(process.env.ALEX_MODULE).href);
    run = () => notes.reduce((n, note) => n + alexText(note).messages.length, 0);
  }
  // Cold: the first pass in a fresh process (JIT and, for the linter, the lazily built automaton).
  let t = performance.now();
  run();
  const coldMs = performance.now() - t;
  // Warm: the second pass, what an editor or a pipeline linting note after note sees.
  t = performance.now();
  const hits = run();
  const ms = performance.now() - t;
  return {
    engine,
    words,
    ms: Math.round(ms),
    wordsPerSecond: Math.round((words / ms) * 1000),
    coldWordsPerSecond: Math.round((words / coldMs) * 1000),
    hits,
    compileMs: Math.round(compileMs),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (process.argv[2] === "--child") {
  console.log(JSON.stringify(await child(process.argv[3], process.argv[4])));
} else {
  const { createLinter } = await import(dist);
  // The floor's phrase list, as every lint benchmark builds it.
  const { floorPhrases } = await import(corpusModule);
  const phrases = floorPhrases(createLinter({ positives: true, profile: "family-letter" }));
  const phrasesFile = join(mkdtempSync(join(tmpdir(), "st-lint-bench-")), "phrases.json");
  writeFileSync(phrasesFile, JSON.stringify(phrases));
  const engines = (
    process.env.ENGINES ?? "st,st-whole,st-positives,regex" + (process.env.ALEX_MODULE ? ",alex" : "")
  ).split(",");
  const rows = [];
  for (const engine of engines) {
    const runs = [];
    for (let i = 0; i < 3; i++)
      runs.push(
        JSON.parse(
          execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--child", engine, phrasesFile], {
            encoding: "utf8",
            maxBuffer: 1 << 24,
          }),
        ),
      );
    runs.sort((a, b) => a.wordsPerSecond - b.wordsPerSecond);
    const median = runs[1];
    rows.push(median);
    console.error(
      `${engine}: ${median.wordsPerSecond.toLocaleString("en-GB")} words/s warm, ${median.coldWordsPerSecond.toLocaleString("en-GB")} cold, peak RSS ${median.peakRssMb} MB, ${median.hits} hits (runs: ${runs.map((r) => r.wordsPerSecond).join(", ")})`,
    );
  }
  console.log(JSON.stringify({ node: process.version, phrases: phrases.length, rows }, null, 2));
}
