import { join } from "node:path";
import { expect, it } from "vitest";
import { runReadmeExamples } from "../../../scripts/readme-examples.js";

// The example reads every package's demo data and lints the case notes: on a busy 2-core machine
// running every project at once that can take longer than the default limit.
it("runs every example in the README", async () => {
  expect(await runReadmeExamples(join(import.meta.dirname, ".."))).toBeGreaterThan(0);
}, 120_000);
