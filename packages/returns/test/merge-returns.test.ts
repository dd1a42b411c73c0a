import { isStValidationError } from "@st/core";
import { demoRounds } from "@st/learning-review/demo";
import {
  aggregate,
  applySuppression,
  buildReturn,
  indicatorTableFromReturns,
  mergeReturns,
  type PartnershipReturn,
  type ReturnFile,
  tidyCsv,
  tidyRows,
} from "@st/returns";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { hackneyInputs, SECRET, source } from "./fixtures.js";

let q3: PartnershipReturn;
let q4: PartnershipReturn;
let q4v2: PartnershipReturn;
let barnet: PartnershipReturn;
beforeAll(async () => {
  q4 = await buildReturn(hackneyInputs());
  q3 = await buildReturn(hackneyInputs({ quarter: "2024-Q3", review: undefined, caseNotes: undefined }));
  q4v2 = await buildReturn(hackneyInputs({ version: 2, review: undefined }));
  barnet = await buildReturn(
    hackneyInputs({
      borough: "E09000003",
      quarter: "2024-Q2",
      complaints: undefined,
      review: undefined,
      caseNotes: undefined,
      indicators: undefined,
    }),
  );
}, 60_000);

const file = (
  value: PartnershipReturn,
  name = `${value.borough}-${value.quarter}-v${value.version}.json`,
): ReturnFile => ({ file: name, value });

describe("mergeReturns", () => {
  it("keeps a quarter a borough did not return as a gap, never a zero", () => {
    // Hackney 2024-Q3 and 2024-Q4 only: the quarters between are all there, Barnet's row is a gap.
    const merged = mergeReturns([file(q4), file(q3)]);
    expect(merged.quarters).toEqual(["2024-Q3", "2024-Q4"]);
    const referrals = merged.figures.find((f) => f.id === "indicators/da-referral-on-intake")!;
    expect(
      aggregate(referrals, [
        { borough: "E09000012", quarter: "2024-Q3" },
        { borough: "E09000012", quarter: "2024-Q4" },
      ]),
    ).toMatchObject({
      value: 253 + 256,
      status: "complete",
      display: "509",
    });
    const withGap = aggregate(referrals, [
      { borough: "E09000012", quarter: "2024-Q4" },
      { borough: "E09000003", quarter: "2024-Q4" },
    ]);
    expect(withGap).toMatchObject({ value: 256, status: "partial", gaps: 1 });
    expect(aggregate(referrals, [{ borough: "E09000003", quarter: "2024-Q4" }])).toMatchObject({
      value: null,
      status: "gap",
      display: "—",
    });
  });

  it("gives the coverage table: who returned what, for which quarter", () => {
    const merged = mergeReturns([file(q4), file(q3), file(barnet)]);
    expect(merged.quarters).toEqual(["2024-Q2", "2024-Q3", "2024-Q4"]);
    const hackney = merged.coverage.find((c) => c.borough === "E09000012")!;
    expect(hackney.quarters.map((q) => [q.quarter, q.returnId, q.sections])).toEqual([
      ["2024-Q2", null, []],
      ["2024-Q3", "E09000012-2024-Q3-v1", ["indicators", "complaints"]],
      ["2024-Q4", "E09000012-2024-Q4-v1", ["indicators", "complaints", "learning-review", "language"]],
    ]);
  });

  it("refuses two returns for one borough and quarter, naming both files; merges nothing", () => {
    const error = (() => {
      try {
        mergeReturns([file(q4, "a/hackney-q4.json"), file(q4, "b/hackney-q4-copy.json"), file(q3)]);
      } catch (e) {
        return e;
      }
    })();
    if (!isStValidationError(error)) throw new Error("expected a validation error");
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ code: "duplicate_return", field: "Return version" });
    expect(error.message).toContain(
      "a/hackney-q4.json and b/hackney-q4-copy.json are both version 1 of Hackney's 2024-Q4 return",
    );
    expect(error.message).toContain("nothing was merged");
  });

  it("lets a higher version supersede an earlier one, and says which it replaced", () => {
    const merged = mergeReturns([file(q4), file(q4v2)]);
    expect(merged.returns).toHaveLength(1);
    expect(merged.returns[0]).toMatchObject({
      id: "E09000012-2024-Q4-v2",
      supersedes: [{ id: "E09000012-2024-Q4-v1" }],
    });
    expect(merged.figures.some((f) => f.section === "learning-review")).toBe(false);
  });

  it("gives the same model whatever order the returns are read in", () => {
    const all = [file(q4), file(q3), file(barnet)];
    const expected = JSON.stringify(mergeReturns(all));
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: 3, maxLength: 3 }), (order) => {
        expect(JSON.stringify(mergeReturns(order))).toBe(expected);
      }),
      { numRuns: 20 },
    );
  });

  it("totals withheld counts as the range their '<5' allows", () => {
    const merged = mergeReturns([file(q4), file(q3)]);
    const places = [
      { borough: "E09000012", quarter: "2024-Q3" as const },
      { borough: "E09000012", quarter: "2024-Q4" as const },
    ];
    const complaints = merged.figures.find((f) => f.id === "complaints/complaints")!;
    const cells = complaints.cells.map((c) => c.display);
    const total = aggregate(complaints, places);
    // Each withheld count is 1 to 4; each shown one is exact.
    const withheld = cells.filter((d) => d === "<5").length;
    expect(total.withheld).toBe(withheld);
    expect(withheld).toBe(2); // Hackney's 4 and 3 complaints
    expect(total.display).toBe("2 to 8 (2 withheld)");
    expect(total.bounds[1]! - total.bounds[0]).toBe(withheld * 3);
  });
});

