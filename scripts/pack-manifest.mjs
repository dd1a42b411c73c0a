#!/usr/bin/env node
// npm runs this as each package's `prepack` and `postpack`, so that whatever packs a package
// (`npm pack`, `npm publish`, `changeset publish`) packs a built one with a published manifest:
//
//   prepack   builds the package (through turbo, so an up-to-date build is a cache hit) and removes
//             the `@st/source` export condition, which only the workspace's own tests and
//             typechecks use, keeping the workspace manifest beside it;
//   postpack  puts the workspace manifest back.
//
// A fresh clone therefore cannot publish a package with no dist/, and no consumer ever sees a
// condition that points at TypeScript sources.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
/** Where prepack keeps the workspace manifest while npm packs the published one. */
const kept = "package.workspace.json";

/** An exports map (or any part of it) without the `@st/source` condition. */
export function withoutSourceCondition(exportsValue) {
  if (typeof exportsValue !== "object" || exportsValue === null) return exportsValue;
  return Object.fromEntries(
    Object.entries(exportsValue)
      .filter(([key]) => key !== "@st/source")
      .map(([key, value]) => [key, withoutSourceCondition(value)]),
  );
}

/** Workspace packages that are never published (shared test fixtures): no published manifest names them. */
const PRIVATE_SCOPE = "@st-internal/";

/**
 * The manifest as published: the workspace manifest without dev-only export conditions, and without
 * devDependencies on the workspace's private packages, which a registry does not have.
 */
export function publishedManifest(manifest) {
  const published = { ...manifest, exports: withoutSourceCondition(manifest.exports) };
  if (manifest.devDependencies)
    published.devDependencies = Object.fromEntries(
      Object.entries(manifest.devDependencies).filter(([name]) => !name.startsWith(PRIVATE_SCOPE)),
    );
  return published;
}

function prepack(dir) {
  // A previous pack that failed before postpack left the workspace manifest aside: restore it first.
  if (existsSync(join(dir, kept))) renameSync(join(dir, kept), join(dir, "package.json"));
  const text = readFileSync(join(dir, "package.json"), "utf8");
  const manifest = JSON.parse(text);
  // This package's build only (`--only`), never its dependencies'. `changeset publish` packs every
  // package at once, and a package mid-pack has its published manifest in place, so to turbo its
  // build looks changed: a prepack that also built dependencies would rebuild (and first delete) a
  // dependency's dist/ while that dependency was being packed. The declaration build reads
  // dependencies from source (the `@st/source` condition in tsconfig), so a fresh clone still packs.
  execFileSync("npx", ["turbo", "run", "build", `--filter=${manifest.name}`, "--only", "--output-logs=errors-only"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (const target of exportTargets(manifest.exports)) {
    if (!existsSync(join(dir, target))) throw new Error(`${manifest.name}: the build did not write ${target}`);
  }
  writeFileSync(join(dir, kept), text);
  // Written beside and renamed into place: `changeset publish` packs packages at once, and another
  // package's prepack (turbo) reads every manifest; it must never find one half-written.
  const next = join(dir, "package.published.json");
  writeFileSync(next, `${JSON.stringify(publishedManifest(manifest), null, 2)}\n`);
  renameSync(next, join(dir, "package.json"));
}

function postpack(dir) {
  if (existsSync(join(dir, kept))) renameSync(join(dir, kept), join(dir, "package.json"));
}

/** Every file an exports map points at, other than the dev-only sources. */
export function exportTargets(exportsValue, condition = "") {
  if (typeof exportsValue === "string") return condition === "@st/source" ? [] : [exportsValue];
  if (typeof exportsValue !== "object" || exportsValue === null) return [];
  return [...new Set(Object.entries(exportsValue).flatMap(([key, value]) => exportTargets(value, key)))];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [phase] = process.argv.slice(2);
  const dir = process.cwd();
  if (phase === "prepack") prepack(dir);
  else if (phase === "postpack") postpack(dir);
  else {
    console.error("usage: node scripts/pack-manifest.mjs prepack|postpack (from a package's directory)");
    process.exit(2);
  }
}
