/**
 * From a drawn sample to a round ready for reviewers: one case a drawn case, carrying what the case
 * list knew (cohort, worker, closure, training, consultation, outcome).
 * @module
 */

import { StValidationError } from "@st/core";
import type { IsoDate } from "@st/core/calendar";
import { type GssCode, getLocalAuthority } from "@st/core/places";
import { type ChecklistRef, defaultChecklist } from "@st/practice-checklist";
import { CASE_LIST, checkArg, ROUND_OPTIONS, SAMPLE } from "./arguments.js";
import type { CaseList, CaseListEntry } from "./case-list.js";
import type { Sample } from "./draw-sample.js";
import type { ReviewedCase, Reviewer, ReviewRound } from "./review-round.js";

/** What {@link createReviewRound} needs besides the sample. */
export interface CreateRoundOptions {
  /** An id for the round, unique within the borough. */
  id: string;
  /** The borough: a GSS code or any name `@st/core` knows ("Hackney"). */
  borough: GssCode | string;
  /** The round's number in the borough's series. */
  round?: number | undefined;
  /** The reviewers; may be added later. */
  reviewers?: readonly Reviewer[] | undefined;
  /** The checklist the answers will answer; the partnership default when absent. */
  checklist?: ChecklistRef | undefined;
  /** When the sample was drawn. */
  drawnOn?: IsoDate | undefined;
  /** The period, when the sample's frame had none (a paired frame without a period). */
  period?: { from: IsoDate; to: IsoDate } | undefined;
  /** Keep reserve cases as cases of the round too (default: no, only the drawn cases). */
  includeReserves?: boolean | undefined;
}

/**
 * Start a round from a drawn sample: one case for each drawn case (in cohort order), with the
 * facts the case list gives and everything the reviewers add left empty.
 *
 * @throws `StValidationError` (from `@st/core`) when a drawn case is missing from the case list,
 * the borough is
 * not known, or neither the sample nor the options give a period.
 * @throws `StValidationError` (also a `TypeError`, coded `invalid_type`) naming the argument when
 * the sample, the case list or the options are not objects.
 */
export function createReviewRound(
  sample: Sample,
  caseList: CaseList | readonly CaseListEntry[],
  options: CreateRoundOptions,
): ReviewRound {
  checkArg("createReviewRound", SAMPLE, sample);
  checkArg("createReviewRound", CASE_LIST, caseList);
  checkArg("createReviewRound", ROUND_OPTIONS, options);
  const entries: readonly CaseListEntry[] = Array.isArray(caseList) ? caseList : (caseList as CaseList).cases;
  const byId = new Map(entries.map((e) => [e.caseId, e]));
  const period = options.period ?? sample.period;
  if (!period) {
    throw new StValidationError(
      [
        {
          path: "period",
          field: "Review period",
          expected: "the period the reviewed cases closed in",
          received: "nothing",
          message: "the sample has no period; pass one",
          code: "missing_period",
        },
      ],
      { subject: "the review round" },
    );
  }
  const missing: string[] = [];
  const cases: ReviewedCase[] = [];
  for (const cohort of sample.cohorts) {
    for (const caseId of options.includeReserves ? [...cohort.cases, ...cohort.reserves] : cohort.cases) {
      const entry = byId.get(caseId);
      if (!entry) {
        missing.push(caseId);
        continue;
      }
      const reviewed: ReviewedCase = {
        caseId,
        cohort: cohort.id,
        workerId: entry.workerId,
        workerTrained: entry.workerTrained,
        consultation: entry.consultation,
        context: { children: [], adults: [], presentingIssues: [], agencies: [] },
        answers: [],
        strengths: [],
        improvements: [],
        learnings: [],
        actions: [],
      };
      if (entry.closedDate) reviewed.closedDate = entry.closedDate;
      if (entry.outcome) reviewed.context.outcome = entry.outcome;
      cases.push(reviewed);
    }
  }
  if (missing.length) {
    throw new StValidationError(
      missing.map((id) => ({
        path: "caseId",
        field: "Case id",
        expected: "a case of the case list the sample was drawn from",
        received: JSON.stringify(id),
        message: `case ${id} was drawn but is not in the case list`,
        code: "unknown_case",
      })),
      { subject: "the review round" },
    );
  }
  const round: ReviewRound = {
    id: options.id,
    borough: getLocalAuthority(options.borough).code,
    period: { from: period.from, to: period.to },
    reviewers: (options.reviewers ?? []).map((r) => ({ ...r })),
    checklist: options.checklist ?? { id: defaultChecklist.id, version: defaultChecklist.version },
    sample: {
      frame: { ...sample.frame },
      seed: sample.seed,
      shortfalls: sample.shortfalls.map(({ cohort, wanted, eligible }) => ({ cohort, wanted, eligible })),
    },
    cohorts: sample.cohorts.map((c) => ({ id: c.id, label: c.label })),
    cases,
    learnings: [],
    actions: [],
  };
  if (options.round !== undefined) round.round = options.round;
  if (options.drawnOn !== undefined) round.sample!.drawnOn = options.drawnOn;
  return round;
}
