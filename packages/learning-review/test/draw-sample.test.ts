import { StValidationError } from "@st/core";
import {
  beforeAfterTrainingFrame,
  defaultSamplingFrame,
  describeSample,
  drawSample,
  parseCaseList,
  type SamplingFrame,
  safeDrawSample,
  sampledCaseIds,
} from "@st/learning-review";
import { describe, expect, it } from "vitest";
import { caseListCsv, period, trainingCsv } from "./fixtures.js";

const list = parseCaseList(caseListCsv);
const withReserves = (frame: SamplingFrame, reserves: number): SamplingFrame => ({
  ...frame,
  cohorts: frame.cohorts.map((c) => ({ ...c, reserves })),
});

describe("drawSample with the default frame", () => {
  it("draws the expected cases for seed 42", () => {
    const sample = drawSample(list, defaultSamplingFrame, { seed: 42, period });
    expect(sample.cohorts.map((c) => ({ id: c.id, cases: c.cases, eligible: c.eligible }))).toEqual([
      { id: "trained-consulted", cases: ["T05", "T02", "T03", "T06", "T01"], eligible: 7 },
      { id: "untrained-unconsulted", cases: ["U01", "U02", "U03"], eligible: 3 },
    ]);
    expect(sample.population).toBe(13);
    expect(sample.frame).toEqual({ id: "st-default", version: "1" });
    expect(sample.period).toEqual(period);
  });

  it("draws other cases for another seed, the same ones for the same seed", () => {
    const a = drawSample(list, defaultSamplingFrame, { seed: 2024, period });
    expect(a.cohorts[0]!.cases).toEqual(["T07", "T06", "T05", "T01", "T03"]);
    expect(drawSample(list, defaultSamplingFrame, { seed: 2024, period })).toEqual(a);
  });

  it("reports a cohort that falls short instead of shrinking it silently", () => {
    const sample = drawSample(list, defaultSamplingFrame, { seed: 42, period });
    expect(sample.shortfalls).toEqual([
      {
        cohort: "untrained-unconsulted",
        wanted: 5,
        eligible: 3,
        message: "only 3 eligible cases for cohort untrained-unconsulted (5 wanted)",
      },
    ]);
    // All three eligible cases are taken.
    expect([...sample.cohorts[1]!.cases].sort()).toEqual(["U01", "U02", "U03"]);
  });

  it("keeps open cases, cases without DA and cases closed outside the period out of the population", () => {
    const drawn = sampledCaseIds(drawSample(list, withReserves(defaultSamplingFrame, 10), { seed: 1, period }), {
      reserves: true,
    });
    for (const id of ["X01", "X02", "X03", "X04", "X05", "N01", "M01", "M02", "M03"]) expect(drawn).not.toContain(id);
    expect(drawn).toHaveLength(10);
  });

  it("leaves out cases reviewed in earlier rounds, and counts them", () => {
    const sample = drawSample(list, defaultSamplingFrame, { seed: 42, period, exclude: ["T01", "T03", "U02", "X01"] });
    expect(sample.cohorts.map((c) => c.cases)).toEqual([
      ["T05", "T04", "T02", "T06", "T07"],
      ["U03", "U01"],
    ]);
    expect(sample.excludedAsReviewed).toBe(3); // X01 was never in the population
    expect(sample.cohorts.map((c) => [c.eligible, c.excludedAsReviewed])).toEqual([
      [5, 2],
      [2, 1],
    ]);
    expect(sample.shortfalls.map((s) => [s.cohort, s.wanted, s.eligible])).toEqual([["untrained-unconsulted", 5, 2]]);
  });

  it("draws reserves after the sample without changing it", () => {
    const plain = drawSample(list, defaultSamplingFrame, { seed: 42, period });
    const reserved = drawSample(list, withReserves(defaultSamplingFrame, 2), { seed: 42, period });
    expect(reserved.cohorts[0]!.cases).toEqual(plain.cohorts[0]!.cases);
    expect(reserved.cohorts[0]!.reserves).toEqual(["T04", "T07"]);
    expect(reserved.cohorts[1]!.reserves).toEqual([]);
  });

  it("gives the same sample whatever the order of the rows", () => {
    const reversed = parseCaseList([...list.cases].reverse());
    expect(drawSample(reversed, defaultSamplingFrame, { seed: 42, period }).cohorts).toEqual(
      drawSample(list, defaultSamplingFrame, { seed: 42, period }).cohorts,
    );
  });

  it("limits the cases of one worker in a cohort when asked", () => {
    const sample = drawSample(list, { ...defaultSamplingFrame, maxPerWorker: 1 }, { seed: 42, period });
    expect(sample.cohorts.map((c) => [c.cases, c.eligible])).toEqual([
      [["T05", "T02", "T03", "T06", "T07"], 5],
      [["U01", "U02"], 2],
    ]);
    const workers = sample.cohorts[0]!.cases.map((id) => list.cases.find((c) => c.caseId === id)!.workerId);
    expect(new Set(workers).size).toBe(5);
  });

  it("never draws one case into two cohorts when cohorts overlap", () => {
    const overlapping: SamplingFrame = {
      ...defaultSamplingFrame,
      cohorts: [
        { id: "trained", label: "Trained", size: 4, where: { field: "workerTrained", is: "yes" } },
        { id: "consulted", label: "Consulted", size: 4, where: { field: "consultation", is: "Y" } },
      ],
    };
    const sample = drawSample(list, overlapping, { seed: 3, period });
    const [a, b] = sample.cohorts;
    expect(a!.cases.filter((id) => b!.cases.includes(id))).toEqual([]);
    // The second cohort's pool is what the first left: M03 plus the three trained-consulted cases not taken.
    expect(b!.eligible).toBe(4);
    expect(b!.cases).toContain("M03");
  });

  it("filters on any column of the case list", () => {
    const north: SamplingFrame = {
      ...defaultSamplingFrame,
      population: { all: [defaultSamplingFrame.population, { field: "team", is: "north" }] },
    };
    const sample = drawSample(list, north, { seed: 42, period });
    expect(sample.cohorts.map((c) => [...c.cases].sort())).toEqual([["T01", "T02", "T03"], ["U01"]]);
    expect(sample.shortfalls.map((s) => s.eligible)).toEqual([3, 1]);
  });

  it("filters on outcomes", () => {
    const closedAfterAssessment: SamplingFrame = {
      ...defaultSamplingFrame,
      cohorts: [
        {
          id: "closed-after-assessment",
          label: "Closed after assessment",
          size: 10,
          where: { field: "outcome", is: ["NFA", "early-help"] },
        },
      ],
    };
    const sample = drawSample(list, closedAfterAssessment, { seed: 1, period });
    expect([...sample.cohorts[0]!.cases].sort()).toEqual(["M01", "T03", "T06", "U01", "U02"]);
  });

  it("says what it drew, in words", () => {
    const text = describeSample(drawSample(list, defaultSamplingFrame, { seed: 42, period }));
    expect(text).toContain("13 cases in the population closed 2024-04-01 to 2024-06-30");
    expect(text).toContain("cases: T05, T02, T03, T06, T01");
    expect(text).toContain("only 3 eligible cases for cohort untrained-unconsulted (5 wanted)");
    expect(text).toContain("seed (42)");
  });
});

