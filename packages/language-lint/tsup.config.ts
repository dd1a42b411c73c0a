import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.shared.js";

export default defineConfig(libraryBuild({ entry: ["src/index.ts", "src/node.ts", "src/demo.ts"] }));
