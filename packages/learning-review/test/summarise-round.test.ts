import { categories } from "@st/language-lint";
import { type CaseOutcome, caseOutcomes, formatShare, type ReviewedCase, summariseRound } from "@st/learning-review";
import { defaultChecklist } from "@st/practice-checklist";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cohortCases, language, reviewedCase, round } from "./round-fixtures.js";

const period = { from: "2024-01-01", to: "2024-03-31" };

describe("summariseRound", () => {
  const cases = [
    ...cohortCases("T", "trained-consulted", 0, ["cp-plan", "cin-plan", "closed-after-assessment", "plo", "cin-plan"]),
    ...cohortCases("U", "untrained-unconsulted", 5, [
      "closed-after-assessment",
      "early-help",
      "closed-after-assessment",
      "cin-plan",
    ]),
  ];
  cases[0] = {
    ...cases[0]!,
    answers: [
      { item: "pattern-beyond-incident", answer: "yes" },
      { item: "behaviours-named", answer: "partly" },
      { item: "invitation-to-change", answer: "no" },
      { item: "child-voice", answer: "not-applicable" },
    ],
  };
  const summary = summariseRound(round("wf-2024-q1", period, cases, 1));

  it("gives each cohort its cases, with the counts behind every share", () => {
    const [trained, untrained] = summary.cohorts;
    expect([trained!.cases, untrained!.cases, summary.total.cases]).toEqual([5, 5, 10]);
    const mutualising = (i: number) =>
      summary.cohorts[i]!.language.byCategory.find((c) => c.category === "mutualising")!;
    expect(mutualising(0).cases).toEqual({ count: 0, total: 5, percent: 0 });
    expect(mutualising(1).cases).toEqual({ count: 5, total: 5, percent: 100 });
    expect(mutualising(1).findings).toBe(10);
    expect(mutualising(1).per1000Words).toBe(20); // 10 findings in 500 words
    expect(untrained!.language.machineDerived).toBe(true);
    expect(trained!.language.positive.cases).toEqual({ count: 5, total: 5, percent: 100 });
  });

  it("counts the reviewers' answers through the practice checklist's summary", () => {
    const overall = summary.cohorts[0]!.checklist.overall;
    expect(overall.answers).toEqual({ yes: 1, partly: 1, no: 1, "not-evidenced": 0, "not-applicable": 1 });
    expect(overall.met).toEqual({ count: 1, total: 3, percent: 33.3 });
    const principle3 = summary.cohorts[0]!.checklist.principles.find((p) => p.id === "intervene-with-perpetrator")!;
    expect(principle3.applicable).toBeGreaterThan(0);
  });

  it("contrasts outcomes by consultation, out of the cases with an outcome recorded", () => {
    expect(summary.cohorts[1]!.outcomes.recorded).toBe(4);
    expect(summary.cohorts[1]!.outcomes.notRecorded).toBe(1);
    expect(summary.cohorts[1]!.outcomes.closedAfterAssessment).toEqual({ count: 3, total: 4, percent: 75 });
    expect(summary.outcomeContrast.statement).toBe(
      "Closed after assessment: 3 of 4 cases without a case consultation, against 1 of 5 with one.",
    );
  });

  it("warns about small cohorts and says how the figures are counted", () => {
    expect(summary.warnings).toEqual([
      "Cohort trained-consulted has 5 cases: one case moves any share by 20 percentage points. Read the figures as counts of cases, not as rates for the borough.",
      "Cohort untrained-unconsulted has 5 cases: one case moves any share by 20 percentage points. Read the figures as counts of cases, not as rates for the borough.",
    ]);
    expect(summary.cohorts.every((c) => c.smallSample)).toBe(true);
    expect(summary.total.smallSample).toBe(false);
    expect(summary.rules.join(" ")).toMatch(/machine-derived/);
    expect(summary.round.periodLabel).toBe("Jan-Mar 24");
  });

  it("warns about extracts that were never linted, and an empty cohort", () => {
    const r = round("r", period, [reviewedCase("A", "trained-consulted", { extracts: [{ id: "n", text: "Note." }] })]);
    const s = summariseRound(r);
    expect(s.warnings).toContain("Cohort untrained-unconsulted has no cases: nothing can be said about it.");
    expect(s.warnings).toContain(
      "1 case has extracts that were not linted (run withLanguageEvidence): their language is not counted.",
    );
  });

  it("never writes a percentage without its count, and none below the small-sample threshold", () => {
    expect(formatShare({ count: 3, total: 5, percent: 60 })).toBe("3 of 5");
    expect(formatShare({ count: 12, total: 20, percent: 60 })).toBe("12 of 20 (60%)");
    expect(formatShare({ count: 3, total: 5, percent: 60 }, { percentFrom: 1 })).toBe("3 of 5 (60%)");
    expect(formatShare({ count: 0, total: 0, percent: null })).toBe("0 of 0");
  });
});

