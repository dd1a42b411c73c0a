import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "@st/cli";
import {
  checklistItemsForm,
  completedChecklistForm,
  defaultChecklist,
  definitionFromItemRows,
  safeValidateChecklistDefinition,
} from "@st/practice-checklist";
import { readWorkbook } from "@st/workbook";
import { describe, expect, it } from "vitest";
import { memoryIo } from "./memory-io.js";

describe("st checklist template", () => {
  const dir = mkdtempSync(join(tmpdir(), "st-checklist-template-"));

  it("writes the checklist's items as a workbook a borough can edit and load back as a valid definition", async () => {
    const io = memoryIo("", dir);
    expect(await run(["checklist", "template", "--kind", "definition", "--out", "items.xlsx"], io)).toBe(0);
    const read = await readWorkbook(checklistItemsForm, readFileSync(join(dir, "items.xlsx")));
    expect(read.problems).toEqual([]);
    const loaded = safeValidateChecklistDefinition(definitionFromItemRows(read.records));
    expect(loaded.ok && loaded.value.items.map((i) => i.id)).toEqual(defaultChecklist.items.map((i) => i.id));
    const check = memoryIo("", dir);
    expect(await run(["checklist", "validate", "items.xlsx", "--format", "json"], check)).toBe(0);
    expect(JSON.parse(check.out)).toMatchObject({ valid: true, items: defaultChecklist.items.length });
  });

  it("takes a borough's definition kept in a workbook wherever a definition is taken", async () => {
    const io = memoryIo("", dir);
    expect(await run(["checklist", "template", "--kind", "definition", "--out", "ours.xlsx"], io)).toBe(0);
    const diff = memoryIo("", dir);
    expect(await run(["checklist", "diff", "default", "ours.xlsx", "--format", "json"], diff)).toBe(0);
    expect(JSON.parse(diff.out).identical).toBe(true);
    const shown = memoryIo("", dir);
    expect(await run(["checklist", "show", "--definition", "ours.xlsx", "--format", "json"], shown)).toBe(0);
    expect(JSON.parse(shown.out).items).toHaveLength(defaultChecklist.items.length);
    const missing = memoryIo("", dir);
    expect(await run(["checklist", "diff", "default", "missing.xlsx"], missing)).toBe(2);
  });

  it("writes an empty sheet for recording completed checklists", async () => {
    const io = memoryIo("", dir);
    expect(await run(["checklist", "template", "--out", "audits.xlsx"], io)).toBe(0);
    const read = await readWorkbook(completedChecklistForm(defaultChecklist), readFileSync(join(dir, "audits.xlsx")));
    expect(read.problems).toEqual([]);
    expect(read.records).toEqual([]);
  });

  it("needs --out", async () => {
    const io = memoryIo("", dir);
    expect(await run(["checklist", "template"], io)).toBe(2);
    expect(io.err).toContain("--out is required");
  });
});
