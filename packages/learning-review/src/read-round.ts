/**
 * Reading and checking review rounds: the record's shape, then every answer against the practice
 * checklist definition it answers, with every problem named by round, case and item.
 * @module
 */

import { appendAll, type Problem, type SafeResult, StValidationError } from "@st/core";
import { withBoroughCode } from "@st/core/places";
import {
  type ChecklistDefinition,
  type CompletedChecklist,
  checkCompletedChecklists,
  completedChecklistRecord,
  findDefinition,
} from "@st/practice-checklist";
import { argumentFailure, checkArg, READING_OPTIONS, ROUND, ROUNDS_JSON } from "./arguments.js";
import { withBuiltInChecklists } from "./legacy-audit.js";
import type { ReviewedCase, ReviewRound } from "./review-round.js";
import { reviewRoundRecord } from "./review-round.js";

/** Options for reading review rounds. */
export interface ReadRoundOptions {
  /** A borough's own checklist definitions rounds may answer; the built-in ones (`reviewChecklists`: the partnership default and the legacy audit) are always known. */
  definitions?: readonly ChecklistDefinition[] | undefined;
  /** The version to read a round without `schemaVersion` as (e.g. objects built in code). */
  assumeVersion?: number | undefined;
}

/**
 * The checklist records of a round: one completed checklist a case (use `audit`, the first
 * reviewer, dated the day of the review or else the end of the period), so everything
 * `@st/practice-checklist` does with completed checklists (score, summarise, render) works on a
 * round's evidence.
 */
export function toCompletedChecklists(round: ReviewRound): CompletedChecklist[] {
  checkArg("toCompletedChecklists", ROUND, round);
  const reviewer = round.reviewers[0] ?? { role: "other" as const };
  return round.cases.map((c) => {
    const record: CompletedChecklist = {
      checklist: { ...round.checklist },
      caseId: c.caseId,
      borough: round.borough,
      reviewer: { ...reviewer },
      use: "audit",
      date: round.reviewedOn ?? round.period.to,
      answers: c.answers.map((a) => ({ ...a })),
    };
    if (c.suggestions?.length) record.suggestions = c.suggestions.map((s) => ({ ...s }));
    return record;
  });
}

/**
 * Read and check one review round: its shape (unknown fields are errors that name them), its
 * cohorts and cases, and every answer against the checklist definition it names. Answers typed in
 * another spelling of a scale option ("Y", "N/A") come back as the option's value.
 */
export function safeParseReviewRound(input: unknown, options: ReadRoundOptions = {}): SafeResult<ReviewRound> {
  checkArg("safeParseReviewRound", READING_OPTIONS, options);
  const read = reviewRoundRecord.safeParse(withBoroughCode(input), { assumeVersion: options.assumeVersion });
  if (!read.ok) return read;
  const round = read.value as ReviewRound;
  const definitions = withBuiltInChecklists(options.definitions);
  if (!findDefinition(definitions, round.checklist)) {
    const known = definitions.map((d) => `${d.id} ${d.version}`).join(", ");
    return {
      ok: false,
      problems: [
        {
          path: "checklist",
          field: "Checklist",
          expected: `a checklist definition this reader was given (${known})`,
          received: `${round.checklist.id} ${round.checklist.version}`,
          message: `the round answers checklist ${round.checklist.id} ${round.checklist.version}, which was not supplied`,
          code: "unknown_checklist",
        },
      ],
    };
  }
  const checked = checkCompletedChecklists(toCompletedChecklists(round), {
    definitions,
    assumeVersion: completedChecklistRecord.version,
  });
  if (checked.problems.length) {
    return {
      ok: false,
      problems: checked.problems.map(({ record, ...problem }) => {
        const index = (record ?? 1) - 1;
        const caseId = round.cases[index]?.caseId;
        return {
          ...problem,
          path: `cases.${index}.${problem.path}`,
          field: `Case ${caseId}: ${problem.field}`,
        };
      }),
    };
  }
  const cases: ReviewedCase[] = round.cases.map((c, i) => ({ ...c, answers: checked.records[i]!.answers }));
  return { ok: true, value: { ...round, cases } };
}

/**
 * Read and check one review round.
 * @throws `StValidationError` (from `@st/core`) listing every problem.
 */
export function parseReviewRound(input: unknown, options: ReadRoundOptions = {}): ReviewRound {
  checkArg("parseReviewRound", READING_OPTIONS, options);
  const result = safeParseReviewRound(input, options);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "the review round" });
  return result.value;
}

/** What {@link readReviewRounds} found. */
export interface RoundsReading {
  /** The rounds that passed, in input order. */
  valid: ReviewRound[];
  /** The problems of the others; `record` is the 1-based position of the round in the input. */
  problems: Problem[];
  /** How many rounds the input held. */
  total: number;
}

/**
 * Read review rounds from JSON text (one round, or a list of rounds), keeping the valid ones and
 * naming every problem of the others by the round's position. Never throws on text; anything else
 * (`undefined`, an object) is a coded `StValidationError` (also a `TypeError`).
 */
export function readReviewRounds(text: string, options: ReadRoundOptions = {}): RoundsReading {
  checkArg("readReviewRounds", ROUNDS_JSON, text);
  checkArg("readReviewRounds", READING_OPTIONS, options);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return {
      valid: [],
      problems: [
        {
          path: "",
          field: "Review rounds",
          expected: "JSON: a review round, or a list of them",
          received: "text that is not JSON",
          message: `is not valid JSON (${(error as Error).message})`,
          code: "unparseable",
        },
      ],
      total: 0,
    };
  }
  const list = Array.isArray(value) ? value : [value];
  const valid: ReviewRound[] = [];
  const problems: Problem[] = [];
  list.forEach((entry, i) => {
    const result = safeParseReviewRound(entry, options);
    if (result.ok) valid.push(result.value);
    else
      appendAll(
        problems,
        result.problems.map((p) => ({ ...p, record: i + 1 })),
      );
  });
  return { valid, problems, total: list.length };
}

/** Read review rounds from JSON text, returning them all or every problem found. */
export function safeParseReviewRounds(text: string, options: ReadRoundOptions = {}): SafeResult<ReviewRound[]> {
  const wrong = argumentFailure("safeParseReviewRounds", ROUNDS_JSON, text);
  if (wrong) return wrong;
  checkArg("safeParseReviewRounds", READING_OPTIONS, options);
  const reading = readReviewRounds(text, options);
  return reading.problems.length ? { ok: false, problems: reading.problems } : { ok: true, value: reading.valid };
}

/** The stored form of a round: checked, with `schemaVersion` first, ready for `JSON.stringify`. */
export function writeReviewRound(round: ReviewRound): ReturnType<typeof reviewRoundRecord.write> {
  checkArg("writeReviewRound", ROUND, round);
  return reviewRoundRecord.write(round);
}
