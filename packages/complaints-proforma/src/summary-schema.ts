/**
 * The monitoring summary as a schema: what `st complaints summary --format json` prints, for the
 * scripts and `st` commands that read it back (`st indicators report --complaints`).
 * @module
 */
import { type SafeResult, safeParseWithProblems } from "@st/core";
import { isQuarterId } from "@st/core/calendar";
import * as z from "zod";
import {
  COMPLAINANT_ROLES,
  COPIED_IN,
  COUNTER_ACCUSATION_KINDS,
  FORMALITY,
  THREATENED_TO,
  UNREASONABLE_OUTCOMES,
  WORKER_IMPACTS,
  WORKER_SUPPORT,
} from "./proforma.js";
import { type ComplaintsSummary, SUMMARY_CONVENTIONS, type SummaryConvention } from "./summary.js";

const count = () => z.int().min(0);
const rate = () => z.number().min(0).max(1).nullable();
const quarter = () =>
  z.string().refine(isQuarterId, {
    message: "is not a quarter written YYYY-Qn",
    params: { code: "invalid_quarter", expected: "a calendar quarter written YYYY-Qn, e.g. 2024-Q1" },
  });
/** A count for each answer of a question. */
const countsOf = (options: readonly { value: string }[], extra: readonly string[] = []) =>
  z.strictObject(Object.fromEntries([...options.map((o) => o.value), ...extra].map((v) => [v, count()])));

const yesNo = () => z.strictObject({ yes: count(), no: count(), notRecorded: count(), rate: rate() });
const spread = () =>
  z.strictObject({
    n: count(),
    median: z.number().min(0).nullable(),
    p90: z.number().min(0).nullable(),
    max: z.number().min(0).nullable(),
  });
const judged = () => z.strictObject({ judged: count(), late: count() });

/** The schema of one row of a {@link ComplaintsSummary}: a borough, a quarter, or a borough in a quarter. */
export const complaintsSummaryGroupSchema = z.strictObject({
  borough: z.string().optional(),
  boroughName: z.string().optional(),
  quarter: quarter().optional(),
  complaints: count().nullable(),
  missing: z.array(z.string()),
  complainants: countsOf(COMPLAINANT_ROLES),
  formality: countsOf(FORMALITY, ["notRecorded"]),
  conventions: z.strictObject(
    Object.fromEntries(Object.keys(SUMMARY_CONVENTIONS).map((c) => [c, yesNo()])) as Record<
      SummaryConvention,
      ReturnType<typeof yesNo>
    >,
  ),
  counterAccusationKinds: countsOf(COUNTER_ACCUSATION_KINDS),
  copiedIn: countsOf(COPIED_IN),
  threatenedTo: countsOf(THREATENED_TO),
  furthest: z.strictObject({
    beforeStage1: count(),
    stage1: count(),
    stage2: count(),
    stage3: count(),
    ombudsman: count(),
    notRecorded: count(),
  }),
  upheld: z.strictObject({ inFull: count(), inPart: count(), no: count(), notRecorded: count(), rate: rate() }),
  emails: spread(),
  phoneCalls: spread(),
  earlyTeamMeeting: yesNo(),
  desiredOutcomeClarified: yesNo(),
  unreasonableRoute: yesNo(),
  unreasonableOutcomes: countsOf(UNREASONABLE_OUTCOMES),
  workerImpactReported: yesNo(),
  workerImpacts: countsOf(WORKER_IMPACTS),
  workerSupportOffered: yesNo(),
  workerSupport: countsOf(WORKER_SUPPORT),
  lateStages: z.strictObject({
    judged: count(),
    late: count(),
    byStage: z.strictObject({ stage1: judged(), stage2: judged(), stage3: judged() }),
    complaintsWithLateStage: count(),
  }),
});

/**
 * The schema of the document `st complaints summary --format json` prints: a
 * {@link ComplaintsSummary} (`by`, `quarters`, `groups`, `total`, `notes`), with the two fields the
 * command adds, `records` (records read) and `excludedRecords` (the 1-based positions of the
 * invalid records left out).
 */
export const complaintsSummarySchema = z.strictObject({
  by: z.array(z.enum(["borough", "quarter"])).min(1),
  quarters: z.strictObject({ from: quarter(), to: quarter() }).nullable(),
  groups: z.array(complaintsSummaryGroupSchema),
  total: complaintsSummaryGroupSchema,
  notes: z.array(z.string()),
  records: count().optional(),
  excludedRecords: z.array(z.int().min(0)).optional(),
});

/** A summary as `st complaints summary --format json` prints it: the summary, and what the command adds. */
export type PrintedComplaintsSummary = ComplaintsSummary & {
  /** Records read, valid or not. */
  records?: number;
  /** The 1-based positions of the invalid records left out of the summary. */
  excludedRecords?: number[];
};

/**
 * Check that a value (parsed JSON) is a monitoring summary as `st complaints summary --format json`
 * prints it, returning it or every problem found (the field, what was expected, what was found).
 * Never throws.
 */
export function safeParseComplaintsSummary(input: unknown): SafeResult<PrintedComplaintsSummary> {
  return safeParseWithProblems(complaintsSummarySchema, input) as SafeResult<PrintedComplaintsSummary>;
}

/** One group's count of complaints: what readers of the counts alone need of a summary's group. */
export interface ComplaintCount {
  /** GSS code (or name) of the borough, when grouped by borough. */
  borough?: string;
  /** The quarter, when grouped by quarter (as written: a reader keeps only `YYYY-Qn` quarters). */
  quarter?: string;
  /** Complaints recorded, or null when the quarter was not returned (missing, never zero). */
  complaints: number | null;
}

/**
 * The part of a summary that the complaint counts need, `{ "groups": [{ "borough", "quarter",
 * "complaints" }] }`: what `st indicators report --complaints` reads. A whole summary passes it
 * (its other fields are not checked), and so does a summary cut down to those fields by hand.
 */
export const complaintCountsSchema = z.object({
  groups: z.array(
    z.object({
      borough: z.string().optional(),
      quarter: z.string().optional(),
      complaints: count().nullable(),
    }),
  ),
});

/**
 * Check the complaint counts of a summary (parsed JSON): the document `st complaints summary
 * --format json` prints, or the list of its groups alone. Returns the groups (with `borough`,
 * `quarter` and `complaints` only) or every problem found. Never throws.
 */
export function safeParseComplaintCounts(input: unknown): SafeResult<{ groups: ComplaintCount[] }> {
  const document = Array.isArray(input) ? { groups: input } : input;
  return safeParseWithProblems(complaintCountsSchema, document, {
    subject: "complaints summary",
  }) as SafeResult<{ groups: ComplaintCount[] }>;
}
