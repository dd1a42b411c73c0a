import { readFileSync } from "node:fs";
import { join } from "node:path";
import { complaintsProforma } from "@st/complaints-proforma";
import {
  checklistMapping,
  checklistTarget,
  checkMapping,
  complaintMapping,
  complaintTarget,
  complaintTargetFor,
  exportRecord,
  formatBoroughProblem,
  importForm,
  importForms,
  parseFormMapping,
  readCsvExport,
  readJsonExport,
} from "@st/forms";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const data = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");
const complaintForms = () => {
  const read = readJsonExport(data("complaints-export.json"));
  if (!read.ok) throw new Error("the sample export does not read");
  return read.value;
};
const form1042 = () => complaintForms()[0]!;

describe("importing the borough's complaint forms", () => {
  it("reads the sample export into proforma records", () => {
    const { records, problems, total } = importForms(complaintForms(), complaintMapping, complaintTarget);
    expect(problems).toEqual([]);
    expect(total).toBe(3);
    expect(records[0]).toEqual({
      complaint: {
        reference: "1042",
        borough: "E09000012",
        received: "2025-03-14",
        complainantRole: "perpetrator",
        caseRef: "case-7f3a",
        team: "Assessment Team North",
        status: "closed",
      },
      content: {
        socialWorkerActions: "yes",
        policeNfa: "yes",
        counterAccusations: "yes",
        counterAccusationKinds: ["substance-use", "mental-health"],
      },
      investigation: { earlyTeamMeeting: "yes", investigated: "yes", stageReached: 1, upheld: "no" },
      process: {
        emails: 23,
        phoneCalls: 4,
        copiedInOthers: "yes",
        copiedIn: ["mp", "mayor"],
        threatenedToTakeItAllTheWay: "yes",
      },
      stages: { stage1Response: "2025-03-26" },
    });
  });

  it("tells a bad date against the borough's question id and label", () => {
    const result = importForm({ ...form1042(), Q_CMP_07: "31/02/2025" }, complaintMapping, complaintTarget);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        form: "1042",
        path: "Q_CMP_07",
        field: "Date complaint received",
        expected: "a date dd/mm/yyyy",
        received: '"31/02/2025"',
        message: "is not a date: there is no 31 February 2025",
        code: "invalid_date",
        target: "complaint.received",
      },
    ]);
    expect(formatBoroughProblem(result.problems[0]!)).toBe(
      'form 1042, question Q_CMP_07 ("Date complaint received"): expected a date dd/mm/yyyy, found "31/02/2025" (is not a date: there is no 31 February 2025)',
    );
  });

  it("reports fields the mapping does not name and codes it does not know, never dropping them", () => {
    const result = importForm(
      { ...form1042(), Q_CMP_10: "Y", OUTCOME_CD: "9", CC_LIST: "MP|PRESS|MAYOR" },
      complaintMapping,
      complaintTarget,
      { record: 1 },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatBoroughProblem)).toEqual([
      'form 1042, question Q_CMP_10: expected a question the mapping names, found "Y" (is not in the mapping "example-borough-cmp01": map it to one of our fields, or list it under ignore)',
      'form 1042, question OUTCOME_CD ("Outcome"): expected one of 1, 2, 3, found "9" ("9" is not an answer code of this question in the mapping "example-borough-cmp01")',
      'form 1042, question CC_LIST ("Copied in"): expected one of MAYOR, MP, CLLR, CEX, DIR, OFSTED, SWE, LGSCO, POL, OTH, separated by "|", found "MP|PRESS|MAYOR" ("PRESS" is not an answer code of this question in the mapping "example-borough-cmp01")',
    ]);
    expect(result.problems.every((p) => p.record === 1)).toBe(true);
  });

  it("tells the proforma's own rules in the borough's terms", () => {
    const { Q_CMP_05A: _, ...form } = form1042();
    const result = importForm({ ...form, COMPL_DT: "01/03/2025", NO_CALLS: "-2" }, complaintMapping, complaintTarget);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatBoroughProblem)).toEqual([
      'form 1042, question NO_CALLS ("Phone calls received"): expected a whole number, 0 or more, found "-2" (cannot be negative)',
      'form 1042, question Q_CMP_05A ("Stage reached"): expected 1, 2 or 3, found nothing (needs an answer when Q_CMP_05 ("Investigated") is "Yes")',
      'form 1042, question COMPL_DT ("Stage 1 response date"): expected a date on or after 2025-03-14, found "01/03/2025" (is before Q_CMP_07 ("Date complaint received") (2025-03-14))',
    ]);
  });

  it("does not blame a follow-up for a trigger it could not read", () => {
    const result = importForm(
      { ...form1042(), OUTCOME_CD: "9", OUTCOME_TXT: "Late response." },
      complaintMapping,
      complaintTarget,
    );
    expect(result.ok || result.problems.map((p) => p.path)).toEqual(["OUTCOME_CD"]);
  });

  it("names our field when the export has no question for a required one", () => {
    const mapping = parseFormMapping({ ...complaintMapping, constants: {} });
    const result = importForm(form1042(), mapping, complaintTarget);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toMatchObject([
        { path: "complaint.borough", field: "Borough", target: "complaint.borough", form: "1042" },
      ]);
  });

  it("fills a blank field with the mapping's default", () => {
    const result = importForm({ ...form1042(), CMP_STATUS: " " }, complaintMapping, complaintTarget);
    expect(result.ok && result.value.complaint.status).toBe("open");
  });

  it("refuses a mapping that is not sound before reading any form", () => {
    const mapping = parseFormMapping({
      ...complaintMapping,
      fields: [...complaintMapping.fields, { source: "X", label: "X", target: "nowhere" }],
    });
    expect(() => importForms(complaintForms(), mapping, complaintTarget)).toThrow(
      /nowhere is not a field of the complaint record/,
    );
  });
});

