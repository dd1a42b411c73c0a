import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { complaintJsonSchema } from "@st/complaints-proforma";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { complaintRecord, sampleRecord, stored } from "./arbitraries.js";
import { validates } from "./json-schema-check.js";

const update = process.env.ST_UPDATE_GENERATED === "1";
const root = join(import.meta.dirname, "..");

const HOW = "run ST_UPDATE_GENERATED=1 npx vitest run test/generated.test.ts in packages/complaints-proforma";

// The data dictionary in docs/data-dictionary/ is generated with every other record's, by
// packages/cli/test/data-dictionary.test.ts.
describe("generated files", () => {
  it("schema.json is the JSON Schema the code generates", () => {
    const path = join(root, "schema.json");
    if (update) writeFileSync(path, `${JSON.stringify(complaintJsonSchema(), null, 2)}\n`);
    // Compared as data: the formatter may lay the file out its own way.
    expect(JSON.parse(readFileSync(path, "utf8")), `${path} is stale: ${HOW}`).toEqual(complaintJsonSchema());
  });
});

describe("the shipped JSON Schema", () => {
  const schema = JSON.parse(readFileSync(join(root, "schema.json"), "utf8"));

  it("accepts every valid record", () => {
    fc.assert(
      fc.property(complaintRecord, (record) => {
        expect(validates(schema, stored(record))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("rejects broken follow-ups, unknown fields, wrong values and a missing version", () => {
    const record = stored(sampleRecord());
    const reject = (patch: Record<string, unknown>) =>
      expect(validates(schema, { ...record, ...patch }), JSON.stringify(patch)).toBe(false);
    reject({ investigation: { investigated: "yes" } });
    reject({ investigation: { investigated: "no", stageReached: 2 } });
    reject({ investigation: { upheld: "in-full" } });
    reject({ process: { copiedInOthers: "yes", copiedIn: ["mp"], copiedInOther: "a neighbour" } });
    reject({ process: { copiedInOthers: "yes", copiedIn: ["other"] } });
    reject({ process: { emails: -1 } });
    reject({ process: { emails: 1.5 } });
    reject({ content: { policeNfa: "Y" } });
    reject({ learnings: { forPractice: "   " } });
    reject({ nonsense: true });
    reject({ schemaVersion: 3 });
    reject({ schemaVersion: 1 });
    const { schemaVersion: _, ...unversioned } = record;
    expect(validates(schema, unversioned)).toBe(false);
    expect(
      validates(schema, {
        ...record,
        process: { copiedInOthers: "yes", copiedIn: ["other"], copiedInOther: "a neighbour" },
      }),
    ).toBe(true);
  });

  it("carries the proforma's labels", () => {
    expect(schema.properties.investigation.properties.stageReached.title).toBe("If Y, what stage did it get to?");
    expect(schema.properties.complaint.properties.complainantRole.title).toBe("Who made the complaint?");
  });
});
