/**
 * The statutory due dates a complaint has so far, from the dates on the form, on the England and
 * Wales working-day calendar (`stageDeadline` from `@st/complaints-proforma`).
 * @module
 */
import { type Stage, stageDeadline } from "@st/complaints-proforma";
import { type IsoDate, isIsoDate } from "@st/core/calendar";
import type { FlatRecord } from "@st/core/forms";

/**
 * Whether a step was done in time: `pending` when not done and not yet due; `not-recorded` when
 * not done on a complaint that is closed or withdrawn, which nothing is overdue on.
 */
export type DueStatus = "on-time" | "late" | "overdue" | "pending" | "not-recorded";

/** One due date, as the page lists it. */
export interface DueDate {
  /** The stage. */
  stage: Stage;
  /** What must happen by the due date. */
  step: string;
  /** The day counting starts from (not itself counted). */
  from: IsoDate;
  /** Working days allowed. */
  workingDays: number;
  /** The last day it is in time. */
  due: IsoDate;
  /** The rule, with the regulation that sets it. */
  rule: string;
  /** When it was done, if the form says so. */
  done?: IsoDate | undefined;
  /** Whether it was (or is) in time. */
  status: DueStatus;
}

/** The steps whose due dates the form's dates give: what starts the clock, what stops it, and whether it was extended. */
const STEPS = [
  {
    stage: 1,
    step: "Stage 1 response",
    from: "complaint.received",
    done: "stages.stage1Response",
    extended: "stages.stage1Extended",
  },
  {
    stage: 2,
    step: "Stage 2 response",
    from: "stages.stage2Requested",
    done: "stages.stage2Response",
    extended: "stages.stage2Extended",
  },
  { stage: 3, step: "Review panel meets", from: "stages.stage3Requested", done: "stages.panelHeld" },
] as const satisfies readonly { stage: Stage; step: string; from: string; done: string; extended?: string }[];

function dateAt(record: FlatRecord, id: string): IsoDate | undefined {
  const value = record[id];
  return isIsoDate(value) ? value : undefined;
}

/**
 * The due date of every stage the form's dates have started: stage 1 from the date received,
 * stages 2 and 3 from their requests, each extended when the form says so. `asOf` (today) tells an
 * overdue step from a pending one. As in `complaintTimeliness`, stage 1 has no due date when the
 * complaint was resolved before it. A date outside the working-day calendar gives no due date
 * (the form's own check says what is wrong with it).
 */
export function dueDates(record: FlatRecord, asOf?: IsoDate): DueDate[] {
  const status = record["complaint.status"];
  const open = status === undefined || status === "open";
  return STEPS.flatMap((s): DueDate[] => {
    const from = dateAt(record, s.from);
    if (from === undefined) return [];
    const done = dateAt(record, s.done);
    if (s.stage === 1 && done === undefined && record["investigation.resolvedBeforeStage1"] === "yes") return [];
    const extended = "extended" in s && record[s.extended] === "yes";
    let deadline: ReturnType<typeof stageDeadline>;
    try {
      deadline = stageDeadline(s.stage, from, { extended });
    } catch {
      return [];
    }
    const state: DueStatus =
      done !== undefined
        ? done <= deadline.due
          ? "on-time"
          : "late"
        : !open
          ? "not-recorded"
          : asOf !== undefined && asOf > deadline.due
            ? "overdue"
            : "pending";
    return [
      {
        stage: s.stage,
        step: s.step,
        from,
        workingDays: deadline.workingDays,
        due: deadline.due,
        rule: deadline.rule,
        done,
        status: state,
      },
    ];
  });
}

const LONG_DATE = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** A date as people read it: `Wednesday 7 January 2026`. */
export function longDate(date: IsoDate): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return LONG_DATE.format(new Date(Date.UTC(y, m - 1, d))).replace(",", "");
}

/** A status in words. */
export const statusLabels: Readonly<Record<DueStatus, string>> = {
  "on-time": "done on time",
  late: "done late",
  overdue: "overdue",
  pending: "not yet due",
  "not-recorded": "not recorded (complaint closed)",
};
