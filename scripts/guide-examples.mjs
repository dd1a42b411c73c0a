#!/usr/bin/env node
// Writes every ```ts block of docs/guides/*.md to packages/cli/test/.guides/, one file a block, so
// that @st/cli's typecheck compiles them against the current packages and its tests run them.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(import.meta.dirname, "..");
const guides = join(root, "docs", "guides");
export const guideExamplesDir = join(root, "packages", "cli", "test", ".guides");

/** Extract the blocks; returns the paths written. */
export function writeGuideExamples() {
  rmSync(guideExamplesDir, { recursive: true, force: true });
  mkdirSync(guideExamplesDir, { recursive: true });
  return readdirSync(guides)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .flatMap((file) =>
      [...readFileSync(join(guides, file), "utf8").matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m, i) => {
        const path = join(guideExamplesDir, `${file.replace(/\.md$/, "")}-${i + 1}.ts`);
        writeFileSync(path, `${m[1]}\nexport {};\n`);
        return path;
      }),
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) writeGuideExamples();
