// A green `npm test` must never be a stale cache hit: tests and typechecks import sibling packages
// from source, so a change in a dependency's files has to change the cache key of every dependent
// task. The `transit` task in turbo.json carries that; this test proves it with turbo's own hashes.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

const root = join(import.meta.dirname, "..");

function taskHash(taskId) {
  const [pkg] = taskId.split("#");
  const json = execFileSync("npx", ["turbo", "run", "test", "typecheck", `--filter=${pkg}`, "--dry=json"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  const task = JSON.parse(json).tasks.find((t) => t.taskId === taskId);
  assert.ok(task, `turbo knows no task ${taskId}`);
  return task.hash;
}

function hashChangesWhen(taskId, file) {
  const before = taskHash(taskId);
  const probe = join(root, file);
  writeFileSync(probe, `probe ${process.pid}\n`);
  try {
    return taskHash(taskId) !== before;
  } finally {
    rmSync(probe, { force: true });
  }
}

test("a change in @st/core's sources changes the cache key of @st/cli's tests and typecheck", () => {
  assert.ok(hashChangesWhen("@st/cli#test", "packages/core/src/.turbo-cache-probe"));
  assert.ok(hashChangesWhen("@st/cli#typecheck", "packages/core/src/.turbo-cache-probe"));
});

test("a change in a shared config or script changes every package's test key", () => {
  assert.ok(hashChangesWhen("@st/core#test", "scripts/.turbo-cache-probe"));
});

test("a change in a package that @st/core does not depend on leaves core's test key alone", () => {
  assert.ok(!hashChangesWhen("@st/core#test", "packages/cli/src/.turbo-cache-probe"));
});
