import { stageDeadline } from "@st/complaints-proforma";
import { describe, expect, it } from "vitest";
import { dueDates, longDate } from "../src/due-dates.js";

describe("dueDates", () => {
  it("gives nothing until the complaint's received date is entered", () => {
    expect(dueDates({})).toEqual([]);
    expect(dueDates({ "complaint.received": "2025-12-1" })).toEqual([]);
  });

  it("counts stage 1 in working days from receipt, skipping Christmas and New Year", () => {
    const [stage1] = dueDates({ "complaint.received": "2025-12-19" });
    expect(stage1).toMatchObject({ stage: 1, due: "2026-01-07", workingDays: 10, status: "pending" });
    expect(stage1!.rule).toContain("reg. 14");
  });

  it("uses the extended period when the form says the stage was extended", () => {
    const [stage1] = dueDates({ "complaint.received": "2025-12-19", "stages.stage1Extended": "yes" });
    expect(stage1).toMatchObject({ workingDays: 20, due: stageDeadline(1, "2025-12-19", { extended: true }).due });
  });

  it("starts stages 2 and 3 from their requests, and judges each step done against its due date", () => {
    const dates = dueDates(
      {
        "complaint.received": "2026-01-05",
        "stages.stage1Response": "2026-01-30",
        "stages.stage2Requested": "2026-02-20",
        "stages.stage3Requested": "2026-06-01",
      },
      "2026-08-01",
    );
    expect(dates.map((d) => [d.step, d.status])).toEqual([
      ["Stage 1 response", "late"],
      ["Stage 2 response", "overdue"],
      ["Review panel meets", "overdue"],
    ]);
  });

  it("calls nothing overdue on a closed complaint, and gives stage 1 no due date when resolved before it", () => {
    const closed = dueDates({ "complaint.received": "2026-01-05", "complaint.status": "closed" }, "2026-08-01");
    expect(closed.map((d) => d.status)).toEqual(["not-recorded"]);
    expect(
      dueDates({ "complaint.received": "2026-01-05", "investigation.resolvedBeforeStage1": "yes" }, "2026-08-01"),
    ).toEqual([]);
  });

  it("gives no due date for a date outside the working-day calendar instead of failing", () => {
    expect(() => dueDates({ "complaint.received": "1850-01-01" })).not.toThrow();
  });
});

describe("longDate", () => {
  it("writes a date as people read it, whatever the machine's time zone", () => {
    expect(longDate("2026-01-07")).toBe("Wednesday 7 January 2026");
  });
});
