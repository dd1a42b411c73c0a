/**
 * Statutory timescales of the Children Act 1989 representations procedure in England, and the due
 * dates and lateness they give a complaint's record.
 *
 * Sources: The Children Act 1989 Representations Procedure (England) Regulations 2006 (SI 2006/1738,
 * https://www.legislation.gov.uk/uksi/2006/1738/made) and the statutory guidance "Getting the Best
 * from Complaints" (DfES, 2006, DFES-2055-2006). A "working day" is any day other than a Saturday,
 * Sunday, Christmas Day, Boxing Day, Good Friday or a bank holiday under the Banking and Financial
 * Dealings Act 1971 (regulation 2), which is the England and Wales bank-holiday calendar.
 * @module
 */
import { argumentError, argumentTypeError } from "@st/core";
import {
  addIsoMonths,
  type IsoDate,
  isoDateArgument,
  type WorkingDayCalendar,
  workingDayCalendar,
} from "@st/core/calendar";
import { checkRecordArgument } from "./arguments.js";
import type { ComplaintRecord } from "./record.js";

/** The periods, in working days unless named otherwise, that the procedure allows. */
export interface Timescales {
  /** Stage 1 local resolution: response within this many working days of receipt (regulation 14). */
  stage1: number;
  /** Stage 1, extended for a complex complaint: the most allowed in all (regulation 14: 10 more, 20 at most). */
  stage1Extended: number;
  /** Stage 2 investigation: response within this many working days of the request (regulation 17). */
  stage2: number;
  /** Stage 2, extended: the most allowed in all (regulation 17: at most 65). */
  stage2Extended: number;
  /** Stage 3: the review panel meets within this many working days of the request (regulation 19(4)). */
  stage3Panel: number;
  /** Stage 3: the panel's report within this many working days of its meeting (regulation 20). */
  panelReport: number;
  /** Stage 3: the authority's response within this many working days of the report (regulation 20). */
  stage3Response: number;
  /**
   * Local practice, not regulation: working days a complainant has to ask for the next stage after
   * a response (commonly 20).
   */
  nextStageRequest: number;
  /**
   * Statutory: the time limit for making a complaint, in months after the grounds for it arose.
   * Regulation 9(1) of the Children Act 1989 Representations Procedure (England) Regulations 2006
   * (SI 2006/1738) sets one year; under regulation 9(2) the authority may still consider a later
   * complaint (see {@link COMPLAINT_TIME_LIMIT_RULE}). Configurable only for testing what-ifs.
   */
  complaintTimeLimitMonths: number;
}

/** The time limit for making a complaint, and the discretion to consider a later one, as the regulations set them. */
export const COMPLAINT_TIME_LIMIT_RULE =
  "A complaint must be made within one year of the grounds for it arising (SI 2006/1738, regulation 9(1)); the authority may consider a later complaint if it would not have been reasonable to expect it within the year and it can still be considered effectively and fairly (regulation 9(2)).";

/** The periods of the regulations, with the commonest local practice where the regulations leave it to the authority. */
export const STATUTORY_TIMESCALES: Readonly<Timescales> = Object.freeze({
  stage1: 10,
  stage1Extended: 20,
  stage2: 25,
  stage2Extended: 65,
  stage3Panel: 30,
  panelReport: 5,
  stage3Response: 15,
  nextStageRequest: 20,
  complaintTimeLimitMonths: 12,
});

/** A stage of the procedure: 1 local resolution, 2 investigation, 3 review panel. */
export type Stage = 1 | 2 | 3;

/** Options for every due-date calculation. */
export interface TimescaleOptions {
  /** Periods to use instead of {@link STATUTORY_TIMESCALES} (e.g. a borough's own request window). */
  timescales?: Partial<Timescales>;
  /** Days the borough was closed, beyond weekends and bank holidays. */
  closures?: readonly IsoDate[];
}

/** A stage's due date, as `st complaints deadline` prints it. */
export interface StageDeadline {
  /** The stage. */
  stage: Stage;
  /** The day counting starts from (not itself counted). */
  from: IsoDate;
  /** Working days allowed. */
  workingDays: number;
  /** The working day on which the period ends. */
  due: IsoDate;
  /** What must happen by then, and the regulation that says so. */
  rule: string;
}

function resolve(options: TimescaleOptions): Timescales {
  return { ...STATUTORY_TIMESCALES, ...options.timescales };
}

let standardCalendar: WorkingDayCalendar | undefined;
const calendars = new WeakMap<readonly IsoDate[], WorkingDayCalendar>();

