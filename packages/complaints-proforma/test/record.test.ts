import {
  COMPLAINT_SCHEMA_VERSION,
  type ComplaintRecord,
  complaintsProforma,
  parseComplaint,
  questionsById,
  safeParseComplaint,
} from "@st/complaints-proforma";
import { StValidationError } from "@st/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { complaintRecord, sampleRecord, stored } from "./arbitraries.js";

const labels = questionsById(complaintsProforma);

function problemsOf(input: unknown) {
  const result = safeParseComplaint(
    typeof input === "object" && input !== null && !("schemaVersion" in input)
      ? { schemaVersion: COMPLAINT_SCHEMA_VERSION, ...input }
      : input,
  );
  return result.ok ? [] : result.problems;
}

describe("a complaint record", () => {
  it("parses a minimal open complaint", () => {
    const record = sampleRecord();
    expect(parseComplaint(stored(record))).toEqual(record);
  });

  it("names every missing required field of the register, by its label", () => {
    const problems = problemsOf({ schemaVersion: 1 });
    expect(problems.map((p) => [p.path, p.field, p.code])).toEqual([
      ["complaint.reference", "Complaint reference", "required"],
      ["complaint.borough", "Borough", "required"],
      ["complaint.received", "Date received", "required"],
      ["complaint.complainantRole", "Who made the complaint?", "required"],
      ["complaint.status", "Current status", "required"],
    ]);
    // A closed question left empty is missing, not a wrong answer.
    expect(problems.every((p) => p.message === "is required")).toBe(true);
  });

  it("names unknown fields, at the top and inside a section, rather than dropping them", () => {
    const problems = problemsOf({ ...sampleRecord(), nonsense: true, process: { emails: 3, faxes: 2 } });
    expect(problems.filter((p) => p.code === "unknown_field").map((p) => p.path)).toEqual([
      "process.faxes",
      "nonsense",
    ]);
  });

  it("asks for the schema version every stored record carries", () => {
    expect(safeParseComplaint(sampleRecord())).toMatchObject({
      ok: false,
      problems: [{ path: "schemaVersion", code: "required" }],
    });
    expect(problemsOf({ ...sampleRecord(), schemaVersion: 7 })).toMatchObject([
      { path: "schemaVersion", code: "unsupported_version", received: "7" },
    ]);
    // Spreadsheet rows carry no version: the template's version is assumed.
    expect(safeParseComplaint(sampleRecord(), { assumeVersion: 1 }).ok).toBe(true);
  });

  it("throws one StValidationError carrying every problem", () => {
    try {
      parseComplaint({ schemaVersion: 1, complaint: { reference: "X" } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StValidationError);
      expect((error as StValidationError).problems.length).toBe(4);
    }
  });

  it("rejects a borough that is not a local authority's GSS code", () => {
    const record = sampleRecord();
    expect(problemsOf({ ...record, complaint: { ...record.complaint, borough: "Hackney" } })[0]).toMatchObject({
      path: "complaint.borough",
      expected: "a GSS code such as E09000012 (Hackney)",
      received: '"Hackney"',
    });
  });
});

describe("conditional rules", () => {
  const record = sampleRecord();
  const cases: [string, Partial<ComplaintRecord>, string, string, RegExp][] = [
    [
      "how, when resolved before stage 1",
      { investigation: { resolvedBeforeStage1: "yes" } },
      "investigation.resolvedBeforeStage1How",
      "required",
      /needs an answer when "Was the complaint resolved before stage 1\?" is "Yes"/,
    ],
    [
      "how, when resolved at stage 1",
      { investigation: { resolvedAtStage1: "yes" } },
      "investigation.resolvedAtStage1How",
      "required",
      /needs an answer when "Was it resolved at stage 1\?" is "Yes"/,
    ],
    [
      "the stage reached, when investigated",
      { investigation: { investigated: "yes" } },
      "investigation.stageReached",
      "required",
      /needs an answer when "Was the complaint investigated\?" is "Yes"/,
    ],
    [
      "what was upheld, when upheld in part",
      { investigation: { upheld: "in-part" } },
      "investigation.upheldWhat",
      "required",
      /"Was it upheld\?" is "Y in full" or "Y in part"/,
    ],
    [
      "who, when others were copied in",
      { process: { copiedInOthers: "yes" } },
      "process.copiedIn",
      "required",
      /"Did the complainer copy in others\? \(e\.g\. Mayor, MP\)" is "Yes"/,
    ],
    [
      "who else, when 'other' was copied in",
      { process: { copiedInOthers: "yes", copiedIn: ["mayor", "other"] } },
      "process.copiedInOther",
      "required",
      /"If Y, who\?" includes "Other"/,
    ],
    [
      "what, when expectations were unreasonable",
      { process: { unreasonableExpectations: "yes" } },
      "process.unreasonableExpectationsWhat",
      "required",
      /needs an answer/,
    ],
    [
      "no stage reached when not investigated",
      { investigation: { investigated: "no", stageReached: 2 } },
      "investigation.stageReached",
      "not_applicable",
      /should be empty: it applies only when "Was the complaint investigated\?" is "Yes"/,
    ],
    [
      "no stage reached when investigation is unanswered",
      { investigation: { stageReached: 2 } },
      "investigation.stageReached",
      "not_applicable",
      /should be empty/,
    ],
    [
      "nothing upheld when not upheld",
      { investigation: { upheld: "no", upheldWhat: "the delay" } },
      "investigation.upheldWhat",
      "not_applicable",
      /should be empty/,
    ],
    [
      "no one copied in when the answer is no",
      { process: { copiedInOthers: "no", copiedIn: ["mp"] } },
      "process.copiedIn",
      "not_applicable",
      /should be empty/,
    ],
    [
      "no 'other' detail when 'other' was not chosen",
      { process: { copiedInOthers: "yes", copiedIn: ["mp"], copiedInOther: "a neighbour" } },
      "process.copiedInOther",
      "not_applicable",
      /should be empty: it applies only when "If Y, who\?" includes "Other"/,
    ],
  ];
  for (const [name, patch, path, code, message] of cases) {
    it(`enforces ${name}`, () => {
      const problems = problemsOf({ ...record, ...patch });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ path, code, field: labels.get(path)!.label });
      expect(problems[0]!.message).toMatch(message);
    });
  }

  it("asks for who when someone else complained", () => {
    expect(problemsOf({ ...record, complaint: { ...record.complaint, complainantRole: "other" } })).toMatchObject([
      { path: "complaint.complainantOther", code: "required" },
    ]);
  });

  it("does not pile follow-up problems on a trigger that is itself wrong", () => {
    const problems = problemsOf({ ...record, investigation: { investigated: "Y", stageReached: 2 } });
    expect(problems.map((p) => [p.path, p.code])).toEqual([["investigation.investigated", "invalid_value"]]);
  });
});

