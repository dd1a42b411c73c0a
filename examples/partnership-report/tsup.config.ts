import { defineConfig } from "tsup";

// The example runs from its TypeScript sources: the @st packages are bundled from theirs too (the
// `@st/source` condition), so `npm start` needs no build of the packages first.
export default defineConfig({
  entry: ["src/main.ts"],
  format: ["esm"],
  target: "node20",
  platform: "node",
  outDir: "dist",
  clean: true,
  noExternal: [/^@st\//],
  esbuildOptions(options) {
    options.conditions = ["@st/source"];
  },
});
