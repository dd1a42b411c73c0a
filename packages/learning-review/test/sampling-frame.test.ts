import { formatProblem } from "@st/core";
import {
  beforeAfterTrainingFrame,
  compileCondition,
  defaultSamplingFrame,
  parseCaseList,
  safeParseSamplingFrame,
  samplingFrameRecord,
} from "@st/learning-review";
import { describe, expect, it } from "vitest";

describe("sampling frames", () => {
  it("ships valid built-in frames", () => {
    for (const frame of [defaultSamplingFrame, beforeAfterTrainingFrame]) {
      expect(safeParseSamplingFrame(frame)).toEqual({ ok: true, value: frame });
    }
  });

  it("names every problem of a borough's frame in words", () => {
    const result = safeParseSamplingFrame({
      id: "Our Frame",
      version: 2,
      title: "x",
      population: { field: "closedDate", inPeriod: false },
      cohorts: [{ id: "a", label: "A", size: 0, where: { all: [] } }],
      sise: 5,
    });
    expect(result.ok).toBe(false);
    const messages = !result.ok ? result.problems.map(formatProblem) : [];
    expect(messages.some((m) => m.startsWith('"Frame id": must be lower-case letters and digits'))).toBe(true);
    expect(messages.some((m) => m.startsWith('"Frame version": must be text'))).toBe(true);
    expect(messages.some((m) => m.startsWith('"Cohort size": is too small'))).toBe(true);
    expect(messages.some((m) => m.includes('is not a known field (did you mean "size"?)') || m.includes("Sise"))).toBe(
      true,
    );
  });

  it("reads a frame stored with its schema version, and has a JSON Schema", () => {
    const stored = samplingFrameRecord.write(defaultSamplingFrame);
    expect(stored.schemaVersion).toBe(1);
    expect(samplingFrameRecord.parse(JSON.parse(JSON.stringify(stored)))).toEqual(defaultSamplingFrame);
    const schema = samplingFrameRecord.jsonSchema();
    expect(schema.required).toEqual(expect.arrayContaining(["schemaVersion", "id", "cohorts", "population"]));
  });
});

describe("conditions", () => {
  const list =
    parseCaseList(`caseId,workerId,closedDate,daFactor,workerTrained,consultation,consultationDates,Locality,Referred
A,W1,2024-05-01,Y,Y,N,2024-03-01;2024-06-01, North ,01/04/2024
B,W2,,Y,N,N,,South,
C,W3,2024-02-01,N,N,N,2024-01-10,north,2024-01-02`);
  const ids = (condition: Parameters<typeof compileCondition>[0], period?: { from: string; to: string }) => {
    const { test, problems } = compileCondition(condition, { columns: list.columns, period });
    expect(problems).toEqual([]);
    return list.cases.filter(test).map((c) => c.caseId);
  };

  it("compares other columns ignoring case and spaces, and reads their dates", () => {
    expect(ids({ field: "locality", is: "NORTH" })).toEqual(["A", "C"]);
    expect(ids({ field: "Referred", onOrAfter: "2024-03-01" })).toEqual(["A"]);
    expect(ids({ field: "referred", isEmpty: true })).toEqual(["B"]);
  });

  it("tests any one of several dates, and dates against other fields and the period's ends", () => {
    expect(ids({ field: "consultationDates", after: { field: "closedDate" } })).toEqual(["A"]);
    expect(ids({ field: "closedDate", before: "period-start" }, { from: "2024-03-01", to: "2024-05-31" })).toEqual([
      "C",
    ]);
    expect(ids({ not: { field: "closedDate", inPeriod: true } }, { from: "2024-03-01", to: "2024-05-31" })).toEqual([
      "B",
      "C",
    ]);
    expect(
      ids({
        any: [
          { field: "daFactor", is: "no" },
          { field: "workerTrained", is: "Y" },
        ],
      }),
    ).toEqual(["A", "C"]);
  });

  it("reports a yes/no value that is not one, and an unknown outcome", () => {
    const { problems } = compileCondition(
      {
        all: [
          { field: "daFactor", is: "perhaps" },
          { field: "outcome", is: "adopted" },
        ],
      },
      { columns: list.columns },
    );
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ["all.0.is", '"perhaps" is not an answer to a yes/no question'],
      ["all.1.is", "is not a known outcome"],
    ]);
  });
});
