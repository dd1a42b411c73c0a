#!/usr/bin/env node
/**
 * What one import costs a browser bundle, kept under a budget.
 *
 * For each typical named import, esbuild bundles the built package (dist/, as a consumer's
 * bundler would see it), minified, and the script gzips the result. An import over its budget, or
 * one whose bundle holds a module it must not (exceljs for CSV, vega for figures), fails the
 * check, so weight cannot creep back in unnoticed. Budgets are a little above today's sizes.
 *
 * Usage: node scripts/bundle-budgets.mjs [--json]   (after `npm run build`)
 */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/**
 * KB are 1,024 bytes, minified then gzipped. Every public function checks the kind of its
 * arguments and throws a coded error naming them (`checkArgument` in @st/core): about 1.3 KB that
 * even `escapeHtml` now carries.
 */
const imports = [
  { name: "addWorkingDays", from: "@st/core/calendar", budgetKb: 5 },
  { name: "escapeHtml", from: "@st/core/report", budgetKb: 2 },
  { name: "parseDateText", from: "@st/core/calendar", budgetKb: 3, forbid: ["zod"] },
  { name: "stageDeadline", from: "@st/complaints-proforma", budgetKb: 6, forbid: ["zod"] },
  // 45 until @st/core's split into entry points: the same code (14 bytes more, minified) in another
  // module order gzips 0.15 KB larger, 45.1 KB. Moving the proforma's schemas to `zod/mini` is the
  // lasting cut (about a third of this bundle is zod's classic API); it changes exported types.
  { name: "safeParseComplaint", from: "@st/complaints-proforma", budgetKb: 46, forbid: ["exceljs"] },
  { name: "lint", from: "@st/language-lint", budgetKb: 75, forbid: ["yaml"] },
  { name: "drawSample", from: "@st/learning-review", budgetKb: 46, forbid: ["@st/language-lint", "vega", "yaml"] },
  { name: "readCsv", from: "@st/workbook", budgetKb: 60, forbid: ["exceljs"] },
];

/** The package a bundled input file belongs to, from its path. */
function packageOf(path) {
  const inNodeModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inNodeModules) return inNodeModules[1];
  const workspace = /^packages\/([^/]+)\//.exec(path);
  return workspace ? `@st/${workspace[1]}` : path;
}

async function measure({ name, from }) {
  const result = await build({
    stdin: { contents: `export { ${name} } from "${from}";`, resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = Object.values(result.metafile.outputs)[0];
  return {
    gzippedKb: gzipSync(result.outputFiles[0].contents).length / 1024,
    packages: [...new Set(Object.keys(output.inputs).map(packageOf))],
    // Reading `z.core` or `z.locales` at run time keeps every translation of zod's messages.
    zodLocales: Object.keys(output.inputs).some((path) => /zod\/v4\/locales\/(?!en\.js)/.test(path)),
  };
}

const rows = [];
for (const entry of imports) {
  const { gzippedKb, packages, zodLocales } = await measure(entry);
  const forbidden = (entry.forbid ?? []).filter((p) => packages.some((q) => q === p || q.startsWith(`${p}/`)));
  if (zodLocales) forbidden.push("zod's locales (import what is needed from zod/v4/core, not z.core)");
  rows.push({ ...entry, gzippedKb, forbidden, ok: gzippedKb <= entry.budgetKb && forbidden.length === 0 });
}

if (process.argv.includes("--json")) console.log(JSON.stringify(rows, null, 2));
else {
  for (const r of rows) {
    const size = `${r.gzippedKb.toFixed(1)} KB of ${r.budgetKb} KB`;
    const extra = r.forbidden.length > 0 ? `; must not bundle ${r.forbidden.join(", ")}` : "";
    console.log(`${r.ok ? "ok  " : "OVER"} ${`${r.name} from ${r.from}`.padEnd(48)} ${size}${extra}`);
  }
}
const over = rows.filter((r) => !r.ok);
if (over.length > 0) {
  console.error(`bundle-budgets: ${over.length} import(s) over budget or bundling what they must not.`);
  process.exit(1);
}
