#!/usr/bin/env node
// Records the default rule pack's fingerprint in test/rule-pack.lock.json, after a change to the
// rules and the bump of `defaultRulePack.version` it needs (CONTRIBUTING.md, "Add a lint rule").
// Run by `npm run rule-pack:lock`. The fingerprint is computed by test/rule-pack-version.test.ts
// (one definition, read from the sources by vitest), which refuses to record changed rules under
// the version they had before.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL("..", import.meta.url));
// vitest's command, found through its package.json (its exports do not list the bin file).
const manifest = createRequire(import.meta.url).resolve("vitest/package.json");
const vitest = join(dirname(manifest), "vitest.mjs");
const run = spawnSync(process.execPath, [vitest, "run", "test/rule-pack-version.test.ts"], {
  cwd: here,
  env: { ...process.env, ST_UPDATE_GENERATED: "1" },
  stdio: "inherit",
});
process.exit(run.status ?? 1);