/** One calendar per list of closures, built once: a summary asks it for thousands of due dates. */
function calendarFor(options: TimescaleOptions): WorkingDayCalendar {
  if (!options.closures) {
    standardCalendar ??= workingDayCalendar();
    return standardCalendar;
  }
  let calendar = calendars.get(options.closures);
  if (!calendar) {
    calendar = workingDayCalendar({ closures: options.closures });
    calendars.set(options.closures, calendar);
  }
  return calendar;
}

const RULES: Record<Stage, [standard: string, extended: string]> = {
  1: [
    "stage 1 response within 10 working days of receipt (SI 2006/1738 reg. 14)",
    "stage 1 response, extended for a complex complaint, within 20 working days of receipt (SI 2006/1738 reg. 14)",
  ],
  2: [
    "stage 2 response within 25 working days of the request (SI 2006/1738 reg. 17)",
    "stage 2 response, extended, within 65 working days of the request (SI 2006/1738 reg. 17)",
  ],
  3: [
    "review panel meets within 30 working days of the request (SI 2006/1738 reg. 19(4))",
    "review panel meets within 30 working days of the request; the regulations allow no extension (SI 2006/1738 reg. 19(4))",
  ],
};

/**
 * The due date of a stage counted from `from` (receipt for stage 1, the request for stages 2 and 3).
 * `extended` gives the longest period the regulations allow for that stage.
 *
 * @example stageDeadline(1, "2025-12-19") // { stage: 1, from: "2025-12-19", workingDays: 10, due: "2026-01-07", ... }
 */
export function stageDeadline(
  stage: Stage,
  from: IsoDate,
  options: TimescaleOptions & { extended?: boolean } = {},
): StageDeadline {
  if (stage !== 1 && stage !== 2 && stage !== 3)
    throw argumentError("stageDeadline", {
      argument: "stage",
      label: "Stage",
      expected: "1, 2 or 3",
      received: stage,
      message: "is not a stage of the statutory complaints procedure",
      code: "invalid_stage",
    });
  isoDateArgument(from, { fn: "stageDeadline", argument: "from", label: "Start date" });
  const t = resolve(options);
  const extended = options.extended === true;
  const workingDays =
    stage === 1
      ? extended
        ? t.stage1Extended
        : t.stage1
      : stage === 2
        ? extended
          ? t.stage2Extended
          : t.stage2
        : t.stage3Panel;
  const custom = options.timescales !== undefined;
  return {
    stage,
    from,
    workingDays,
    due: calendarFor(options).addWorkingDays(from, workingDays),
    rule: custom ? `stage ${stage}: ${workingDays} working days (local timescales)` : RULES[stage][extended ? 1 : 0],
  };
}

/** The steps of the procedure whose timeliness is judged. */
export type StepId = "stage1Response" | "stage2Response" | "panelHeld" | "panelReport" | "stage3Response";

/** Whether a step was done in time: `pending` when not done and not yet due (or no `asOf` given). */
export type StepStatus = "on-time" | "late" | "pending" | "overdue";

/** One step of the procedure, its due date and whether it was met. */
export interface StepTimeliness {
  /** Which step: the record field holding the date it was done. */
  step: StepId;
  /** The stage it belongs to. */
  stage: Stage;
  /** Counting starts the day after this date. */
  from: IsoDate;
  /** Working days allowed. */
  workingDays: number;
  /** The last day it is in time. */
  due: IsoDate;
  /** When it was done, if it was. */
  done?: IsoDate;
  /** Working days from `from` to `done`. */
  workingDaysTaken?: number;
  /** Whether it was in time. */
  status: StepStatus;
}

/** Whether the complainant asked for the next stage within the local window. Information, never a bar. */
export interface RequestTimeliness {
  /** The request: `stage2Requested` or `stage3Requested`. */
  step: "stage2Requested" | "stage3Requested";
  /** The response it followed. */
  after: IsoDate;
  /** The end of the local window. */
  windowEnds: IsoDate;
  /** When it was asked for. */
  requested: IsoDate;
  /** True when asked for within the window. */
  withinWindow: boolean;
}

/** A complaint's timeliness: every step with a start date, the requests, and the time limit for complaining. */
export interface ComplaintTimeliness {
  /** Steps of the procedure that have started, in order. */
  steps: StepTimeliness[];
  /** Next-stage requests and whether each came within the local window. */
  requests: RequestTimeliness[];
  /**
   * Whether the complaint was made within the statutory time limit (one year, regulation 9(1)) after
   * the matter arose, with the rule in words (`rule`: the discretion of regulation 9(2) to consider
   * a later complaint); absent when the record does not say when the matter arose.
   */
  timeLimit?: { limit: IsoDate; withinLimit: boolean; rule: string };
  /** How many steps ran late or are overdue. */
  late: number;
}

