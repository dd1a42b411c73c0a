/**
 * The monitoring summary the pilot was for: per borough and quarter, how many complaints (formal
 * and informal), how often each convention appears, how far complaints went, how many were upheld,
 * how many emails and calls they brought, how often an early team meeting happened, how often the
 * unreasonable or vexatious route was taken and with what outcome, how the workers complained about
 * were affected and supported, and how many stages ran late.
 * @module
 */
import { argumentError, checkArgument } from "@st/core";
import { compareQuarters, type IsoDate, type QuarterId, quarterOf, quartersBetween } from "@st/core/calendar";
import { findLocalAuthority } from "@st/core/places";
import { checkListArgument, checkRecordArgument } from "./arguments.js";
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
import type { ComplaintRecord } from "./record.js";
import { complaintTimeliness, type Stage, type TimescaleOptions } from "./timescales.js";

/** What a summary can be grouped by. */
export type SummaryDimension = "borough" | "quarter";

/** A borough's statement that it made its return for a quarter (so no records there means none received). */
export interface QuarterReturn {
  /** GSS code of the borough. */
  borough: string;
  /** Calendar quarter `YYYY-Qn`. */
  quarter: QuarterId;
}

/** Options of {@link summariseComplaints}. */
export interface SummaryOptions extends TimescaleOptions {
  /** Grouping: by borough, by quarter, or both (the default). */
  by?: readonly SummaryDimension[];
  /**
   * The quarters each borough returned. A quarter with no records is zero complaints only when its
   * borough returned it; otherwise it is missing (`complaints: null`).
   */
  returns?: readonly QuarterReturn[];
  /** The quarters to show, first and last; by default the span of the records and returns. */
  quarters?: { from: QuarterId; to: QuarterId };
  /** Count undone steps past their due date as late, as of this date. Without it, only done steps are judged. */
  asOf?: IsoDate;
}

/** Answers to a yes/no question. */
export interface YesNoCount {
  /** Answered yes. */
  yes: number;
  /** Answered no. */
  no: number;
  /** Not answered. */
  notRecorded: number;
  /** yes / (yes + no), or null when nobody answered. */
  rate: number | null;
}

/** The spread of a count (emails, calls) over the complaints that recorded it. */
export interface CountDistribution {
  /** Complaints that recorded it. */
  n: number;
  /** Median (Excel's MEDIAN), or null when n is 0. */
  median: number | null;
  /** 90th percentile (Excel's PERCENTILE.INC), or null when n is 0. */
  p90: number | null;
  /** Largest, or null when n is 0. */
  max: number | null;
}

/** The conventions the proforma asks about as yes/no questions, by short name. */
export const SUMMARY_CONVENTIONS = {
  socialWorkerActions: "content.socialWorkerActions",
  policeNfa: "content.policeNfa",
  counterAccusations: "content.counterAccusations",
  notInvolvedInAssessment: "content.notInvolvedInAssessment",
  lengthy: "content.lengthy",
  denialMinimisation: "content.denialMinimisation",
  playingOff: "content.playingOff",
  threatsToStaff: "content.threatsToStaff",
  copiedInOthers: "process.copiedInOthers",
  threatenedToTakeItAllTheWay: "process.threatenedToTakeItAllTheWay",
  unreasonableExpectations: "process.unreasonableExpectations",
} as const;

/** A convention's short name in a summary. */
export type SummaryConvention = keyof typeof SUMMARY_CONVENTIONS;

/** How far complaints went: the furthest point each reached. */
export interface FurthestStage {
  /** Resolved before stage 1. */
  beforeStage1: number;
  /** Stage 1, local resolution. */
  stage1: number;
  /** Stage 2, investigation. */
  stage2: number;
  /** Stage 3, review panel. */
  stage3: number;
  /** Referred to the Ombudsman. */
  ombudsman: number;
  /** Not enough recorded to say. */
  notRecorded: number;
}

/** Steps of the procedure judged for timeliness, and how many ran late. */
export interface LateStages {
  /** Steps judged (done, or overdue as of `asOf`). */
  judged: number;
  /** Of those, late or overdue. */
  late: number;
  /** Per stage. */
  byStage: Record<`stage${Stage}`, { judged: number; late: number }>;
  /** Complaints with at least one late step. */
  complaintsWithLateStage: number;
}

