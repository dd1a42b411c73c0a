import { validateFormDefinition } from "@st/core/forms";
import {
  checkCompletedChecklistRows,
  checkCompletedChecklists,
  checklistItemsForm,
  completedChecklistForm,
  completedChecklistFromRow,
  completedChecklistToRow,
  defaultChecklist,
  definitionFromItemRows,
  definitionToItemRows,
  legacyRagScale,
  safeValidateChecklistDefinition,
} from "@st/practice-checklist";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { audit } from "./fixtures.js";

describe("completed checklists in a spreadsheet", () => {
  it("the form is a valid form definition, one row per review, three columns an item", () => {
    const form = completedChecklistForm(defaultChecklist);
    const questions = form.sections.flatMap((s) => s.questions);
    expect(questions).toHaveLength(8 + 3 * defaultChecklist.items.length);
    const childVoice = questions.find((q) => q.id === "answers.child-voice.answer")!;
    expect(childVoice.type).toBe("choice");
    expect(childVoice.label).toBe(
      "2.6 Is each {child}'s own voice recorded, in their words, about life at home, what they want and who keeps them safe?",
    );
    const chair = completedChecklistForm(defaultChecklist, { use: "cp-chair" });
    expect(chair.sections.flatMap((s) => s.questions).length).toBeLessThan(questions.length);
  });

  it("a record goes to a row and back unchanged", () => {
    const record = audit(
      [
        {
          item: "child-voice",
          answer: "yes",
          note: "Both children seen alone.",
          foundIn: ["case-notes", "assessment"],
        },
        { item: "worker-safety", answer: "not-applicable" },
      ],
      { comments: "A careful assessment." },
    );
    const back = checkCompletedChecklists(
      completedChecklistFromRow(completedChecklistToRow(record), defaultChecklist),
      {
        assumeVersion: 1,
      },
    );
    expect(back.problems).toEqual([]);
    expect(back.valid).toEqual([record]);
  });
});

describe("rows read by @st/workbook, checked as completed checklists", () => {
  const rows = (records: ReturnType<typeof audit>[]) => ({
    records: records.map(completedChecklistToRow),
    rows: records.map((_, i) => i + 3),
    problems: [],
    skipped: [{ row: 9, reason: "blank row" }],
    columns: { caseId: "A", "answers.child-voice.answer": "M", "answers.child-voice.note": "N", date: "G" },
    sheet: "Records",
  });

  it("both forms are sound @st/core form definitions", () => {
    expect(validateFormDefinition(completedChecklistForm(defaultChecklist))).toBeTruthy();
    expect(validateFormDefinition(checklistItemsForm)).toBeTruthy();
  });

  it("keeps valid rows and their row numbers, and passes the reader's skipped rows on", () => {
    const checked = checkCompletedChecklistRows(rows([audit({ "child-voice": "yes" })]), defaultChecklist);
    expect(checked).toEqual({
      records: [audit({ "child-voice": "yes" })],
      recordNumbers: [1],
      valid: [audit({ "child-voice": "yes" })],
      validRows: [3],
      problems: [],
      total: 1,
      skipped: [{ row: 9, reason: "blank row" }],
    });
  });

  it("places a record problem in its cell, with the record, case id and the item's label", () => {
    const read = rows([audit({ "child-voice": "yes" }), audit({ "child-voice": "yes" }, { caseId: "case-0002" })]);
    (read.records[1] as Record<string, unknown>)["answers.child-voice.answer"] = "perhaps";
    (read.records[1] as Record<string, unknown>).date = "2025-02-30";
    const checked = checkCompletedChecklistRows(read, defaultChecklist);
    expect(checked.valid).toHaveLength(1);
    expect(checked.problems).toEqual([
      expect.objectContaining({ record: 2, sheet: "Records", cell: "G4", path: "date", field: "Date of review" }),
    ]);
    (read.records[1] as Record<string, unknown>).date = "2025-02-03";
    expect(checkCompletedChecklistRows(read, defaultChecklist).problems).toEqual([
      expect.objectContaining({
        record: 2,
        sheet: "Records",
        cell: "M4",
        path: "answers.child-voice.answer",
        field: expect.stringMatching(
          /^Answer to child-voice \("Is each \{child\}'s own voice|^Answer to child-voice \("Is each child's own voice/,
        ),
        code: "invalid_answer",
        message: expect.stringMatching(/\(case case-0002\)$/),
      }),
    ]);
  });

  it("an evidence note with no answer is a problem, never dropped", () => {
    const read = rows([audit({})]);
    (read.records[0] as Record<string, unknown>)["answers.child-voice.note"] = "Seen alone.";
    const checked = checkCompletedChecklistRows(read, defaultChecklist);
    expect(checked.valid).toEqual([]);
    expect(checked.problems).toEqual([
      expect.objectContaining({ record: 1, cell: "M3", code: "note_without_answer", field: "Answer to child-voice" }),
    ]);
  });

  it("with requireAllAnswers, each unanswered item of the use is a problem in its answer cell", () => {
    const checked = checkCompletedChecklistRows(rows([audit({ "child-voice": "yes" })]), defaultChecklist, {
      requireAllAnswers: true,
    });
    const auditItems = defaultChecklist.items.filter((i) => i.uses.includes("audit"));
    expect(checked.problems).toHaveLength(auditItems.length - 1);
    expect(checked.problems.every((p) => p.code === "unanswered" && p.path.startsWith("answers."))).toBe(true);
  });

  it("rows to records and back for any answers (property)", () => {
    const values = (defaultChecklist.scale ?? legacyRagScale).options.map((o) => o.value);
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...values), { nil: undefined }), {
          minLength: defaultChecklist.items.length,
          maxLength: defaultChecklist.items.length,
        }),
        (answers) => {
          const record = audit(
            defaultChecklist.items.flatMap((item, i) => (answers[i] ? [{ item: item.id, answer: answers[i] }] : [])),
          );
          expect(checkCompletedChecklistRows(rows([record]), defaultChecklist).valid).toEqual([record]);
        },
      ),
    );
  });
});

describe("a definition kept in a workbook", () => {
  it("the items form offers @st/core's principle and component ids", () => {
    const questions = checklistItemsForm.sections.flatMap((s) => s.questions);
    const principles = questions.find((q) => q.id === "principles")!;
    expect(principles.type === "multiChoice" && principles.options.map((o) => o.value)).toEqual([
      "keep-child-safe-and-together",
      "partner-with-non-abusive-parent",
      "intervene-with-perpetrator",
    ]);
  });

  it("a RAG borough's definition goes to rows and back unchanged", () => {
    const rag = { ...defaultChecklist, id: "rag-borough", version: "3", scale: legacyRagScale };
    const result = safeValidateChecklistDefinition(definitionFromItemRows(definitionToItemRows(rag)));
    expect(result.ok ? result.value : result.problems).toEqual(rag);
  });

  it("the default goes to rows and back unchanged", () => {
    const result = safeValidateChecklistDefinition(definitionFromItemRows(definitionToItemRows(defaultChecklist)));
    expect(result.ok ? result.value : result.problems).toEqual(defaultChecklist);
  });

  it("a scale with no column is refused with a reason", () => {
    const odd = { ...defaultChecklist, scale: { ...legacyRagScale, id: "odd" } };
    expect(() => definitionToItemRows(odd)).toThrow(/keep this definition in YAML/);
  });
});
