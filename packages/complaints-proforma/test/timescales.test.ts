import {
  COMPLAINT_TIME_LIMIT_RULE,
  type ComplaintRecord,
  complaintsProforma,
  complaintTimeliness,
  STATUTORY_TIMESCALES,
  stageDeadline,
} from "@st/complaints-proforma";
import { isStValidationError } from "@st/core";
import { addIsoDays, isWorkingDay, workingDaysBetween } from "@st/core/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { complaintRecord, sampleRecord } from "./arbitraries.js";

describe("stageDeadline", () => {
  it("stage 1 from 19 December 2025 is due on 7 January 2026, skipping Christmas and New Year", () => {
    expect(stageDeadline(1, "2025-12-19")).toMatchObject({
      stage: 1,
      from: "2025-12-19",
      workingDays: 10,
      due: "2026-01-07",
    });
  });

  it("gives the longest period the regulations allow when extended", () => {
    expect(stageDeadline(1, "2025-12-19", { extended: true })).toMatchObject({ workingDays: 20, due: "2026-01-21" });
    expect(stageDeadline(2, "2026-03-02")).toMatchObject({ workingDays: 25, due: "2026-04-08" });
    expect(stageDeadline(2, "2026-03-02", { extended: true })).toMatchObject({ workingDays: 65 });
    expect(stageDeadline(3, "2026-03-02").workingDays).toBe(30);
    expect(stageDeadline(3, "2026-03-02", { extended: true }).workingDays).toBe(30);
  });

  it("stage 2 from 2 March 2026 skips Good Friday and Easter Monday", () => {
    // 25 working days after Monday 2 March 2026, with 3 and 6 April 2026 bank holidays: Wednesday 8 April.
    expect(stageDeadline(2, "2026-03-02").due).toBe("2026-04-08");
  });

  it("counts a borough's closure days out", () => {
    expect(stageDeadline(1, "2025-12-19", { closures: ["2025-12-29", "2025-12-30", "2025-12-31"] }).due).toBe(
      "2026-01-12",
    );
  });

  it("cites the regulation it applies", () => {
    expect(stageDeadline(3, "2026-03-02").rule).toMatch(/reg\. 19\(4\)/);
    expect(stageDeadline(1, "2026-03-02").rule).toMatch(/reg\. 14/);
  });

  it("takes a borough's own timescales", () => {
    expect(stageDeadline(1, "2026-03-02", { timescales: { stage1: 15 } })).toMatchObject({
      workingDays: 15,
      due: "2026-03-23",
      rule: expect.stringMatching(/local/),
    });
  });
});

describe("calendar properties", () => {
  const date = fc.integer({ min: 0, max: 365 * 70 }).map((n) => addIsoDays("2007-01-01", n));
  const stage = fc.constantFrom(1 as const, 2 as const, 3 as const);

  it("every due date is a working day, exactly the allowed working days after its start", () => {
    fc.assert(
      fc.property(date, stage, fc.boolean(), (from, s, extended) => {
        const d = stageDeadline(s, from, { extended });
        expect(isWorkingDay(d.due)).toBe(true);
        expect(workingDaysBetween(from, d.due)).toBe(d.workingDays);
        expect(d.due > from).toBe(true);
      }),
    );
  });

  it("a later start never gives an earlier due date, and extending never shortens", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 40 }), stage, (from, gap, s) => {
        const later = addIsoDays(from, gap);
        expect(stageDeadline(s, later).due >= stageDeadline(s, from).due).toBe(true);
        expect(stageDeadline(s, from, { extended: true }).due >= stageDeadline(s, from).due).toBe(true);
      }),
    );
  });
});