describe("drawSample with a paired frame", () => {
  const training = parseCaseList(trainingCsv);

  it("draws one worker's cases before and after training", () => {
    const sample = drawSample(training, beforeAfterTrainingFrame, { seed: 2, period });
    expect(sample.pairs).toEqual([
      { workerId: "W10", cases: { "before-training": "B02", "after-training": "A02" }, reserve: false },
    ]);
    expect(sample.cohorts.map((c) => [c.id, c.cases, c.eligible])).toEqual([
      ["before-training", ["B02"], 2],
      ["after-training", ["A02"], 2],
    ]);
    expect(drawSample(training, beforeAfterTrainingFrame, { seed: 1, period }).pairs?.[0]?.cases).toEqual({
      "before-training": "B04",
      "after-training": "A05",
    });
  });

  it("reports too few workers with a case on both sides of their training", () => {
    const three = withReserves(
      { ...beforeAfterTrainingFrame, cohorts: beforeAfterTrainingFrame.cohorts.map((c) => ({ ...c, size: 3 })) },
      0,
    );
    const sample = drawSample(training, three, { seed: 1, period });
    expect(sample.pairs?.map((p) => p.workerId).sort()).toEqual(["W10", "W13"]);
    expect(sample.shortfalls.map((s) => s.message)).toEqual([
      "only 2 eligible workers (with a case for every cohort) for cohort before-training (3 wanted)",
      "only 2 eligible workers (with a case for every cohort) for cohort after-training (3 wanted)",
    ]);
  });

  it("reads training from the training date: trained when the date is on or before closure", () => {
    const byId = new Map(training.cases.map((c) => [c.caseId, c]));
    expect(byId.get("B01")!.workerTrained).toBe("no");
    expect(byId.get("A01")!.workerTrained).toBe("yes");
    expect(byId.get("A04")!.workerTrained).toBe("no"); // no training date at all
    expect(byId.get("B02")!.consultation).toBe("yes");
    expect(byId.get("A02")!.consultation).toBe("no");
  });

  it("refuses cohorts of different sizes in a paired frame", () => {
    const bad = {
      ...beforeAfterTrainingFrame,
      cohorts: [beforeAfterTrainingFrame.cohorts[0]!, { ...beforeAfterTrainingFrame.cohorts[1]!, size: 2 }],
    };
    const result = safeDrawSample(training, bad, { seed: 1, period });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual(["unequal_cohorts"]);
  });
});

