import { StValidationError } from "@st/core";
import {
  checkCompletedChecklists,
  defaultChecklist,
  legacyRagScale,
  parseCompletedChecklists,
  readCompletedChecklists,
  safeValidateCompletedChecklists,
  validateCompletedChecklists,
} from "@st/practice-checklist";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { audit, stored } from "./fixtures.js";

describe("completed checklists", () => {
  it("accepts a valid record and writes typed answers in the scale's own values", () => {
    const record = audit({ "child-voice": "Y", "worker-safety": "N/A", "behaviours-named": "Not evidenced" });
    const [checked] = validateCompletedChecklists(stored(record));
    expect(checked!.answers.map((a) => a.answer)).toEqual(["yes", "not-applicable", "not-evidenced"]);
  });

  it("maps a legacy RAG rating onto the borough's RAG scale", () => {
    const rag = { ...defaultChecklist, id: "rag-borough", scale: legacyRagScale };
    const record = audit(
      { "child-voice": "G", "worker-safety": "amber" },
      { checklist: { id: "rag-borough", version: "1.0.0" } },
    );
    const [checked] = validateCompletedChecklists(stored(record), { definitions: [rag] });
    expect(checked!.answers.map((a) => a.answer)).toEqual(["green", "amber"]);
  });

  it("names every problem by record, field label and code", () => {
    const records = [
      stored(audit({ "child-voice": "yes" })),
      { ...stored(audit({ "child-voice": "maybe", "no-such-item": "yes" })), date: "2025-02-30" },
      { ...stored(audit({})), reviewer: { role: "inspector" }, colour: "red" },
      stored(audit({}, { checklist: { id: "st-practice-checklist", version: "9.9" } })),
    ];
    const checked = checkCompletedChecklists(records);
    expect(checked.records).toHaveLength(1);
    expect(checked.recordNumbers).toEqual([1]);
    expect(checked.valid).toBe(checked.records);
    expect(checked.total).toBe(4);
    expect(checked.problems.map((p) => [p.record, p.path, p.code])).toEqual([
      [2, "date", "invalid_format"],
      [3, "reviewer.role", "invalid_value"],
      [3, "colour", "unknown_field"],
      [4, "checklist", "unknown_checklist"],
    ]);
    // Once the shape is right, the answers are checked against the definition.
    const answers = checkCompletedChecklists(stored(audit({ "child-voice": "maybe", "no-such-item": "yes" })));
    expect(answers.problems.map((p) => [p.path, p.code, p.field])).toEqual([
      [
        "answers.0.answer",
        "invalid_answer",
        'Answer to child-voice ("Is each child\'s own voice recorded, in their words...")',
      ],
      ["answers.1.item", "unknown_item", "Answer to no-such-item, item id"],
    ]);
    expect(answers.problems[0]!.expected).toBe("one of Yes, Partly, No, Not evidenced, Not applicable");
  });

  it("calls an unchosen reviewer role or use required, by its label", () => {
    const { use: _use, ...record }: Record<string, unknown> = {
      ...stored(audit({ "child-voice": "yes" })),
      reviewer: {},
    };
    expect(checkCompletedChecklists(record).problems.map((p) => [p.path, p.field, p.code, p.message])).toEqual([
      ["reviewer.role", "Reviewer role", "required", "is required"],
      ["use", "Use", "required", "is required"],
    ]);
  });

  it("reports repeated answers, and unanswered items only when asked", () => {
    const record = audit([
      { item: "child-voice", answer: "yes" },
      { item: "child-voice", answer: "no" },
    ]);
    expect(checkCompletedChecklists(stored(record)).problems.map((p) => p.code)).toEqual(["duplicate_answer"]);
    const partial = audit({ "child-voice": "yes" }, { use: "cp-chair", reviewer: { role: "cp-chair" } });
    expect(checkCompletedChecklists(partial, { assumeVersion: 1 }).problems).toEqual([]);
    const strict = checkCompletedChecklists(stored(partial), { requireAllAnswers: true });
    const chairItems = defaultChecklist.items.filter((i) => i.uses.includes("cp-chair")).length;
    expect(strict.problems.filter((p) => p.code === "unanswered")).toHaveLength(chairItems - 1);
  });

  it("reads JSON or YAML text, one record or a list, with lines for problems", () => {
    const text = stringify([stored(audit({ "child-voice": "yes" })), stored(audit({ "child-voice": "perhaps" }))]);
    const checked = readCompletedChecklists(text, { source: "audits.yaml" });
    expect(checked.valid).toHaveLength(1);
    expect(checked.problems).toHaveLength(1);
    expect(checked.problems[0]).toMatchObject({ record: 2, path: "answers.0.answer", code: "invalid_answer" });
    expect(checked.problems[0]!.line).toBeGreaterThan(text.split("\n").findIndex((l) => l.includes("perhaps")));
    expect(parseCompletedChecklists(JSON.stringify(stored(audit({ "child-voice": "yes" }))))).toHaveLength(1);
    expect(() => parseCompletedChecklists("[{")).toThrow(StValidationError);
  });

  it("safeValidateCompletedChecklists returns every problem instead of throwing", () => {
    const result = safeValidateCompletedChecklists([{ schemaVersion: 1 }, 42, {}]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.filter((p) => p.record === 1).map((p) => p.path)).toEqual([
        "checklist",
        "caseId",
        "reviewer",
        "use",
        "date",
        "answers",
      ]);
      expect(result.problems.filter((p) => p.record === 2).map((p) => [p.field, p.message])).toEqual([
        ["Completed checklist", "is not a record"],
      ]);
      expect(result.problems.filter((p) => p.record === 3).map((p) => [p.path, p.code])).toEqual([
        ["schemaVersion", "required"],
      ]);
    }
  });

  it("labels fields named like Object.prototype's members as the unknown fields they are (bug found by fuzzing)", () => {
    const checked = checkCompletedChecklists([{ ...stored(audit({})), toString: 0, constructor: 1 }]);
    expect(checked.problems.map((p) => p.field)).toEqual(['Field "toString"', 'Field "constructor"']);
  });
});
