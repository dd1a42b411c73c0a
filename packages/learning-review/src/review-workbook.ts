/**
 * Recording a round offline: a spreadsheet form with one row a reviewed case (its context, the
 * consultation, what went well, improvements, learnings, actions, and an answer, note and place
 * found for every practice-checklist item), for `@st/workbook` to write as an Excel template and
 * read back. Pure: this module builds the form and converts rows; the `.xlsx` I/O is `@st/workbook`'s
 * (or `st review template` and `st review import`).
 * @module
 */

import type { Problem, SafeResult } from "@st/core";
import { isIsoDate } from "@st/core/calendar";
import { type FlatRecord, type FormDefinition, type FormQuestion, validateFormDefinition } from "@st/core/forms";
import { roles } from "@st/core/practice";
import {
  type ChecklistDefinition,
  completedChecklistForm,
  completedChecklistFromRow,
  completedChecklistToRow,
  defaultChecklist,
  findDefinition,
  type ItemAnswer,
} from "@st/practice-checklist";
import { checkArg, FORM_OPTIONS, REVIEWED_CASE, ROUND, ROWS } from "./arguments.js";
import { withBuiltInChecklists } from "./legacy-audit.js";
import { caseOutcomeLabels, caseOutcomes } from "./outcomes.js";
import { safeParseReviewRound, toCompletedChecklists } from "./read-round.js";
import { type ReviewAction, type ReviewedCase, type ReviewRound, reviewRoundRecord } from "./review-round.js";

/** The separator of list answers typed in one cell: "domestic abuse; housing". */
const LIST = /\s*;\s*|\r?\n/;

/** Options for {@link reviewedCaseForm}. */
export interface ReviewFormOptions {
  /** A borough's own checklist definitions the round may answer; the built-in ones are always known. */
  definitions?: readonly ChecklistDefinition[] | undefined;
}

/**
 * The form a round's cases are recorded with offline: one row a case. The case (id, cohort from
 * the round's cohorts, worker, closure, training, consultation, outcome), its context (children's
 * ages, adults by role, presenting issues, agencies, summary), how the consultation shaped
 * practice, what went well, areas for improvement, key learnings and actions (one a line:
 * `action; owner; due date`), then for each item of the round's checklist an answer (a drop-down
 * of its scale), an evidence note and where it was found.
 */
export function reviewedCaseForm(round: ReviewRound, options: ReviewFormOptions = {}): FormDefinition {
  checkArg("reviewedCaseForm", ROUND, round);
  checkArg("reviewedCaseForm", FORM_OPTIONS, options);
  const definition = findDefinition(withBuiltInChecklists(options.definitions), round.checklist) ?? defaultChecklist;
  const items = completedChecklistForm(definition).sections.slice(1);
  const caseQuestions: FormQuestion[] = [
    { id: "caseId", label: "Case id (pseudonymised)", type: "text", required: true },
    {
      id: "cohort",
      label: "Cohort",
      type: "choice",
      required: true,
      options: round.cohorts.map((c) => ({ value: c.id, label: c.label })),
    },
    { id: "workerId", label: "Worker id (pseudonymised)", type: "text" },
    { id: "closedDate", label: "Date the case closed", type: "date" },
    { id: "workerTrained", label: "Worker S&T Core trained?", type: "yesNo", required: true },
    { id: "consultation", label: "Case consultation held?", type: "yesNo", required: true },
    {
      id: "outcome",
      label: "Outcome",
      type: "choice",
      options: caseOutcomes.map((o) => ({ value: o, label: caseOutcomeLabels[o] })),
    },
  ];
  const contextQuestions: FormQuestion[] = [
    {
      id: "childrenAges",
      label: "Children's ages (years; separate with ;)",
      help: "Ages only, never names: e.g. 4; 9; unborn",
      type: "text",
    },
    {
      id: "adults",
      label: "Adults in the case, by role",
      type: "multiChoice",
      options: roles.map((r) => ({ value: r.id, label: r.label })),
    },
    { id: "presentingIssues", label: "Presenting issues (separate with ;)", type: "text" },
    { id: "agencies", label: "Agencies involved (separate with ;)", type: "text" },
    { id: "summary", label: "Summary of the case (no identifying details)", type: "longText" },
  ];
  const reviewQuestions: FormQuestion[] = [
    { id: "consultationImpact", label: "How the case consultation shaped practice", type: "longText" },
    { id: "strengths", label: "What went well (one a line)", type: "longText" },
    { id: "improvements", label: "Areas for improvement (one a line)", type: "longText" },
    { id: "learnings", label: "Key learnings (one a line)", type: "longText" },
    {
      id: "actions",
      label: "Actions (one a line: action; owner; due date)",
      help: "e.g. Discuss the plan in supervision; Team manager; 2024-09-30",
      type: "longText",
    },
  ];
  return validateFormDefinition({
    id: "learning-review-cases",
    version: 1,
    title: `Learning review ${round.id}: one row a case`,
    description: `The cases of learning review ${round.id}, one row each, with the evidence against ${definition.id} ${definition.version}. Leave an item's answer empty if it was not reviewed.`,
    sections: [
      { id: "case", title: "The case", questions: caseQuestions },
      { id: "context", title: "Context and composition", questions: contextQuestions },
      { id: "review", title: "What the review found", questions: reviewQuestions },
      ...items,
    ],
  });
}

