import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.shared.js";

export default defineConfig([
  libraryBuild({ entry: ["src/index.ts"] }, { oneFileAModule: false }),
  // The binary: ESM only, with its shebang, no declarations.
  libraryBuild({ entry: ["src/st.ts"], format: ["esm"], dts: false, clean: false }, { oneFileAModule: false }),
]);
