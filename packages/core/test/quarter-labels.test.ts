import { isStValidationError, StValidationError } from "@st/core";
import {
  formatQuarter,
  isQuarterId,
  parseQuarterLabel,
  quarterId,
  quarterLabelSchema,
  quarterStyles,
  safeParseQuarterLabel,
} from "@st/core/calendar";
import { readFixture } from "@st-internal/test-fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const tsv = readFixture("partnership-indicators-as-published.tsv");

// The quarters the evaluation's tables cover, July 2023 to March 2025, column by column.
const COLUMNS = ["2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"];

function errorOf(label: string): StValidationError {
  try {
    parseQuarterLabel(label);
  } catch (e) {
    if (e instanceof StValidationError) return e;
    throw e;
  }
  throw new Error(`expected "${label}" to be refused`);
}

describe("the published indicator tables", () => {
  const headers = tsv
    .split("\n")
    .filter((line) => line.startsWith("header\t"))
    .map((line) => line.split("\t"));

  it("hold a header row for each of the six boroughs", () => {
    expect(headers).toHaveLength(6);
  });

  it.each(headers.map((cells) => [cells[1], cells.slice(3)]))(
    "every column label of %s parses to its quarter",
    (_, labels) => {
      expect(labels).toHaveLength(COLUMNS.length);
      expect(labels.map((label) => parseQuarterLabel(label ?? ""))).toEqual(COLUMNS);
    },
  );

  it("include the four spellings the brief names", () => {
    const labels = new Set(headers.flatMap((cells) => cells.slice(3)));
    for (const label of ["Jul-Sep 23", "July-sept 23", "April-June 24", "Jul- Sep 23", "July-Sept 24"]) {
      expect(labels.has(label), label).toBe(true);
    }
  });
});

describe("parseQuarterLabel", () => {
  it.each([
    ["Jul-Sep 23", "2023-Q3"],
    ["July-sept 23", "2023-Q3"],
    ["April-June 24", "2024-Q2"],
    ["Jul- Sep 23", "2023-Q3"],
    ["Jul -Sep 23", "2023-Q3"],
    ["JUL-SEP 23", "2023-Q3"],
    ["Jan-Mar 24", "2024-Q1"],
    ["Oct-Dec 24", "2024-Q4"],
    ["Jul–Sep 2023", "2023-Q3"],
    ["Jul—Sep 2023", "2023-Q3"],
    ["Jul\u00a0-\u00a0Sep\u00a023", "2023-Q3"],
    ["July to September 2023", "2023-Q3"],
    ["Jul 23 - Sep 23", "2023-Q3"],
    ["July 2023 to September 2023", "2023-Q3"],
    ["Jul/Sep 23", "2023-Q3"],
    ["Jul-Sep '23", "2023-Q3"],
    ["Jul-Sep ’23", "2023-Q3"],
    ["Sept. - Dec. 23", undefined],
    ["Jan-Mar 2023/24", "2024-Q1"],
    ["Jul-Sep 2023/24", "2023-Q3"],
    ["Q2 2023/24", "2023-Q3"],
    ["2023/24 Q2", "2023-Q3"],
    ["2023-24 Q4", "2024-Q1"],
    ["Q1 2024/25", "2024-Q2"],
    ["Q2 FY23/24", "2023-Q3"],
    ["FY2023/24 Q3", "2023-Q4"],
    ["Quarter 2 2023/24", "2023-Q3"],
    ["Q2 of 2023/2024", "2023-Q3"],
    ["2023-Q3", "2023-Q3"],
    ["2023 Q3", "2023-Q3"],
    ["2023q3", "2023-Q3"],
    ["Jan-Mar 00", "2000-Q1"],
    ["Jan-Mar 89", "2089-Q1"],
    ["Jan-Mar 90", "1990-Q1"],
  ])("reads %s as %s", (label, expected) => {
    const result = safeParseQuarterLabel(label);
    if (expected === undefined) expect(result.ok).toBe(false);
    else expect(result).toEqual({ ok: true, value: expected });
  });

  it("refuses months that are not a calendar quarter, saying which months", () => {
    const error = errorOf("Aug-Oct 23");
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({
      field: "Quarter",
      received: '"Aug-Oct 23"',
      code: "not_a_calendar_quarter",
    });
    expect(error.message).toContain('"Aug-Oct 23" covers August to October, which is not a calendar quarter');
    expect(errorOf("Jul-Aug 23").problems[0]?.code).toBe("not_a_calendar_quarter");
    expect(errorOf("Sep-Jul 23").problems[0]?.code).toBe("not_a_calendar_quarter");
  });

  it("refuses a quarter that could be calendar or financial", () => {
    const error = errorOf("Q3 2023");
    expect(error.problems[0]?.code).toBe("ambiguous_quarter");
    expect(error.message).toContain("write 2023-Q3 for the calendar quarter, or Q3 2023/24 for the financial one");
  });

  it("explains other near misses", () => {
    expect(errorOf("Sep 23").message).toContain('"Sep 23" names one month');
    expect(errorOf("Nov 23 - Jan 24").message).toContain("spans two years");
    expect(errorOf("Jul 23 - Sep 24").message).toContain("spans two years");
    expect(errorOf("2023/25 Q1").message).toContain("do not follow each other");
    expect(errorOf("").problems[0]?.code).toBe("required");
    expect(errorOf("2023/24").message).toContain('"2023/24" names a year, not a quarter');
    expect(errorOf("2023").message).toContain("names a year");
  });

  it.each([
    "Jul-Sep",
    "Q2",
    "2023",
    "Summer 23",
    "Jul-Sep 23 (provisional)",
    "Jul-Sep-Oct 23",
    "Ju-Se 23",
    "Jul-Sep 123",
  ])("refuses %s, quoting it", (label) => {
    const error = errorOf(label);
    expect(error.problems[0]?.received).toBe(JSON.stringify(label));
    expect(error.message).toContain(JSON.stringify(label));
  });

  it("refuses values that are not text", () => {
    expect(safeParseQuarterLabel(202303 as unknown as string)).toMatchObject({
      ok: false,
      problems: [{ code: "invalid_type", received: "202303" }],
    });
  });
});

