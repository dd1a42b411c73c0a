import type { Options } from "tsup";

/** The one build every library package shares: ESM + CJS + .d.ts/.d.cts for Node 20+ and browsers. */
export function libraryBuild(options: Options): Options {
  return {
    format: ["esm", "cjs"],
    target: "es2022",
    sourcemap: true,
    // The maps point at src/, which ships in the tarball: embedding the sources again would double
    // what a consumer downloads.
    esbuildOptions(esbuild) {
      esbuild.sourcesContent = false;
    },
    clean: true,
    treeshake: true,
    // TS 6 deprecates the baseUrl that tsup 8 injects into the declaration build (TOOLCHAIN.md P2).
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    ...options,
  };
}
