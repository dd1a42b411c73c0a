import { readCaseList } from "@st/learning-review";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsvRows } from "../src/csv.js";

const header = "caseId,workerId,closedDate,daFactor,workerTrained,consultation,outcome,workerTrainedDate";
const quote = (field: string) => (/[",\r\n]/.test(field) || field === "" ? `"${field.replace(/"/g, '""')}"` : field);
// Cells built from the characters that trouble CSV readers, and from real-looking values.
const nasty = fc.oneof(
  fc.string({ unit: fc.constantFrom('"', ",", "\n", "\r", "\t", " ", "a", "Y", "0", "/", "-", "\uFEFF", "é") }),
  fc.constantFrom("Y", "N", "yes", "", "2024-02-29", "31/12/2024", "2024-13-01", "NFA", "CP plan", "TRUE"),
  fc.string(),
);

describe("case-list reader under fuzzing", () => {
  it("never throws on any text, as CSV or JSON", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        for (const format of ["csv", "json", undefined] as const) {
          const result = readCaseList(text, { format });
          expect(Array.isArray(result.problems)).toBe(true);
        }
        readCaseList(`${header}\n${text}`);
      }),
      { numRuns: 1000 },
    );
  });

  it("accounts for every data row: read as a case, or skipped with a problem", () => {
    fc.assert(
      fc.property(fc.array(fc.array(nasty, { minLength: 8, maxLength: 8 }), { maxLength: 20 }), (rows) => {
        const text = [header, ...rows.map((r) => r.map(quote).join(","))].join("\r\n");
        const result = readCaseList(text);
        expect(result.problems.filter((p) => p.record === undefined)).toEqual([]);
        expect(result.cases.length + result.skipped.length).toBe(result.total);
        for (const s of result.skipped) expect(s.problems.length).toBeGreaterThan(0);
        for (const c of result.cases) {
          expect(c.caseId.trim()).toBe(c.caseId);
          expect(c.caseId).not.toBe("");
          expect(["yes", "no"]).toContain(c.daFactor);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("reads back any table written as RFC 4180 CSV", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((width) =>
            fc.array(fc.array(fc.string(), { minLength: width, maxLength: width }), { minLength: 1, maxLength: 10 }),
          ),
        fc.constantFrom("\n", "\r\n"),
        (table, newline) => {
          // A row of one empty field is a blank line, which readers skip: give such rows a mark.
          const rows = table.map((r) => (r.length === 1 && r[0] === "" ? ["x"] : r));
          const text = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(",")).join(newline);
          const parsed = readCsvRows(text);
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(parsed.rows.map((r) => r.fields)).toEqual(rows);
        },
      ),
      { numRuns: 500 },
    );
  });
});
