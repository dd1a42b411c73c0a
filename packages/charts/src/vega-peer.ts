/**
 * vega and vega-lite, the optional peer dependencies that draw charts: loaded on first use, with
 * a clear error naming what to install when they are absent.
 * @module
 * @internal
 */
import { ChartRenderError } from "./chart-render-error.js";

type Vega = typeof import("vega");
type VegaLite = typeof import("vega-lite");

let modules: Promise<[Vega, VegaLite]> | undefined;

/** The versions this package draws with, as its optional peer dependencies declare them. */
const VEGA_INSTALL = "npm install vega@^6.4.0 vega-lite@~6.4.1";

/** True when `error` says a module could not be found (Node's codes, or a bundler's message). */
export function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") return true;
  return error instanceof Error && /cannot find (module|package)|failed to resolve module/i.test(error.message);
}

// vega's ES module graph uses top-level await, so it cannot be `require`d (ERR_REQUIRE_ASYNC_MODULE):
// it is loaded with a real dynamic import, from the ESM and the CommonJS build alike, on first use.
// vega and vega-lite are optional peer dependencies: a project that only builds specifications, or
// computes figures with a package that charts them, does not install them.
export function loadVega(): Promise<[Vega, VegaLite]> {
  modules ??= Promise.all([import("vega"), import("vega-lite")]).catch((error: unknown) => {
    modules = undefined;
    if (isModuleNotFound(error))
      throw new ChartRenderError(`drawing a chart needs vega and vega-lite, which are not installed: ${VEGA_INSTALL}`);
    throw error;
  });
  return modules;
}