/**
 * Compute every due date of a complaint from its record, and whether each step was late, with the
 * England and Wales working-day calendar. Pass `asOf` (e.g. today) to tell overdue steps from
 * pending ones; without it, nothing undone is called overdue, so the answer never depends on a clock.
 *
 * @throws {@link @st/core!index.StValidationError} (also a `TypeError`) coded `invalid_type` when `record`
 * is not a complaint record (read it with `parseComplaint` first) or `options` is not an object.
 */
export function complaintTimeliness(
  record: ComplaintRecord,
  options: TimescaleOptions & { asOf?: IsoDate } = {},
): ComplaintTimeliness {
  checkRecordArgument("complaintTimeliness", "record", record);
  checkRecordArgument("complaintTimeliness", "options", options);
  const complaint: unknown = record.complaint;
  if (typeof complaint !== "object" || complaint === null)
    throw argumentTypeError("complaintTimeliness", {
      argument: "record",
      label: "Complaint record",
      expected: "a complaint record",
      received: record,
      message: "has no complaint section: is it a complaint record (read with parseComplaint)?",
    });
  // Every complaint record has the date it was received: without it this is no record read with
  // parseComplaint, and timing nothing would look like a complaint with nothing late.
  isoDateArgument((complaint as { received?: unknown }).received, {
    fn: "complaintTimeliness",
    argument: "record.complaint.received",
    label: "Date complaint received",
  });
  const t = resolve(options);
  const calendar = calendarFor(options);
  const stages = record.stages ?? {};
  const steps: StepTimeliness[] = [];
  const step = (
    id: StepId,
    stage: Stage,
    from: IsoDate | undefined,
    workingDays: number,
    done: IsoDate | undefined,
  ) => {
    if (from === undefined) return;
    const due = calendar.addWorkingDays(from, workingDays);
    const status: StepStatus =
      done !== undefined
        ? done <= due
          ? "on-time"
          : "late"
        : options.asOf !== undefined && options.asOf > due
          ? "overdue"
          : "pending";
    steps.push({
      step: id,
      stage,
      from,
      workingDays,
      due,
      ...(done !== undefined ? { done, workingDaysTaken: calendar.workingDaysBetween(from, done) } : {}),
      status,
    });
  };
  // Stage 1 runs unless the complaint was resolved before it, or closed or withdrawn with no response.
  const stage1Runs =
    stages.stage1Response !== undefined ||
    (record.complaint.status === "open" && record.investigation?.resolvedBeforeStage1 !== "yes");
  if (stage1Runs)
    step(
      "stage1Response",
      1,
      record.complaint.received,
      stages.stage1Extended === "yes" ? t.stage1Extended : t.stage1,
      stages.stage1Response,
    );
  step(
    "stage2Response",
    2,
    stages.stage2Requested,
    stages.stage2Extended === "yes" ? t.stage2Extended : t.stage2,
    stages.stage2Response,
  );
  step("panelHeld", 3, stages.stage3Requested, t.stage3Panel, stages.panelHeld);
  step("panelReport", 3, stages.panelHeld, t.panelReport, stages.panelReport);
  step("stage3Response", 3, stages.panelReport, t.stage3Response, stages.stage3Response);

  const requests: RequestTimeliness[] = [];
  const request = (id: RequestTimeliness["step"], after: IsoDate | undefined, requested: IsoDate | undefined) => {
    if (after === undefined || requested === undefined) return;
    const windowEnds = calendar.addWorkingDays(after, t.nextStageRequest);
    requests.push({ step: id, after, windowEnds, requested, withinWindow: requested <= windowEnds });
  };
  request("stage2Requested", stages.stage1Response, stages.stage2Requested);
  request("stage3Requested", stages.stage2Response, stages.stage3Requested);

  const arose = record.complaint.matterArose;
  const limit = arose === undefined ? undefined : addIsoMonths(arose, t.complaintTimeLimitMonths);
  return {
    steps,
    requests,
    ...(limit !== undefined
      ? { timeLimit: { limit, withinLimit: record.complaint.received <= limit, rule: COMPLAINT_TIME_LIMIT_RULE } }
      : {}),
    late: steps.filter((s) => s.status === "late" || s.status === "overdue").length,
  };
}
