import {
  type ComplaintRecord,
  complaintsSummaryToMarkdown,
  furthestStage,
  percentile,
  SUMMARY_CONVENTIONS,
  summariseComplaints,
} from "@st/complaints-proforma";
import { personWhoUsesHarmTerminology } from "@st/core/practice";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { complaintRecord, sampleRecord } from "./arbitraries.js";

const HACKNEY = "E09000012";
const NEWHAM = "E09000025";

function complaint(borough: string, received: string, patch: Partial<ComplaintRecord> = {}): ComplaintRecord {
  const base = sampleRecord();
  return { ...base, complaint: { ...base.complaint, borough, received }, ...patch } as ComplaintRecord;
}

describe("summariseComplaints", () => {
  const records = [
    complaint(HACKNEY, "2025-01-10", {
      content: { counterAccusations: "yes", counterAccusationKinds: ["substance-use", "neglect"], policeNfa: "no" },
      investigation: { earlyTeamMeeting: "yes", upheld: "in-part", upheldWhat: "delay" },
      process: { emails: 40, phoneCalls: 3, copiedInOthers: "yes", copiedIn: ["mayor"] },
      stages: { stage1Response: "2025-01-31" },
    }),
    complaint(HACKNEY, "2025-02-03", {
      content: { counterAccusations: "no" },
      investigation: { earlyTeamMeeting: "no", upheld: "no" },
      process: { emails: 10 },
      stages: { stage1Response: "2025-02-10", stage2Requested: "2025-02-20", ombudsmanReferral: "2025-06-01" },
    }),
    complaint(HACKNEY, "2025-08-01"),
  ];

  it("counts formal and informal complaints, the four further conventions, the vexatious route and the worker", () => {
    const base = sampleRecord();
    const v2 = [
      complaint(NEWHAM, "2025-04-02", {
        complaint: { ...base.complaint, borough: NEWHAM, received: "2025-04-02", formality: "formal" },
        content: { lengthy: "yes", denialMinimisation: "yes", threatsToStaff: "no" },
        investigation: { unreasonableRoute: "yes", unreasonableOutcome: "not-investigated" },
        worker: {
          impactReported: "yes",
          impact: ["distress", "safety"],
          supportOffered: "yes",
          support: ["supervision"],
        },
      }),
      complaint(NEWHAM, "2025-04-03", {
        complaint: { ...base.complaint, borough: NEWHAM, received: "2025-04-03", formality: "informal" },
        content: { lengthy: "no", playingOff: "yes" },
        investigation: { unreasonableRoute: "no" },
        worker: { impactReported: "yes", impact: ["distress"], supportOffered: "no" },
      }),
      // A version 1 record: nothing said about the new questions.
      complaint(NEWHAM, "2025-04-04"),
    ];
    const g = summariseComplaints(v2, { by: ["borough"] }).groups[0]!;
    expect(g.formality).toEqual({ formal: 1, informal: 1, notRecorded: 1 });
    expect(g.conventions.lengthy).toEqual({ yes: 1, no: 1, notRecorded: 1, rate: 0.5 });
    expect(g.conventions.denialMinimisation).toMatchObject({ yes: 1, no: 0, notRecorded: 2 });
    expect(g.conventions.playingOff).toMatchObject({ yes: 1, notRecorded: 2 });
    expect(g.conventions.threatsToStaff).toMatchObject({ yes: 0, no: 1, rate: 0 });
    expect(g.unreasonableRoute).toMatchObject({ yes: 1, no: 1, notRecorded: 1 });
    expect(g.unreasonableOutcomes["not-investigated"]).toBe(1);
    expect(g.workerImpactReported).toMatchObject({ yes: 2, notRecorded: 1 });
    expect(g.workerImpacts).toMatchObject({ distress: 2, safety: 1, avoidance: 0 });
    expect(g.workerSupportOffered).toMatchObject({ yes: 1, no: 1 });
    expect(g.workerSupport.supervision).toBe(1);
    const md = complaintsSummaryToMarkdown(summariseComplaints(v2, { by: ["borough"] }));
    expect(md).toContain("| formal | informal | formal or informal not recorded |");
    expect(md).toContain("| denial or minimisation |");
    expect(md).toContain("## The worker and the unreasonable or vexatious route");
  });

  it("shows a quarter with no records as missing unless the borough returned it", () => {
    const s = summariseComplaints(records, { returns: [{ borough: HACKNEY, quarter: "2025-Q2" }] });
    expect(s.groups.map((g) => [g.quarter, g.complaints])).toEqual([
      ["2025-Q1", 2],
      ["2025-Q2", 0],
      ["2025-Q3", 1],
    ]);
    const none = summariseComplaints(records);
    expect(none.groups.map((g) => g.complaints)).toEqual([2, null, 1]);
    expect(none.total.missing).toEqual([`${HACKNEY} 2025-Q2`]);
  });

  it("names the borough and counts conventions over the complaints that answered", () => {
    const q1 = summariseComplaints(records).groups[0]!;
    expect(q1).toMatchObject({ borough: HACKNEY, boroughName: "Hackney", quarter: "2025-Q1" });
    expect(q1.conventions.counterAccusations).toEqual({ yes: 1, no: 1, notRecorded: 0, rate: 0.5 });
    expect(q1.conventions.policeNfa).toEqual({ yes: 0, no: 1, notRecorded: 1, rate: 0 });
    expect(q1.counterAccusationKinds).toMatchObject({ "substance-use": 1, neglect: 1, "mental-health": 0 });
    expect(q1.copiedIn.mayor).toBe(1);
    expect(q1.earlyTeamMeeting.rate).toBe(0.5);
  });

  it("tells how far complaints went, how many were upheld, and how many stages ran late", () => {
    const q1 = summariseComplaints(records).groups[0]!;
    expect(q1.furthest).toMatchObject({ stage1: 1, ombudsman: 1 });
    expect(q1.upheld).toEqual({ inFull: 0, inPart: 1, no: 1, notRecorded: 0, rate: 0.5 });
    // 10 January 2025 + 10 working days = 24 January; the response went on the 31st.
    expect(q1.lateStages).toMatchObject({ judged: 2, late: 1, complaintsWithLateStage: 1 });
    expect(q1.emails).toEqual({ n: 2, median: 25, p90: 37, max: 40 });
    expect(q1.phoneCalls).toEqual({ n: 1, median: 3, p90: 3, max: 3 });
  });

  it("counts undone steps as late when given the date", () => {
    const open = [complaint(HACKNEY, "2025-01-10")];
    expect(summariseComplaints(open).total.lateStages.judged).toBe(0);
    expect(summariseComplaints(open, { asOf: "2025-03-01" }).total.lateStages.late).toBe(1);
  });

  it("groups by borough alone, listing the quarters missing", () => {
    const s = summariseComplaints([...records, complaint(NEWHAM, "2025-04-02")], { by: ["borough"] });
    expect(s.groups.map((g) => [g.borough, g.complaints, g.missing])).toEqual([
      [HACKNEY, 3, ["2025-Q2"]],
      [NEWHAM, 1, ["2025-Q1", "2025-Q3"]],
    ]);
  });

  it("groups by quarter alone, with the boroughs missing and null only when none reported", () => {
    const s = summariseComplaints([...records, complaint(NEWHAM, "2025-04-02")], { by: ["quarter"] });
    expect(s.groups.map((g) => [g.quarter, g.complaints, g.missing])).toEqual([
      ["2025-Q1", 2, [NEWHAM]],
      ["2025-Q2", 1, [HACKNEY]],
      ["2025-Q3", 1, [NEWHAM]],
    ]);
  });

  it("covers a range of quarters it is given, even with no records", () => {
    const s = summariseComplaints([], { quarters: { from: "2024-Q4", to: "2025-Q1" }, by: ["quarter"] });
    expect(s.groups.map((g) => [g.quarter, g.complaints])).toEqual([
      ["2024-Q4", null],
      ["2025-Q1", null],
    ]);
    expect(summariseComplaints([]).quarters).toBeNull();
  });

  it("renders the conventions table with a column for every convention, every row as wide as its head", () => {
    const md = complaintsSummaryToMarkdown(summariseComplaints(records, { by: ["borough"] }));
    const table = md.split("## Conventions")[1]!.split("\n\n")[1]!.split("\n");
    const cells = (line: string) => line.split("|").length - 2;
    expect(cells(table[0]!)).toBe(Object.keys(SUMMARY_CONVENTIONS).length + 1);
    for (const line of table.slice(2)) expect(cells(line)).toBe(cells(table[0]!));
    expect(table[0]).toContain("police NFA");
  });

  it("renders Markdown with the terminology profile's words and dashes for missing", () => {
    const md = complaintsSummaryToMarkdown(summariseComplaints(records), { terminology: personWhoUsesHarmTerminology });
    expect(md).toContain("made by the person who uses harm");
    // The mark every report table gives a missing figure (`missingFigure` of @st/core/report).
    expect(md).toMatch(/\| Hackney, 2025-Q2 \| — \|/);
    expect(md).toContain("| **All** | 3 |");
    expect(md).not.toContain("{perpetrator}");
  });

  it("every record is counted once, whatever the grouping", () => {
    fc.assert(
      fc.property(fc.array(complaintRecord, { maxLength: 30 }), (rs) => {
        for (const by of [["borough"], ["quarter"], ["borough", "quarter"]] as const) {
          const s = summariseComplaints(rs, { by });
          expect(s.groups.reduce((n, g) => n + (g.complaints ?? 0), 0)).toBe(rs.length);
          expect(s.total.complaints).toBe(rs.length);
          const f = s.total.furthest;
          expect(f.beforeStage1 + f.stage1 + f.stage2 + f.stage3 + f.ombudsman + f.notRecorded).toBe(rs.length);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe("percentile", () => {
  it("matches Excel's PERCENTILE.INC", () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9.1);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});

describe("furthestStage", () => {
  it("reads the furthest point from answers and dates", () => {
    expect(furthestStage(sampleRecord())).toBe("notRecorded");
    expect(
      furthestStage(sampleRecord({ investigation: { resolvedBeforeStage1: "yes", resolvedBeforeStage1How: "call" } })),
    ).toBe("beforeStage1");
    expect(furthestStage(sampleRecord({ investigation: { investigated: "yes", stageReached: 2 } }))).toBe("stage2");
    expect(furthestStage(sampleRecord({ stages: { stage3Requested: "2026-03-01" } }))).toBe("stage3");
  });
});
