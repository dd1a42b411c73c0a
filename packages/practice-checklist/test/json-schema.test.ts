import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checklistDefinitionRecord, completedChecklistRecord, defaultChecklist } from "@st/practice-checklist";
import { describe, expect, it } from "vitest";

// The JSON Schema files shipped in schema/ are generated from the zod schemas, never written by
// hand. Regenerate them with: UPDATE_SCHEMAS=1 npx vitest run test/json-schema.test.ts
const dir = join(import.meta.dirname, "..", "schema");
const files = {
  "checklist-definition.schema.json": checklistDefinitionRecord.jsonSchema(),
  "completed-checklist.schema.json": completedChecklistRecord.jsonSchema(),
};

describe("the shipped JSON Schema files", () => {
  it.each(Object.entries(files))("%s is what the schema generates", (name, generated) => {
    const path = join(dir, name);
    if (process.env.UPDATE_SCHEMAS) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path, `${JSON.stringify(generated, null, 2)}\n`);
    }
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(generated);
  });

  it("describe the stored default: schemaVersion required, every top-level field known", () => {
    const schema = files["checklist-definition.schema.json"] as {
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.required).toContain("schemaVersion");
    for (const key of Object.keys(checklistDefinitionRecord.write(defaultChecklist))) {
      expect(schema.properties).toHaveProperty(key);
    }
  });
});