describe("answers", () => {
  const record = sampleRecord();
  it("counts are whole numbers, never negative", () => {
    expect(problemsOf({ ...record, process: { emails: -1 } })).toMatchObject([
      { path: "process.emails", message: "cannot be negative" },
    ]);
    expect(problemsOf({ ...record, process: { phoneCalls: 2.5 } })).toMatchObject([
      { path: "process.phoneCalls", message: "is not a whole number" },
    ]);
    expect(problemsOf({ ...record, process: { phoneCalls: "3" } })).toMatchObject([
      { path: "process.phoneCalls", code: "invalid_type" },
    ]);
  });

  it("names a wrong item of a multiple-choice answer", () => {
    const problems = problemsOf({ ...record, process: { copiedInOthers: "yes", copiedIn: ["mayor", "king"] } });
    expect(problems).toMatchObject([
      { path: "process.copiedIn", message: 'lists "king", which is not one of the allowed answers' },
    ]);
  });

  it("rejects the same answer twice and an empty list", () => {
    expect(problemsOf({ ...record, process: { copiedInOthers: "yes", copiedIn: ["mp", "mp"] } })).toMatchObject([
      { path: "process.copiedIn", code: "duplicate" },
    ]);
    expect(problemsOf({ ...record, process: { copiedInOthers: "yes", copiedIn: [] } })[0]).toMatchObject({
      path: "process.copiedIn",
    });
  });

  it("rejects blank text and text a spreadsheet cannot hold", () => {
    expect(problemsOf({ ...record, learnings: { forPractice: "   " } })).toMatchObject([{ code: "blank" }]);
    expect(problemsOf({ ...record, learnings: { forPractice: "a\u0000b" } })).toMatchObject([{ code: "invalid_text" }]);
    expect(problemsOf({ ...record, learnings: { forPractice: "x".repeat(32_768) } })).toMatchObject([
      { code: "too_long" },
    ]);
    expect(problemsOf({ ...record, learnings: { forPractice: "broken \uD800 surrogate" } })).toMatchObject([
      { code: "invalid_text" },
    ]);
  });
});

