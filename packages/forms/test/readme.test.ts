import { join } from "node:path";
import { expect, it } from "vitest";
import { runReadmeExamples } from "../../../scripts/readme-examples.js";

it("runs every example in the README", async () => {
  expect(await runReadmeExamples(join(import.meta.dirname, ".."))).toBeGreaterThan(0);
});
