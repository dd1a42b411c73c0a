/**
 * The two forms on the page, each a definition from its package and a check that runs the
 * package's own schema over the record the page makes. Nothing here re-implements a rule: a
 * problem shown on the page is a problem the package reports.
 * @module
 */
import {
  COMPLAINT_SCHEMA_VERSION,
  complaintsProforma,
  safeParseComplaint,
  writeComplaint,
} from "@st/complaints-proforma";
import type { Problem } from "@st/core";
import { type FlatRecord, type FormDefinition, validateFormDefinition } from "@st/core/forms";
import type { TerminologyProfile } from "@st/core/practice";
import { nestRecord } from "@st/core/records";
import {
  checkCompletedChecklists,
  completedChecklistForm,
  completedChecklistFromRow,
  completedChecklistRecord,
  defaultChecklist,
} from "@st/practice-checklist";

/** What checking a form's record gives: the record as it would be stored, or every problem. */
export type FormCheck = { ok: true; stored: Record<string, unknown> } | { ok: false; problems: Problem[] };

/** One form of the page. */
export interface FormSpec {
  /** Prefix of the form's element ids. */
  prefix: string;
  /** What the export button and file call the record. */
  noun: string;
  /** The form definition the page is rendered from. */
  definition: FormDefinition;
  /** Check the page's flat record with the package's schema. */
  check(flat: FlatRecord, terminology: TerminologyProfile): FormCheck;
  /** The download's file name for a stored record. */
  fileName(stored: Record<string, unknown>): string;
}

/** A name safe to use in a file name: letters, digits, `-` and `_`. */
function fileSafe(text: unknown): string {
  return (
    String(text ?? "")
      .replace(/[^A-Za-z0-9_-]+/g, "-")
      .replace(/^-|-$/g, "") || "record"
  );
}

/** The complaints proforma: `@st/complaints-proforma`'s definition and `safeParseComplaint`. */
export const complaintForm: FormSpec = {
  prefix: "cp",
  noun: "complaint",
  definition: complaintsProforma,
  check(flat, terminology) {
    const nested = nestRecord(flat);
    // Always send the register part, even empty, so the schema names each missing register answer
    // ("Date received is required") instead of one problem about the part as a whole.
    nested.complaint ??= {};
    const result = safeParseComplaint({ schemaVersion: COMPLAINT_SCHEMA_VERSION, ...nested }, { terminology });
    return result.ok ? { ok: true, stored: writeComplaint(result.value) } : { ok: false, problems: result.problems };
  },
  fileName: (stored) =>
    `complaint-${fileSafe((stored.complaint as { reference?: unknown } | undefined)?.reference)}.json`,
};

// The checklist's form is built from the default definition by the package; checking it as a core
// form definition proves it sound and gives it core's types (conditions, answer types).
const checklistDefinition = validateFormDefinition(completedChecklistForm(defaultChecklist));

/** Put a checklist problem about `answers.<n>.<part>` at the question of that item's answer, note or "where found". */
function atItemQuestion(problem: Problem, answers: readonly { item?: unknown }[]): Problem {
  const match = /^answers\.(\d+)\.(answer|note|foundIn)(?:\.\d+)?$/.exec(problem.path);
  const item = match ? answers[Number(match[1])]?.item : undefined;
  return typeof item === "string" ? { ...problem, path: `answers.${item}.${match![2]}` } : problem;
}

/**
 * The practice checklist: `@st/practice-checklist`'s default definition as a form (one review),
 * the page's record turned into a completed checklist by the package, and checked by
 * `checkCompletedChecklists`.
 */
export const checklistForm: FormSpec = {
  prefix: "cl",
  noun: "checklist",
  definition: checklistDefinition,
  check(flat) {
    const record = completedChecklistFromRow(flat, defaultChecklist);
    const checked = checkCompletedChecklists(record, { assumeVersion: completedChecklistRecord.version });
    const [valid] = checked.valid;
    if (valid) return { ok: true, stored: completedChecklistRecord.write(valid) };
    const answers = (record.answers ?? []) as { item?: unknown }[];
    return {
      ok: false,
      problems: checked.problems.map((problem) => atItemQuestion(problem, answers)),
    };
  },
  fileName: (stored) => `checklist-${fileSafe(stored.caseId)}.json`,
};
