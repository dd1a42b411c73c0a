/**
 * The cases already reviewed, read from what a borough keeps of earlier rounds, so a new sample
 * leaves them out: a sample or a review round written as JSON, or a list of ids (CSV or TSV with a
 * case id column, or one id a line).
 * @module
 */
import { checkArgument, type Problem, type ProblemCode, type SafeResult } from "@st/core";
import { readCsvRows } from "./csv.js";

const FIELD = "Cases already reviewed";
const ID_HEADERS = new Set(["caseid", "caseref", "casereference"]);

/** The case ids of the JSON of a sample or a round (`cohorts[].cases`, `cases[]`, `caseId`), in order. */
function idsInJson(value: unknown): string[] {
  const ids: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === "string") ids.push(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      // A sample lists ids under each cohort's cases; a round's cohorts hold only labels.
      if (Array.isArray(o.cohorts))
        for (const c of o.cohorts as Record<string, unknown>[]) if (Array.isArray(c?.cases)) visit(c.cases);
      if (Array.isArray(o.cases))
        for (const c of o.cases) {
          if (typeof c === "string") ids.push(c);
          else if (c && typeof c === "object" && typeof (c as { caseId?: unknown }).caseId === "string")
            ids.push((c as { caseId: string }).caseId);
        }
      if (typeof o.caseId === "string") ids.push(o.caseId);
    }
  };
  visit(value);
  return ids;
}

function problem(message: string, expected: string, received: string, code: ProblemCode, line?: number): Problem {
  return { path: "", field: FIELD, expected, received, message, code, ...(line === undefined ? {} : { line }) };
}

/**
 * The ids of the cases already reviewed, from the text of a sample or round (JSON) or of a list of
 * ids (CSV or TSV with a `caseId`, `caseRef` or `caseReference` column, or one id a line). A text
 * that cannot be read is a problem, never an empty list: leaving out nothing would redraw cases
 * already reviewed.
 */
export function safeReadReviewedCaseIds(text: string): SafeResult<string[]> {
  checkArgument(text, "text", { fn: "safeReadReviewedCaseIds", argument: "text", label: FIELD });
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (/^[[{]/.test(trimmed)) {
    try {
      return { ok: true, value: idsInJson(JSON.parse(trimmed)) };
    } catch (error) {
      const reason = (error as Error).message;
      return {
        ok: false,
        problems: [
          problem(
            `is not valid JSON (${reason})`,
            "a sample or review round as JSON",
            "text that is not JSON",
            "unparseable",
          ),
        ],
      };
    }
  }
  const read = readCsvRows(trimmed);
  if (!read.ok) return { ok: false, problems: [{ ...read.problem, field: FIELD }] };
  const header = (read.rows[0]?.fields ?? []).map((h) => h.toLowerCase().replace(/[^a-z0-9]/g, ""));
  const column = header.findIndex((h) => ID_HEADERS.has(h));
  const ids =
    column >= 0
      ? read.rows.slice(1).map((row) => row.fields[column] ?? "")
      : read.rows.map((row) => row.fields.join(read.separator));
  return { ok: true, value: ids.map((id) => id.trim()).filter((id) => id !== "") };
}
