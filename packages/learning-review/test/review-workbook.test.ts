import { formQuestions } from "@st/core/forms";
import { applyReviewedCaseRows, reviewedCaseForm, reviewedCaseToRow } from "@st/learning-review";
import { demoRounds } from "@st/learning-review/demo";
import { describe, expect, it } from "vitest";

const round = demoRounds()[0]!;

describe("recording a round offline", () => {
  const form = reviewedCaseForm(round);

  it("has a column for the case, its context, the findings and every checklist item", () => {
    const ids = formQuestions(form).map((q) => q.id);
    expect(ids.slice(0, 7)).toEqual([
      "caseId",
      "cohort",
      "workerId",
      "closedDate",
      "workerTrained",
      "consultation",
      "outcome",
    ]);
    expect(ids).toContain("actions");
    expect(ids).toContain("answers.behaviours-named.answer");
    expect(ids).toContain("answers.behaviours-named.note");
    const cohort = formQuestions(form).find((q) => q.id === "cohort")!;
    expect(cohort.type === "choice" && cohort.options.map((o) => o.value)).toEqual([
      "trained-consulted",
      "untrained-unconsulted",
    ]);
  });

  it("reads back what it writes, keeping what the form does not hold", () => {
    const rows = round.cases.map((c) => reviewedCaseToRow(round, c));
    const result = applyReviewedCaseRows(round, rows);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      result.value.cases.map((c) => ({ ...c, context: { ...c.context, adults: c.context.adults.map((a) => a.role) } })),
    ).toEqual(
      round.cases.map((c) => ({
        ...c,
        context: { ...c.context, adults: [...new Set(c.context.adults.map((a) => a.role))] },
      })),
    );
    expect(result.value.cases[0]!.language).toEqual(round.cases[0]!.language);
  });

  it("brings in what reviewers typed, and names the row of every problem", () => {
    const first = reviewedCaseToRow(round, round.cases[0]!);
    const typed = {
      ...first,
      childrenAges: "4; unborn",
      presentingIssues: "domestic abuse; housing",
      actions: "Discuss in supervision; Team manager; 2024-09-30\nRefer Mr B to the programme; Social worker",
      "answers.behaviours-named.answer": "Y",
    };
    const result = applyReviewedCaseRows(round, [typed]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const c = result.value.cases[0]!;
    expect(c.context.children).toEqual([{ age: 4 }, { unborn: true }]);
    expect(c.context.presentingIssues).toEqual(["domestic abuse", "housing"]);
    expect(c.actions).toEqual([
      { action: "Discuss in supervision", owner: "Team manager", due: "2024-09-30" },
      { action: "Refer Mr B to the programme", owner: "Social worker" },
    ]);
    expect(c.answers.find((a) => a.item === "behaviours-named")!.answer).toBe("yes");

    const bad = applyReviewedCaseRows(round, [
      { ...first, actions: "Do something" },
      { ...reviewedCaseToRow(round, round.cases[1]!), childrenAges: "four" },
      { ...reviewedCaseToRow(round, round.cases[2]!), "answers.behaviours-named.answer": "maybe" },
    ]);
    expect(!bad.ok && bad.problems.map((p) => [p.record, p.message])).toEqual([
      [1, "has no owner: every action needs one"],
      [2, "is not an age"],
    ]);
    const offScale = applyReviewedCaseRows(round, [
      { ...reviewedCaseToRow(round, round.cases[2]!), "answers.behaviours-named.answer": "maybe" },
    ]);
    expect(!offScale.ok && offScale.problems.map((p) => [p.record, p.code])).toEqual([[1, "invalid_answer"]]);
  });
});