/** One row of the summary: a borough, a quarter, or a borough in a quarter. */
export interface ComplaintsSummaryGroup {
  /** GSS code, when grouped by borough. */
  borough?: string;
  /** The borough's name, when known. */
  boroughName?: string;
  /** The quarter, when grouped by quarter. */
  quarter?: QuarterId;
  /** Complaints recorded, or null when the quarter was not returned (missing, never zero). */
  complaints: number | null;
  /**
   * Parts of the group with no return: for a borough, its quarters; for a quarter, its boroughs.
   * Empty for a borough in a quarter (its `complaints` is null instead).
   */
  missing: string[];
  /** Who made the complaints. */
  complainants: Record<(typeof COMPLAINANT_ROLES)[number]["value"], number>;
  /** Formal and informal complaints; `notRecorded` for records that do not say (all version 1 records). */
  formality: Record<(typeof FORMALITY)[number]["value"] | "notRecorded", number>;
  /** How often each convention appeared. */
  conventions: Record<SummaryConvention, YesNoCount>;
  /** What counter-accusations were about. */
  counterAccusationKinds: Record<(typeof COUNTER_ACCUSATION_KINDS)[number]["value"], number>;
  /** Who was copied in. */
  copiedIn: Record<(typeof COPIED_IN)[number]["value"], number>;
  /** Where complainants threatened to go. */
  threatenedTo: Record<(typeof THREATENED_TO)[number]["value"], number>;
  /** How far the complaints went. */
  furthest: FurthestStage;
  /** Upheld in full, in part, not upheld; `rate` is (in full + in part) / answered. */
  upheld: { inFull: number; inPart: number; no: number; notRecorded: number; rate: number | null };
  /** Emails from the complainant. */
  emails: CountDistribution;
  /** Phone calls from the complainant. */
  phoneCalls: CountDistribution;
  /** Whether there was an early meeting with the social work team. */
  earlyTeamMeeting: YesNoCount;
  /** Whether the desired outcome needed clarifying. */
  desiredOutcomeClarified: YesNoCount;
  /** Whether the complaint was considered under the unreasonable or vexatious complaints policy. */
  unreasonableRoute: YesNoCount;
  /** The outcomes of the unreasonable or vexatious route. */
  unreasonableOutcomes: Record<(typeof UNREASONABLE_OUTCOMES)[number]["value"], number>;
  /** Whether the complaint affected the worker complained about. */
  workerImpactReported: YesNoCount;
  /** How the workers were affected. */
  workerImpacts: Record<(typeof WORKER_IMPACTS)[number]["value"], number>;
  /** Whether the worker was offered support. */
  workerSupportOffered: YesNoCount;
  /** The support offered. */
  workerSupport: Record<(typeof WORKER_SUPPORT)[number]["value"], number>;
  /** Steps that ran late. */
  lateStages: LateStages;
}

/** The monitoring summary. */
export interface ComplaintsSummary {
  /** The grouping used. */
  by: SummaryDimension[];
  /** The quarters covered, first and last, or null when there is nothing to summarise. */
  quarters: { from: QuarterId; to: QuarterId } | null;
  /** One row per group, boroughs by code, quarters in order. */
  groups: ComplaintsSummaryGroup[];
  /** Every record together. */
  total: ComplaintsSummaryGroup;
  /** Caveats that travel with the figures. */
  notes: string[];
}

const zeros = <T extends string>(values: readonly { value: T }[]) =>
  Object.fromEntries(values.map((o) => [o.value, 0])) as Record<T, number>;

