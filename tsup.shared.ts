import { readdirSync } from "node:fs";
import type { Options } from "tsup";

/** Every TypeScript module under `src/` (declarations and tests excepted). */
function sourceModules(): string[] {
  return readdirSync("src", { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts") && !file.endsWith(".test.ts"))
    .map((file) => `src/${file.replaceAll("\\", "/")}`);
}

/**
 * The one build every library package shares: ESM + CJS + .d.ts/.d.cts for Node 20+ and browsers.
 *
 * The ESM build keeps one file a source module (esbuild transpiles, does not bundle), so with
 * `"sideEffects": false` a consumer's bundler drops whole modules it does not use: importing
 * `addWorkingDays` does not bring in every zod schema the package defines. The CommonJS build,
 * for Node's `require`, stays one bundled file an entry point. An application (the `st` command)
 * passes `oneFileAModule: false` to bundle its ESM build too.
 */
export function libraryBuild(options: Options, { oneFileAModule = true } = {}): Options {
  return {
    format: ["esm", "cjs"],
    target: "es2022",
    sourcemap: true,
    esbuildOptions(esbuild, { format }) {
      // The maps point at src/, which ships in the tarball: embedding the sources again would double
      // what a consumer downloads.
      esbuild.sourcesContent = false;
      if (format === "esm" && oneFileAModule) {
        esbuild.bundle = false;
        esbuild.entryPoints = sourceModules();
      }
    },
    clean: true,
    // TS 6 deprecates the baseUrl that tsup 8 injects into the declaration build (TOOLCHAIN.md P2).
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    ...options,
  };
}
