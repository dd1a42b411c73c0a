import {
  complaintsSummarySchema,
  safeParseComplaintCounts,
  safeParseComplaintsSummary,
  summariseComplaints,
} from "@st/complaints-proforma";
import { demoComplaints } from "@st/complaints-proforma/demo";
import { isProblemCode } from "@st/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** What `st complaints summary --by ... --format json` prints for the demo records: the summary, records read and none left out. */
function printed(by: ("borough" | "quarter")[]) {
  const records = demoComplaints();
  const summary = summariseComplaints(records, { by });
  return JSON.parse(JSON.stringify({ ...summary, records: records.length, excludedRecords: [] }, null, 2));
}

describe("complaintsSummarySchema and safeParseComplaintsSummary", () => {
  it("read the summary st complaints summary prints, for every grouping", () => {
    for (const by of [["borough"], ["quarter"], ["borough", "quarter"]] as const) {
      const document = printed([...by]);
      expect(document.groups.length).toBeGreaterThan(0);
      expect(safeParseComplaintsSummary(document)).toEqual({ ok: true, value: document });
    }
    const empty = JSON.parse(JSON.stringify(summariseComplaints([], {})));
    expect(safeParseComplaintsSummary(empty).ok).toBe(true);
  });

  it("refuse a damaged summary, naming the field, what was expected and what was found", () => {
    const document = printed(["borough", "quarter"]);
    document.groups[0].complaints = -1;
    document.groups[1].quarter = "2024 Q1";
    delete document.total.upheld;
    document.groups[2].emails.n = "3";
    const result = safeParseComplaintsSummary(document);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.code])).toEqual([
      ["groups.0.complaints", "too_small"],
      ["groups.1.quarter", "invalid_quarter"],
      ["groups.2.emails.n", "invalid_type"],
      ["total.upheld", "required"],
    ]);
    expect(result.problems[0]).toMatchObject({ received: "-1" });
    expect(result.problems[2]).toMatchObject({ received: '"3"' });
  });

  it("never throws on any JSON, and every problem has a listed code", () => {
    const document = printed(["borough", "quarter"]);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), (input, groups) => {
        for (const value of [input, { ...document, groups }, { ...document, total: input }]) {
          const summary = safeParseComplaintsSummary(value);
          const counts = safeParseComplaintCounts(value);
          for (const r of [summary, counts])
            if (!r.ok) for (const p of r.problems) expect(isProblemCode(p.code)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // About 3 s alone; `npm test` runs every package at once on two cores, where it took over 30 s.
  }, 120_000);

  it("has a JSON Schema", () => {
    const schema = complaintsSummarySchema.toJSONSchema() as { required: string[] };
    expect(schema.required).toEqual(["by", "quarters", "groups", "total", "notes"]);
  });
});

describe("safeParseComplaintCounts", () => {
  it("read the counts of a whole summary, of a summary cut down by hand, or of its groups alone", () => {
    const document = printed(["borough", "quarter"]);
    const whole = safeParseComplaintCounts(document);
    expect(whole.ok).toBe(true);
    if (!whole.ok) return;
    expect(whole.value.groups).toEqual(
      document.groups.map((g: { borough: string; quarter: string; complaints: number | null }) => ({
        borough: g.borough,
        quarter: g.quarter,
        complaints: g.complaints,
      })),
    );
    const cut = [
      { borough: "E09000012", quarter: "2024-Q1", complaints: 4 },
      { borough: "E09000012", complaints: null },
    ];
    expect(safeParseComplaintCounts({ groups: cut })).toEqual({ ok: true, value: { groups: cut } });
    expect(safeParseComplaintCounts(cut)).toEqual({ ok: true, value: { groups: cut } });
  });

  it("refuse counts that are not counts, naming the group", () => {
    const result = safeParseComplaintCounts({
      groups: [{ borough: "E09000012", complaints: 2.5 }, { quarter: "2024-Q1" }],
    });
    expect(!result.ok && result.problems.map((p) => [p.path, p.code])).toEqual([
      ["groups.0.complaints", "invalid_type"],
      ["groups.1.complaints", "required"],
    ]);
    const none = safeParseComplaintCounts({ findings: [] });
    expect(!none.ok && none.problems[0]).toMatchObject({ path: "groups", code: "required" });
  });
});
