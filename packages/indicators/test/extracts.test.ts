import { readFileSync } from "node:fs";
import { isStValidationError, type StValidationError } from "@st/core";
import {
  assembleExtracts,
  censusYear,
  computeIndicatorsFromChildren,
  nextDay,
  parseDelimited,
  parseExtractDate,
  parseFactorList,
  parseHeaderedTable,
  parseXmlDate,
  readCareEpisodes,
  readSsda903Header,
  ssdColumns,
  subtractMonths,
} from "@st/indicators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("SSDA903 episodes as returned (liia-tools sample)", () => {
  const { episodes, problems } = readCareEpisodes(fixture("liiatools_SSDA903_2020_episodes.csv"));

  it("reads dd/mm/yyyy dates as calendar dates, day first", () => {
    expect(problems).toEqual([]);
    expect(episodes[0]).toEqual({
      childId: "689661",
      startDate: "2018-12-11",
      reasonForNewEpisode: "P",
      legalStatus: "V4",
      categoryOfNeed: "N4",
      endDate: "2019-07-18",
      reasonEnded: "E15",
      line: 2,
    });
    expect(episodes.filter((e) => e.reasonForNewEpisode === "S").map((e) => e.startDate)).toEqual(["2018-12-02"]);
  });

  it("names a missing column and the columns found", () => {
    try {
      readCareEpisodes("CHILD,RNE\n1,S\n", { fileName: "episodes.csv" });
      expect.unreachable();
    } catch (error) {
      expect(isStValidationError(error)).toBe(true);
      expect((error as Error).message).toContain('episodes.csv has no column "DECOM"');
    }
  });

  it("skips and reports a row it cannot read, with its line, and accounts for it", () => {
    const text = "CHILD,DECOM,RNE,LS\nA,31/02/2024,S,C2\nB,01/03/2024,S,C2\n";
    const { episodes, problems, summary } = readCareEpisodes(text, { maxSkippedShare: 0.5 });
    expect(episodes.map((e) => e.childId)).toEqual(["B"]);
    expect(problems).toMatchObject([
      { line: 2, record: 1, field: "DECOM", received: '"31/02/2024"', code: "invalid_value" },
    ]);
    expect(summary).toMatchObject({ read: 1, skipped: 1, skippedBy: [{ code: "invalid_value", count: 1 }] });
    // Half the file skipped is more than the 1% allowed by default: no figure from it.
    expect(() => readCareEpisodes(text)).toThrow(/1 of 2 records in episodes.csv \(50.0%\) were skipped/);
  });

  it("skips a repeated episode rather than counting it twice", () => {
    const text = "CHILD,DECOM,RNE,LS\nA,01/03/2024,S,C2\nA,01/03/2024,S,C2\nB,01/03/2024,S,C2\n";
    const { episodes, problems } = readCareEpisodes(text, { maxSkippedShare: 0.5 });
    expect(episodes.map((e) => e.childId)).toEqual(["A", "B"]);
    expect(problems).toMatchObject([{ line: 3, code: "duplicate_id" }]);
    expect(problems[0]!.message).toMatch(/repeats the child and start date on line 2/);
  });

  it("refuses a file with no rows, or none readable", () => {
    expect(() => readCareEpisodes("CHILD,DECOM,RNE,LS\n")).toThrow(/no episodes of care were read/);
    expect(() => readCareEpisodes("CHILD,DECOM,RNE,LS\nA,,S,C2\n", { maxSkippedShare: 1 })).toThrow(
      /no episodes of care were read .*1 without the date the episode started/,
    );
  });

  it("reads the header table", () => {
    const { children } = readSsda903Header("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,2,05/06/2012,WBRI,,,\n");
    expect(children).toEqual([{ childId: "1", sex: "2", birthDate: "2012-06-05", ethnicity: "WBRI" }]);
  });
});

describe("assessment factor lists however extracts write them", () => {
  it.each([
    ['["3A","4B"]', ["3A", "4B"]],
    ['{"3A":"Yes","3B":"No","4B":true}', ["3A", "4B"]],
    ["3a, 4B;21", ["3A", "4B", "21"]],
    ["", []],
  ])("%s", (text, factors) => {
    expect(parseFactorList(text)).toEqual(factors);
  });

  it("refuses text that is not a list of codes", () => {
    expect(parseFactorList("domestic abuse")).toBeUndefined();
    expect(parseFactorList("[{")).toBeUndefined();
  });
});

