import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.shared.js";

// vega and vega-lite stay external, and esbuild (target es2022) keeps `import("vega")` as a real
// dynamic import in dist/index.cjs rather than turning it into `require`, which would fail on
// vega's top-level await (ERR_REQUIRE_ASYNC_MODULE). scripts/check-consumers.mjs draws a chart
// from the CommonJS build under Node 20, 22 and 24 to keep it so.
export default defineConfig(libraryBuild({ entry: ["src/index.ts"] }));
