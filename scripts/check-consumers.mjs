#!/usr/bin/env node
// Installs every published package from its packed tarball into a throwaway project outside the
// workspace, then imports each of its entry points (the main one and every code subpath such as
// `/demo` or `/node`) as ESM and as CommonJS and calls one function, under every Node.js line the
// packages claim in `engines`. A package that only works inside the workspace fails.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { exportTargets } from "./pack-manifest.mjs";

const root = resolve(import.meta.dirname, "..");

// One call an entry point (a package's main entry, or a code subpath like "@st/x/demo"): an
// expression over `m` (the module) that must be truthy. An expression may be a promise: a rejection
// is unhandled, which ends the process with an error.
const smoke = {
  "@st/core": `m.isStValidationError(m.argumentError("f", { argument: "a", label: "A", expected: "x", received: 1, message: "m" }))`,
  // Core's subpaths: one call each, and the error class is one class whichever entry made it.
  "@st/core/calendar": `m.addWorkingDays("2025-12-19", 10) === "2026-01-07"`,
  "@st/core/places": `m.getLondonLocalAuthority("E09000012").name === "Hackney"`,
  "@st/core/practice": `m.principles.length === 3 && m.renderLabel("{nonAbusiveParent}", m.defaultTerminology).length > 0`,
  "@st/core/forms": `m.safeValidateFormDefinition({ id: "f", version: 1, title: "T", sections: [] }).ok === false`,
  "@st/core/records": `m.parseCsv("a,b\\n1,2").rows.length === 2`,
  "@st/core/report": `m.escapeHtml("<b>") === "&lt;b&gt;"`,
  // Draws a chart, so vega and vega-lite (ES modules with top-level await) load through the dynamic
  // import() both builds keep, CommonJS included.
  "@st/charts": `m.renderSvg(m.smallMultiplesLineSpec({ values: [{ b: "Hackney", q: "Q1", v: 1 }, { b: "Hackney", q: "Q2", v: null }, { b: "Hackney", q: "Q3", v: 3 }], panel: { field: "b", order: ["Hackney"] }, x: { field: "q", order: ["Q1", "Q2", "Q3"] }, y: { field: "v" }, title: "T", description: "D" })).then((svg) => { if (!/^<svg [^>]*role="img"/.test(svg) || (svg.match(/aria-roledescription="point"/g) ?? []).length !== 2) throw new Error("@st/charts: render"); })`,
  // Writes a template and reads it back, so exceljs (CommonJS) is loaded through both builds.
  "@st/workbook": `((def) => m.writeTemplate(def, { records: [{ n: 3 }] }).then((b) => m.readWorkbook(def, b)).then((r) => { if (r.records[0]?.n !== 3) throw new Error("@st/workbook: template round trip"); }))({ id: "f", version: 1, title: "T", sections: [{ id: "s", title: "S", questions: [{ id: "n", label: "N", type: "integer" }] }] })`,
  // Placeholders until each package's issue lands its first function.
  "@st/complaints-proforma": `m.stageDeadline(1, "2025-12-19").due === "2026-01-07" && m.safeParseComplaint({}).ok === false`,
  "@st/language-lint": `m.lint("Ms C was kicked.")[0].ruleId === "hidden-perpetrator/agentless-passive"`,
  "@st/indicators": `m.readPublishedReturns(m.publishedReturnsTsv).series.find((p) => p.borough === "E09000012" && p.indicator === "da-referral-on-intake" && p.quarter === "2023-Q3").value === 294`,
  "@st/practice-checklist": `m.summariseChecklists([{ checklist: { id: "st-practice-checklist", version: "1.0.0" }, caseId: "c1", reviewer: { role: "qa-auditor" }, use: "audit", date: "2025-05-14", answers: [{ item: "child-voice", answer: "yes" }, { item: "worker-safety", answer: "no" }] }]).total.overall.met.percent === 50 && m.defaultChecklist.items.length >= 25`,
  "@st/learning-review": `m.drawSample([{ caseId: "A", workerId: "W", closedDate: "2024-05-01", daFactor: "yes", workerTrained: "yes", consultation: "yes" }], m.defaultSamplingFrame, { seed: 1, period: { from: "2024-04-01", to: "2024-06-30" } }).shortfalls.length === 2`,
  // Gathers a map's workbook rows back into the map and renders it, with every text escaped.
  "@st/pattern-map": `((rows) => m.patternMapsFromRows(rows).maps[0].impacts[0].behaviours[0] === "B1" && m.patternMapHtml(m.patternMapsFromRows(rows).maps[0]).includes("&lt;b&gt;"))([{ caseRef: "PM-1", entry: "behaviour", id: "B1", "behaviour.description": "<b>Shouted</b>", "behaviour.kinds": ["threats"], "behaviour.source": "police" }, { caseRef: "PM-1", entry: "impact", id: "I1", "impact.child": "Child A", "impact.pathway": "emotional-wellbeing", "impact.description": "Afraid", "impact.behaviours": "B1" }])`,
  // Checks a return from a newer schema (zod and @st/core load) and suppresses a small count.
  "@st/returns": `m.checkReturn({ kind: "st-partnership-return", schemaVersion: 99 }).then((r) => { if (r.ok || r.problems[0].code !== "newer_schema_version" || m.applySuppression([{ id: "complaints/x", section: "complaints", label: "X", kind: "count", unit: "complaints", definition: { id: "d", version: "1" }, value: 3, n: 3, caveats: [], sources: [] }], [])[0].display !== "<5") throw new Error("@st/returns: check and suppress"); })`,
  // Maps one flat export through the shipped complaint mapping and back, losslessly.
  "@st/forms": `((form) => { const r = m.importForm(form, m.complaintMapping, m.complaintTarget); if (!r.ok) return false; const back = m.exportRecord(r.value, m.complaintMapping, m.complaintTarget); return back.ok && back.value.Q_CMP_07 === "14/03/2025" && back.value.CC_LIST === "MP|MAYOR"; })({ FORM_ID: "1042", Q_CMP_07: "14/03/2025", Q_CMP_01: "P", CMP_STATUS: "CLSD", Q_CMP_05: "Y", Q_CMP_05A: "1", OUTCOME_CD: "2", OUTCOME_TXT: "The first response was sent late.", Q_CMP_08: "Y", CC_LIST: "MP|MAYOR" })`,
  "@st/cli": `m.oneOf("format", undefined, ["text", "json"], "text") === "text"`,
  // Subpaths: each builds its demo data (or, for /node, loads beside node:fs) from the packed files.
  "@st/complaints-proforma/demo": `m.demoComplaints().length > 100 && m.demoComplaints()[0].complaint.borough === "E09000012"`,
  "@st/practice-checklist/demo": `m.demoChecklists().length === 40`,
  "@st/language-lint/demo": `m.demoCaseNotes().length === 24 && m.safeParseCaseNoteExtracts(m.demoCaseNotes()).ok`,
  "@st/learning-review/demo": `m.demoRounds().length === 4`,
  "@st/pattern-map/demo": `m.demoPatternMap().behaviours.length === 5`,
  "@st/indicators/demo": `[...m.syntheticChildren({ children: 3, referenceDate: "2024-03-31", seed: 1 })].length === 3`,
  "@st/indicators/node": `typeof m.computeIndicatorsFromFiles === "function"`,
  "@st/indicators/charts": `m.indicatorChartSpec({ definition: "2023", series: [], notes: [] }, "children-into-care-with-da").data.values.length === 0`,
};