describe("Standard Safeguarding Dataset tables", () => {
  it("joins assessments, factors and plans to referrals, and reports rows that join nothing", () => {
    const assembled = assembleExtracts(
      {
        referrals: {
          text: "cine_referral_id,cine_person_id,cine_referral_date,cine_referral_nfa\nR1,P1,2024-04-03,N\nR2,P1,2024-09-01,Y\n",
          columns: ssdColumns.referrals,
        },
        assessments: {
          text: "cina_assessment_id,cina_referral_id,cina_assessment_auth_date\nA1,R1,2024-04-20\nA9,R9,2024-04-21\n",
          columns: ssdColumns.assessments,
        },
        assessmentFactors: {
          text: 'cinf_assessment_id,cinf_assessment_factors_json\nA1,"[""3C""]"\n',
          columns: ssdColumns.assessmentFactors,
        },
        cpPlans: { text: "cppl_referral_id,cppl_cp_plan_start_date\nR1,2024-05-01\n", columns: ssdColumns.cpPlans },
        careEpisodes: {
          text: "clae_person_id,clae_cla_episode_start_date,clae_cla_episode_start_reason\nP1,2024-06-01,S\n",
          columns: ssdColumns.careEpisodes,
        },
        legalStatuses: {
          text: "lega_person_id,lega_legal_status,lega_legal_status_start_date\nP1,V3,2024-05-01\nP1,C2,2024-06-01\n",
          columns: ssdColumns.legalStatuses,
        },
      },
      { maxSkippedShare: 0.5 },
    );
    expect(assembled.children).toHaveLength(1);
    const [first, second] = assembled.children[0]!.episodes;
    expect(first).toMatchObject({
      referralDate: "2024-04-03",
      referralNfa: false,
      assessments: [{ authorisationDate: "2024-04-20", factors: ["3C"] }],
      cpPlans: [{ startDate: "2024-05-01" }],
    });
    expect(second?.referralNfa).toBe(true);
    expect(assembled.careEpisodes[0]?.legalStatus).toBe("C2");
    expect(assembled.problems).toMatchObject([{ code: "unjoined_row", line: 3 }]);
    expect(assembled.reads.find((r) => r.records === "assessments")).toMatchObject({
      read: 1,
      skipped: 1,
      skippedBy: [{ code: "unjoined_row", reason: "matching no referral", count: 1 }],
    });

    const table = computeIndicatorsFromChildren(
      assembled.children,
      { name: "ssd", borough: "Hackney", from: "2024-04-01", to: "2025-03-31" },
      { careEpisodes: assembled.careEpisodes },
    );
    const value = (indicator: string, quarter: string) =>
      table.series.find((p) => p.indicator === indicator && p.quarter === quarter)?.value;
    expect(value("da-flagged-after-assessment", "2024-Q2")).toBe(1);
    expect(value("cp-plans-with-da", "2024-Q2")).toBe(1);
    expect(value("children-into-care-with-da", "2024-Q2")).toBe(1);
  });
});

describe("delimited text", () => {
  it("reads quotes, doubled quotes, line breaks in cells, CRLF and a byte order mark", () => {
    expect(parseDelimited('\uFEFFa,b\r\n"x, ""y""","line\nbreak"\r\n\r\nz,\n')).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ['x, "y"', "line\nbreak"] },
      { line: 5, cells: ["z", ""] },
    ]);
  });

  it("names the line an unclosed quote opened on, with the code every CSV reader uses", () => {
    expect(() => parseDelimited('a,b\n1,"open\n2,3\n', { fileName: "x.csv" })).toThrow(
      /opened on line 2 is never closed/,
    );
    try {
      parseHeaderedTable('a,b\n1,"open\n', { fileName: "x.csv" });
      expect.unreachable();
    } catch (error) {
      expect(isStValidationError(error)).toBe(true);
      expect((error as StValidationError).problems).toEqual([
        expect.objectContaining({ code: "unclosed_quote", field: "x.csv", line: 2 }),
      ]);
    }
  });

  it("counts a lone CR inside quotes as a line break, as it is outside them", () => {
    expect(parseDelimited('a,"b\rc"\rd,e\r').map((r) => r.line)).toEqual([1, 3]);
  });

  it("guesses a tab from the first line that is not blank, and refuses a delimiter it cannot read", () => {
    expect(parseDelimited("\uFEFF\n\na\tb,c\n1\t2").map((r) => r.cells)).toEqual([
      ["a", "b,c"],
      ["1", "2"],
    ]);
    expect(parseDelimited("a;b\n1;2", { delimiter: ";" }).map((r) => r.cells)).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseDelimited("a|b", { delimiter: "|" as "," }).map((r) => r.cells)).toEqual([["a", "b"]]);
    expect(() => parseDelimited("a||b", { delimiter: "||" as "," })).toThrow(
      /arguments of parseDelimited:\n {2}- "Delimiter": is not a delimiter/,
    );
  });

  it("gives back the cells written (property)", () => {
    const cell = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom("a", ",", '"', "\r", "\n", "\t", " ") }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const text = rows.map((r) => r.map(quote).join(",")).join("\n");
        expect(parseDelimited(text, { delimiter: "," }).map((r) => r.cells)).toEqual(rows);
      }),
    );
  });
});

