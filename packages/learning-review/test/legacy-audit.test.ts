import {
  compareRounds,
  legacyAuditChecklist,
  legacyAuditRound,
  parseReviewRound,
  readLegacyAudits,
  summariseRound,
  writeReviewRound,
} from "@st/learning-review";
import { checklistDefinitionRecord } from "@st/practice-checklist";
import { describe, expect, it } from "vitest";
import { reviewedCase, round } from "./round-fixtures.js";

const csv = `Case ref,Date of audit,Principle 1,Principle 2,Principle 3,Trained,Consultation,Outcome,Comments
L1,12/02/2023,Red,Amber,Red,N,N,NFA,Mother held responsible in the plan
L2,2023-02-14,Amber,Amber,Red,N,N,CIN,
L3,2023-02-20,Green,G,A,Y,Y,CP plan,
L4,2023-03-01,g,Green,Green,Y,Y,,Good pivot to father
L5,2023-03-02,N/A,Red,Not evidenced,,,,
`;

describe("legacy RAG audits", () => {
  it("is a valid checklist definition, one item a principle, on the RAG scale", () => {
    expect(checklistDefinitionRecord.safeParse(legacyAuditChecklist).ok).toBe(true);
    expect(legacyAuditChecklist.items.map((i) => i.principles)).toEqual([
      ["keep-child-safe-and-together"],
      ["partner-with-non-abusive-parent"],
      ["intervene-with-perpetrator"],
    ]);
  });

  it("reads an audit export and makes a round of it, in cohorts where training and consultation were recorded", () => {
    const audits = readLegacyAudits(csv);
    expect(audits.ok).toBe(true);
    if (!audits.ok) return;
    expect(audits.value[0]).toEqual({
      caseId: "L1",
      auditDate: "2023-02-12",
      ratings: {
        "keep-child-safe-and-together": "red",
        "partner-with-non-abusive-parent": "amber",
        "intervene-with-perpetrator": "red",
      },
      workerTrained: "no",
      consultation: "no",
      outcome: "closed-after-assessment",
      comments: "Mother held responsible in the plan",
    });
    const r = legacyAuditRound(audits.value, { id: "wf-audit-2023", borough: "Waltham Forest" });
    expect(r.period).toEqual({ from: "2023-02-12", to: "2023-03-02" });
    expect(r.cohorts.map((c) => c.id)).toEqual(["trained-consulted", "untrained-unconsulted", "not-recorded"]);
    expect(parseReviewRound(writeReviewRound(r))).toEqual(r);
    const s = summariseRound(r);
    const p1 = (i: number) => s.cohorts[i]!.checklist.principles[0]!;
    expect([p1(0).met.count, p1(0).met.total]).toEqual([2, 2]);
    expect([p1(1).met.count, p1(1).partlyMet.count, p1(1).met.total]).toEqual([0, 1, 2]);
    expect(s.warnings.join(" ")).toMatch(/imported RAG-rated audit/);
  });

  it("names bad ratings and missing dates by row and line", () => {
    const result = readLegacyAudits("caseId,auditDate,P1\nA,2023-01-01,purple\nB,,green\nC,2023-01-01,\n");
    expect(!result.ok && result.problems.map((p) => [p.line, p.message])).toEqual([
      [2, "is not a rating"],
      [3, "is not a date"],
      [4, "the row has no principle ratings"],
    ]);
  });

  it("refuses a file with a quote never closed, coded as every CSV reader codes it", () => {
    const result = readLegacyAudits('\uFEFFcaseId,auditDate,P1\r\nA,2023-01-01,red\r\nB,"2023-01-01,green\r\n');
    expect(result).toMatchObject({
      ok: false,
      problems: [{ code: "unclosed_quote", field: "Legacy audits", line: 3 }],
    });
  });

  it("keeps earlier rounds comparable, principle by principle", () => {
    const audits = readLegacyAudits(csv);
    if (!audits.ok) throw new Error("unreadable");
    const legacy = legacyAuditRound(audits.value, { id: "audit", borough: "E09000031", round: 1 });
    const answers = [
      { item: "perpetrator-behaviour-expectations", answer: "yes" },
      { item: "invitation-to-change", answer: "yes" },
    ];
    const review = round(
      "review",
      { from: "2024-01-01", to: "2024-03-31" },
      [
        reviewedCase("A", "untrained-unconsulted", { answers }),
        reviewedCase("B", "untrained-unconsulted", { answers }),
      ],
      2,
    );
    const comparison = compareRounds([review, legacy]);
    const c = comparison.changes.find(
      (x) => x.measure === "principle:intervene-with-perpetrator" && x.cohort === "untrained-unconsulted",
    )!;
    expect(c.statement).toBe(
      "Principle 3 was met in 0 of 2 answers for untrained-unconsulted cases in round 1 (2023-02-12 to 2023-03-02) and 4 of 4 in round 2 (Jan-Mar 24): a rise, for the better.",
    );
    expect(comparison.changes.some((x) => x.measure.startsWith("language:"))).toBe(false);
    expect(comparison.notes[0]).toMatch(/imported RAG-rated audits/);
  });
});