describe("drawSample refuses what it cannot do", () => {
  it("names a column the case list does not have", () => {
    const frame: SamplingFrame = {
      ...defaultSamplingFrame,
      population: { all: [defaultSamplingFrame.population, { field: "locality", is: "north" }] },
    };
    expect(() => drawSample(list, frame, { seed: 1, period })).toThrow(/the case list has no column "locality"/);
  });

  it("needs a period when the frame tests dates against it", () => {
    const result = safeDrawSample(list, defaultSamplingFrame, { seed: 1 });
    expect(!result.ok && result.problems.map((p) => p.message)).toEqual([
      "the frame tests dates against the review period, but no period was given",
    ]);
  });

  it("refuses a period that ends before it starts, and a seed that is not a whole number", () => {
    const result = safeDrawSample(list, defaultSamplingFrame, {
      seed: 1.5,
      period: { from: "2024-06-30", to: "2024-04-01" },
    });
    expect(!result.ok && result.problems.map((p) => p.code).sort()).toEqual(["invalid_period", "invalid_seed"]);
    expect(() => drawSample(list, defaultSamplingFrame, { seed: -1, period })).toThrow(StValidationError);
  });

  it("refuses a frame with two cohorts of one id", () => {
    const frame = {
      ...defaultSamplingFrame,
      cohorts: [defaultSamplingFrame.cohorts[0]!, defaultSamplingFrame.cohorts[0]!],
    };
    const result = safeDrawSample(list, frame, { seed: 1, period });
    expect(!result.ok && result.problems.map((p) => p.message)).toEqual([
      'cohort id "trained-consulted" is used more than once',
    ]);
  });

  it("refuses a case listed twice when given entries directly", () => {
    const twice = [list.cases[0]!, list.cases[0]!];
    expect(() => drawSample(twice, defaultSamplingFrame, { seed: 1, period })).toThrow(/case T01 is listed twice/);
  });

  it("accepts seeds up to Number.MAX_SAFE_INTEGER, and they differ from small ones", () => {
    const big = drawSample(list, defaultSamplingFrame, { seed: Number.MAX_SAFE_INTEGER, period });
    expect(big.seed).toBe(Number.MAX_SAFE_INTEGER);
    expect(big.cohorts[0]!.cases).toHaveLength(5);
  });
});
