import { isStValidationError } from "@st/core";
import { matchIndicatorLabel, readPublishedReturns } from "@st/indicators";
import { readFixture } from "@st-internal/test-fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const tsv = readFixture("partnership-indicators-as-published.tsv");
const QUARTERS = ["2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"];
const INDICATORS = [
  "da-referral-on-intake",
  "da-flagged-after-assessment",
  "cp-plans-with-da",
  "children-into-care-with-da",
] as const;
const _ = null;

// The published Tables 6 to 11 (Garner & Kelly 2025), typed in again by hand from the report's
// layout: one row an indicator, one column a quarter from Jul-Sep 23 to Jan-Mar 25.
const EXPECTED: Record<string, (number | null)[][]> = {
  E09000012: [
    [294, 245, 263, 255, 253, 256, 230],
    [158, 186, 181, 204, 195, 171, 133],
    [37, 42, 40, 53, 67, 29, 21],
    [2, 4, 6, 6, 5, 2, 3],
  ],
  E09000031: [
    [94, 57, 50, 56, 86, 49, _],
    [325, 295, 292, 287, 284, 300, _],
    [14, 15, 6, 17, 18, 14, _],
    [19, 18, 15, 6, 11, 10, _],
  ],
  E09000025: [
    [289, 283, 287, 280, _, _, _],
    [483, 489, 472, 498, _, _, _],
    [31, 47, 45, 42, _, _, _],
    [5, 9, 15, 2, _, _, _],
  ],
  E09000013: [
    [45, 67, 70, 63, 53, _, _],
    [12, 10, 4, 1, 7, _, _],
    [2, 9, 16, 13, 3, _, _],
    [0, 4, 4, 9, 2, _, _],
  ],
  E09000003: [
    [183, 184, 172, 191, 99, 127, 150],
    [79, 101, 100, 112, 74, 98, 77],
    [27, 31, 46, 22, 30, 30, 33],
    [16, 9, 9, 4, 15, 4, 1],
  ],
  E09000002: [
    [763, 869, 814, 704, 714, 708, 583],
    [472, 492, 377, 477, 481, 407, 446],
    [53, 39, 40, 42, 46, 73, 64],
    [12, 15, 15, 21, 15, 35, 18],
  ],
};

describe("the published partnership returns", () => {
  const table = readPublishedReturns(tsv, { fileName: "partnership-indicators-as-published.tsv" });

  it("reads every cell, with empty cells as null and never zero", () => {
    expect(table.definition).toBe("2023");
    expect(table.series.length).toBe(6 * 4 * 7);
    for (const [borough, rows] of Object.entries(EXPECTED)) {
      INDICATORS.forEach((indicator, r) => {
        QUARTERS.forEach((quarter, c) => {
          const point = table.series.find(
            (p) => p.borough === borough && p.indicator === indicator && p.quarter === quarter,
          );
          expect(point?.value, `${borough} ${indicator} ${quarter}`).toBe(rows[r]![c]);
        });
      });
    }
  });

  it("keeps a real zero as zero", () => {
    const hf = table.series.find(
      (p) => p.borough === "E09000013" && p.indicator === "children-into-care-with-da" && p.quarter === "2023-Q3",
    );
    expect(hf?.value).toBe(0);
  });

  it("reads all four ways the quarter labels are written", () => {
    // Barnet writes "July-sept 23" and "April-June 24"; Barking and Dagenham "Jul- Sep 23".
    expect(EXPECTED.E09000003![0]![0]).toBe(183);
    expect(
      table.series
        .filter((p) => p.borough === "E09000002")
        .map((p) => p.quarter)
        .slice(0, 7),
    ).toEqual(QUARTERS);
  });

  it("keeps the analysts' notes attached to their borough", () => {
    const newham = table.boroughs?.find((b) => b.gss === "E09000025");
    expect(newham?.notes[0]).toMatch(/^Analyst notes there would be no plans\/LAC due to DV/);
    const barnet = table.boroughs?.find((b) => b.gss === "E09000003");
    expect(barnet?.notes[0]).toMatch(/IPV can therefore be identified as 3B/);
    expect(table.boroughs?.find((b) => b.gss === "E09000012")?.notes).toEqual([]);
    expect(table.notes.join("\n")).toContain("Newham (E09000025), note printed with its table: Analyst notes");
  });

  it("says which quarters each borough did not return", () => {
    const notes = table.notes.join("\n");
    expect(notes).toContain(
      "Newham returned no figures for Jul-Sep 24, Oct-Dec 24, Jan-Mar 25; these are null, not zero.",
    );
    expect(notes).toContain("Waltham Forest returned no figures for Jan-Mar 25");
  });

  it("records which published labels were read as each indicator", () => {
    expect(table.notes.join("\n")).toContain(
      '"New cases in this period where DA/DV* is the referral issue on intake" (Barnet)',
    );
  });

  it("carries the caveats", () => {
    expect(table.caveats?.map((c) => c.id)).toEqual(
      expect.arrayContaining(["legal-definition", "care-decision", "identification-offsets", "missing-not-zero"]),
    );
    expect(table.notes.filter((n) => n.startsWith("Caveat: ")).length).toBe(table.caveats?.length);
  });
});