describe("formatQuarter", () => {
  it("writes each style", () => {
    expect(quarterStyles.map((style) => formatQuarter("2023-Q3", style))).toEqual([
      "2023-Q3",
      "Jul-Sep 23",
      "July to September 2023",
      "2023/24 Q2",
    ]);
    expect(formatQuarter("2024-Q1", "financial")).toBe("2023/24 Q4");
    expect(formatQuarter("2024-Q2", "short")).toBe("Apr-Jun 24");
    expect(formatQuarter("2095-Q4", "short")).toBe("Oct-Dec 2095");
    expect(formatQuarter("1999-Q1", "financial")).toBe("1998/99 Q4");
    expect(formatQuarter("2000-Q1", "financial")).toBe("1999/00 Q4");
  });

  it("is read back to the same quarter in every style, for any year from 1990 to 2100", () => {
    const quarter = fc
      .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 4 }))
      .map(([year, n]) => quarterId(year, n));
    fc.assert(
      fc.property(quarter, fc.constantFrom(...quarterStyles), (q, style) => {
        expect(parseQuarterLabel(formatQuarter(q, style))).toBe(q);
      }),
      { numRuns: 1000 },
    );
  });

  it("round-trips four-digit years beyond that window too", () => {
    const quarter = fc
      .tuple(fc.integer({ min: 1000, max: 9998 }), fc.integer({ min: 1, max: 4 }))
      .map(([year, n]) => quarterId(year, n));
    fc.assert(
      fc.property(quarter, fc.constantFrom(...quarterStyles), (q, style) => {
        expect(parseQuarterLabel(formatQuarter(q, style))).toBe(q);
      }),
    );
  });
});

describe("quarterLabelSchema", () => {
  it("reads a label to its id inside a zod schema, and reports the problem otherwise", () => {
    expect(quarterLabelSchema.parse("Jul- Sep 23")).toBe("2023-Q3");
    const result = quarterLabelSchema.safeParse("Aug-Oct 23");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("covers August to October");
  });
});

describe("fuzz", () => {
  const fragments = fc.constantFrom(
    "Jul",
    "Sept",
    "-",
    "–",
    " ",
    "to",
    "23",
    "'",
    "2023",
    "/",
    "24",
    "Q",
    "Q2",
    "quarter",
    "FY",
    "9999",
    "99",
    "0000",
    ".",
    ",",
    "of",
    "\u00a0",
  );
  const adversarial = fc.array(fragments, { maxLength: 8 }).map((parts) => parts.join(""));

  it("parseQuarterLabel throws nothing but StValidationError, and what it accepts is a quarter id", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme", maxLength: 40 }), adversarial), (label) => {
        try {
          expect(isQuarterId(parseQuarterLabel(label))).toBe(true);
        } catch (e) {
          expect(isStValidationError(e)).toBe(true);
          expect((e as StValidationError).problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
