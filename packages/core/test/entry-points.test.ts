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

  it("@st/core itself (the error model) loads no zod at run time", () => {
    // Its own import graph, type-only imports aside: any module that imports zod for a value makes
    // every process that only reports errors (`st lint`, a zod/mini consumer) load zod's core too.
    const runtimeImports = (module: string) =>
      [
        ...readFileSync(new URL(`${module}.ts`, src), "utf8").matchAll(
          /^(?:import|export) (?!type )[^;]*?from "([^"]+)";/gms,
        ),
      ].map((m) => m[1] as string);
    const seen = new Set<string>();
    const walk = (module: string): string[] => {
      if (seen.has(module)) return [];
      seen.add(module);
      return runtimeImports(module).flatMap((target) => [
        `${module}.ts imports ${target}`,
        ...(target.startsWith("./") ? walk(target.slice(2).replace(/\.js$/, "")) : []),
      ]);
    };
    const edges = walk("index");
    expect(edges.length, "the walk found @st/core's own imports").toBeGreaterThan(0);
    expect(edges.filter((edge) => / imports zod/.test(edge))).toEqual([]);
  });
});
