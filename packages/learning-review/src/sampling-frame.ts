/**
 * The sampling frame as data: which cases are in scope, the cohorts to draw and how many of each.
 * The partnership's default and the localised variants boroughs used are frames; a borough loads
 * its own as JSON without changing code.
 * @module
 */
import { type SafeResult, StValidationError } from "@st/core";
import { type IsoDate, isoDateSchema } from "@st/core/calendar";
import { labelTemplateSchema } from "@st/core/practice";
import { defineRecord } from "@st/core/records";
import * as z from "zod";

/** A date a condition compares with: a fixed date, an end of the review period, or another field of the case. */
export type DateRef = IsoDate | "period-start" | "period-end" | { field: string };

/**
 * A test of one case, as data. Fields are those of a case list (`closedDate`, `daFactor`,
 * `workerTrained`, `workerTrainedDate`, `consultation`, `consultationDates`, `outcome`,
 * `openedDate`, `team`, `caseId`, `workerId`) or any other column of the list, by its header.
 *
 * - `{ all: [...] }`, `{ any: [...] }`, `{ not: ... }` combine tests;
 * - `{ field, is: value | [values] }`: the field has the value (yes/no fields take `"yes"`/`"no"`,
 *   `outcome` an outcome id; other text ignores case and surrounding spaces);
 * - `{ field, isEmpty: true | false }`: the cell is (or is not) empty;
 * - `{ field, inPeriod: true }`: a date within the review period, both ends included;
 * - `{ field, before | onOrBefore | after | onOrAfter: DateRef }`: a date compared with a date,
 *   an end of the period or another date field (`{ field: "workerTrainedDate" }`). An empty date
 *   fails every comparison. For `consultationDates`, any one of the dates may pass.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { field: string; is: string | string[] }
  | { field: string; isEmpty: boolean }
  | { field: string; inPeriod: true }
  | {
      field: string;
      before?: DateRef | undefined;
      onOrBefore?: DateRef | undefined;
      after?: DateRef | undefined;
      onOrAfter?: DateRef | undefined;
    };

/** One cohort of a frame. */
export interface CohortDefinition {
  /** Stable id, lower-case words joined by hyphens, e.g. `trained-consulted`. */
  id: string;
  /** What the cohort is, for people; may hold terminology placeholders. */
  label: string;
  /** A sentence on why the cohort is drawn. */
  description?: string | undefined;
  /** How many cases to draw (in a paired frame: how many workers). */
  size: number;
  /** How many reserve cases to draw beyond `size`, in order, to replace a case found unsuitable on reading. Default 0. */
  reserves?: number | undefined;
  /** Which cases of the population belong to the cohort. */
  where: Condition;
}

/** A sampling frame. */
export interface SamplingFrame {
  /** Stable id, e.g. `st-default`. */
  id: string;
  /** Version of the frame's content; bump it when a cohort or filter changes. */
  version: string;
  /** Title, for reports. */
  title: string;
  /** What the frame is for, for reports. */
  description?: string | undefined;
  /** The review period when the frame fixes one; usually given with each draw instead. */
  period?: { from: IsoDate; to: IsoDate } | undefined;
  /** Which cases are in scope at all (every cohort draws from these). */
  population: Condition;
  /** The cohorts, in the order they are drawn. A case is drawn into one cohort at most. */
  cohorts: CohortDefinition[];
  /**
   * Draw matched cases: `"workerId"` picks workers with an eligible case in every cohort and one
   * case of each cohort per worker (e.g. one case before and one after the worker's Core training).
   * Every cohort then has the same `size` (the number of workers) and `reserves`.
   */
  pairBy?: "workerId" | undefined;
  /** At most this many cases of one worker in a cohort, so one worker's practice does not fill it. */
  maxPerWorker?: number | undefined;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z
  .string()
  .regex(SLUG, "must be lower-case letters and digits joined by single hyphens, e.g. trained-consulted");
const fieldName = z.string().trim().min(1, "must name a field or column");
const dateRefSchema = z.union([
  isoDateSchema,
  z.enum(["period-start", "period-end"]),
  z.strictObject({ field: fieldName }),
]);

/** Schema of a {@link Condition}. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1, "must hold at least one condition") }),
    z.strictObject({ any: z.array(conditionSchema).min(1, "must hold at least one condition") }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({
      field: fieldName,
      is: z.union([z.string(), z.array(z.string()).min(1, "must hold at least one value")]),
    }),
    z.strictObject({ field: fieldName, isEmpty: z.boolean() }),
    z.strictObject({ field: fieldName, inPeriod: z.literal(true) }),
    z
      .strictObject({
        field: fieldName,
        before: dateRefSchema.optional(),
        onOrBefore: dateRefSchema.optional(),
        after: dateRefSchema.optional(),
        onOrAfter: dateRefSchema.optional(),
      })
      .refine((c) => c.before ?? c.onOrBefore ?? c.after ?? c.onOrAfter, {
        message: "must compare the date with something: before, onOrBefore, after or onOrAfter",
        params: { code: "required", expected: "before, onOrBefore, after or onOrAfter" },
      }),
  ]),
) as z.ZodType<Condition>;

const cohortSchema = z.strictObject({
  id: slug,
  label: z.string().trim().min(1, "must not be empty").pipe(labelTemplateSchema),
  description: z.string().optional(),
  size: z.int().min(1).max(10_000),
  reserves: z.int().min(0).max(10_000).optional(),
  where: conditionSchema,
});

/** Schema of a {@link SamplingFrame} (without `schemaVersion`; see {@link samplingFrameRecord}). */
export const samplingFrameSchema = z
  .strictObject({
    id: slug,
    version: z.string({ error: "must be text (put the version in quotes)" }).trim().min(1),
    title: z.string().trim().min(1, "must not be empty"),
    description: z.string().optional(),
    period: z.strictObject({ from: isoDateSchema, to: isoDateSchema }).optional(),
    population: conditionSchema,
    cohorts: z.array(cohortSchema).min(1, "must hold at least one cohort"),
    pairBy: z.literal("workerId").optional(),
    maxPerWorker: z.int().min(1).optional(),
  })
  .superRefine((frame, ctx) => {
    const seen = new Set<string>();
    frame.cohorts.forEach((cohort, i) => {
      if (seen.has(cohort.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["cohorts", i, "id"],
          message: `cohort id "${cohort.id}" is used more than once`,
          input: cohort.id,
          params: { code: "duplicate_id", expected: "an id no other cohort has" },
        });
      }
      seen.add(cohort.id);
    });
    if (frame.period && frame.period.from > frame.period.to) {
      ctx.addIssue({
        code: "custom",
        path: ["period", "to"],
        message: "ends before the period starts",
        input: frame.period.to,
        params: { code: "invalid_period", expected: `a date on or after ${frame.period.from}` },
      });
    }
    if (frame.pairBy) {
      const [first] = frame.cohorts;
      frame.cohorts.forEach((cohort, i) => {
        if (!first || i === 0) return;
        if (cohort.size !== first.size || (cohort.reserves ?? 0) !== (first.reserves ?? 0)) {
          ctx.addIssue({
            code: "custom",
            path: ["cohorts", i, "size"],
            message: "a paired frame draws the same number of workers for every cohort",
            input: cohort.size,
            params: {
              code: "unequal_cohorts",
              expected: `size ${first.size} and reserves ${first.reserves ?? 0}, as the first cohort`,
            },
          });
        }
      });
    }
  });

