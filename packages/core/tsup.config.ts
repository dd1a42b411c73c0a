import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.shared.js";

// One entry a subpath. The CommonJS build splits what the entries share into common chunks, so
// that a class such as StValidationError is one class whichever subpath it was reached through.
export default defineConfig(
  libraryBuild({
    entry: [
      "src/index.ts",
      "src/calendar.ts",
      "src/places.ts",
      "src/practice.ts",
      "src/forms.ts",
      "src/records.ts",
      "src/report.ts",
    ],
    splitting: true,
  }),
);
