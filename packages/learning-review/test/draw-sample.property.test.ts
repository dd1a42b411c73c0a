import {
  type CaseListEntry,
  type Condition,
  defaultSamplingFrame,
  drawSample,
  type SamplingFrame,
} from "@st/learning-review";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const period = { from: "2024-04-01", to: "2024-06-30" };
const yesNo = fc.constantFrom("yes" as const, "no" as const);
const day = fc.integer({ min: 0, max: 364 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));

const entry = (caseId: string) =>
  fc.record({
    caseId: fc.constant(caseId),
    workerId: fc.constantFrom("W1", "W2", "W3", "W4", "W5", "W6"),
    closedDate: fc.option(day, { nil: null }),
    daFactor: yesNo,
    workerTrained: yesNo,
    consultation: yesNo,
  }) as fc.Arbitrary<CaseListEntry>;

const caseList = fc
  .uniqueArray(fc.stringMatching(/^[A-Z0-9]{1,6}$/), { maxLength: 60 })
  .chain((ids) => (ids.length ? fc.tuple(...ids.map(entry)) : fc.constant([] as CaseListEntry[])));

const condition: fc.Arbitrary<Condition> = fc.constantFrom<Condition>(
  { field: "workerTrained", is: "yes" },
  { field: "workerTrained", is: "no" },
  { field: "consultation", is: "yes" },
  { field: "consultation", is: "no" },
  { field: "workerId", is: ["W1", "W2"] },
  { not: { field: "workerId", is: "W3" } },
  { field: "closedDate", onOrAfter: "2024-05-01" },
  {
    any: [
      { field: "workerTrained", is: "yes" },
      { field: "consultation", is: "yes" },
    ],
  },
);

const frame: fc.Arbitrary<SamplingFrame> = fc
  .record({
    cohorts: fc.array(
      fc.record({ size: fc.integer({ min: 1, max: 8 }), reserves: fc.integer({ min: 0, max: 3 }), where: condition }),
      { minLength: 1, maxLength: 4 },
    ),
    maxPerWorker: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  })
  .map(({ cohorts, maxPerWorker }) => ({
    ...defaultSamplingFrame,
    ...(maxPerWorker === undefined ? {} : { maxPerWorker }),
    cohorts: cohorts.map((c, i) => ({ ...c, id: `cohort-${i + 1}`, label: `Cohort ${i + 1}` })),
  }));

const seed = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