describe("dates on ISO strings", () => {
  const anyDay = fc
    .integer({ min: -40_000, max: 60_000 })
    .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

  it("reads every real date and keeps it as written; refuses impossible ones (property)", () => {
    fc.assert(
      fc.property(anyDay, (date) => {
        expect(parseXmlDate(date)).toBe(date);
        expect(parseXmlDate(`${date}Z`)).toBe(date);
        expect(parseXmlDate(`${date}-11:00`)).toBe(date);
        const [y, m, d] = date.split("-");
        expect(parseExtractDate(`${d}/${m}/${y}`)).toBe(date);
        expect(parseExtractDate(`${date} 00:00:00.000`)).toBe(date);
      }),
    );
    expect(parseXmlDate("2023-02-29")).toBeUndefined();
    expect(parseXmlDate("2024-02-29")).toBe("2024-02-29");
    expect(parseExtractDate("12/31/2023")).toBeUndefined();
  });

  it("subtracts calendar months, keeping the day or the month's last day (property)", () => {
    fc.assert(
      fc.property(
        anyDay.filter((d) => d >= "1000"),
        fc.integer({ min: 0, max: 60 }),
        (date, months) => {
          const [y, m, d] = date.split("-").map(Number) as [number, number, number];
          // The oracle: JavaScript's own calendar, in UTC, clamped to the month's length.
          const first = new Date(Date.UTC(y, m - 1 - months, 1));
          const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
          first.setUTCDate(Math.min(d, last));
          expect(subtractMonths(date, months)).toBe(first.toISOString().slice(0, 10));
        },
      ),
    );
    expect(subtractMonths("2024-02-29", 12)).toBe("2023-02-28");
    expect(subtractMonths("2025-03-31", 1)).toBe("2025-02-28");
  });

  it("gives the next day and the census year a reference date closes (property)", () => {
    fc.assert(
      fc.property(anyDay, (date) => {
        expect(nextDay(date)).toBe(new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10));
      }),
    );
    expect(nextDay("2024-02-28")).toBe("2024-02-29");
    expect(nextDay("2025-12-31")).toBe("2026-01-01");
    expect(censusYear("2025-03-31")).toEqual({ from: "2024-04-01", to: "2025-03-31" });
    expect(censusYear("2024-02-29")).toEqual({ from: "2023-03-01", to: "2024-02-29" });
    expect(() => nextDay("2025-02-30")).toThrow(RangeError);
  });
});

describe("a generic extract with its columns declared", () => {
  it("joins assessments to the episode open on their date when there is no referral id", () => {
    const { children, problems } = assembleExtracts(
      {
        referrals: {
          text: "PERSON_ID,REF_DATE,REASON,CLOSED\nX1,01/04/2024,Domestic abuse,30/06/2024\nX1,01/09/2024,Neglect,\n",
          columns: { childId: "PERSON_ID", referralDate: "REF_DATE", referralIssue: "REASON", closureDate: "CLOSED" },
        },
        assessments: {
          text: 'PERSON_ID,AUTHORISED,FACTORS\nX1,20/04/2024,"3B,4B"\nX1,15/09/2024,16A\nX2,01/05/2024,3A\n',
          columns: { childId: "PERSON_ID", authorisationDate: "AUTHORISED", factors: "FACTORS" },
        },
      },
      { maxSkippedShare: 0.5 },
    );
    expect(
      children[0]!.episodes.map((e) => [e.referralDate, e.referralIssue, e.assessments.map((a) => a.factors)]),
    ).toEqual([
      ["2024-04-01", "Domestic abuse", [["3B", "4B"]]],
      ["2024-09-01", "Neglect", [["16A"]]],
    ]);
    expect(problems).toMatchObject([{ code: "unjoined_row", line: 4 }]);
    const table = computeIndicatorsFromChildren(
      children,
      { name: "extract", borough: "Barnet", from: "2024-04-01", to: "2025-03-31" },
      { da: { factors: ["3A", "3B", "3C"], referralIssue: { daValues: ["Domestic abuse"] } } },
    );
    expect(
      table.series.filter((p) => p.value !== 0 && p.value !== null).map((p) => [p.indicator, p.quarter, p.value]),
    ).toEqual([
      ["da-referral-on-intake", "2024-Q2", 1],
      ["da-flagged-after-assessment", "2024-Q2", 1],
    ]);
  });
});

describe("every extract row is accounted for (fuzz)", () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom("", "01/03/2024", "2024-03-01", "31/02/2024", "S", "C2", "NULL", "A1"),
  );
  const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;

  it("rows read plus rows skipped is the rows in the file, or the file is refused", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell, cell), { minLength: 1, maxLength: 30 }), (rows) => {
        const text = `CHILD,DECOM,RNE,LS\n${rows.map((r) => r.map(quote).join(",")).join("\n")}\n`;
        const dataRows = rows.filter((r) => r.some((v) => v.trim() !== "")).length;
        let read: ReturnType<typeof readCareEpisodes>;
        try {
          read = readCareEpisodes(text, { maxSkippedShare: 1 });
        } catch (error) {
          expect(isStValidationError(error)).toBe(true);
          return;
        }
        expect(read.summary.read).toBe(read.episodes.length);
        expect(read.summary.read + read.summary.skipped).toBeLessThanOrEqual(rows.length);
        expect(read.summary.read + read.summary.skipped).toBeGreaterThanOrEqual(dataRows);
        expect(read.summary.skippedBy.reduce((n, s) => n + s.count, 0)).toBe(read.summary.skipped);
        const keys = read.episodes.map((e) => `${e.childId}|${e.startDate}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 300 },
    );
  });
});