describe("matching row labels by meaning", () => {
  it.each([
    ["New cases where DA is the referral issue on intake", "da-referral-on-intake"],
    ["New cases in this period where DA/DV* is the referral issue on intake", "da-referral-on-intake"],
    ["New cases where DA is flagged after assessment", "da-flagged-after-assessment"],
    ["New child protection plans in this period where DA/DV was a factor/issue of concern", "cp-plans-with-da"],
    ["Number of children taken into care in this period where DA/DV was a factor", "children-into-care-with-da"],
    ["Re-referrals into CSC for domestic abuse", "da-re-referrals"],
    ["NUMBER OF CHILDREN TAKEN INTO CARE WHERE DA WAS A FACTOR", "children-into-care-with-da"],
  ])("%s", (label, id) => {
    expect(matchIndicatorLabel(label)).toEqual({ ok: true, indicator: id });
  });

  it("does not take a row without DA for a DA indicator", () => {
    expect(matchIndicatorLabel("New child protection plans in this period")).toEqual({ ok: false, reason: "no-match" });
  });

  it("calls a label naming two indicators ambiguous", () => {
    const result = matchIndicatorLabel("DA referral issue on intake and child protection plans");
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason).toBe("ambiguous");
  });
});

describe("problems are errors that quote what was found", () => {
  const header = "header\tHackney\t\tJul-Sep 23\tOct-Dec 23\n";

  it("quotes an unmatched row label and its line", () => {
    const text = `${header}6\tHackney\tNumber of home visits\t3\t4\n`;
    try {
      readPublishedReturns(text, { fileName: "returns.tsv" });
      expect.unreachable();
    } catch (error) {
      expect(isStValidationError(error)).toBe(true);
      expect((error as Error).message).toContain(
        'line 2: "row label": the row label "Number of home visits" matches no indicator',
      );
    }
  });

  it("quotes an unparseable quarter label", () => {
    expect(() => readPublishedReturns("header\tHackney\t\tSummer 23\n")).toThrow(/the quarter label "Summer 23"/);
  });

  it("quotes a cell that is not a count, and an unknown borough", () => {
    const text = `${header}6\tHackney\tNew cases where DA is flagged after assessment\t12\tabout 20\n6\tGotham\tNew cases where DA is flagged after assessment\t1\t2\n`;
    try {
      readPublishedReturns(text);
      expect.unreachable();
    } catch (error) {
      const problems = isStValidationError(error) ? error.problems : [];
      expect(problems.map((p) => p.code)).toEqual(["invalid_count", "unknown_borough"]);
      expect(problems[0]?.received).toBe('"about 20"');
      expect(problems[1]?.line).toBe(3);
    }
  });

  it("reads thousands separators, and dashes as missing", () => {
    const text = `${header}6\tHackney\tNew cases where DA is flagged after assessment\t"1,204"\t-\n`;
    const table = readPublishedReturns(text);
    expect(table.series.filter((p) => p.indicator === "da-flagged-after-assessment").map((p) => p.value)).toEqual([
      1204,
      null,
    ]);
  });

  it("never throws anything but a validation error, whatever the text (fuzz)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom(
              "header\tHackney\t\tJul-Sep 23",
              "6\tHackney\tNew cases where DA is flagged after assessment\t5",
              "#",
            ),
          ),
          { maxLength: 8 },
        ),
        (lines) => {
          try {
            const table = readPublishedReturns(lines.join("\n"));
            expect(table.series.every((p) => p.value === null || Number.isInteger(p.value))).toBe(true);
          } catch (error) {
            if (!isStValidationError(error)) throw error;
          }
        },
      ),
    );
  });
});

describe("other layouts of published returns", () => {
  it("reads one header row for every borough, comma-separated, with note rows", () => {
    const csv = [
      "table,borough,row_label,Jul-Sep 23,Oct-Dec 23",
      "1,LBHF,New cases where DA is flagged after assessment,12,10",
      "1,Barking & Dagenham,New cases where DA is flagged after assessment,472,",
      'note,LBHF,"Figures from the new system, from October."',
    ].join("\n");
    const table = readPublishedReturns(csv, { fileName: "returns.csv" });
    expect(table.series.map((p) => [p.borough, p.quarter, p.value])).toEqual([
      ["E09000013", "2023-Q3", 12],
      ["E09000013", "2023-Q4", 10],
      ["E09000002", "2023-Q3", 472],
      ["E09000002", "2023-Q4", null],
    ]);
    expect(table.boroughs?.find((b) => b.gss === "E09000013")?.notes).toEqual([
      "Figures from the new system, from October.",
    ]);
  });

  it("reads a table of the 2025 set", () => {
    const text = "header\tNewham\t\tApr-Jun 25\n1\tNewham\tRe-referrals into CSC where DA was the reason\t31\n";
    const table = readPublishedReturns(text);
    expect(table.definition).toBe("2025");
    expect(table.series).toEqual([
      { borough: "E09000025", indicator: "da-re-referrals", quarter: "2025-Q2", value: 31 },
    ]);
  });
});
