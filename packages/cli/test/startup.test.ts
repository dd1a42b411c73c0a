import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { commandEntries, commands, run } from "@st/cli";
import { describe, expect, it } from "vitest";
import { memoryIo } from "./memory-io.js";

const src = fileURLToPath(new URL("../src/", import.meta.url));

/**
 * Every module the binary loads before it runs anything: the static imports reachable from
 * `src/st.ts`, following its own dynamic imports of `io.js` and `main.js` (which it awaits at once)
 * but not the commands' (which `main.ts` awaits only for the command being run). Returns the files
 * and the packages they import.
 */
function importGraph(start: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string, followDynamic: boolean) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, "utf8");
    const specifiers = [
      // Static imports and re-exports, but not `import type`: those are erased.
      ...[...text.matchAll(/^(?:import|export)(?! type)[^;]*?from "([^"]+)"/gms)].map((m) => m[1]!),
      ...(followDynamic ? [...text.matchAll(/await import\("([^"]+)"\)/g)].map((m) => m[1]!) : []),
    ];
    for (const specifier of specifiers) {
      if (specifier.startsWith(".")) {
        const target = resolve(dirname(file), specifier.replace(/\.js$/, ".ts"));
        if (target.endsWith(".ts")) visit(target, false);
      } else packages.add(specifier);
    }
  };
  visit(join(src, start), true);
  return { files, packages };
}

describe("st's start-up", () => {
  it("loads no library and no command module for --version and --help: only Node's own modules", () => {
    const { files, packages } = importGraph("st.ts");
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect([...packages].filter((p) => !builtins.has(p))).toEqual([]);
    expect(
      [...files]
        .map((f) => f.slice(src.length))
        .filter((f) => f.startsWith("commands/") && f !== "commands/index.ts" && f !== "commands/summaries.ts"),
    ).toEqual([]);
  });

  it("would see a command's libraries: the same walk from the library entry finds them", () => {
    const { packages } = importGraph("index.ts");
    expect(packages).toContain("@st/language-lint");
    expect(packages).toContain("@st/workbook");
  });

  it("lists each command by the summary its module carries, in the order of the loaded commands", async () => {
    expect(commandEntries.map((e) => e.name)).toEqual(commands.map((c) => c.name));
    for (const entry of commandEntries) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      expect(command.summary).toBe(entry.summary);
    }
    const io = memoryIo();
    expect(await run(["--help"], io)).toBe(0);
    for (const entry of commandEntries) expect(io.out).toContain(`${entry.name.padEnd(10)}  ${entry.summary}`);
  });
});
