// `changeset publish` packs every package at once, each through its prepack. A package mid-pack has
// its published manifest in place, which turbo sees as a change; a prepack that built its
// dependencies too would then rebuild (deleting first) a dependency's dist/ while that dependency
// was being packed. A clean-clone CI run failed that way. This runs the two prepacks one after the
// other, the overlap the race produced, and checks the dependency's build is left alone.
//
// It changes manifests in the working tree while it runs, which turbo-cache.test.mjs's hashes would
// see: `npm test` runs these files with --test-concurrency=1.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { publishedManifest } from "./pack-manifest.mjs";

const root = join(import.meta.dirname, "..");
const script = join(root, "scripts/pack-manifest.mjs");
const core = join(root, "packages/core");
const dependent = join(root, "packages/learning-review");

function pack(phase, dir) {
  execFileSync(process.execPath, [script, phase], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
}

/** Every file of a package's dist/ with the time it was last written. */
function builtFiles(dir) {
  const dist = join(dir, "dist");
  return Object.fromEntries(
    readdirSync(dist, { recursive: true, encoding: "utf8" }).map((file) => [file, statSync(join(dist, file)).mtimeMs]),
  );
}

function manifest(dir) {
  return readFileSync(join(dir, "package.json"), "utf8");
}

test("packing a package while its dependency is mid-pack does not rebuild the dependency", () => {
  const workspaceManifests = [manifest(core), manifest(dependent)];
  try {
    pack("prepack", core);
    assert.doesNotMatch(manifest(core), /@st\/source/, "core's published manifest is in place");
    const before = builtFiles(core);
    pack("prepack", dependent);
    assert.deepEqual(builtFiles(core), before, "@st/core's dist/ was rewritten by another package's prepack");
    assert.doesNotMatch(manifest(dependent), /@st\/source/);
  } finally {
    pack("postpack", dependent);
    pack("postpack", core);
  }
  assert.deepEqual([manifest(core), manifest(dependent)], workspaceManifests, "postpack restores both manifests");
});

test("a published manifest names no private workspace package and no source condition", () => {
  const workspace = JSON.parse(manifest(core));
  assert.ok(workspace.devDependencies["@st-internal/test-fixtures"], "core's tests use the private fixtures");
  const published = publishedManifest(workspace);
  assert.doesNotMatch(JSON.stringify(published), /@st-internal\/|@st\/source/);
  assert.deepEqual(
    Object.keys(published.devDependencies),
    Object.keys(workspace.devDependencies).filter((name) => !name.startsWith("@st-internal/")),
  );
  assert.deepEqual(published.dependencies, workspace.dependencies);
});
