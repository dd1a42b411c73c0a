/**
 * Export files as lists of flat forms: a JSON array of objects, or a CSV whose header row holds the
 * borough's question ids. What a file holds is checked by the mapping, not here.
 * @module
 */

import { checkArgument, type Problem, type ProblemCode } from "@st/core";
import { parseCsv, stringifyCsv } from "@st/core/records";
import type { BoroughForm } from "./export.js";

/** The forms of an export file, or what stops it being read at all. Never throws. */
export type ReadExportResult = { ok: true; value: Record<string, unknown>[] } | { ok: false; problems: Problem[] };

const fileProblem = (expected: string, received: string, message: string, code: ProblemCode): Problem => ({
  path: "",
  field: "the export file",
  expected,
  received,
  message,
  code,
});

/** Read a JSON export: one form object, or a list of them. */
export function readJsonExport(text: string): ReadExportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [fileProblem("JSON", "text that is not JSON", (error as Error).message, "invalid_json")],
    };
  }
  const forms = Array.isArray(value) ? value : [value];
  const bad = forms.findIndex((form) => typeof form !== "object" || form === null || Array.isArray(form));
  if (bad >= 0)
    return {
      ok: false,
      problems: [
        {
          ...fileProblem(
            "an object of question ids and answers",
            `item ${bad + 1} is not one`,
            "holds something other than forms",
            "invalid_type",
          ),
          record: bad + 1,
        },
      ],
    };
  return { ok: true, value: forms as Record<string, unknown>[] };
}

/**
 * Read a CSV export: the header row names the borough's question ids, each further row is a form.
 * Blank lines are skipped; a row longer than the header is a problem, since its extra answers
 * would have no question.
 */
export function readCsvExport(text: string): ReadExportResult {
  checkArgument(text, "text", { fn: "readCsvExport", argument: "text", label: "CSV export" });
  const { rows, lines, problems } = parseCsv(text);
  if (problems.length) return { ok: false, problems };
  const [header = [], ...body] = rows;
  const ids = header.map((id) => id.trim());
  if (ids.length === 0 || ids.every((id) => id === ""))
    return {
      ok: false,
      problems: [fileProblem("a header row of question ids", "nothing", "has no header row", "no_header")],
    };
  const forms: Record<string, unknown>[] = [];
  const rowProblems: Problem[] = [];
  body.forEach((row, i) => {
    if (row.every((cell) => cell.trim() === "")) return;
    if (row.length > ids.length)
      rowProblems.push({
        ...fileProblem(
          `at most ${ids.length} fields`,
          `${row.length}`,
          "has more fields than the header names",
          "extra_fields",
        ),
        line: lines[i + 1]!,
      });
    const form: Record<string, unknown> = {};
    ids.forEach((id, j) => {
      if (id !== "" && row[j] !== undefined)
        Object.defineProperty(form, id, { value: row[j], enumerable: true, writable: true, configurable: true });
    });
    forms.push(form);
  });
  return rowProblems.length ? { ok: false, problems: rowProblems } : { ok: true, value: forms };
}

/** Write forms as CSV with the given columns (the borough's question ids, in its order); missing answers are empty. */
export function writeCsvExport(forms: readonly BoroughForm[], columns: readonly string[]): string {
  checkArgument(forms, "list", { fn: "writeCsvExport", argument: "forms", label: "Forms" });
  checkArgument(columns, "list", { fn: "writeCsvExport", argument: "columns", label: "Columns" });
  return stringifyCsv([[...columns], ...forms.map((form) => columns.map((id) => form[id] ?? ""))]);
}
