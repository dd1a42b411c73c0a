import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { writeGuideExamples } from "../../../scripts/guide-examples.mjs";

// Every ```ts block of every guide in docs/guides runs against the current packages.
// (`npm run typecheck` in this package compiles the same blocks: see scripts/guide-examples.mjs.)
describe("the guides in docs/guides", () => {
  const examples = writeGuideExamples();
  it("have code examples", () => expect(examples.length).toBeGreaterThan(0));
  for (const example of examples) {
    it(`run ${basename(example)}`, async () => {
      await import(/* @vite-ignore */ pathToFileURL(example).href);
    });
  }
});
