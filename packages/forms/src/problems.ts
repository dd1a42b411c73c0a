/**
 * Problems told in the borough's terms: its form number, its question ids and labels, its answer
 * codes. The people who maintain a borough's forms never see our field paths unless they ask.
 * @module
 */

import type { Problem } from "@st/core";
import { checkArgument } from "@st/core";
import type { FieldMapping } from "./mapping.js";

/**
 * A `Problem` (from `@st/core`) about a borough form export. `path` is the borough's question id
 * (`Q_CMP_07`) and `field` its label; `target` is our field the problem was found in, and `form`
 * the form's id in the borough's system.
 */
export interface BoroughProblem extends Problem {
  /** The form's id in the borough's system (the mapping's `formId` field), when known. */
  form?: string;
  /** Our field, e.g. `complaint.received`, when the problem concerns one. */
  target?: string;
}

/**
 * One problem as a sentence, e.g.
 * `form 1042, question Q_CMP_07 ("Date complaint received"): expected a date dd/mm/yyyy, found "31/02/2025" (not a day of the calendar)`.
 */
export function formatBoroughProblem(problem: BoroughProblem): string {
  checkArgument(problem, "record", {
    fn: "formatBoroughProblem",
    argument: "problem",
    label: "Problem",
    expected: "a problem in the borough's terms",
  });
  const where = [
    problem.form !== undefined
      ? `form ${problem.form}`
      : problem.record !== undefined
        ? `record ${problem.record}`
        : "",
    !problem.path
      ? `"${problem.field}"`
      : problem.field === problem.path
        ? `question ${problem.path}`
        : `question ${problem.path} ("${problem.field}")`,
  ]
    .filter(Boolean)
    .join(", ");
  return `${where}: expected ${problem.expected}, found ${problem.received} (${problem.message})`;
}

/** Where a problem found in our record points in the borough's form. */
export interface ProblemContext {
  /** The field mappings, to find the borough question behind our field. */
  fields: readonly FieldMapping[];
  /** The raw export, to quote what the borough's system wrote. */
  row: Readonly<Record<string, unknown>>;
  /** Our labels by field id, for fields the export does not hold. */
  ourLabels: ReadonlyMap<string, string>;
}

// Problems whose expectation is "one of our values": the borough expects its own codes instead.
const CODED = new Set(["required", "invalid_value", "invalid_option"]);

/**
 * A problem our schema found (its path one of our fields) restated against the borough's question:
 * its id and label, the borough's codes as what is expected, and what the export held as found.
 * Our labels quoted in the message become the borough's question ids, so a follow-up rule reads
 * `needs an answer when Q_CMP_05 ("Investigated") is "Yes"`.
 */
export function inBoroughTerms(problem: Problem, field: string, context: ProblemContext): BoroughProblem {
  checkArgument(problem, "record", {
    fn: "inBoroughTerms",
    argument: "problem",
    label: "Problem",
    expected: "a problem",
  });
  checkArgument(field, "text", { fn: "inBoroughTerms", argument: "field", label: "Field" });
  checkArgument(context, "record", {
    fn: "inBoroughTerms",
    argument: "context",
    label: "Context",
    expected: "{ fields, mapping }",
  });
  const mapped = context.fields.find((f) => f.target === field);
  let message = problem.message;
  const labels = [...context.ourLabels.values()];
  for (const f of context.fields) {
    const ours = context.ourLabels.get(f.target);
    // Only a label no other field shares can be told back for certain.
    if (ours && labels.indexOf(ours) === labels.lastIndexOf(ours))
      message = message.replaceAll(`"${ours}"`, `${f.source} ("${f.label}")`);
  }
  if (!mapped)
    return {
      ...problem,
      message: `${message}; no question of the export maps to ${field}, so set it in the mapping's constants or map a question to it`,
      target: field,
    };
  const raw = context.row[mapped.source];
  return {
    ...problem,
    path: mapped.source,
    field: mapped.label,
    expected:
      mapped.codes && CODED.has(problem.code) ? `one of ${Object.keys(mapped.codes).join(", ")}` : problem.expected,
    received: raw === undefined || raw === null || raw === "" ? "nothing" : JSON.stringify(raw),
    message,
    target: field,
  };
}
