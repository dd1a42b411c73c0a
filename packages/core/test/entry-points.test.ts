import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Modules that no entry point exports: helpers the public modules share.
const INTERNAL = new Set(["label-text", "zod-schema-paths", "zod-issue-words", "form-index"]);
const ENTRIES = ["index", "calendar", "places", "practice", "forms", "records", "report"];

const src = new URL("../src/", import.meta.url);
const modules = readdirSync(src)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.slice(0, -3))
  .filter((m) => !ENTRIES.includes(m) && !INTERNAL.has(m));
const load = (name: string) => import(new URL(`${name}.ts`, src).href) as Promise<Record<string, unknown>>;

describe("@st/core's entry points", () => {
  it("are the subpaths package.json exports, each built", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    const subpaths = Object.keys(pkg.exports).filter((k) => k !== "./package.json");
    expect(subpaths.sort()).toEqual(ENTRIES.map((e) => (e === "index" ? "." : `./${e}`)).sort());
    for (const e of ENTRIES) expect(pkg.exports[e === "index" ? "." : `./${e}`]["@st/source"]).toBe(`./src/${e}.ts`);
    const tsup = readFileSync(new URL("../tsup.config.ts", import.meta.url), "utf8");
    for (const e of ENTRIES) expect(tsup).toContain(`"src/${e}.ts"`);
  });

  it("give every public value of every module through exactly one entry, the same value", async () => {
    const entries = await Promise.all(ENTRIES.map(async (e) => [e, await load(e)] as const));
    for (const module of modules) {
      for (const [name, value] of Object.entries(await load(module))) {
        const from = entries.filter(([, exported]) => name in exported).map(([e]) => e);
        expect(from, `${module}.ts exports ${name}`).toHaveLength(1);
        expect(entries.find(([e]) => e === from[0])?.[1][name]).toBe(value);
      }
    }
  });
});
