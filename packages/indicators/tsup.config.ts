import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.shared.js";

export default defineConfig(
  libraryBuild({
    entry: ["src/index.ts", "src/demo.ts", "src/node.ts", "src/charts.ts"],
    // The /node entry uses Node's APIs, so its declarations need Node's types.
    dts: { compilerOptions: { ignoreDeprecations: "6.0", types: ["node"] } },
  }),
);
