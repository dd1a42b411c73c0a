import * as proforma from "@st/complaints-proforma";
import { safeParseComplaint, safeParseComplaints, summariseComplaints, writeComplaint } from "@st/complaints-proforma";
import { demoComplaints, demoComplaintsSeed, demoQuarters } from "@st/complaints-proforma/demo";
import { quarterOf } from "@st/core/calendar";
import { partnershipBoroughs } from "@st/core/places";
import { describe, expect, it } from "vitest";

describe("the demo register", () => {
  const register = demoComplaints();

  it("is about 150 complaints, every one a valid proforma record whose stored form reads back the same", () => {
    expect(register.length).toBeGreaterThanOrEqual(120);
    expect(register.length).toBeLessThanOrEqual(180);
    for (const [i, record] of register.entries()) {
      const read = safeParseComplaint(writeComplaint(record), { record: i + 1 });
      expect(read.ok ? [] : read.problems).toEqual([]);
      expect(read.ok && read.value).toEqual(record);
    }
    // As a list too: no reference repeated within a borough.
    const all = safeParseComplaints(register.map(writeComplaint));
    expect(all.ok ? [] : all.problems).toEqual([]);
  });

  it("is the same on every call, in new objects a caller may change", () => {
    const again = demoComplaints();
    expect(again).toEqual(register);
    again[0]!.complaint.team = "changed";
    expect(demoComplaints()[0]!.complaint.team).not.toBe("changed");
    expect(demoComplaintsSeed).toBe(2025);
  });

  it("covers the six partnership boroughs in each of the seven quarters", () => {
    expect(demoQuarters).toHaveLength(7);
    for (const borough of partnershipBoroughs) {
      for (const quarter of demoQuarters) {
        const n = register.filter(
          (r) => r.complaint.borough === borough.code && quarterOf(r.complaint.received) === quarter,
        );
        expect(n.length, `${borough.name} ${quarter}`).toBeGreaterThan(0);
      }
    }
  });

  it("shows the conventions and the spread of stages and outcomes the monitoring is for", () => {
    const { total } = summariseComplaints(register, { asOf: "2026-01-31" });
    expect(total.conventions.copiedInOthers.yes).toBeGreaterThan(0);
    expect(total.conventions.threatenedToTakeItAllTheWay.yes).toBeGreaterThan(0);
    expect(total.conventions.counterAccusations.yes).toBeGreaterThan(0);
    expect(total.upheld.no).toBeGreaterThan(total.upheld.inFull + total.upheld.inPart);
    expect(total.upheld.inFull).toBeGreaterThan(0);
    expect(register.some((r) => r.investigation?.stageReached === 3)).toBe(true);
    // Only the latest quarter still has open complaints.
    const open = register.filter((r) => r.complaint.status === "open");
    expect(open.length).toBeGreaterThan(0);
    expect(new Set(open.map((r) => quarterOf(r.complaint.received)))).toEqual(new Set([demoQuarters.at(-1)]));
  });

  it("is not in the main entry, which applications recording real complaints ship", () => {
    expect(Object.keys(proforma).filter((name) => /demo/i.test(name))).toEqual([]);
  });
});
