import {
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