/**
 * Percentile by linear interpolation between closest ranks, as Excel's PERCENTILE.INC, so an
 * analyst can reproduce every figure in a spreadsheet.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  checkListArgument("percentile", "sorted", sorted);
  if (typeof p !== "number")
    checkArgument(p, "number", {
      fn: "percentile",
      argument: "p",
      label: "Percentile",
      expected: "a number from 0 to 100",
    });
  if (!(p >= 0 && p <= 100))
    throw argumentError("percentile", {
      argument: "p",
      label: "Percentile",
      expected: "a number from 0 to 100",
      received: p,
      message: "is not a percentile from 0 to 100",
    });
  if (sorted.length === 0) return null;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const value = sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
  return Math.round(value * 100) / 100;
}

function distribution(values: number[]): CountDistribution {
  const sorted = values.sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    max: sorted.length ? sorted[sorted.length - 1]! : null,
  };
}

function yesNoFrom(yes: number, no: number, of: number): YesNoCount {
  return { yes, no, notRecorded: of - yes - no, rate: yes + no ? round(yes / (yes + no)) : null };
}

function yesNoCount(records: readonly ComplaintRecord[], read: (r: ComplaintRecord) => unknown): YesNoCount {
  let yes = 0;
  let no = 0;
  for (const r of records) {
    const answer = read(r);
    if (answer === "yes") yes++;
    else if (answer === "no") no++;
  }
  return yesNoFrom(yes, no, records.length);
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** The furthest point a complaint reached, from its answers and its stage dates. */
export function furthestStage(record: ComplaintRecord): keyof FurthestStage {
  checkRecordArgument("furthestStage", "record", record);
  return stageReachedBy(record);
}

/** {@link furthestStage} unchecked: a summary works it out for every record. */
function stageReachedBy(record: ComplaintRecord): keyof FurthestStage {
  if (record.investigation?.resolvedBeforeStage1 === "yes") return "beforeStage1";
  const s = record.stages ?? {};
  if (s.ombudsmanReferral) return "ombudsman";
  const reached = record.investigation?.stageReached;
  if (s.stage3Requested || s.panelHeld || reached === 3) return "stage3";
  if (s.stage2Requested || s.stage2Response || reached === 2) return "stage2";
  if (s.stage1Response || reached === 1 || record.investigation?.resolvedAtStage1 !== undefined) return "stage1";
  if (record.investigation?.resolvedBeforeStage1 === "no") return "stage1";
  return "notRecorded";
}

/** Readers of each convention's answer, made once: a summary reads them for every record. */
const CONVENTION_READERS = Object.entries(SUMMARY_CONVENTIONS).map(([name, path]) => {
  const [section, field] = path.split(".") as [keyof ComplaintRecord, string];
  return [
    name as SummaryConvention,
    (r: ComplaintRecord) => (r[section] as Record<string, unknown> | undefined)?.[field],
  ] as const;
});

/** The steps of one complaint judged for timeliness: [stage, late] for each done or overdue step. */
type Judged = readonly (readonly [stage: Stage, late: boolean])[];

function judgedSteps(record: ComplaintRecord, options: SummaryOptions): Judged {
  return complaintTimeliness(record, options)
    .steps.filter((step) => step.status !== "pending")
    .map((step) => [step.stage, step.status === "late" || step.status === "overdue"] as const);
}

