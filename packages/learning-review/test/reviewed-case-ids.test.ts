import {
  defaultSampleSeed,
  defaultSamplingFrame,
  drawSample,
  safeReadReviewedCaseIds,
  sampledCaseIds,
  writeReviewRound,
} from "@st/learning-review";
import { demoCaseList, demoPeriods, demoRounds } from "@st/learning-review/demo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const ids = (text: string) => {
  const read = safeReadReviewedCaseIds(text);
  if (!read.ok) throw new Error(read.problems[0]?.message);
  return read.value;
};

describe("safeReadReviewedCaseIds", () => {
  it("reads the ids of a sample written as JSON, cohort by cohort", () => {
    const list = demoCaseList("E09000012");
    const sample = drawSample(list, defaultSamplingFrame, {
      seed: 7,
      period: demoPeriods[0],
    });
    const expected = sampledCaseIds(sample);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(JSON.stringify(sample))).toEqual(expected);
  });

  it("reads the case ids of a review round, not its cohort labels", () => {
    const round = demoRounds()[0]!;
    const read = ids(JSON.stringify(writeReviewRound(round)));
    expect(read).toEqual(round.cases.map((c) => c.caseId));
  });

  it("reads a CSV or TSV list by its case id column, whatever the column's spelling", () => {
    expect(ids("borough,Case ID\nHackney,C-1\nHackney,C-2\n")).toEqual(["C-1", "C-2"]);
    expect(ids("case_ref\tnote\nC-3\tseen\n")).toEqual(["C-3"]);
    expect(ids('caseReference\n"C,4"\n')).toEqual(["C,4"]);
  });

  it("reads one id a line when there is no header, ignoring blank lines and a byte-order mark", () => {
    expect(ids("\uFEFFC-1\r\n\r\nC-2\n  C-3  \n")).toEqual(["C-1", "C-2", "C-3"]);
  });

  it("refuses JSON it cannot parse, rather than leaving out nothing", () => {
    const read = safeReadReviewedCaseIds('{"cases": [');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems[0]).toMatchObject({ code: "unparseable", field: "Cases already reviewed" });
    expect(read.problems[0]?.message).toMatch(/^is not valid JSON/);
  });

  it("refuses a list with an unclosed quote, naming its line", () => {
    const read = safeReadReviewedCaseIds('caseId\nC-1\n"C-2\n');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems[0]).toMatchObject({ code: "unclosed_quote", field: "Cases already reviewed", line: 3 });
  });

  it("never throws on any text, and every id it reads is non-empty and trimmed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const read = safeReadReviewedCaseIds(text);
        if (read.ok) for (const id of read.value) expect(id).toBe(id.trim() || "never empty");
        else expect(read.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("defaultSampleSeed", () => {
  it("is the period's first day as a number, so a sample without a seed is reproducible", () => {
    expect(defaultSampleSeed({ from: "2024-04-01" })).toBe(20240401);
  });

  it("refuses a period whose start is not a date", () => {
    expect(() => defaultSampleSeed({ from: "1 April 2024" })).toThrow(/Period start/);
  });
});