const lines = (values: readonly string[]) => values.join("\n");

/** One row of {@link reviewedCaseForm} from a reviewed case, to pre-fill a template. */
export function reviewedCaseToRow(round: ReviewRound, reviewed: ReviewedCase): FlatRecord {
  checkArg("reviewedCaseToRow", ROUND, round);
  checkArg("reviewedCaseToRow", REVIEWED_CASE, reviewed);
  const record = toCompletedChecklists({ ...round, cases: [reviewed] })[0]!;
  const {
    caseId: _c,
    "reviewer.role": _r,
    "reviewer.id": _i,
    use: _u,
    date: _d,
    borough: _b,
    ...answers
  } = completedChecklistToRow(record);
  const row: FlatRecord = {
    caseId: reviewed.caseId,
    cohort: reviewed.cohort,
    workerTrained: reviewed.workerTrained,
    consultation: reviewed.consultation,
    ...answers,
  };
  const ctx = reviewed.context;
  if (reviewed.workerId) row.workerId = reviewed.workerId;
  if (reviewed.closedDate) row.closedDate = reviewed.closedDate;
  if (ctx.outcome) row.outcome = ctx.outcome;
  if (ctx.children.length) {
    row.childrenAges = ctx.children
      .map((c) => (c.unborn ? "unborn" : c.age === undefined ? "?" : String(c.age)))
      .join("; ");
  }
  if (ctx.adults.length) row.adults = [...new Set(ctx.adults.map((a) => a.role))];
  if (ctx.presentingIssues.length) row.presentingIssues = ctx.presentingIssues.join("; ");
  if (ctx.agencies.length) row.agencies = ctx.agencies.join("; ");
  if (ctx.summary) row.summary = ctx.summary;
  if (reviewed.consultationImpact) row.consultationImpact = reviewed.consultationImpact;
  if (reviewed.strengths.length) row.strengths = lines(reviewed.strengths);
  if (reviewed.improvements.length) row.improvements = lines(reviewed.improvements);
  if (reviewed.learnings.length) row.learnings = lines(reviewed.learnings);
  if (reviewed.actions.length) {
    row.actions = lines(reviewed.actions.map((a) => [a.action, a.owner, ...(a.due ? [a.due] : [])].join("; ")));
  }
  return row;
}