function summariseGroup(
  records: readonly ComplaintRecord[],
  judged: (record: ComplaintRecord) => Judged,
  key: { borough?: string; quarter?: QuarterId },
  complaints: number | null,
  missing: string[],
): ComplaintsSummaryGroup {
  const complainants = zeros(COMPLAINANT_ROLES);
  const counterAccusationKinds = zeros(COUNTER_ACCUSATION_KINDS);
  const copiedIn = zeros(COPIED_IN);
  const threatenedTo = zeros(THREATENED_TO);
  const formality = { ...zeros(FORMALITY), notRecorded: 0 };
  const unreasonableOutcomes = zeros(UNREASONABLE_OUTCOMES);
  const workerImpacts = zeros(WORKER_IMPACTS);
  const workerSupport = zeros(WORKER_SUPPORT);
  const furthest: FurthestStage = { beforeStage1: 0, stage1: 0, stage2: 0, stage3: 0, ombudsman: 0, notRecorded: 0 };
  const upheld = { inFull: 0, inPart: 0, no: 0, notRecorded: 0, rate: null as number | null };
  const emails: number[] = [];
  const calls: number[] = [];
  const late: LateStages = {
    judged: 0,
    late: 0,
    byStage: { stage1: { judged: 0, late: 0 }, stage2: { judged: 0, late: 0 }, stage3: { judged: 0, late: 0 } },
    complaintsWithLateStage: 0,
  };
  for (const r of records) {
    complainants[r.complaint.complainantRole]++;
    for (const k of r.content?.counterAccusationKinds ?? []) counterAccusationKinds[k]++;
    for (const k of r.process?.copiedIn ?? []) copiedIn[k]++;
    for (const k of r.process?.threatenedTo ?? []) threatenedTo[k]++;
    formality[r.complaint.formality ?? "notRecorded"]++;
    const outcome = r.investigation?.unreasonableOutcome;
    if (outcome !== undefined) unreasonableOutcomes[outcome]++;
    for (const k of r.worker?.impact ?? []) workerImpacts[k]++;
    for (const k of r.worker?.support ?? []) workerSupport[k]++;
    furthest[stageReachedBy(r)]++;
    const u = r.investigation?.upheld;
    if (u === "in-full") upheld.inFull++;
    else if (u === "in-part") upheld.inPart++;
    else if (u === "no") upheld.no++;
    else upheld.notRecorded++;
    if (r.process?.emails !== undefined) emails.push(r.process.emails);
    if (r.process?.phoneCalls !== undefined) calls.push(r.process.phoneCalls);
    let anyLate = false;
    for (const [stage, isLate] of judged(r)) {
      late.judged++;
      late.byStage[`stage${stage}`].judged++;
      if (isLate) {
        late.late++;
        late.byStage[`stage${stage}`].late++;
        anyLate = true;
      }
    }
    if (anyLate) late.complaintsWithLateStage++;
  }
  const answered = upheld.inFull + upheld.inPart + upheld.no;
  upheld.rate = answered ? round((upheld.inFull + upheld.inPart) / answered) : null;
  const conventions = {} as Record<SummaryConvention, YesNoCount>;
  for (const [name, read] of CONVENTION_READERS) conventions[name] = yesNoCount(records, read);
  const name = key.borough === undefined ? undefined : localAuthorityName(key.borough);
  return {
    ...(key.borough !== undefined ? { borough: key.borough } : {}),
    ...(name !== undefined ? { boroughName: name } : {}),
    ...(key.quarter !== undefined ? { quarter: key.quarter } : {}),
    complaints,
    missing,
    complainants,
    formality,
    conventions,
    counterAccusationKinds,
    copiedIn,
    threatenedTo,
    furthest,
    upheld,
    emails: distribution(emails),
    phoneCalls: distribution(calls),
    earlyTeamMeeting: yesNoCount(records, (r) => r.investigation?.earlyTeamMeeting),
    desiredOutcomeClarified: yesNoCount(records, (r) => r.investigation?.desiredOutcomeClarified),
    unreasonableRoute: yesNoCount(records, (r) => r.investigation?.unreasonableRoute),
    unreasonableOutcomes,
    workerImpactReported: yesNoCount(records, (r) => r.worker?.impactReported),
    workerImpacts,
    workerSupportOffered: yesNoCount(records, (r) => r.worker?.supportOffered),
    workerSupport,
    lateStages: late,
  };
}

function localAuthorityName(code: string): string | undefined {
  const authority = findLocalAuthority(code);
  return authority?.london ? authority.name : undefined;
}

/**
 * Summarise complaint records for monitoring, per borough and quarter (or either alone). Records
 * should be valid ({@link parseComplaint}); quarters are those the complaints were received in.
 * @throws {@link @st/core!index.StValidationError} (also a `TypeError`) coded `invalid_type` when
 * `records` is not a list or `options` not an object.
 */
