import { isStValidationError } from "@st/core";
import { parseIndicatorTable, readPublishedReturns } from "@st/indicators";
import { describe, expect, it } from "vitest";

const point = (value: unknown, quarter = "2024-Q1", indicator = "cp-plans-with-da") => ({
  borough: "E09000012",
  indicator,
  quarter,
  value,
});
const table = (series: unknown[], definition = "2023") => ({ definition, series, notes: [] });

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isStValidationError(error)) return error.problems;
    throw error;
  }
  throw new Error("expected the data to be refused");
}

describe("parseIndicatorTable refuses figures that cannot be counts", () => {
  it.each([
    ["1e308", 1e308],
    ["2.5", 2.5],
    ["a negative count", -1],
    ["a count above a million", 1_000_001],
  ])("%s", (_name, value) => {
    const problems = problemsOf(() => parseIndicatorTable(table([point(3), point(value, "2024-Q2")]), "figures.json"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "invalid_count", path: "series.1.value" });
    expect(problems[0]!.expected).toMatch(/whole number from 0 to 1,000,000/);
  });

  it("1e400, which JSON reads as Infinity", () => {
    const parsed = JSON.parse(
      `{"definition":"2023","notes":[],"series":[${JSON.stringify(point(1))},{"borough":"E09000012","indicator":"cp-plans-with-da","quarter":"2024-Q2","value":1e400}]}`,
    );
    const problems = problemsOf(() => parseIndicatorTable(parsed));
    expect(problems.map((p) => p.path)).toEqual(["series.1.value"]);
  });

  it("keeps null (a missing figure) and whole counts", () => {
    const read = parseIndicatorTable(table([point(null), point(0, "2024-Q2"), point(1_000_000, "2024-Q3")]));
    expect(read.series.map((p) => p.value)).toEqual([null, 0, 1_000_000]);
  });
});

describe("parseIndicatorTable refuses two figures for one borough, indicator and quarter", () => {
  it("names both rows and both values", () => {
    const problems = problemsOf(() =>
      parseIndicatorTable(table([point(4), point(1, "2024-Q2"), point(9)]), "figures.json"),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "duplicate_figure", path: "series.2" });
    expect(problems[0]!.message).toMatch(/series item 1 gives 4 and series item 3 gives 9/);
    expect(problems[0]!.message).toMatch(/E09000012, cp-plans-with-da, 2024-Q1/);
  });

  it("refuses a repeat even when both figures agree or one is null", () => {
    expect(problemsOf(() => parseIndicatorTable(table([point(4), point(4)])))[0]!.code).toBe("duplicate_figure");
    expect(problemsOf(() => parseIndicatorTable(table([point(null), point(4)])))[0]!.code).toBe("duplicate_figure");
  });
});

describe("parseIndicatorTable refuses an unknown definition year", () => {
  it.each(["2024", "2022", "2023/24", "1"])("%s", (definition) => {
    const problems = problemsOf(() => parseIndicatorTable(table([point(1)], definition)));
    expect(problems[0]).toMatchObject({ code: "unknown_definition", path: "definition" });
    expect(problems[0]!.expected).toBe('"2023" or "2025"');
  });

  it("keeps the partnership's sets and a borough's own named set", () => {
    expect(parseIndicatorTable(table([point(1)], "2025")).definition).toBe("2025");
    expect(parseIndicatorTable(table([point(1)], "hackney-local")).definition).toBe("hackney-local");
  });
});

describe("readPublishedReturns refuses the same quarter twice and absurd counts", () => {
  const header = "header\tHackney\t\tJan-Mar 24\tApr-Jun 24";
  it("a quarter labelled twice in one borough's header", () => {
    const text = `header\tHackney\t\tJan-Mar 24\tJanuary-March 24\ntable\tHackney\tNew CP plans where DA is a factor\t4\t9\n`;
    const problems = problemsOf(() => readPublishedReturns(text, { fileName: "returns.tsv" }));
    expect(problems[0]).toMatchObject({ code: "duplicate_quarter", line: 1 });
    expect(problems[0]!.message).toMatch(/columns 4 and 5/);
  });

  it("a count too large to be one", () => {
    const text = `${header}\ntable\tHackney\tNew CP plans where DA is a factor\t4\t99999999999999999999\n`;
    const problems = problemsOf(() => readPublishedReturns(text, { fileName: "returns.tsv" }));
    expect(problems[0]).toMatchObject({ code: "invalid_count", line: 2, field: "column 5" });
  });
});