describe("totals over withheld shares", () => {
  it("knows a share withheld for its small n may be zero: 0 of 3 is somewhere in 0 to 4 of 1 to 4", () => {
    const [share] = applySuppression(
      [
        {
          id: "complaints/upheld",
          section: "complaints",
          label: "Upheld",
          kind: "share",
          unit: "complaints",
          definition: { id: "st-complaints-proforma", version: "1" },
          value: 0,
          n: 3,
          caveats: [],
          sources: [],
        },
      ],
      [],
    );
    expect(share!.display).toBe("<5");
    const merged = mergeReturns([file({ ...q4, figures: [share!] })]);
    const total = aggregate(merged.figures[0]!, [{ borough: "E09000012", quarter: "2024-Q4" }]);
    expect(total.bounds).toEqual([0, 4]);
    expect(total.display).toBe("0 to 4 of 1 to 4 (1 withheld)");
  });
});

describe("the one figure pseudonyms exist for", () => {
  it("counts a round's cases the borough reviewed in an earlier round, matched on pseudonyms only", async () => {
    const [first, second] = ["hk-2024-q2", "hk-2024-q4"].map((id) => demoRounds().find((r) => r.id === id)!);
    // The second round re-reviews five of the first round's cases (as a borough might, after training).
    const again = {
      ...second!,
      cases: second!.cases.map((c, i) => (i < 5 ? { ...c, caseId: first!.cases[i]!.caseId } : c)),
    };
    const returns = await Promise.all(
      [
        { quarter: "2024-Q2", round: first! },
        { quarter: "2024-Q4", round: again },
      ].map(({ quarter, round }) =>
        buildReturn({
          borough: "E09000012",
          quarter,
          secret: SECRET,
          review: { round, source: source("learning-review", "round.json", 1) },
        }),
      ),
    );
    const merged = mergeReturns(returns.map((r) => file(r)));
    const seen = merged.figures.find((f) => f.id === "learning-review/all/reviewed-before")!;
    expect(seen.cells.map((c) => [c.quarter, c.display])).toEqual([
      ["2024-Q2", "0"],
      ["2024-Q4", "5"],
    ]);
  });
});

describe("the merged indicators and the tidy export", () => {
  it("gives an @st/indicators table, withheld figures null and counted in the notes", () => {
    const table = indicatorTableFromReturns(mergeReturns([file(q4), file(q3)]));
    expect(table.definition).toBe("2023");
    expect(table.series.find((p) => p.indicator === "da-referral-on-intake" && p.quarter === "2024-Q4")?.value).toBe(
      256,
    );
    // Hackney's children into care: 5 in Jul-Sep 24, 2 (withheld) in Oct-Dec 24.
    expect(
      table.series.find((p) => p.indicator === "children-into-care-with-da" && p.quarter === "2024-Q4")?.value,
    ).toBeNull();
    expect(table.notes.join(" ")).toContain("1 figures are withheld");
  });

  it("writes one row a borough, quarter and figure, with not-returned rows for gaps", () => {
    const merged = mergeReturns([file(q4), file(barnet)]);
    const rows = tidyRows(merged);
    expect(rows).toHaveLength(merged.figures.length * merged.boroughs.length * merged.quarters.length);
    const gap = rows.find(
      (r) => r.borough === "E09000003" && r.indicator === "indicators/da-referral-on-intake" && r.quarter === "2024-Q4",
    );
    expect(gap).toMatchObject({ value: null, status: "not-returned", returnId: "" });
    const csv = tidyCsv(rows);
    expect(csv.split("\r\n")[0]).toBe(
      "borough,boroughName,quarter,section,indicator,label,value,n,status,display,unit,definition,returnId",
    );
    expect(csv).toContain("E09000012,Hackney,2024-Q4,indicators,indicators/da-referral-on-intake,");
  });

  it("quotes CSV cells so Excel neither splits them nor runs them as formulas", () => {
    const csv = tidyCsv([{ ...tidyRows(mergeReturns([file(q4)]))[0]!, label: '=HYPERLINK("x"), "quoted"' }]);
    expect(csv.split("\r\n")[1]).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
  });
});
