import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  checklistItemsForm,
  completedChecklistForm,
  defaultChecklist,
  definitionFromItemRows,
  safeValidateChecklistDefinition,
} from "@st/practice-checklist";
import { readWorkbook } from "@st/workbook";
import { describe, expect, it } from "vitest";
import { scratch } from "./scratch.js";

describe("st checklist template", () => {
  const { dir, st } = scratch("st-checklist-template-");

  it("writes the checklist's items as a workbook a borough can edit and load back as a valid definition", async () => {
    expect((await st(["checklist", "template", "--kind", "definition", "--out", "items.xlsx"])).code).toBe(0);
    const read = await readWorkbook(checklistItemsForm, readFileSync(join(dir, "items.xlsx")));
    expect(read.problems).toEqual([]);
    const loaded = safeValidateChecklistDefinition(definitionFromItemRows(read.records));
    expect(loaded.ok && loaded.value.items.map((i) => i.id)).toEqual(defaultChecklist.items.map((i) => i.id));
    const check = await st(["checklist", "validate", "items.xlsx", "--format", "json"]);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.out)).toMatchObject({ valid: true, items: defaultChecklist.items.length });
  });

  it("takes a borough's definition kept in a workbook wherever a definition is taken", async () => {
    expect((await st(["checklist", "template", "--kind", "definition", "--out", "ours.xlsx"])).code).toBe(0);
    const diff = await st(["checklist", "diff", "default", "ours.xlsx", "--format", "json"]);
    expect(diff.code).toBe(0);
    expect(JSON.parse(diff.out).identical).toBe(true);
    const shown = await st(["checklist", "show", "--definition", "ours.xlsx", "--format", "json"]);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.out).items).toHaveLength(defaultChecklist.items.length);
    expect((await st(["checklist", "diff", "default", "missing.xlsx"])).code).toBe(2);
  });

  it("writes an empty sheet for recording completed checklists", async () => {
    expect((await st(["checklist", "template", "--out", "audits.xlsx"])).code).toBe(0);
    const read = await readWorkbook(completedChecklistForm(defaultChecklist), readFileSync(join(dir, "audits.xlsx")));
    expect(read.problems).toEqual([]);
    expect(read.records).toEqual([]);
  });

  it("needs --out", async () => {
    const io = await st(["checklist", "template"]);
    expect(io.code).toBe(2);
    expect(io.err).toContain("--out is required");
  });
});
