#!/usr/bin/env node
// Whole-process benchmarks of `st`, as a user runs it: each command a fresh `node` process reading
// a generated file and writing its output to a file, timed against its floor, a process doing the
// least the job needs (a bare RegExp scan, a bare saxes parse, a bare zod parse), in one run.
// Rounds are interleaved (floor, command, floor, command, ...) so that load from other work falls on
// both alike; each figure is the fastest of N runs, and the ratio is command time / floor time,
// for wall time and for CPU time (user + system: steadier than wall time on a busy machine). Peak
// memory is each process's maximum resident set (process.resourceUsage().maxRSS). CPU time and peak
// memory are recorded as the process exits, by a hook preloaded with --require.
//
//   npm run bench:cli                    # builds st, then runs this (also the end of `npm run bench`)
//   node scripts/bench-cli.mjs --runs 5  # best of 5 (default 3)
//   node scripts/bench-cli.mjs --only lint  # only the tasks whose name contains "lint" (or "complaints", ...)
//
// Data is synthetic and generated into the temporary folder on first use (about 7 MB of case
// notes, a 70 MB copy for the memory check, a 135 MB census file, 100,000 complaint records), then
// reused; nothing is committed.
import { spawnSync } from "node:child_process";
import {
  closeSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const st = join(root, "packages/cli/dist/st.js");
if (!existsSync(st)) {
  console.error("Build st first: npx turbo run build --filter=@st/cli... (npm run bench:cli does it)");
  process.exit(2);
}
const runsAt = process.argv.indexOf("--runs");
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
// `--only lint` runs the tasks whose name contains "lint" (the others' data is still generated once).
const onlyAt = process.argv.indexOf("--only");
const ONLY = onlyAt > 0 ? process.argv[onlyAt + 1] : "";
const dir = join(tmpdir(), "st-bench-cli");
mkdirSync(dir, { recursive: true });
const file = (name) => join(dir, name);
// This run's own scratch files (peak memory and CPU time, stdout, the floor's output, the phrase
// list of this checkout's linter): two runs at once, from two checkouts, would otherwise overwrite
// each other's figures in the shared folder. The generated data above stays shared.
const runDir = mkdtempSync(join(tmpdir(), "st-bench-cli-run-"));
process.on("exit", () => rmSync(runDir, { recursive: true, force: true }));
const scratch = (name) => join(runDir, name);

// ---- data ---------------------------------------------------------------------------------------

/** Writes `path` once with `make(tmp)`, atomically; later runs reuse it. */
async function once(path, make) {
  if (!existsSync(path)) {
    await make(`${path}.part`);
    renameSync(`${path}.part`, path);
  }
  return path;
}

const { floorPatternSource, floorPhrases, generateCorpus } = await import(
  join(root, "packages/language-lint/bench/corpus.mjs")
);
const { createLinter } = await import("@st/language-lint");
const notes = await once(file("notes-1m-words.txt"), async (tmp) => writeFileSync(tmp, generateCorpus().text));
const notes10 = await once(file("notes-10m-words.txt"), async (tmp) => {
  const text = readFileSync(notes, "utf8");
  const out = createWriteStream(tmp);
  for (let i = 0; i < 10; i++) out.write(`${text}\n\n`);
  await new Promise((resolve, reject) => out.end(resolve).on("error", reject));
});

// The lint floor's ~300 phrases, as the package's in-process bench builds them.
const floorPattern = floorPatternSource(floorPhrases(createLinter({ positives: true, profile: "family-letter" })));
writeFileSync(scratch("phrases.re"), floorPattern);

const { writeSyntheticCensusFile } = await import("@st/indicators/node");
const census = await once(file("census-100k.xml"), (tmp) =>
  writeSyntheticCensusFile(tmp, {
    children: 100_000,
    referenceDate: "2025-03-31",
    seed: 1,
    referralIssues: true,
    referralIssueElement: "LocalReferralIssue",
  }),
);

const { demoComplaints } = await import("@st/complaints-proforma/demo");
const { COMPLAINT_SCHEMA_VERSION, writeComplaint } = await import("@st/complaints-proforma");
// Named by the schema version the records are written at, so a new version writes them afresh.
const complaints = await once(file(`complaints-100k-v${COMPLAINT_SCHEMA_VERSION}.json`), async (tmp) => {
  const demo = demoComplaints();
  const records = Array.from({ length: 100_000 }, (_, i) => {
    const r = demo[i % demo.length];
    return writeComplaint({ ...r, complaint: { ...r.complaint, reference: `${r.complaint.reference}-${i}` } });
  });
  writeFileSync(tmp, JSON.stringify(records));
});

// ---- floors, as processes -----------------------------------------------------------------------

const floors = {
  regexp: `
    const { readFileSync } = require("node:fs");
    const re = new RegExp(readFileSync(process.argv[1], "utf8"), "gi");
    const text = readFileSync(process.argv[2], "utf8");
    let n = 0; while (re.exec(text) !== null) n++;
    require("node:fs").writeFileSync(process.argv[3], String(n));`,
  saxes: `
    const { createReadStream, writeFileSync } = require("node:fs");
    const { SaxesParser } = require("saxes");
    (async () => {
      const parser = new SaxesParser({ position: true, xmlns: false });
      let n = 0;
      parser.on("opentag", () => { n++; }); parser.on("closetag", () => {}); parser.on("text", () => {});
      const decoder = new TextDecoder();
      for await (const chunk of createReadStream(process.argv[1], { highWaterMark: 1 << 20 }))
        parser.write(decoder.decode(chunk, { stream: true }));
      parser.close();
      writeFileSync(process.argv[2], String(n));
    })();`,
  zod: `
    const { readFileSync, writeFileSync } = require("node:fs");
    import("@st/complaints-proforma").then(({ complaintRecordSchema }) => {
      const records = JSON.parse(readFileSync(process.argv[1], "utf8"));
      let ok = 0;
      for (const { schemaVersion, ...record } of records) if (complaintRecordSchema.safeParse(record).success) ok++;
      writeFileSync(process.argv[2], String(ok));
    });`,
};

// ---- running ------------------------------------------------------------------------------------

const rssHook = scratch("max-rss.cjs");
writeFileSync(
  rssHook,
  `process.on("exit", () => { const u = process.resourceUsage(); require("node:fs").writeFileSync(process.env.ST_BENCH_RSS, JSON.stringify({ kb: u.maxRSS, cpuUs: u.userCPUTime + u.systemCPUTime })); });\n`,
);

/** Runs `node args...` with stdout written to a file; returns wall and CPU milliseconds and peak memory in MB. */
function measure(args) {
  const out = openSync(scratch("stdout"), "w");
  const rss = scratch("rss");
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--require", rssHook, ...args], {
    cwd: root,
    env: { ...process.env, ST_BENCH_RSS: rss },
    stdio: ["ignore", out, "pipe"],
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(out);
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`node ${args.join(" ")} exited ${result.status}:\n${result.stderr}`);
  }
  const { kb, cpuUs } = JSON.parse(readFileSync(rss, "utf8"));
  return { ms, cpu: cpuUs / 1000, mb: kb / 1024 };
}