export function summariseComplaints(
  records: readonly ComplaintRecord[],
  options: SummaryOptions = {},
): ComplaintsSummary {
  checkListArgument("summariseComplaints", "records", records);
  checkRecordArgument("summariseComplaints", "options", options);
  const by: SummaryDimension[] = options.by?.length ? [...new Set(options.by)] : ["borough", "quarter"];
  const byBorough = by.includes("borough");
  const byQuarter = by.includes("quarter");
  const returns = options.returns ?? [];
  const returned = new Set(returns.map((r) => `${r.borough}|${r.quarter}`));

  // Quarters of the same month are the same: work each out once, not once a record.
  const quarterOfMonth = new Map<string, QuarterId>();
  const quarterOfRecord = (r: ComplaintRecord): QuarterId => {
    const month = r.complaint.received.slice(0, 7);
    let q = quarterOfMonth.get(month);
    if (q === undefined) {
      q = quarterOf(r.complaint.received);
      quarterOfMonth.set(month, q);
    }
    return q;
  };
  const cells = new Map<string, ComplaintRecord[]>();
  const boroughSet = new Set<string>();
  let first: QuarterId | undefined;
  let last: QuarterId | undefined;
  const see = (q: QuarterId) => {
    if (first === undefined || compareQuarters(q, first) < 0) first = q;
    if (last === undefined || compareQuarters(q, last) > 0) last = q;
  };
  for (const r of records) {
    const q = quarterOfRecord(r);
    see(q);
    boroughSet.add(r.complaint.borough);
    const key = `${r.complaint.borough}|${q}`;
    const list = cells.get(key);
    if (list) list.push(r);
    else cells.set(key, [r]);
  }
  for (const r of returns) {
    see(r.quarter);
    boroughSet.add(r.borough);
  }
  const span = options.quarters ?? (first !== undefined && last !== undefined ? { from: first, to: last } : null);
  const quarters = span ? quartersBetween(span.from, span.to) : [];
  const inSpan = new Set(quarters);
  const boroughs = [...boroughSet].sort();

  // Each complaint's due dates are worked out once, whatever the number of groups it falls in.
  const judgedOf = new Map<ComplaintRecord, Judged>();
  const judged = (r: ComplaintRecord) => {
    let steps = judgedOf.get(r);
    if (!steps) {
      steps = judgedSteps(r, options);
      judgedOf.set(r, steps);
    }
    return steps;
  };
  const cell = (b: string, q: QuarterId) => cells.get(`${b}|${q}`) ?? [];
  const isReported = (b: string, q: QuarterId) => cells.has(`${b}|${q}`) || returned.has(`${b}|${q}`);
  const groups: ComplaintsSummaryGroup[] = [];
  if (byBorough && byQuarter) {
    for (const b of boroughs)
      for (const q of quarters) {
        const rs = cell(b, q);
        groups.push(summariseGroup(rs, judged, { borough: b, quarter: q }, isReported(b, q) ? rs.length : null, []));
      }
  } else if (byBorough) {
    for (const b of boroughs) {
      const rs = quarters.flatMap((q) => cell(b, q));
      const missing = quarters.filter((q) => !isReported(b, q));
      groups.push(summariseGroup(rs, judged, { borough: b }, rs.length, missing));
    }
  } else {
    for (const q of quarters) {
      const rs = boroughs.flatMap((b) => cell(b, q));
      const missing = boroughs.filter((b) => !isReported(b, q));
      const complaints = missing.length === boroughs.length ? null : rs.length;
      groups.push(summariseGroup(rs, judged, { quarter: q }, complaints, missing));
    }
  }
  const covered = records.filter((r) => inSpan.has(quarterOfRecord(r)));
  const totalMissing = boroughs.flatMap((b) => quarters.filter((q) => !isReported(b, q)).map((q) => `${b} ${q}`));
  const notes = [
    "Quarters are calendar quarters of the date each complaint was received.",
    "A quarter with no records counts as zero complaints only when the borough returned it; otherwise it is missing, never zero.",
    options.asOf === undefined
      ? "Late stages count steps done after their due date; steps not yet done are not judged."
      : `Late stages count steps done after their due date, and steps not done by ${options.asOf} that were due before it.`,
    "Rates are over the complaints that answered the question; 'not recorded' answers are counted apart.",
    "Records made on version 1 of the proforma do not say whether a complaint was formal or informal, nor answer the questions version 2 added: they count as not recorded there, never as no.",
  ];
  if (returns.length === 0)
    notes.push("No returns were given, so every borough-quarter without records is shown as missing.");
  return {
    by,
    quarters: span,
    groups,
    total: summariseGroup(covered, judged, {}, covered.length, totalMissing),
    notes,
  };
}

/** @deprecated Renamed {@link summariseComplaints}; this name will be removed in the next major version. */
export const summarise: typeof summariseComplaints = summariseComplaints;

/** @deprecated Renamed {@link ComplaintsSummaryGroup}; this name will be removed in the next major version. */
export type SummaryGroup = ComplaintsSummaryGroup;
