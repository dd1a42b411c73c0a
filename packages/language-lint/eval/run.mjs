#!/usr/bin/env node
// Precision and recall of @st/language-lint on the labelled evaluation set, per category, with the
// misses. The test half (test.tsv) was written before any tuning and is what the README quotes;
// the rules are tuned on the development half (dev.tsv) only.
//
//   npm run eval -w @st/language-lint                 both halves
//   npm run eval -w @st/language-lint -- --split dev  one half
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const { lint } = await import(pathToFileURL(`${here}../dist/index.js`).href);
const CATEGORIES = ["responsibilising", "minimising", "hidden-perpetrator", "mutualising", "vague"];

/** The labelled sentences of one half: `label<TAB>sentence`, `#` starts a comment. */
export function readSet(split) {
  return readFileSync(`${here}${split}.tsv`, "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line, i) => {
      const tab = line.indexOf("\t");
      const label = line.slice(0, tab);
      if (tab < 0 || (label !== "clean" && !CATEGORIES.includes(label)))
        throw new Error(
          `${split}.tsv, sentence ${i + 1}: expected "label<TAB>sentence", found ${JSON.stringify(line)}`,
        );
      return { label, text: line.slice(tab + 1) };
    });
}

const pct = (a, b) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);

function evaluate(split) {
  const set = readSet(split);
  const per = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let poor = 0;
  let caught = 0;
  let rightCategory = 0;
  let clean = 0;
  let falseAlarms = 0;
  const misses = [];
  for (const { label, text } of set) {
    const findings = lint(text).filter((f) => !f.positive && f.severity !== "info");
    const found = new Set(findings.map((f) => f.category));
    for (const c of CATEGORIES) {
      if (found.has(c) && label === c) per[c].tp++;
      else if (found.has(c)) per[c].fp++;
      else if (label === c) per[c].fn++;
    }
    const said = findings.map((f) => `${f.ruleId} "${f.excerpt}"`).join("; ");
    if (label === "clean") {
      clean++;
      if (findings.length) {
        falseAlarms++;
        misses.push(`false alarm  ${text}\n             -> ${said}`);
      }
    } else {
      poor++;
      if (findings.length) caught++;
      if (found.has(label)) rightCategory++;
      else misses.push(`missed ${label.padEnd(18)} ${text}${said ? `\n             -> ${said}` : ""}`);
    }
  }
  console.log(`\n== ${split} half: ${set.length} sentences (${poor} poor, ${clean} clean) ==`);
  console.log(`recall of poor wording (warning or error): ${pct(caught, poor)} (${caught}/${poor})`);
  console.log(`right category: ${pct(rightCategory, poor)} (${rightCategory}/${poor})`);
  console.log(`false alarms on good writing: ${pct(falseAlarms, clean)} (${falseAlarms}/${clean})`);
  console.log("category            precision  recall");
  for (const c of CATEGORIES) {
    const { tp, fp, fn } = per[c];
    console.log(
      `${c.padEnd(20)}${pct(tp, tp + fp).padStart(9)}  ${pct(tp, tp + fn).padStart(6)}  (tp ${tp}, fp ${fp}, fn ${fn})`,
    );
  }
  if (misses.length) console.log(`\nmisses (${misses.length}):\n${misses.join("\n")}`);
}

const at = process.argv.indexOf("--split");
const splits = at > 0 ? [process.argv[at + 1]] : ["dev", "test"];
for (const split of splits) evaluate(split);