// Heavy dependencies stay behind the functions that need them: each case imports a package, makes
// calls that need none of them, and fails if the named CommonJS package was loaded anyway.
const lean = [
  {
    what: "the CSV functions of @st/workbook",
    from: "@st/workbook",
    call: `m.readCsv({ id: "f", version: 1, title: "T", sections: [{ id: "s", title: "S", questions: [{ id: "n", label: "N", type: "integer" }] }] }, "N\\n3\\n").records[0].n === 3`,
    unloaded: "exceljs",
  },
];

const nodes = [
  ["20", process.execPath],
  ["22", join(root, "node_modules/node22/bin/node")],
  ["24", join(root, "node_modules/node24/bin/node")],
];

const packages = readdirSync(join(root, "packages"))
  .map((dir) => join(root, "packages", dir))
  .filter((dir) => existsSync(join(dir, "package.json")))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
  .filter(({ manifest }) => !manifest.private);

// Every entry point a consumer can import: "." and each subpath export that maps to code (not a JSON file).
const entries = packages.flatMap(({ manifest }) =>
  Object.entries(manifest.exports ?? { ".": manifest.main })
    .filter(([key, target]) => key === "." || (typeof target === "object" && target !== null && "import" in target))
    .map(([key]) => (key === "." ? manifest.name : `${manifest.name}${key.slice(1)}`)),
);
const missing = entries.filter((name) => !(name in smoke));
if (missing.length) fail(`no consumer smoke call for ${missing.join(", ")}: add one to scripts/check-consumers.mjs`);

