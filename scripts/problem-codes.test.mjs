// Every problem code written in the packages' sources is one of @st/core's problemCodes.
// TypeScript checks most of them (Problem.code is ProblemCode); this catches the ones it cannot
// see: codes a zod refinement names in its params (`params: { code: "..." }`), which zod types as
// unknown.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const listed = new Set(
  [...readFileSync(join(root, "packages/core/src/problem-codes.ts"), "utf8").matchAll(/^ {2}([a-z_]+):/gm)].map(
    (m) => m[1],
  ),
);

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith(".ts")) yield path;
  }
}

test("problemCodes lists every code, with what it means", () => {
  assert.ok(listed.size > 150, `read ${listed.size} codes from problem-codes.ts`);
  const unlisted = [];
  for (const pkg of readdirSync(join(root, "packages"))) {
    const src = join(root, "packages", pkg, "src");
    let files;
    try {
      files = [...sources(src)];
    } catch {
      continue;
    }
    for (const file of files) {
      for (const m of readFileSync(file, "utf8").matchAll(/\bcode: "([a-z_]+)"/g)) {
        if (!listed.has(m[1])) unlisted.push(`${file.slice(root.length)}: ${m[1]}`);
      }
    }
  }
  assert.deepEqual(unlisted, [], "add these codes to packages/core/src/problem-codes.ts, with what each means");
});
