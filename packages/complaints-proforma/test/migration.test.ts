import {
  COMPLAINT_SCHEMA_VERSION,
  complaintRecord as complaintRecordType,
  complaintsProforma,
  PROFORMA_QUESTIONS_SINCE,
  parseComplaint,
  proformaAtVersion,
  safeParseComplaint,
  writeComplaint,
} from "@st/complaints-proforma";
import { formQuestions } from "@st/core/forms";
import { flattenRecord } from "@st/core/records";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { complaintRecord, complaintRecordV1, sampleRecord, stored, storedV1 } from "./arbitraries.js";

describe("proforma version 2", () => {
  it("is the version records are written at", () => {
    expect(COMPLAINT_SCHEMA_VERSION).toBe(2);
    expect(complaintRecordType.versions).toEqual([1, 2]);
    expect(writeComplaint(sampleRecord()).schemaVersion).toBe(2);
  });

  it("migrates any valid version 1 record to a valid version 2 record carrying every version 1 value", () => {
    fc.assert(
      fc.property(complaintRecordV1, (v1) => {
        const result = safeParseComplaint(storedV1(v1));
        expect(result).toMatchObject({ ok: true, fromVersion: 1 });
        if (!result.ok) return;
        // Every answer of the version 1 record, at the same place with the same value; nothing added.
        expect(flattenRecord(result.value)).toEqual(flattenRecord(v1));
        // And the migrated record is a sound version 2 record, as written and read back.
        const written = writeComplaint(result.value);
        expect(written.schemaVersion).toBe(2);
        expect(parseComplaint(written)).toEqual(result.value);
      }),
      { numRuns: 200 },
    );
  });

  it("reads every valid version 2 record unchanged", () => {
    fc.assert(
      fc.property(complaintRecord, (record) => {
        expect(safeParseComplaint(stored(record))).toEqual({ ok: true, value: record, fromVersion: 2 });
      }),
      { numRuns: 200 },
    );
  });

  it("refuses a version 2 answer in a record that says it is version 1, naming the field", () => {
    const result = safeParseComplaint({
      schemaVersion: 1,
      ...sampleRecord(),
      worker: { supportOffered: "yes", support: ["supervision"] },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => [p.path, p.code])).toEqual([["worker", "unknown_field"]]);
  });

  it("tells a version 1 record's problems in version 1's words, not as an upgrade failure", () => {
    const result = safeParseComplaint({ schemaVersion: 1, ...sampleRecord(), investigation: { investigated: "yes" } });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        expect.objectContaining({
          path: "investigation.stageReached",
          message: 'needs an answer when "Was the complaint investigated?" is "Yes"',
          code: "required",
        }),
      ]);
  });

  it("asks the new follow-ups when their trigger holds, and refuses them otherwise", () => {
    const problems = (patch: Record<string, unknown>) => {
      const result = safeParseComplaint(stored({ ...sampleRecord(), ...patch } as never));
      return result.ok ? [] : result.problems.map((p) => [p.path, p.field, p.code]);
    };
    expect(problems({ investigation: { unreasonableRoute: "yes" } })).toEqual([
      ["investigation.unreasonableOutcome", "If Y, with what outcome?", "required"],
    ]);
    expect(problems({ investigation: { unreasonableRoute: "no", unreasonableOutcome: "pending" } })).toEqual([
      ["investigation.unreasonableOutcome", "If Y, with what outcome?", "not_applicable"],
    ]);
    expect(problems({ worker: { impactReported: "yes", impact: ["other"] } })).toEqual([
      ["worker.impactOther", "If other, what effect?", "required"],
    ]);
    expect(problems({ worker: { supportOffered: "yes" } })).toEqual([
      ["worker.support", "If Y, what support?", "required"],
    ]);
    expect(problems({ complaint: { ...sampleRecord().complaint, formality: "verbal" } })).toEqual([
      ["complaint.formality", "Was the complaint made formally or informally?", "invalid_value"],
    ]);
    expect(
      problems({ content: { lengthy: "yes", denialMinimisation: "yes", playingOff: "no", threatsToStaff: "yes" } }),
    ).toEqual([]);
  });

  it("keeps version 1 of the form: the published draft's questions, without version 2's", () => {
    const v1 = proformaAtVersion(complaintsProforma, 1);
    expect(v1.version).toBe(1);
    const ids = formQuestions(v1).map((q) => q.id);
    const added = Object.keys(PROFORMA_QUESTIONS_SINCE);
    expect(added.filter((id) => ids.includes(id))).toEqual([]);
    expect(ids.length + added.length).toBe(formQuestions(complaintsProforma).length);
    expect(v1.sections.map((s) => s.id)).not.toContain("worker");
    expect(proformaAtVersion(complaintsProforma, 2)).toBe(complaintsProforma);
  });
});
