import {
  compareRounds,
  createReviewRound,
  defaultSamplingFrame,
  drawSample,
  parseCaseList,
  parseReviewRound,
  type ReviewRound,
  roundReportHtml,
  roundReportMarkdown,
  sampledCaseIds,
  seriesReportMarkdown,
  summariseRound,
  withLanguageEvidence,
  writeReviewRound,
} from "@st/learning-review";
import { describe, expect, it } from "vitest";
import { caseListCsv, period } from "./fixtures.js";

// Synthetic extracts as a reviewer would paste them from the case file.
const extracts: Record<string, string> = {
  untrained:
    "The parents have a volatile relationship and argue in front of the children. Mum failed to protect them by letting dad back.",
  trained:
    "Mr B pushed Ms A into a door while J (6) watched. Ms A took the children to her sister's to keep them safe. I met Mr B about his behaviour.",
};

function review(round: ReviewRound): ReviewRound {
  return {
    ...round,
    reviewedOn: "2024-08-01",
    cases: round.cases.map((c) => ({
      ...c,
      answers: [
        {
          item: "behaviours-named",
          answer: c.cohort === "trained-consulted" ? "yes" : "no",
          note: "From the assessment.",
        },
        {
          item: "perpetrator-behaviour-expectations",
          answer: c.cohort === "trained-consulted" ? "partly" : "not evidenced",
        },
      ],
      extracts: [
        {
          id: `${c.caseId}-1`,
          source: "case-notes",
          text: extracts[c.cohort === "trained-consulted" ? "trained" : "untrained"]!,
        },
      ],
      improvements: c.cohort === "trained-consulted" ? [] : ["Name what the father did."],
      actions: [{ action: "Discuss the case in supervision", owner: "Team manager" }],
      ...(c.consultation === "yes" ? { consultationImpact: "The plan now has actions for the father." } : {}),
    })),
    learnings: ["Untrained workers' notes mutualise the abuse."],
  };
}

describe("from a case list and extracts to a report", () => {
  const list = parseCaseList(caseListCsv);
  const sample = drawSample(list, defaultSamplingFrame, { seed: 42, period });
  const started = createReviewRound(sample, list, { id: "wf-2024-q2", borough: "Waltham Forest", round: 1 });
  const round = withLanguageEvidence(review(started));
  // What a borough stores and reads back.
  const stored = parseReviewRound(JSON.parse(JSON.stringify(writeReviewRound(round))));

  it("starts the round from the sample, carrying what the case list knew", () => {
    expect(started.cases.map((c) => c.caseId)).toEqual(["T05", "T02", "T03", "T06", "T01", "U01", "U02", "U03"]);
    expect(started.cases[0]).toMatchObject({
      cohort: "trained-consulted",
      workerId: "W03",
      closedDate: "2024-06-02",
      context: { outcome: "cp-plan" },
    });
    expect(started.sample).toEqual({
      frame: { id: "st-default", version: "1" },
      seed: 42,
      shortfalls: [{ cohort: "untrained-unconsulted", wanted: 5, eligible: 3 }],
    });
    // Reading normalises answers to the scale's values ("not evidenced" is stored as not-evidenced).
    expect(round.cases[5]!.answers[1]!.answer).toBe("not evidenced");
    expect(stored.cases[5]!.answers[1]!.answer).toBe("not-evidenced");
    expect(parseReviewRound(writeReviewRound(stored))).toEqual(stored);
  });

  it("summarises the cohorts side by side", () => {
    const summary = summariseRound(stored);
    const [trained, untrained] = summary.cohorts;
    const mutualising = (c: typeof trained) => c!.language.byCategory.find((x) => x.category === "mutualising")!.cases;
    expect(mutualising(trained)).toMatchObject({ count: 0, total: 5 });
    expect(mutualising(untrained)).toMatchObject({ count: 3, total: 3 });
    expect(untrained!.checklist.overall.met).toMatchObject({ count: 0, total: 6 });
    expect(trained!.checklist.overall.met).toMatchObject({ count: 5, total: 10 });
    expect(summary.outcomeContrast.statement).toBe(
      "Closed after assessment: 2 of 3 cases without a case consultation, against 2 of 5 with one.",
    );
    expect(summary.warnings).toContain(
      "The sample fell short for cohort untrained-unconsulted: 3 eligible cases for 5 wanted.",
    );
  });

  it("writes the round's report", async () => {
    const md = roundReportMarkdown(stored);
    expect(md).toMatch(/^# Learning review: Waltham Forest, round 1 \(Apr-Jun 24\)/);
    expect(md).toContain("Sample drawn with frame st-default (version 1) and seed 42");
    expect(md).toContain("| Mutualising language | 0 of 5 cases; 0 per 1,000 words | 3 of 3 cases;");
    expect(md).toContain("## Language in the case files (machine-derived)");
    expect(md).toContain("### Case U01: Worker not trained, no case consultation");
    expect(md).toContain("- Discuss the case in supervision (owner: Team manager)");
    // The case-file text itself stays out of the report.
    expect(md).not.toContain("volatile relationship and argue");
    const html = await roundReportHtml(stored);
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script/i);
  });

  it("compares it with the next round", () => {
    const next = drawSample(list, defaultSamplingFrame, {
      seed: 7,
      period: { from: "2024-07-01", to: "2024-09-30" },
      exclude: sampledCaseIds(sample),
    });
    const round2 = withLanguageEvidence(
      review(createReviewRound(next, list, { id: "wf-2024-q3", borough: "E09000031", round: 2 })),
    );
    const md = seriesReportMarkdown([stored, round2]);
    expect(md).toContain("# Learning reviews over time: Waltham Forest");
    const comparison = compareRounds([stored, round2]);
    expect(comparison.rounds.map((r) => r.label)).toEqual(["round 1 (Apr-Jun 24)", "round 2 (Jul-Sep 24)"]);
    // Only X02 (closed 1 July) is untrained and unconsulted in July to September.
    const c = comparison.changes.find(
      (x) => x.measure === "language:mutualising" && x.cohort === "untrained-unconsulted",
    )!;
    expect(c.statement).toBe(
      "Mutualising language was found in 3 of 3 untrained-unconsulted cases in round 1 (Apr-Jun 24) and 1 of 1 in round 2 (Jul-Sep 24): no change.",
    );
  });
});
