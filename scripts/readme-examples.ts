import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The ```ts code blocks of a package README, in order. */
export function readmeExamples(packageDir: string): string[] {
  const readme = readFileSync(join(packageDir, "README.md"), "utf8");
  return [...readme.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? "");
}

/**
 * Run each ```ts block of a package README as a module, so a README never shows an example that
 * does not work. Blocks run through vitest, so `@st/*` imports resolve to the workspace sources.
 * Returns how many blocks ran.
 */
export async function runReadmeExamples(packageDir: string): Promise<number> {
  const dir = join(packageDir, "test", ".readme");
  mkdirSync(dir, { recursive: true });
  const examples = readmeExamples(packageDir);
  for (const [i, code] of examples.entries()) {
    const file = join(dir, `example-${i + 1}.ts`);
    writeFileSync(file, code);
    await import(/* @vite-ignore */ pathToFileURL(file).href);
  }
  return examples.length;
}
