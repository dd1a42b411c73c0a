import { it } from "vitest";
import { defaultChecklist, safeValidateChecklistDefinition, safeParseChecklistDefinition } from "@st/practice-checklist";

it("scratch", () => {
  const r = safeValidateChecklistDefinition(defaultChecklist);
  console.log(r.ok, r.ok ? r.value.items.length : r.problems);
  const bad = structuredClone(defaultChecklist) as any;
  bad.items[2].principles = ["keep-safe"];
  bad.items[3].id = bad.items[4].id;
  bad.items[5].extra = 1;
  delete bad.items[6].question;
  bad.items[7].uses = ["audit", "cp-chair"];
  bad.sections.push({ id: "empty", title: "x" });
  const r2 = safeValidateChecklistDefinition(bad);
  console.log(JSON.stringify(r2, null, 1));
  const y = `id: x\nversion: 1\ntitle: T\nsections:\n  - id: a\n    title: A\nitems:\n  - id: one\n    section: b\n    question: Q\n`;
  console.log(JSON.stringify(safeParseChecklistDefinition(y), null, 1));
  console.log(JSON.stringify(safeParseChecklistDefinition("{ \"id\": 1,, }"), null, 1));
  console.log(JSON.stringify(safeParseChecklistDefinition("a: [\nb: 1"), null, 1));
});