describe("complaintTimeliness", () => {
  it("judges each step that has started, on time or late", () => {
    const record = sampleRecord({
      stages: {
        stage1Response: "2026-01-07",
        stage2Requested: "2026-01-20",
        stage2Response: "2026-03-20",
        stage3Requested: "2026-03-25",
        panelHeld: "2026-04-20",
        panelReport: "2026-04-30",
        stage3Response: "2026-05-12",
      },
    });
    const t = complaintTimeliness(record);
    expect(t.steps.map((s) => [s.step, s.due, s.status])).toEqual([
      ["stage1Response", "2026-01-07", "on-time"],
      ["stage2Response", "2026-02-24", "late"],
      // 30 working days after 25 March 2026 skip Good Friday, Easter Monday and the early May bank holiday.
      ["panelHeld", "2026-05-11", "on-time"],
      ["panelReport", "2026-04-27", "late"],
      ["stage3Response", "2026-05-22", "on-time"],
    ]);
    expect(t.late).toBe(2);
    expect(t.steps[0]!.workingDaysTaken).toBe(10);
  });

  it("uses the extended period when the record says stage 1 was extended", () => {
    const record = sampleRecord({ stages: { stage1Extended: "yes", stage1Response: "2026-01-14" } });
    expect(complaintTimeliness(record).steps[0]).toMatchObject({ due: "2026-01-21", status: "on-time" });
  });

  it("calls an undone step overdue only when told the date", () => {
    const record = sampleRecord();
    expect(complaintTimeliness(record).steps[0]!.status).toBe("pending");
    expect(complaintTimeliness(record, { asOf: "2026-01-07" }).steps[0]!.status).toBe("pending");
    expect(complaintTimeliness(record, { asOf: "2026-01-08" }).steps[0]!.status).toBe("overdue");
  });

  it("does not judge stage 1 for a complaint resolved before it", () => {
    const record = sampleRecord({ investigation: { resolvedBeforeStage1: "yes", resolvedBeforeStage1How: "a call" } });
    expect(complaintTimeliness(record, { asOf: "2027-01-01" }).steps).toEqual([]);
  });

  it("reports whether the next stage was asked for within the local window", () => {
    const record = sampleRecord({ stages: { stage1Response: "2026-01-07", stage2Requested: "2026-02-10" } });
    expect(complaintTimeliness(record).requests).toEqual([
      {
        step: "stage2Requested",
        after: "2026-01-07",
        windowEnds: "2026-02-04",
        requested: "2026-02-10",
        withinWindow: false,
      },
    ]);
    expect(complaintTimeliness(record, { timescales: { nextStageRequest: 28 } }).requests[0]!.withinWindow).toBe(true);
  });

  it("checks the time limit for complaining when the record says when the matter arose", () => {
    const base = sampleRecord();
    const record = { ...base, complaint: { ...base.complaint, matterArose: "2024-12-01" } } as ComplaintRecord;
    expect(complaintTimeliness(record).timeLimit).toEqual({
      limit: "2025-12-01",
      withinLimit: false,
      rule: COMPLAINT_TIME_LIMIT_RULE,
    });
    expect(complaintTimeliness(record, { timescales: { complaintTimeLimitMonths: 24 } }).timeLimit!.withinLimit).toBe(
      true,
    );
    expect(complaintTimeliness(base).timeLimit).toBeUndefined();
  });

  it("calls the one-year limit statutory (regulation 9(1)), with the discretion of 9(2), not local practice", () => {
    expect(COMPLAINT_TIME_LIMIT_RULE).toMatch(/one year .*SI 2006\/1738, regulation 9\(1\)/);
    expect(COMPLAINT_TIME_LIMIT_RULE).toContain("regulation 9(2)");
    const help = complaintsProforma.sections
      .flatMap((section) => section.questions)
      .find((q) => q.id === "complaint.matterArose")!.help!;
    expect(help).toContain("statutory time limit");
    expect(help).toContain("regulation 9(1)");
    expect(help).not.toMatch(/by default|local practice/);
  });

  it("publishes the regulations' figures", () => {
    expect(STATUTORY_TIMESCALES).toMatchObject({
      stage1: 10,
      stage1Extended: 20,
      stage2: 25,
      stage2Extended: 65,
      stage3Panel: 30,
      panelReport: 5,
      stage3Response: 15,
    });
  });

  it("never throws on a valid record, and every due date is a working day", () => {
    fc.assert(
      fc.property(complaintRecord, (record) => {
        for (const step of complaintTimeliness(record, { asOf: "2030-01-01" }).steps) {
          expect(isWorkingDay(step.due)).toBe(true);
          expect(step.status === "late").toBe(step.done !== undefined && step.done > step.due);
        }
      }),
    );
  });

  it("refuses an argument that is not a complaint record with a coded error naming the function and the argument", () => {
    let caught: unknown;
    try {
      complaintTimeliness(undefined as unknown as ComplaintRecord);
    } catch (error) {
      caught = error;
    }
    expect(isStValidationError(caught)).toBe(true);
    expect(caught).toBeInstanceOf(TypeError);
    expect((caught as Error).message).toContain("complaintTimeliness");
    expect((caught as Error).message).toContain('"Complaint record": is not a complaint record');
    expect(isStValidationError(caught) && caught.problems[0]).toMatchObject({ path: "record", code: "invalid_type" });
    // An object that was never read as a record is refused too, never timed as if it had no steps.
    expect(() => complaintTimeliness({} as ComplaintRecord)).toThrow(/has no complaint section/);
    expect(() => complaintTimeliness({ complaint: {} } as ComplaintRecord)).toThrow(
      '"Date complaint received": is not a date written YYYY-MM-DD (expected a date written YYYY-MM-DD, found nothing)',
    );
  });
});

describe("stageDeadline refuses what it cannot work with", () => {
  it("names a stage that does not exist and a date not written YYYY-MM-DD, with codes", () => {
    const problemOf = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        if (!isStValidationError(error)) throw error;
        return error.problems[0];
      }
      throw new Error("did not throw");
    };
    expect(problemOf(() => stageDeadline(4 as 1, "2025-12-19"))).toMatchObject({
      path: "stage",
      field: "Stage",
      code: "invalid_stage",
      received: "4",
    });
    expect(problemOf(() => stageDeadline(1, "19/12/2025"))).toMatchObject({
      path: "from",
      code: "invalid_date",
      message: "is written day first: write dates YYYY-MM-DD, e.g. 2025-12-19",
    });
    expect(problemOf(() => stageDeadline(1, "2025-02-31"))).toMatchObject({
      message: "is not a date: there is no 31 February 2025",
    });
    // Still a RangeError, as before, for code that catches one.
    expect(() => stageDeadline(1, "2025-02-31")).toThrow(RangeError);
  });
});
