import { StValidationError } from "@st/core";
import {
  type CanonicalAnswer,
  type ChecklistSummary,
  type CompletedChecklist,
  type Coverage,
  canonicalAnswers,
  defaultChecklist,
  legacyRagScale,
  type Percentage,
  score,
  summariseChecklists,
  summaryGroupings,
} from "@st/practice-checklist";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { audit } from "./fixtures.js";

const HACKNEY = "E09000012";
const NEWHAM = "E09000025";

describe("summariseChecklists", () => {
  const records = [
    audit({ "child-voice": "yes", "worker-safety": "no" }, { caseId: "c1", borough: HACKNEY, date: "2025-01-20" }),
    audit(
      { "child-voice": "partly", "worker-safety": "not-applicable" },
      { caseId: "c2", borough: HACKNEY, date: "2025-04-02" },
    ),
    audit({ "child-voice": "no" }, { caseId: "c3", borough: NEWHAM, team: undefined, date: "2025-04-30" }),
  ];

  it("groups by borough, per item and per principle, with counts behind every percentage", () => {
    const summary = summariseChecklists(records, { by: "borough" });
    expect(summary.records).toBe(3);
    expect(summary.groups.map((g) => [g.key, g.records, g.cases])).toEqual([
      [{ borough: HACKNEY }, 2, 2],
      [{ borough: NEWHAM }, 1, 1],
    ]);
    const hackney = summary.groups[0]!;
    const childVoice = hackney.items.find((i) => i.id === "child-voice")!;
    expect(childVoice.met).toEqual({ count: 1, total: 2, percent: 50 });
    expect(childVoice.partlyMet).toEqual({ count: 1, total: 2, percent: 50 });
    const workerSafety = hackney.items.find((i) => i.id === "worker-safety")!;
    expect(workerSafety.applicable).toBe(1);
    expect(workerSafety.answers["not-applicable"]).toBe(1);
    expect(workerSafety.unanswered).toBe(0);
    // child-voice serves keep-child-safe; worker-safety serves intervene.
    const keepSafe = hackney.principles.find((p) => p.id === "keep-child-safe-and-together")!;
    expect(keepSafe.met).toEqual({ count: 1, total: 2, percent: 50 });
    const intervene = hackney.principles.find((p) => p.id === "intervene-with-perpetrator")!;
    expect(intervene.met).toEqual({ count: 0, total: 1, percent: 0 });
    expect(summary.total.items.find((i) => i.id === "child-voice")!.met).toEqual({ count: 1, total: 3, percent: 33.3 });
    expect(summary.total.items.find((i) => i.id === "worker-safety")!.unanswered).toBe(1);
  });

  it("groups by calendar quarter and by team, putting records without a team last", () => {
    expect(summariseChecklists(records, { by: "quarter" }).groups.map((g) => [g.key.quarter, g.records])).toEqual([
      ["2025-Q1", 1],
      ["2025-Q2", 2],
    ]);
    const { team: _, ...noTeam } = records[2]!;
    const byTeam = summariseChecklists([records[0]!, noTeam, records[1]!], { by: "team" });
    expect(byTeam.groups.map((g) => [g.key.team, g.records])).toEqual([
      ["Assessment 1", 2],
      [null, 1],
    ]);
  });

  it("groups by several groupings at once", () => {
    const summary = summariseChecklists(records, { by: ["borough", "quarter"] });
    expect(summary.groups.map((g) => g.key)).toEqual([
      { borough: HACKNEY, quarter: "2025-Q1" },
      { borough: HACKNEY, quarter: "2025-Q2" },
      { borough: NEWHAM, quarter: "2025-Q2" },
    ]);
  });

  it("gives only the total when not grouped", () => {
    const summary = summariseChecklists(records);
    expect(summary.groups).toEqual([]);
    expect(summary.total.records).toBe(3);
  });

  it("summarises a RAG borough beside a default one, through each record's own scale", () => {
    const rag = { ...defaultChecklist, id: "rag-borough", scale: legacyRagScale };
    const ragRecord = audit(
      { "child-voice": "green" },
      { caseId: "r1", borough: NEWHAM, checklist: { id: "rag-borough", version: "1.0.0" } },
    );
    const summary = summariseChecklists([records[0]!, ragRecord], { definitions: [defaultChecklist, rag] });
    expect(summary.total.items.find((i) => i.id === "child-voice")!.met).toEqual({ count: 2, total: 2, percent: 100 });
  });

  it("refuses records of a definition it was not given, naming the record", () => {
    const stray = audit({}, { checklist: { id: "other", version: "1" } });
    let error: unknown;
    try {
      summariseChecklists([records[0]!, stray]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StValidationError);
    expect((error as StValidationError).problems.map((p) => [p.record, p.code])).toEqual([[2, "unknown_checklist"]]);
  });

  it("names a bad answer as score does: an unknown item, an answer off the scale, a second answer", () => {
    const bad = audit([
      { item: "child-voice", answer: "yes" },
      { item: "no-such-item", answer: "yes" },
      { item: "worker-safety", answer: "maybe" },
      { item: "child-voice", answer: "no" },
    ]);
    const problems = (answers: CompletedChecklist["answers"]) => {
      try {
        score({ ...bad, answers });
      } catch (e) {
        return (e as StValidationError).problems;
      }
      return [];
    };
    const scored = [1, 2, 3].flatMap((n) => problems([bad.answers[0]!, bad.answers[n]!]));
    let error: unknown;
    try {
      summariseChecklists([bad]);
    } catch (e) {
      error = e;
    }
    const summarised = (error as StValidationError).problems;
    expect(summarised.map((p) => [p.record, p.path, p.code])).toEqual([
      [1, "answers.1", "unknown_item"],
      [1, "answers.2", "invalid_answer"],
      [1, "answers.3.item", "duplicate_answer"],
    ]);
    // The same problems, but for the position of the answer in the shortened records given to score.
    expect(summarised.map(({ record: _, path: __, ...p }) => p)).toEqual(scored.map(({ path: _, ...p }) => p));
  });
});

const itemIds = defaultChecklist.items.map((i) => i.id);
const recordArbitrary: fc.Arbitrary<CompletedChecklist> = fc
  .record({
    caseId: fc.constantFrom("a", "b", "c", "d", "e"),
    borough: fc.option(fc.constantFrom(HACKNEY, NEWHAM, "E09000031"), { nil: undefined }),
    team: fc.option(fc.constantFrom("Assessment", "Child protection", "Family support"), { nil: undefined }),
    date: fc.date({ min: new Date("2021-01-01"), max: new Date("2026-12-31"), noInvalidDate: true }),
    use: fc.constantFrom("audit", "supervision", "cp-chair" as const),
    answers: fc.uniqueArray(fc.tuple(fc.constantFrom(...itemIds), fc.constantFrom(...canonicalAnswers)), {
      selector: ([item]) => item,
      maxLength: itemIds.length,
    }),
  })
  .map(({ caseId, borough, team, date, use, answers }) =>
    audit(
      answers.map(([item, answer]) => ({ item, answer })),
      { caseId, borough, team, use, date: date.toISOString().slice(0, 10) },
    ),
  );

function percentages(c: Coverage): Percentage[] {
  return [c.met, c.partlyMet, c.notEvidenced];
}

function allCoverages(summary: ChecklistSummary): Coverage[] {
  return [summary.total, ...summary.groups].flatMap((g) => [g.overall, ...g.items, ...g.principles, ...g.components]);
}

describe("summaries, for any records", () => {
  const groupingsArbitrary = fc.subarray([...summaryGroupings], { minLength: 0, maxLength: 3 });

  it("every percentage matches the counts behind it", () => {
    fc.assert(
      fc.property(fc.array(recordArbitrary, { maxLength: 25 }), groupingsArbitrary, (records, by) => {
        const summary = summariseChecklists(records, { by });
        for (const coverage of allCoverages(summary)) {
          const notApplicable = coverage.answers["not-applicable"];
          const sum = canonicalAnswers.reduce((n, a) => n + coverage.answers[a], 0);
          expect(coverage.applicable).toBe(sum - notApplicable);
          for (const p of percentages(coverage)) {
            expect(p.total).toBe(coverage.applicable);
            expect(p.count).toBeLessThanOrEqual(p.total);
            expect(p.percent).toBe(p.total === 0 ? null : Math.round((p.count / p.total) * 1000) / 10);
          }
        }
      }),
    );
  });

  it("groups add up to the total, and the total counts every answer once", () => {
    fc.assert(
      fc.property(fc.array(recordArbitrary, { maxLength: 25 }), groupingsArbitrary, (records, by) => {
        const summary = summariseChecklists(records, { by });
        const answers = records.flatMap((r) => r.answers);
        expect(summary.total.overall.answers).toEqual(
          Object.fromEntries(canonicalAnswers.map((a) => [a, answers.filter((x) => x.answer === a).length])),
        );
        if (by.length === 0) return;
        expect(summary.groups.reduce((n, g) => n + g.records, 0)).toBe(records.length);
        for (const answer of canonicalAnswers as readonly CanonicalAnswer[]) {
          expect(summary.groups.reduce((n, g) => n + g.overall.answers[answer], 0)).toBe(
            summary.total.overall.answers[answer],
          );
          for (const principle of summary.total.principles) {
            const inGroups = summary.groups.reduce(
              (n, g) => n + g.principles.find((p) => p.id === principle.id)!.answers[answer],
              0,
            );
            expect(inGroups).toBe(principle.answers[answer]);
          }
        }
      }),
    );
  });

  it("counts each answer once towards every principle and component its item serves", () => {
    fc.assert(
      fc.property(fc.array(recordArbitrary, { maxLength: 10 }), (records) => {
        const summary = summariseChecklists(records);
        for (const principle of summary.total.principles) {
          const expected = records
            .flatMap((r) => r.answers)
            .filter((a) =>
              defaultChecklist.items.find((i) => i.id === a.item)!.principles.includes(principle.id),
            ).length;
          expect(canonicalAnswers.reduce((n, a) => n + principle.answers[a], 0)).toBe(expected);
        }
      }),
    );
  });

  it("is deterministic: the same records in any order give the same summary", () => {
    fc.assert(
      fc.property(fc.array(recordArbitrary, { maxLength: 15 }), groupingsArbitrary, (records, by) => {
        const reversed = [...records].reverse();
        const a = summariseChecklists(records, { by });
        const b = summariseChecklists(reversed, { by });
        expect(b).toEqual(a);
      }),
    );
  });
});