describe("dates", () => {
  const record = sampleRecord();
  it("no response before receipt", () => {
    expect(problemsOf({ ...record, stages: { stage1Response: "2025-12-18" } })).toMatchObject([
      {
        path: "stages.stage1Response",
        code: "date_order",
        message: 'is before "Date received" (2025-12-19)',
      },
    ]);
  });

  it("names the latest earlier date a date comes before", () => {
    const problems = problemsOf({
      ...record,
      stages: { stage1Response: "2026-01-05", stage2Requested: "2026-01-20", stage2Response: "2026-01-10" },
    });
    expect(problems).toMatchObject([
      { path: "stages.stage2Response", message: 'is before "Stage 2 requested" (2026-01-20)' },
    ]);
  });

  it("a response needs its request, a report its panel", () => {
    expect(problemsOf({ ...record, stages: { stage2Response: "2026-02-01" } })).toMatchObject([
      { path: "stages.stage2Response", message: 'is given without "Stage 2 requested"' },
    ]);
  });

  it("the Ombudsman referral comes after receipt, at any stage", () => {
    expect(problemsOf({ ...record, stages: { ombudsmanReferral: "2026-01-02" } })).toEqual([]);
    expect(problemsOf({ ...record, stages: { ombudsmanReferral: "2025-01-02" } })).toMatchObject([
      { path: "stages.ombudsmanReferral", code: "date_order" },
    ]);
  });

  it("the matter complained about comes before receipt", () => {
    expect(problemsOf({ ...record, complaint: { ...record.complaint, matterArose: "2026-01-01" } })).toMatchObject([
      { path: "complaint.received", message: 'is before "When did the matter complained about happen?" (2026-01-01)' },
    ]);
  });

  it("rejects impossible dates and years outside the procedure", () => {
    expect(problemsOf({ ...record, complaint: { ...record.complaint, received: "2025-02-30" } })).toMatchObject([
      { path: "complaint.received", code: "invalid_date" },
    ]);
    expect(problemsOf({ ...record, complaint: { ...record.complaint, received: "2205-01-30" } })).toMatchObject([
      { path: "complaint.received", code: "out_of_range" },
    ]);
  });
});

type Leaf = { path: string[]; value: unknown };
function leaves(value: unknown, path: string[] = []): Leaf[] {
  if (typeof value === "object" && value !== null && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [{ path, value }];
}

function broken(leaf: Leaf): unknown {
  const id = leaf.path.join(".");
  const question = questionsById(complaintsProforma).get(id);
  if (id === "schemaVersion") return 99;
  if (id === "complaint.borough") return "Hackney";
  if (Array.isArray(leaf.value)) return ["not-an-answer"];
  if (typeof leaf.value === "number") return question?.type === "integer" ? -1 : 4;
  if (question?.type === "date") return "2025-13-01";
  if (question?.type === "choice") return "maybe";
  return 42;
}

function withLeaf(record: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(record) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

describe("properties", () => {
  it("generated valid records always validate", () => {
    fc.assert(
      fc.property(complaintRecord, (record) => {
        const result = safeParseComplaint(stored(record));
        if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 1));
        expect(result.value).toEqual(record);
      }),
      { numRuns: 300 },
    );
  });

  it("a record broken in one field fails with a problem naming that field", () => {
    fc.assert(
      fc.property(
        complaintRecord.chain((record) => fc.tuple(fc.constant(record), fc.constantFrom(...leaves(record)))),
        ([record, leaf]) => {
          const problems = problemsOf(withLeaf(record, leaf.path, broken(leaf)));
          const path = leaf.path.join(".");
          expect(problems.map((p) => p.path)).toContain(path);
          const question = labels.get(path);
          if (question) expect(problems.find((p) => p.path === path)!.field).toBe(question.label);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("an unknown field anywhere is named", () => {
    fc.assert(
      fc.property(
        complaintRecord,
        fc.constantFrom("", "complaint", "content", "process", "stages"),
        fc.stringMatching(/^[a-z]{3,12}$/),
        (record, section, key) => {
          fc.pre(
            !labels.has(`${section}.${key}`) &&
              ![
                "complaint",
                "content",
                "investigation",
                "process",
                "learnings",
                "stages",
                "local",
                "schemaVersion",
              ].includes(key),
          );
          const input = structuredClone(record) as unknown as Record<string, Record<string, unknown>>;
          if (section === "") (input as Record<string, unknown>)[key] = "x";
          else input[section] = { ...(input[section] ?? {}), [key]: "x" };
          const path = section ? `${section}.${key}` : key;
          expect(problemsOf(input)).toContainEqual(expect.objectContaining({ path, code: "unknown_field" }));
        },
      ),
    );
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
        (input) => {
          const result = safeParseComplaint(input);
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { numRuns: 500 },
    );
  });
});