describe("drawSample properties", () => {
  it("never puts a case in two cohorts, reserves included", () => {
    fc.assert(
      fc.property(caseList, frame, seed, (cases, f, s) => {
        const sample = drawSample(cases, f, { seed: s, period });
        const all = sample.cohorts.flatMap((c) => [...c.cases, ...c.reserves]);
        expect(new Set(all).size).toBe(all.length);
      }),
    );
  });

  it("gives the same sample for the same seed, whatever the order of the rows", () => {
    fc.assert(
      fc.property(
        caseList.chain((cases) =>
          fc.tuple(fc.constant(cases), fc.shuffledSubarray(cases, { minLength: cases.length })),
        ),
        frame,
        seed,
        ([cases, shuffled], f, s) => {
          const a = drawSample(cases, f, { seed: s, period });
          expect(drawSample(cases, f, { seed: s, period })).toEqual(a);
          expect(drawSample(shuffled, f, { seed: s, period })).toEqual(a);
        },
      ),
    );
  });

  it("draws min(wanted, eligible) cases, and reports a shortfall exactly when eligible < wanted", () => {
    fc.assert(
      fc.property(caseList, frame, seed, (cases, f, s) => {
        const sample = drawSample(cases, f, { seed: s, period });
        for (const cohort of sample.cohorts) {
          expect(cohort.cases.length).toBe(Math.min(cohort.wanted, cohort.eligible));
          const short = sample.shortfalls.find((x) => x.cohort === cohort.id);
          expect(short !== undefined).toBe(cohort.eligible < cohort.wanted);
        }
      }),
    );
  });

  it("draws only cases that meet the default frame's conditions and were not reviewed before", () => {
    fc.assert(
      fc.property(
        caseList.chain((cases) => fc.tuple(fc.constant(cases), fc.subarray(cases.map((c) => c.caseId)))),
        seed,
        ([cases, reviewed], s) => {
          const sample = drawSample(cases, defaultSamplingFrame, { seed: s, period, exclude: reviewed });
          const byId = new Map(cases.map((c) => [c.caseId, c]));
          const inPopulation = (c: CaseListEntry) =>
            c.daFactor === "yes" && c.closedDate !== null && c.closedDate >= period.from && c.closedDate <= period.to;
          const [trained, untrained] = sample.cohorts;
          for (const id of trained!.cases) {
            const c = byId.get(id)!;
            expect(inPopulation(c) && c.workerTrained === "yes" && c.consultation === "yes").toBe(true);
          }
          for (const id of untrained!.cases) {
            const c = byId.get(id)!;
            expect(inPopulation(c) && c.workerTrained === "no" && c.consultation === "no").toBe(true);
          }
          for (const id of reviewed) expect([...trained!.cases, ...untrained!.cases]).not.toContain(id);
          const eligible = cases.filter(
            (c) =>
              inPopulation(c) && !reviewed.includes(c.caseId) && c.workerTrained === "yes" && c.consultation === "yes",
          );
          expect(trained!.eligible).toBe(eligible.length);
          expect(sample.population).toBe(cases.filter(inPopulation).length);
        },
      ),
    );
  });

  it("keeps to the per-worker limit", () => {
    fc.assert(
      fc.property(caseList, frame, seed, (cases, f, s) => {
        fc.pre(f.maxPerWorker !== undefined);
        const sample = drawSample(cases, f, { seed: s, period });
        const byId = new Map(cases.map((c) => [c.caseId, c.workerId]));
        for (const cohort of sample.cohorts) {
          const counts = new Map<string, number>();
          for (const id of [...cohort.cases, ...cohort.reserves]) {
            const w = byId.get(id)!;
            counts.set(w, (counts.get(w) ?? 0) + 1);
          }
          for (const n of counts.values()) expect(n).toBeLessThanOrEqual(f.maxPerWorker!);
        }
      }),
    );
  });

  it("gives every eligible case the same chance: each of 10 cases in about 30% of 3-case samples", () => {
    const cases: CaseListEntry[] = Array.from({ length: 10 }, (_, i) => ({
      caseId: `C${i}`,
      workerId: `W${i}`,
      closedDate: "2024-05-01",
      daFactor: "yes",
      workerTrained: "yes",
      consultation: "yes",
    }));
    const frame3: SamplingFrame = {
      ...defaultSamplingFrame,
      cohorts: [{ ...defaultSamplingFrame.cohorts[0]!, size: 3 }],
    };
    const counts = new Map<string, number>();
    const firsts = new Map<string, number>();
    const runs = 4000;
    for (let s = 0; s < runs; s++) {
      const drawn = drawSample(cases, frame3, { seed: s, period }).cohorts[0]!.cases;
      for (const id of drawn) counts.set(id, (counts.get(id) ?? 0) + 1);
      firsts.set(drawn[0]!, (firsts.get(drawn[0]!) ?? 0) + 1);
    }
    // Expected 1,200 of 4,000 (sd about 29); 1,100 to 1,300 is more than 3 sd either side.
    for (const c of cases) expect(counts.get(c.caseId)).toBeGreaterThan(1100);
    for (const c of cases) expect(counts.get(c.caseId)).toBeLessThan(1300);
    // The first drawn is uniform too: expected 400 (sd about 19).
    for (const c of cases) expect(Math.abs((firsts.get(c.caseId) ?? 0) - 400)).toBeLessThan(80);
  });
});