describe("a borough's adapted proforma", () => {
  it("maps a question of the borough's own onto its local field, and back", () => {
    const adapted = {
      ...complaintsProforma,
      sections: [
        ...complaintsProforma.sections,
        {
          id: "local",
          title: "Our own questions",
          questions: [{ id: "local.earlyHelp", label: "Referred to early help?", type: "yesNo" as const }],
        },
      ],
    };
    const target = complaintTargetFor(adapted);
    const mapping = parseFormMapping({
      ...complaintMapping,
      fields: [
        ...complaintMapping.fields,
        { source: "Q_CMP_20", label: "Early help referral", target: "local.earlyHelp" },
      ],
    });
    expect(checkMapping(mapping, target)).toEqual([]);
    const form = { ...form1042(), Q_CMP_20: "Y" };
    const result = importForm(form, mapping, target);
    expect(result.ok && result.value.local).toEqual({ earlyHelp: "yes" });
    if (result.ok)
      expect(exportRecord(result.value, mapping, target)).toMatchObject({ ok: true, value: { Q_CMP_20: "Y" } });
  });
});

describe("importing the borough's case audits", () => {
  const target = checklistTarget();
  const audits = () => {
    const read = readCsvExport(data("checklist-audits.csv"));
    if (!read.ok) throw new Error("the sample CSV does not read");
    return read.value;
  };

  it("reads the sample CSV into completed checklists, red/amber/green as yes/partly/no", () => {
    const { records, problems } = importForms(audits(), checklistMapping, target);
    expect(problems).toEqual([]);
    expect(records[0]).toEqual({
      id: "A-311",
      checklist: { id: "st-practice-checklist", version: "1.0.0" },
      caseId: "case-7f3a",
      borough: "E09000012",
      team: "Assessment Team North",
      reviewer: { role: "qa-auditor" },
      use: "audit",
      date: "2025-05-14",
      answers: [
        {
          item: "pattern-beyond-incident",
          answer: "partly",
          note: "Chronology lists three incidents; no pattern drawn out.",
        },
        { item: "child-voice", answer: "yes" },
        { item: "protective-efforts-as-strengths", answer: "yes" },
        { item: "no-survivor-responsibility", answer: "yes", foundIn: ["plan", "case-notes"] },
        { item: "invitation-to-change", answer: "no", note: "No contact with the father is recorded." },
      ],
    });
  });

  it("tells the checklist's problems against the audit's questions", () => {
    const [first] = audits();
    const result = importForm(
      { ...first, AUDIT_DT: "2025-05-14", Q_AUD_02: "Y", Q_AUD_05_SRC: "PLAN;SCHOOL" },
      checklistMapping,
      target,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.form, p.path, p.code])).toEqual([
      ["A-311", "AUDIT_DT", "invalid_date"],
      ["A-311", "Q_AUD_02", "unknown_code"],
      ["A-311", "Q_AUD_05_SRC", "unknown_code"],
    ]);
  });
});

describe("answers a record would not keep", () => {
  it("reports an evidence note or sources given without the item's answer", () => {
    const result = importForm(
      {
        AUDIT_ID: "A-400",
        CASE_PSEUDO: "case-0a1b",
        AUDIT_DT: "01/06/2025",
        AUDITOR_ROLE: "QA",
        Q_AUD_01_EV: "Not found.",
      },
      checklistMapping,
      checklistTarget(),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          form: "A-400",
          path: "Q_AUD_01_EV",
          field: "Pattern: evidence",
          expected: "an answer the record keeps",
          received: '"Not found."',
          message: "would be lost: a completed checklist keeps the evidence note of an item only with its answer",
          code: "not_kept",
          target: "answers.pattern-beyond-incident.note",
        },
      ],
    });
  });
});

describe("untrusted exports", () => {
  const sources = complaintMapping.fields.map((f) => f.source);
  const codes = complaintMapping.fields.flatMap((f) => Object.keys(f.codes ?? {}));
  const key = fc.oneof(fc.constantFrom(...sources, "__proto__", "constructor", "toString"), fc.string());
  const value = fc.oneof(
    fc.constantFrom(...codes, "Y", "N", "14/03/2025", "31/02/2025", "", " ", "1|2", "MP|MP"),
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.anything(),
  );

  it("never throws on arbitrary key-value input: a record or a list of problems in words", () => {
    for (const [mapping, target] of [
      [complaintMapping, complaintTarget],
      [checklistMapping, checklistTarget()],
    ] as const) {
      fc.assert(
        fc.property(fc.oneof(fc.dictionary(key, value), fc.anything()), (row) => {
          const result = importForm(row, mapping, target as typeof complaintTarget);
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems) {
              expect(typeof formatBoroughProblem(p)).toBe("string");
              expect(p.message).not.toMatch(/ZodError|at Object\.|\[object Object\]/);
            }
          }
        }),
        { numRuns: 300 },
      );
    }
  });
});
