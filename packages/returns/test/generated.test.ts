import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { returnJsonSchema } from "@st/returns";
import { describe, expect, it } from "vitest";

const update = process.env.ST_UPDATE_GENERATED === "1";
const root = join(import.meta.dirname, "..");

describe("generated files", () => {
  it("schema.json is the JSON Schema the code generates", () => {
    const path = join(root, "schema.json");
    if (update) writeFileSync(path, `${JSON.stringify(returnJsonSchema(), null, 2)}\n`);
    // Compared as data: the formatter may lay the file out its own way.
    expect(
      JSON.parse(readFileSync(path, "utf8")),
      `${path} is stale: run ST_UPDATE_GENERATED=1 npx vitest run test/generated.test.ts in packages/returns`,
    ).toEqual(returnJsonSchema());
  });
});
