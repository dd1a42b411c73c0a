// `npx vitest bench --run` in this package. Figures for the README come from bench/throughput.mjs,
// which runs each engine in its own process and also reports peak memory.
import { pathToFileURL } from "node:url";
import { createLinter } from "@st/language-lint";
import { bench, describe } from "vitest";
import { floorPatternSource, floorPhrases, generateCorpus } from "./corpus.mjs";

const { notes, text, words } = generateCorpus();
const linter = createLinter();
const withPositives = createLinter({ positives: true });

// The floor: one precompiled RegExp alternation over every phrase the pack's examples are flagged for.
const phrases = floorPhrases(createLinter({ positives: true, profile: "family-letter" }));
const floor = new RegExp(floorPatternSource(phrases), "gi");

// alex is not a dependency: set ALEX_MODULE to its index.js to include it (see the README).
const alexText: ((value: string) => { messages: unknown[] }) | undefined = process.env.ALEX_MODULE
  ? (await import(pathToFileURL(process.env.ALEX_MODULE).href)).text
  : undefined;
const alexNotes = notes.slice(0, 200);

describe(`${words.toLocaleString("en-GB")} words in ${notes.length} synthetic case notes`, () => {
  bench("@st/language-lint, full pack with positions, one call a note", () => {
    for (const note of notes) linter.lint(note);
  });
  bench("@st/language-lint, full pack and positive signals, one call a note", () => {
    for (const note of notes) withPositives.lint(note);
  });
  bench("@st/language-lint, the whole corpus in one call", () => {
    linter.lint(text);
  });
  bench(`floor: one RegExp alternation of ${phrases.length} phrases, one note at a time`, () => {
    for (const note of notes) {
      floor.lastIndex = 0;
      while (floor.exec(note) !== null);
    }
  });
});

describe("alex 11 on the first 200 notes (multiply its time by the notes ratio to compare)", () => {
  bench.skipIf(alexText === undefined)("alex text()", () => {
    for (const note of alexNotes) alexText!(note);
  });
});

describe("compiling the rule set", () => {
  bench("createLinter() with the full pack", () => {
    createLinter();
  });
});