/**
 * The sampling frame as a versioned record type (see `defineRecord` in `@st/core`). A frame
 * written by hand without `schemaVersion` is read as version 1.
 */
export const samplingFrameRecord = defineRecord({
  name: "sampling frame",
  version: 1,
  schema: samplingFrameSchema,
  description: "Which cases a learning review samples: the population, the cohorts and their sizes.",
  assumeVersion: 1,
  labels: {
    id: "Frame id",
    version: "Frame version",
    title: "Title",
    population: "Population",
    cohorts: "Cohorts",
    "cohorts.*.id": "Cohort id",
    "cohorts.*.size": "Cohort size",
    "cohorts.*.reserves": "Reserves",
    "cohorts.*.where": "Cohort condition",
    pairBy: "Pair by",
    maxPerWorker: "Most cases of one worker in a cohort",
  },
});

/** Check a frame (an object, e.g. read from a borough's JSON file), returning it or every problem. */
export function safeParseSamplingFrame(input: unknown): SafeResult<SamplingFrame> {
  const result = samplingFrameRecord.safeParse(input);
  return result.ok ? { ok: true, value: result.value as SamplingFrame } : result;
}

/**
 * Check a frame.
 * @throws `StValidationError` (from `@st/core`) listing every problem.
 */
export function parseSamplingFrame(input: unknown): SamplingFrame {
  const result = safeParseSamplingFrame(input);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "the sampling frame" });
  return result.value;
}

const yes = (field: string): Condition => ({ field, is: "yes" });
const no = (field: string): Condition => ({ field, is: "no" });

/**
 * The partnership's default frame: cases closed in the review period where domestic abuse was a
 * factor; five whose worker was S&T Core trained and had a case consultation, and five whose
 * worker had neither.
 */
export const defaultSamplingFrame: SamplingFrame = {
  id: "st-default",
  version: "1",
  title: "Cases closed in the period where domestic abuse was a factor, by training and consultation",
  description:
    "The Safe & Together London Partnership's learning-review sample: five cases whose worker was S&T Core trained and had a case consultation, five whose worker had neither.",
  population: { all: [{ field: "closedDate", inPeriod: true }, yes("daFactor")] },
  cohorts: [
    {
      id: "trained-consulted",
      label: "Worker S&T Core trained, case consultation held",
      size: 5,
      where: { all: [yes("workerTrained"), yes("consultation")] },
    },
    {
      id: "untrained-unconsulted",
      label: "Worker not trained, no case consultation",
      size: 5,
      where: { all: [no("workerTrained"), no("consultation")] },
    },
  ],
};

/**
 * A localised variant: one worker's cases before and after their S&T Core training. Draws one
 * worker with a DA case closed before their training date and a DA case closed in the review
 * period after it. Raise `size` on both cohorts (keeping them equal) to review more workers.
 */
export const beforeAfterTrainingFrame: SamplingFrame = {
  id: "st-before-after-training",
  version: "1",
  title: "One worker's cases before and after S&T Core training",
  description:
    "Two cases of the same worker where domestic abuse was a factor: one closed before the worker's Core training, one closed in the review period after it.",
  population: { all: [yes("daFactor"), { field: "workerTrainedDate", isEmpty: false }] },
  cohorts: [
    {
      id: "before-training",
      label: "Closed before the worker's S&T Core training",
      size: 1,
      where: { field: "closedDate", before: { field: "workerTrainedDate" } },
    },
    {
      id: "after-training",
      label: "Closed in the period, after the worker's S&T Core training",
      size: 1,
      where: {
        all: [
          { field: "closedDate", inPeriod: true },
          { field: "closedDate", onOrAfter: { field: "workerTrainedDate" } },
        ],
      },
    },
  ],
  pairBy: "workerId",
};
