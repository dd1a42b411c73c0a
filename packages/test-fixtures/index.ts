/**
 * Test fixtures read by the tests (and benchmarks) of more than one package, kept here once
 * instead of as copies in each package's `test/fixtures`. Test code only: it reads files with
 * `node:fs`, and no published package may import it from `src/`.
 * @module
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The folder that holds the fixtures, for tests that run a command from it (`cwd`). */
export const fixturesDir: string = join(import.meta.dirname, "files");

/** Every shared fixture, by file name. `PROVENANCE.md` says where each came from. */
export type FixtureName = "borough-checklist.yaml" | "partnership-indicators-as-published.tsv";

/** The absolute path of a shared fixture. */
export function fixturePath(name: FixtureName): string {
  return join(fixturesDir, name);
}

/** A shared fixture's text (UTF-8). */
export function readFixture(name: FixtureName): string {
  return readFileSync(fixturePath(name), "utf8");
}