function listOf(value: unknown): string[] {
  if (value === undefined) return [];
  const text = Array.isArray(value) ? value.join("\n") : String(value);
  return text
    .split(LIST)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function linesOf(value: unknown): string[] {
  if (value === undefined) return [];
  return String(value)
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * Bring rows read with {@link reviewedCaseForm} (by `@st/workbook`'s `readWorkbook` or `readCsv`) into
 * the round: each row updates the case of its case id (a case id the round does not have is added
 * as a new case). What the form does not hold (extracts, language evidence, suggestions) is kept.
 * The result is checked as {@link safeParseReviewRound} checks a round; every problem names the row.
 */
export function applyReviewedCaseRows(
  round: ReviewRound,
  rows: readonly FlatRecord[],
  options: ReviewFormOptions = {},
): SafeResult<ReviewRound> {
  checkArg("applyReviewedCaseRows", ROUND, round);
  checkArg("applyReviewedCaseRows", ROWS, rows);
  checkArg("applyReviewedCaseRows", FORM_OPTIONS, options);
  const definitions = withBuiltInChecklists(options.definitions);
  const definition = findDefinition(definitions, round.checklist) ?? defaultChecklist;
  const problems: Problem[] = [];
  const cases = [...round.cases];
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const where = { record: i + 1 };
    const text = (key: string) => (row[key] === undefined ? undefined : String(row[key]).trim() || undefined);
    const caseId = text("caseId");
    if (!caseId) {
      problems.push({
        ...where,
        path: "caseId",
        field: "Case id",
        expected: "a case id",
        received: "nothing",
        message: "is empty",
        code: "required",
      });
      return;
    }
    if (seen.has(caseId)) {
      problems.push({
        ...where,
        path: "caseId",
        field: "Case id",
        expected: "one row a case",
        received: JSON.stringify(caseId),
        message: `case ${caseId} has two rows (first as row ${seen.get(caseId)})`,
        code: "duplicate_case",
      });
      return;
    }
    seen.set(caseId, i + 1);
    const index = cases.findIndex((c) => c.caseId === caseId);
    const before: ReviewedCase | undefined = index >= 0 ? cases[index] : undefined;
    const children = listOf(row.childrenAges).flatMap((age) => {
      if (/^unborn$/i.test(age)) return [{ unborn: true }];
      if (/^\d{1,2}$/.test(age)) return [{ age: Number(age) }];
      if (age === "?") return [{}];
      problems.push({
        ...where,
        path: "childrenAges",
        field: "Children's ages",
        expected: "ages in whole years, or unborn, separated by ;",
        received: JSON.stringify(age),
        message: "is not an age",
        code: "invalid_value",
      });
      return [];
    });
    const actions: ReviewAction[] = linesOf(row.actions).flatMap((line) => {
      const [action, owner, due] = line.split(";").map((s) => s.trim());
      if (!action || !owner || (due && !isIsoDate(due))) {
        problems.push({
          ...where,
          path: "actions",
          field: "Actions",
          expected: "one action a line: action; owner; due date (YYYY-MM-DD, optional)",
          received: JSON.stringify(line),
          message: !owner
            ? "has no owner: every action needs one"
            : "has a due date that is not a date written YYYY-MM-DD",
          code: "invalid_action",
        });
        return [];
      }
      const previous = before?.actions.find((a) => a.action === action && a.owner === owner);
      return [{ action, owner, ...(due ? { due } : {}), ...(previous?.status ? { status: previous.status } : {}) }];
    });
    const answers = (completedChecklistFromRow(row, definition).answers ?? []) as ItemAnswer[];
    const adults = Array.isArray(row.adults) ? row.adults.map(String) : listOf(row.adults);
    const keptAdultNotes = new Map(before?.context.adults.map((a) => [a.role, a.note]) ?? []);
    const next: ReviewedCase = {
      ...(before ?? {}),
      caseId,
      cohort: text("cohort") ?? before?.cohort ?? "",
      workerTrained: (text("workerTrained") ?? before?.workerTrained ?? "") as ReviewedCase["workerTrained"],
      consultation: (text("consultation") ?? before?.consultation ?? "") as ReviewedCase["consultation"],
      context: {
        children,
        adults: adults.map((role) => {
          const note = keptAdultNotes.get(role as never);
          return { role: role as never, ...(note ? { note } : {}) };
        }),
        presentingIssues: listOf(row.presentingIssues),
        agencies: listOf(row.agencies),
      },
      answers,
      strengths: linesOf(row.strengths),
      improvements: linesOf(row.improvements),
      learnings: linesOf(row.learnings),
      actions,
    };
    const optional = <K extends "workerId" | "closedDate" | "consultationImpact">(key: K) => {
      const value = text(key);
      if (value === undefined) delete next[key];
      else next[key] = value;
    };
    optional("workerId");
    optional("closedDate");
    optional("consultationImpact");
    const outcome = text("outcome");
    if (outcome) next.context.outcome = outcome as never;
    const summary = text("summary");
    if (summary) next.context.summary = summary;
    if (index >= 0) cases[index] = next;
    else cases.push(next);
  });
  if (problems.length) return { ok: false, problems };
  const checked = safeParseReviewRound({ ...round, cases }, { definitions, assumeVersion: reviewRoundRecord.version });
  if (checked.ok) return checked;
  // Name the row a case came from, so a problem can be found in the workbook.
  return {
    ok: false,
    problems: checked.problems.map((p) => {
      const m = /^cases\.(\d+)\./.exec(p.path);
      const caseId = m ? cases[Number(m[1])]?.caseId : undefined;
      const row = caseId === undefined ? undefined : seen.get(caseId);
      return row === undefined ? p : { ...p, record: row };
    }),
  };
}