describe("summaries agree with the records they summarise", () => {
  const items = defaultChecklist.items.map((i) => i.id);
  const answer = fc.constantFrom("yes", "partly", "no", "not-evidenced", "not-applicable");
  const caseArb = (i: number): fc.Arbitrary<ReviewedCase> =>
    fc
      .record({
        cohort: fc.constantFrom("trained-consulted", "untrained-unconsulted"),
        consultation: fc.constantFrom("yes" as const, "no" as const),
        outcome: fc.option(fc.constantFrom(...caseOutcomes), { nil: undefined }),
        answers: fc.uniqueArray(fc.record({ item: fc.constantFrom(...items), answer }), {
          selector: (a) => a.item,
          maxLength: 12,
        }),
        language: fc.option(
          fc.record({
            counts: fc.record(
              Object.fromEntries(categories.map((c) => [c, fc.nat(4)])) as Record<
                (typeof categories)[number],
                fc.Arbitrary<number>
              >,
            ),
            positive: fc.nat(3),
            words: fc.integer({ min: 1, max: 2000 }),
          }),
          { nil: undefined },
        ),
      })
      .map(
        (x): ReviewedCase =>
          reviewedCase(`C${i}`, x.cohort, {
            consultation: x.consultation,
            answers: x.answers,
            context: {
              children: [],
              adults: [],
              presentingIssues: [],
              agencies: [],
              ...(x.outcome ? { outcome: x.outcome as CaseOutcome } : {}),
            },
            ...(x.language ? { language: language(x.language.counts, x.language.positive, x.language.words) } : {}),
          }),
      );
  const casesArb: fc.Arbitrary<ReviewedCase[]> = fc
    .integer({ min: 0, max: 14 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => caseArb(i))))
    .map((cases) => [...cases]);

  it("adds up: cohorts to the total, answers to the records, shares to their groups", () => {
    fc.assert(
      fc.property(casesArb, (cases) => {
        const s = summariseRound(round("r", period, cases));
        expect(s.cohorts.reduce((n, c) => n + c.cases, 0)).toBe(cases.length);
        expect(s.total.checklist.overall.answers.yes).toBe(
          cases.flatMap((c) => c.answers).filter((a) => a.answer === "yes").length,
        );
        for (const group of [...s.cohorts, s.total]) {
          const mine = group.id === "all" ? cases : cases.filter((c) => c.cohort === group.id);
          const overall = group.checklist.overall;
          expect(Object.values(overall.answers).reduce((a, b) => a + b, 0)).toBe(mine.flatMap((c) => c.answers).length);
          expect(overall.met.total).toBe(overall.applicable);
          const withLanguage = mine.filter((c) => c.language);
          expect(group.language.casesWithEvidence).toBe(withLanguage.length);
          expect(group.language.words).toBe(withLanguage.reduce((n, c) => n + c.language!.words, 0));
          for (const cat of group.language.byCategory) {
            expect(cat.cases.total).toBe(withLanguage.length);
            expect(cat.cases.count).toBe(
              withLanguage.filter((c) => c.language!.byCategory[cat.category].count > 0).length,
            );
            expect(cat.findings).toBe(withLanguage.reduce((n, c) => n + c.language!.byCategory[cat.category].count, 0));
          }
          const recorded = mine.filter((c) => c.context.outcome);
          expect(group.outcomes.recorded + group.outcomes.notRecorded).toBe(mine.length);
          expect(group.outcomes.byOutcome.reduce((n, o) => n + o.cases.count, 0)).toBe(recorded.length);
          for (const share of [group.consultation, group.workerTrained, group.outcomes.closedAfterAssessment]) {
            expect(share.count).toBeLessThanOrEqual(share.total);
            expect(share.percent).toBe(share.total ? Math.round((share.count / share.total) * 1000) / 10 : null);
          }
        }
        const [withC, withoutC] = s.outcomeContrast.groups;
        expect(withC!.closedAfterAssessment.total + withoutC!.closedAfterAssessment.total).toBe(
          cases.filter((c) => c.context.outcome).length,
        );
      }),
      { numRuns: 200 },
    );
  });
});