/** Each task: its floor and the command, run interleaved; the fastest of RUNS each. */
function compare(name, floor, command, target) {
  if (!name.includes(ONLY)) return undefined;
  const best = { floor: { ms: Infinity, cpu: Infinity, mb: 0 }, command: { ms: Infinity, cpu: Infinity, mb: 0 } };
  for (let i = 0; i < RUNS; i++) {
    for (const [key, args] of [
      ["floor", floor],
      ["command", command],
    ]) {
      const m = measure(args);
      best[key] = {
        ms: Math.min(best[key].ms, m.ms),
        cpu: Math.min(best[key].cpu, m.cpu),
        mb: Math.max(best[key].mb, m.mb),
      };
    }
  }
  return { name, ...best, target };
}

const mb = (path) => `${(statSync(path).size / 1e6).toFixed(0)} MB`;
const stArgs = (...args) => [st, ...args];
const results = [
  compare("st --version", ["-e", "0"], stArgs("--version"), "< 150 ms"),
  compare("st --help", ["-e", "0"], stArgs("--help"), "< 150 ms"),
  compare(
    "import('@st/language-lint')",
    ["-e", "0"],
    ["--input-type=module", "-e", "await import('@st/language-lint')"],
    "< 100 ms",
  ),
  compare(
    `st lint --format json, 1M words (${mb(notes)})`,
    ["-e", floors.regexp, scratch("phrases.re"), notes, scratch("floor-out")],
    stArgs("lint", "--format", "json", notes),
    "<= 2.5 (>= 0.4x the scan's speed)",
  ),
  compare(
    `st lint --format json, 10M words (${mb(notes10)})`,
    ["-e", floors.regexp, scratch("phrases.re"), notes10, scratch("floor-out")],
    stArgs("lint", "--format", "json", notes10),
    "peak flat from 1M words",
  ),
  compare(
    `st indicators compute --cin, 100k children (${mb(census)})`,
    ["-e", floors.saxes, census, scratch("floor-out")],
    stArgs("indicators", "compute", "--cin", census, "--format", "json"),
    "<= 1.5, peak < 300 MB",
  ),
  compare(
    `st complaints validate, 100k records (${mb(complaints)})`,
    ["-e", floors.zod, complaints, scratch("floor-out")],
    stArgs("complaints", "validate", complaints, "--format", "json"),
    "< 1 s",
  ),
].filter(Boolean);

const rows = results.map((r) => [
  r.name,
  `${r.floor.ms.toFixed(0)} ms`,
  `${r.command.ms.toFixed(0)} ms`,
  `${(r.command.ms / r.floor.ms).toFixed(2)}x`,
  `${r.floor.cpu.toFixed(0)} ms`,
  `${r.command.cpu.toFixed(0)} ms`,
  `${(r.command.cpu / r.floor.cpu).toFixed(2)}x`,
  `${r.floor.mb.toFixed(0)} MB`,
  `${r.command.mb.toFixed(0)} MB`,
  r.target,
]);
const head = [
  "task",
  "floor wall",
  "st wall",
  "ratio",
  "floor CPU",
  "st CPU",
  "ratio",
  "floor peak",
  "st peak",
  "target",
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log(
  `Whole-process, best of ${RUNS}, Node.js ${process.version}, load average ${loadavg()[0].toFixed(1)}, data in ${dir}`,
);
console.log("Floors: `node -e 0` for start-up; a bare RegExp scan of the pack's phrases; a bare saxes parse;");
console.log("a bare zod parse of the record schema (with JSON.parse of the file).");
console.log(line(head));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const row of rows) console.log(line(row));
