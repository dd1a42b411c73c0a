import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

// Every ```ts block of every guide in docs/guides must typecheck against the current packages and run.
const root = join(import.meta.dirname, "..", "..", "..");
const guides = join(root, "docs", "guides");
const out = join(import.meta.dirname, ".guides");

const blocks = readdirSync(guides)
  .filter((file) => file.endsWith(".md"))
  .sort()
  .flatMap((file) =>
    [...readFileSync(join(guides, file), "utf8").matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m, i) => ({
      name: `${file.replace(/\.md$/, "")}-${i + 1}.ts`,
      code: `${m[1]}\nexport {};\n`,
    })),
  );

describe("the guides in docs/guides", () => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const block of blocks) writeFileSync(join(out, block.name), block.code);
  writeFileSync(
    join(out, "tsconfig.json"),
    JSON.stringify({
      extends: "../../../../tsconfig.base.json",
      compilerOptions: { types: ["node"] },
      include: ["*.ts"],
    }),
  );

  it("have code blocks that typecheck against the current packages", () => {
    expect(blocks.length).toBeGreaterThan(0);
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    let output = "";
    try {
      execFileSync(process.execPath, [tsc, "-p", out], { encoding: "utf8" });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe("");
  });

  for (const block of blocks) {
    it(`runs ${block.name}`, async () => {
      await import(/* @vite-ignore */ pathToFileURL(join(out, block.name)).href);
    });
  }
});
