import { complaintsProforma } from "@st/complaints-proforma";
import type { Problem } from "@st/core";
import { formQuestions, resolveWith } from "@st/core/forms";
import { builtInTerminologies } from "@st/core/practice";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answerFrom,
  flatRecordFrom,
  formView,
  placeProblems,
  problemSentence,
  type RawValue,
  shownQuestions,
} from "../src/form-model.js";
import { checklistForm, complaintForm } from "../src/forms.js";

const resolve = resolveWith(builtInTerminologies.default);
const question = (id: string) => formQuestions(complaintsProforma).find((q) => q.id === id)!;

describe("formView", () => {
  const view = formView(complaintsProforma, resolve, "cp");
  const fields = view.sections.flatMap((s) => s.fields);
  const byId = (id: string) => fields.find((f) => f.id === id)!;

  it("renders every section and question of the definition, in order", () => {
    expect(view.sections.map((s) => s.title)).toEqual(complaintsProforma.sections.map((s) => s.title));
    expect(fields.map((f) => f.id)).toEqual(formQuestions(complaintsProforma).map((q) => q.id));
  });

  it("chooses each control from the answer type", () => {
    expect(byId("complaint.reference").kind).toBe("text");
    expect(byId("complaint.received").kind).toBe("date");
    expect(byId("process.emails")).toMatchObject({ kind: "number", inputMode: "numeric" });
    expect(byId("investigation.investigated").options.map((o) => o.label)).toEqual(["Yes", "No"]);
    expect(byId("investigation.stageReached")).toMatchObject({ kind: "radios" });
    expect(byId("investigation.stageReached").options.map((o) => o.value)).toEqual(["1", "2", "3"]);
    expect(byId("process.copiedIn").kind).toBe("checkboxes");
    expect(byId("learnings.forPractice")).toMatchObject({ kind: "textarea", lint: true });
  });

  it("says when a conditional question applies, naming its trigger by its label", () => {
    expect(byId("investigation.stageReached")).toMatchObject({
      dependsOn: "investigation.investigated",
      condition: 'only when "Was the complaint investigated?" is "Yes"',
      required: true,
    });
    expect(byId("complaint.reference").condition).toBeUndefined();
  });

  it("resolves terminology placeholders in labels and options", () => {
    const other = formView(complaintsProforma, resolveWith(builtInTerminologies["person-who-uses-harm"]), "cp");
    const roles = other.sections[0]!.fields.find((f) => f.id === "complaint.complainantRole")!;
    expect(roles.options[0]!.label).toBe("The person who uses harm");
    expect(JSON.stringify(other)).not.toContain("{perpetrator}");
  });

  it("gives every control a unique element id, the first option carrying the question's own", () => {
    const ids = fields.flatMap((f) => (f.options.length ? f.options.map((o) => o.domId) : [f.domId]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(byId("process.copiedIn").options[0]!.domId).toBe(byId("process.copiedIn").domId);
  });

  it("renders the practice checklist from its definition too: an answer, a note and where found for each item", () => {
    const checklist = formView(checklistForm.definition, resolve, "cl");
    const ids = checklist.sections.flatMap((s) => s.fields.map((f) => f.id));
    expect(ids.slice(0, 3)).toEqual(["caseId", "borough", "team"]);
    expect(ids).toContain("answers.pattern-beyond-incident.answer");
    expect(JSON.stringify(checklist)).not.toMatch(/\{(perpetrator|victimSurvivor)\}/);
  });
});

describe("answerFrom", () => {
  it("reads numbers as numbers and keeps what is not a number as typed, for the schema to name", () => {
    expect(answerFrom(question("process.emails"), " 23 ")).toBe(23);
    expect(answerFrom(question("process.emails"), "-2")).toBe(-2);
    expect(answerFrom(question("process.emails"), "twenty")).toBe("twenty");
    expect(answerFrom(question("process.emails"), "")).toBeUndefined();
  });

  it("gives number option values back as numbers, and multiple choices in the definition's order", () => {
    expect(answerFrom(question("investigation.stageReached"), "2")).toBe(2);
    expect(answerFrom(question("process.copiedIn"), ["ofsted", "mayor"])).toEqual(["mayor", "ofsted"]);
    expect(answerFrom(question("process.copiedIn"), [])).toBeUndefined();
  });

  it("treats a blank box as no answer", () => {
    expect(answerFrom(question("complaint.reference"), "   ")).toBeUndefined();
    expect(answerFrom(question("complaint.reference"), " HK-1 ")).toBe("HK-1");
  });

  it("never throws, whatever is typed", () => {
    const questions = formQuestions(complaintsProforma);
    fc.assert(
      fc.property(fc.constantFrom(...questions), fc.oneof(fc.string(), fc.array(fc.string())), (q, raw: RawValue) => {
        answerFrom(q, raw);
      }),
    );
  });
});

describe("flatRecordFrom", () => {
  const raws = (entries: Record<string, RawValue>) => new Map(Object.entries(entries));

  it("keeps a follow-up's answer out of the record when its question no longer applies", () => {
    const page = raws({ "investigation.investigated": "no", "investigation.stageReached": "2" });
    expect(flatRecordFrom(complaintsProforma, page)).toEqual({ "investigation.investigated": "no" });
    expect(shownQuestions(complaintsProforma, page).has("investigation.stageReached")).toBe(false);
    page.set("investigation.investigated", "yes");
    expect(flatRecordFrom(complaintsProforma, page)).toEqual({
      "investigation.investigated": "yes",
      "investigation.stageReached": 2,
    });
  });

  it("hides a chain of follow-ups when the first trigger changes", () => {
    const page = raws({
      "process.copiedInOthers": "no",
      "process.copiedIn": ["other"],
      "process.copiedInOther": "A neighbour",
    });
    const shown = shownQuestions(complaintsProforma, page);
    expect(shown.has("process.copiedIn")).toBe(false);
    expect(shown.has("process.copiedInOther")).toBe(false);
  });
});

describe("placeProblems and problemSentence", () => {
  const problem = (path: string, extra: Partial<Problem> = {}): Problem => ({
    path,
    field: "Label",
    expected: "a whole number, 0 or more",
    received: "-2",
    message: "cannot be negative",
    code: "too_small",
    ...extra,
  });

  it("puts a problem at its question, an item's problem at its list, and the rest apart", () => {
    const placed = placeProblems(complaintsProforma, [
      problem("process.emails"),
      problem("process.copiedIn.1"),
      problem("schemaVersion"),
    ]);
    expect([...placed.byField.keys()]).toEqual(["process.emails", "process.copiedIn"]);
    expect(placed.unplaced.map((p) => p.path)).toEqual(["schemaVersion"]);
  });

  it("names the question by the form's label when asked to", () => {
    const placed = placeProblems(complaintsProforma, [problem("process.emails")], resolve);
    expect(placed.byField.get("process.emails")![0]!.field).toBe("Number of emails from the complainer?");
  });

  it("says what was expected, except for a missing answer", () => {
    expect(problemSentence(problem("x", { field: "Number of emails" }))).toBe(
      "“Number of emails” cannot be negative. Expected a whole number, 0 or more.",
    );
    expect(problemSentence(problem("x", { field: "Date received", message: "is required", received: "nothing" }))).toBe(
      "“Date received” is required.",
    );
  });
});

describe("the forms' checks", () => {
  const complaint = {
    "complaint.reference": "HK-0042",
    "complaint.borough": "E09000012",
    "complaint.received": "2025-12-19",
    "complaint.complainantRole": "perpetrator",
    "complaint.status": "open",
  };

  it("accept a sound complaint and give it as stored, with its schema version", () => {
    const check = complaintForm.check(complaint, builtInTerminologies.default);
    expect(check.ok && check.stored).toMatchObject({ schemaVersion: 2, complaint: { reference: "HK-0042" } });
    expect(check.ok && complaintForm.fileName(check.stored)).toBe("complaint-HK-0042.json");
  });

  it("name every missing register answer on an empty form, not the register as a whole", () => {
    const check = complaintForm.check({}, builtInTerminologies.default);
    expect(check.ok ? [] : check.problems.map((p) => p.path)).toEqual([
      "complaint.reference",
      "complaint.borough",
      "complaint.received",
      "complaint.complainantRole",
      "complaint.status",
    ]);
  });

  it("place a checklist problem about an answer at that item's question", () => {
    const check = checklistForm.check(
      {
        caseId: "case-1",
        "reviewer.role": "qa-auditor",
        use: "audit",
        date: "2026-03-02",
        "answers.child-voice.answer": "maybe",
      },
      builtInTerminologies.default,
    );
    expect(check.ok ? [] : check.problems.map((p) => [p.path, p.code])).toEqual([
      ["answers.child-voice.answer", "invalid_answer"],
    ]);
  });

  it("call an unchosen reviewer role or use a missing answer, as the package says", () => {
    const check = checklistForm.check({ caseId: "case-1", date: "2026-03-02" }, builtInTerminologies.default);
    expect(check.ok ? [] : check.problems.map((p) => [p.path, p.code, p.message])).toEqual([
      ["reviewer.role", "required", "is required"],
      ["use", "required", "is required"],
    ]);
  });
});