const work = mkdtempSync(join(tmpdir(), "st-consumers-"));
try {
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs);
  const packed = packages.map(({ dir }) => {
    const out = execFileSync("npm", ["pack", "--silent", "--pack-destination", tarballs], {
      cwd: dir,
      encoding: "utf8",
    });
    const tarball = join(tarballs, out.trim().split("\n").pop());
    // What a fresh clone packs must hold every file its published exports point at.
    const listed = new Set(execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).split("\n"));
    const published = JSON.parse(execFileSync("tar", ["xzfO", tarball, "package/package.json"], { encoding: "utf8" }));
    if (JSON.stringify(published.exports).includes("@st/source"))
      fail(`${published.name}: the packed manifest keeps the @st/source condition`);
    const absent = exportTargets(published.exports).filter(
      (target) => !listed.has(`package/${target.replace(/^\.\//, "")}`),
    );
    if (absent.length) fail(`${published.name}: the tarball lacks ${absent.join(", ")}, which its exports point at`);
    return tarball;
  });
  const app = join(work, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...packed], {
    cwd: app,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const calls = entries.map((name) => [name, smoke[name]]);
  writeFileSync(
    join(app, "esm.mjs"),
    calls
      .map(
        ([name, expr], i) =>
          `import * as m${i} from ${JSON.stringify(name)};\n{ const m = m${i}; if (!(${expr})) throw new Error(${JSON.stringify(`${name} (ESM): ${expr}`)}); }`,
      )
      .join("\n"),
  );
  writeFileSync(
    join(app, "cjs.cjs"),
    calls
      .map(
        ([name, expr]) =>
          `{ const m = require(${JSON.stringify(name)}); if (!(${expr})) throw new Error(${JSON.stringify(`${name} (CJS): ${expr}`)}); }`,
      )
      .join("\n"),
  );
  // A server that computes figures installs no vega: @st/charts declares vega and vega-lite as
  // optional peers, and drawing without them fails with a ChartRenderError saying what to install.
  const figuresOnly = join(work, "figures-only");
  mkdirSync(figuresOnly);
  writeFileSync(join(figuresOnly, "package.json"), JSON.stringify({ name: "figures-only", private: true }));
  const needed = ["core", "charts", "indicators"].map((name) => packed.find((t) => t.includes(`st-${name}-`)));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...needed], {
    cwd: figuresOnly,
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (const heavy of ["vega", "vega-lite"])
    if (existsSync(join(figuresOnly, "node_modules", heavy))) fail(`installing @st/indicators installed ${heavy}`);
  writeFileSync(
    join(figuresOnly, "figures.mjs"),
    `import { publishedPartnershipReturns } from "@st/indicators";
import { indicatorChartSpec } from "@st/indicators/charts";
import { renderSvg, ChartRenderError } from "@st/charts";
const table = publishedPartnershipReturns();
if (table.series.length === 0) throw new Error("no figures");
await renderSvg(indicatorChartSpec(table, "children-into-care-with-da")).then(
  () => { throw new Error("drew a chart without vega"); },
  (e) => { if (!(e instanceof ChartRenderError) || !e.message.includes("npm install vega")) throw e; },
);`,
  );
  execFileSync(process.execPath, ["figures.mjs"], { cwd: figuresOnly, stdio: "inherit" });
  const installed = readdirSync(join(figuresOnly, "node_modules")).length;
  console.log(
    `consumers: @st/indicators computes figures with no vega installed (${installed} entries in node_modules)`,
  );

  for (const { what, from, call, unloaded } of lean) {
    const loaded = `Object.keys(require.cache).some((k) => /[\\\\/]node_modules[\\\\/]${unloaded}[\\\\/]/.test(k))`;
    const check = `if (!(${call})) throw new Error(${JSON.stringify(`${from}: ${call}`)}); if (${loaded}) throw new Error(${JSON.stringify(`${what} load ${unloaded}`)});`;
    writeFileSync(
      join(app, "lean.mjs"),
      `import { createRequire } from "node:module"; import * as m from ${JSON.stringify(from)}; const require = createRequire(import.meta.url); ${check}`,
    );
    writeFileSync(join(app, "lean.cjs"), `const m = require(${JSON.stringify(from)}); ${check}`);
    for (const file of ["lean.mjs", "lean.cjs"]) execFileSync(process.execPath, [file], { cwd: app, stdio: "inherit" });
    console.log(`consumers: ${what} run without loading ${unloaded} (ESM and CommonJS)`);
  }
  for (const [line, node] of nodes) {
    if (!existsSync(node)) fail(`Node ${line} is not installed at ${node} (npm ci installs it on Linux x64)`);
    for (const file of ["esm.mjs", "cjs.cjs"]) execFileSync(node, [file], { cwd: app, stdio: "inherit" });
    console.log(
      `consumers: ${packages.length} packages (${entries.length} entry points) imported as ESM and CommonJS under Node ${line}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function fail(message) {
  console.error(`check-consumers: ${message}`);
  process.exit(1);
}
