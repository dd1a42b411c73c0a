import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ComplaintRecord } from "@st/complaints-proforma";
import {
  checklistMapping,
  checklistTarget,
  complaintMapping,
  complaintTarget,
  exportRecord,
  importForm,
  importForms,
  readCsvExport,
  readJsonExport,
  writeCsvExport,
} from "@st/forms";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validRecords } from "./arbitraries.js";

const data = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");
const withoutIgnored = (form: Record<string, unknown>, ignore: readonly string[]) =>
  Object.fromEntries(Object.entries(form).filter(([key]) => !ignore.includes(key)));

describe("writing records back in the borough's layout", () => {
  it("gives back the sample complaint export, less the fields the mapping ignores", () => {
    const read = readJsonExport(data("complaints-export.json"));
    if (!read.ok) throw new Error("the sample export does not read");
    const { records } = importForms(read.value, complaintMapping, complaintTarget);
    const written = records.map((r) => exportRecord(r, complaintMapping, complaintTarget));
    expect(written).toEqual(
      read.value.map((form) => ({ ok: true, value: withoutIgnored(form, complaintMapping.ignore) })),
    );
  });

  it("gives back the sample audit CSV, less the ignored column", () => {
    const target = checklistTarget();
    const read = readCsvExport(data("checklist-audits.csv"));
    if (!read.ok) throw new Error("the sample CSV does not read");
    const { records } = importForms(read.value, checklistMapping, target);
    const forms = records.map((r) => {
      const result = exportRecord(r, checklistMapping, target);
      if (!result.ok) throw new Error("an audit did not export");
      return result.value;
    });
    const columns = checklistMapping.fields.map((f) => f.source);
    const expected = data("checklist-audits.csv")
      .trimEnd()
      .split("\n")
      .map((line) => line.replace(/,[^,]*$/, ""))
      .join("\r\n");
    expect(writeCsvExport(forms, columns).trimEnd()).toBe(expected);
  });

  it("reports a field with nowhere to go rather than dropping it", () => {
    const record = importForms(
      [{ FORM_ID: "2001", Q_CMP_07: "01/04/2025", Q_CMP_01: "P" }],
      complaintMapping,
      complaintTarget,
    ).records[0]!;
    const extended: ComplaintRecord = { ...record, learnings: { forPractice: "Meet the team early." } };
    expect(exportRecord(extended, complaintMapping, complaintTarget)).toEqual({
      ok: false,
      problems: [
        {
          path: "learnings.forPractice",
          field: "What are the learnings for practice from this case?",
          expected: "no answer, or a borough question to hold it",
          received: '"Meet the team early."',
          message: `has nowhere to go in the borough's form: the mapping "example-borough-cmp01" maps no question to it`,
          code: "unmapped_target",
          target: "learnings.forPractice",
        },
      ],
    });
  });

  it("reports a value the borough has no code for, and a record of another borough", () => {
    const record = importForms(
      [{ FORM_ID: "2002", Q_CMP_07: "01/04/2025", Q_CMP_01: "P" }],
      complaintMapping,
      complaintTarget,
    ).records[0]!;
    const mapping = {
      ...complaintMapping,
      fields: complaintMapping.fields.map((f) => (f.source === "CMP_STATUS" ? { ...f, codes: { OPEN: "open" } } : f)),
    };
    const moved: ComplaintRecord = {
      ...record,
      complaint: { ...record.complaint, borough: "E09000025", status: "withdrawn" },
    };
    const result = exportRecord(moved, mapping, complaintTarget);
    expect(result.ok || result.problems.map((p) => [p.path, p.code])).toEqual([
      ["complaint.status", "no_code"],
      ["complaint.borough", "constant_mismatch"],
    ]);
  });
});

describe("round trips", () => {
  for (const [name, mapping, target] of [
    ["complaint", complaintMapping, complaintTarget],
    ["audit", checklistMapping, checklistTarget()],
  ] as const) {
    it(`export, import and export again gives the same ${name} form`, () => {
      const t = target as typeof complaintTarget;
      fc.assert(
        fc.property(validRecords(mapping, t), (record) => {
          const exported = exportRecord(record, mapping, t);
          expect(exported.ok).toBe(true);
          if (!exported.ok) return;
          const imported = importForm(exported.value, mapping, t);
          expect(imported).toEqual({ ok: true, value: record });
          if (!imported.ok) return;
          expect(exportRecord(imported.value, mapping, t)).toEqual(exported);
        }),
        { numRuns: 200 },
      );
    });

    it(`survives a CSV file for ${name} forms`, () => {
      const t = target as typeof complaintTarget;
      const columns = mapping.fields.map((f) => f.source);
      fc.assert(
        fc.property(fc.array(validRecords(mapping, t), { maxLength: 5 }), (records) => {
          const forms = records.map((r) => {
            const result = exportRecord(r, mapping, t);
            if (!result.ok) throw new Error("a valid record did not export");
            return result.value;
          });
          const read = readCsvExport(writeCsvExport(forms, columns));
          expect(read.ok).toBe(true);
          if (read.ok)
            expect(importForms(read.value, mapping, t)).toEqual({ records, problems: [], total: records.length });
        }),
        { numRuns: 100 },
      );
    });
  }
});

describe("proforma version 2 answers", () => {
  it("are read from a form export, which answers today's proforma", () => {
    const record = {
      complaint: {
        reference: "HK-7",
        borough: "E09000012",
        received: "2025-10-01",
        complainantRole: "perpetrator",
        status: "open",
        formality: "informal",
      },
      content: { denialMinimisation: "yes" },
      worker: { supportOffered: "yes", support: ["supervision"] },
    } as ComplaintRecord;
    const fields = complaintTarget.toFields(record);
    expect(complaintTarget.toRecord(fields)).toEqual({ ok: true, value: record });
  });
});
