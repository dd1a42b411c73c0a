import {
  complaintsProforma,
  PROFORMA_QUESTIONS_SINCE,
  proformaAdaptationProblems,
  proformaAtVersion,
  safeParseComplaint,
  validateProformaAdaptation,
} from "@st/complaints-proforma";
import { StValidationError } from "@st/core";
import { describe, expect, it } from "vitest";
import { sampleRecord, stored } from "./arbitraries.js";

type Definition = typeof complaintsProforma;

/** A borough's version: its own wording for one question, and two questions of its own. */
function hackneyVersion(): Definition {
  const copy = structuredClone(complaintsProforma) as Definition;
  const investigation = copy.sections.find((s) => s.id === "investigation")!;
  const stage = investigation.questions.find((q) => q.id === "investigation.stageReached")!;
  stage.label = "Which stage did the investigation reach?";
  copy.sections.push({
    id: "local",
    title: "Hackney's own questions",
    questions: [
      { id: "local.fastTrack", label: "Was the fast-track route used?", type: "yesNo", required: true },
      {
        id: "local.fastTrackDays",
        label: "Days on the fast track",
        type: "integer",
        min: 0,
        when: { question: "local.fastTrack", equals: ["yes"] },
      },
    ],
  });
  return copy;
}

describe("a borough's adapted proforma", () => {
  it("is accepted when it keeps the proforma's questions", () => {
    expect(proformaAdaptationProblems(hackneyVersion())).toEqual([]);
    expect(validateProformaAdaptation(complaintsProforma)).toBe(complaintsProforma);
  });

  it("reads records with its own labels and its own questions", () => {
    const definition = hackneyVersion();
    const record = {
      ...stored(sampleRecord()),
      investigation: { investigated: "yes" },
      local: { fastTrack: "yes", fastTrackDays: 3 },
    };
    const result = safeParseComplaint(record, { definition });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toMatchObject([
        { path: "investigation.stageReached", field: "Which stage did the investigation reach?" },
      ]);
    const ok = safeParseComplaint(
      { ...record, investigation: { investigated: "yes", stageReached: 1 } },
      { definition },
    );
    expect(ok).toMatchObject({ ok: true, value: { local: { fastTrack: "yes", fastTrackDays: 3 } } });
  });

  it("checks the answers to its own questions", () => {
    const definition = hackneyVersion();
    const problems = (local: unknown) => {
      const result = safeParseComplaint({ ...stored(sampleRecord()), local }, { definition });
      return result.ok ? [] : result.problems.map((p) => [p.path, p.code]);
    };
    expect(problems({ fastTrack: "maybe" })).toEqual([["local.fastTrack", "invalid_answer"]]);
    expect(problems({ fastTrack: "no", fastTrackDays: 2 })).toEqual([["local.fastTrackDays", "not_applicable"]]);
    expect(problems({ fastTrack: "yes", colour: "red" })).toEqual([["local.colour", "unknown_field"]]);
    expect(problems({})).toEqual([["local.fastTrack", "required"]]);
  });

  it("the partnership's proforma has no questions of its own", () => {
    const result = safeParseComplaint({ ...stored(sampleRecord()), local: { anything: "x" } });
    expect(result).toMatchObject({ ok: false, problems: [{ path: "local.anything", code: "unknown_field" }] });
  });

  it("is refused when it drops, retypes or renumbers the proforma's questions", () => {
    const broken = structuredClone(complaintsProforma) as Definition;
    const process = broken.sections.find((s) => s.id === "process")!;
    process.questions = process.questions.filter((q) => q.id !== "process.emails");
    const calls = process.questions.find((q) => q.id === "process.phoneCalls")!;
    (calls as { type: string }).type = "text";
    delete (calls as { min?: number }).min;
    const investigation = broken.sections.find((s) => s.id === "investigation")!;
    const upheld = investigation.questions.find((q) => q.id === "investigation.upheld")!;
    if ("options" in upheld) upheld.options[2]!.value = "not-upheld";
    const complaint = broken.sections.find((s) => s.id === "complaint")!;
    complaint.questions.find((q) => q.id === "complaint.borough")!.required = false;
    complaint.questions.push({ id: "extra", label: "Extra", type: "text" });
    expect(proformaAdaptationProblems(broken).map((p) => [p.path, p.code])).toEqual([
      ["complaint.borough", "not_required"],
      ["investigation.upheld", "changed_options"],
      ["process.emails", "missing_question"],
      ["process.phoneCalls", "changed_type"],
      ["extra", "invalid_local_id"],
    ]);
    expect(() => validateProformaAdaptation(broken)).toThrow(StValidationError);
  });

  it("tells a borough whose adaptation is of version 1 which questions version 2 added", () => {
    const ofVersion1 = structuredClone(proformaAtVersion(hackneyVersion(), 1)) as Definition;
    const problems = proformaAdaptationProblems(ofVersion1);
    expect(problems.map((p) => p.path)).toEqual(Object.keys(PROFORMA_QUESTIONS_SINCE));
    expect(problems[0]).toMatchObject({
      path: "complaint.formality",
      code: "missing_question",
      message:
        "is missing: version 2 of the proforma added it, so an adaptation of an earlier version needs it added (copy it from complaintsProforma)",
    });
    // Its version 1 records still read, under the partnership's proforma.
    expect(safeParseComplaint({ ...stored(sampleRecord()), schemaVersion: 1 }).ok).toBe(true);
  });

  it("must first be a sound form definition", () => {
    const broken = structuredClone(complaintsProforma) as Definition;
    broken.sections[0]!.questions[0]!.label = "Reference for the {abuser}";
    expect(proformaAdaptationProblems(broken)[0]!.message).toContain("{abuser}");
    expect(proformaAdaptationProblems({ id: "x" }).length).toBeGreaterThan(0);
  });
});
