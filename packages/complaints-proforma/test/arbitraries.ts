import type { ComplaintRecord, ComplaintRecordV1 } from "@st/complaints-proforma";
import {
  COMPLAINANT_ROLES,
  COMPLAINT_SCHEMA_VERSION,
  COPIED_IN,
  COUNTER_ACCUSATION_KINDS,
  FORMALITY,
  STATUSES,
  THREATENED_TO,
  UNREASONABLE_OUTCOMES,
  WORKER_IMPACTS,
  WORKER_SUPPORT,
} from "@st/complaints-proforma";
import { addIsoDays } from "@st/core/calendar";
import fc from "fast-check";

/** The partnership's six boroughs. */
export const BOROUGHS = ["E09000012", "E09000031", "E09000025", "E09000013", "E09000003", "E09000002"] as const;

/** Text a person might type: Unicode, long, with line breaks, never blank, storable in a cell. */
export const answerText = fc
  .string({
    unit: fc.constantFrom("a", "é", "ß", "Ω", "语", "😀", " ", "\n", "'", '"', ";", ",", "=", "-", "1"),
    minLength: 1,
    maxLength: 300,
  })
  .filter((s) => s.trim() !== "");

const yesNo = fc.constantFrom("yes" as const, "no" as const);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const subset = <T extends string>(values: readonly T[]) =>
  fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: values.length });

/** Drop keys whose value is undefined, and sections left empty: the canonical form of a record. */
export function canonical<T extends Record<string, unknown>>(object: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(object)) {
    if (v === undefined) continue;
    if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      const inner = canonical(v as Record<string, unknown>);
      if (Object.keys(inner).length > 0) out[k] = inner;
    } else out[k] = v;
  }
  return out as T;
}

/** A follow-up pair: a trigger answer, and the follow-up only when the trigger is yes. */
function followUp<T>(arb: fc.Arbitrary<T>) {
  return fc
    .tuple(maybe(yesNo), arb)
    .map(([trigger, answer]) => [trigger, trigger === "yes" ? answer : undefined] as const);
}

/** Valid version 1 complaint records (the published draft's questions): every conditional rule and date order respected. */
export const complaintRecordV1: fc.Arbitrary<ComplaintRecordV1> = fc
  .record({
    reference: fc.stringMatching(/^[A-Z]{2,4}-\d{1,6}$/),
    borough: fc.constantFrom(...BOROUGHS),
    receivedOffset: fc.integer({ min: 0, max: 365 * 12 }),
    role: fc.constantFrom(...COMPLAINANT_ROLES.map((r) => r.value)),
    roleOther: answerText,
    matterBefore: maybe(fc.integer({ min: 0, max: 800 })),
    caseRef: maybe(answerText),
    workerRef: maybe(answerText),
    team: maybe(answerText),
    status: fc.constantFrom(...STATUSES.map((s) => s.value)),
    socialWorkerActions: maybe(yesNo),
    policeNfa: maybe(yesNo),
    counter: fc.tuple(maybe(yesNo), subset(COUNTER_ACCUSATION_KINDS.map((k) => k.value)), answerText),
    notInvolved: maybe(yesNo),
    anythingElse: maybe(answerText),
    before: followUp(answerText),
    atStage1: followUp(answerText),
    desired: maybe(yesNo),
    meeting: maybe(yesNo),
    investigated: followUp(fc.constantFrom(1 as const, 2 as const, 3 as const)),
    upheld: fc.tuple(maybe(fc.constantFrom("in-full" as const, "in-part" as const, "no" as const)), answerText),
    emails: maybe(fc.nat({ max: 500 })),
    calls: maybe(fc.nat({ max: 500 })),
    copied: fc.tuple(maybe(yesNo), subset(COPIED_IN.map((c) => c.value)), answerText),
    allTheWay: fc.tuple(maybe(yesNo), maybe(subset(THREATENED_TO.map((t) => t.value)))),
    expectations: followUp(answerText),
    forPractice: maybe(answerText),
    otherInformation: maybe(answerText),
    stage1Extended: maybe(yesNo),
    stage2Extended: maybe(yesNo),
    gaps: fc.array(fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }), { minLength: 8, maxLength: 8 }),
    ombudsman: maybe(fc.integer({ min: 0, max: 400 })),
  })
  .map((g) => {
    const received = addIsoDays("2014-01-01", g.receivedOffset);
    // Stage dates in order, each present or absent; a date needing an earlier one stops the chain there.
    let last = received;
    const next = (gap: number | undefined) => {
      if (gap === undefined) return undefined;
      last = addIsoDays(last, gap);
      return last;
    };
    const stage1Response = next(g.gaps[0]);
    const stage2Requested = next(g.gaps[1]);
    const stage2Response = stage2Requested ? next(g.gaps[2]) : undefined;
    const stage3Requested = next(g.gaps[3]);
    const panelHeld = stage3Requested ? next(g.gaps[4]) : undefined;
    const panelReport = panelHeld ? next(g.gaps[5]) : undefined;
    const stage3Response = panelReport ? next(g.gaps[6]) : undefined;
    const [counter, kinds, counterOther] = g.counter;
    const [copiedInOthers, copiedIn, copiedOther] = g.copied;
    const [upheld, upheldWhat] = g.upheld;
    const [threatened, threatenedTo] = g.allTheWay;
    const record = {
      complaint: {
        reference: g.reference,
        borough: g.borough,
        received,
        complainantRole: g.role,
        complainantOther: g.role === "other" ? g.roleOther : undefined,
        matterArose: g.matterBefore === undefined ? undefined : addIsoDays(received, -g.matterBefore),
        caseRef: g.caseRef,
        workerRef: g.workerRef,
        team: g.team,
        status: g.status,
      },
      content: {
        socialWorkerActions: g.socialWorkerActions,
        policeNfa: g.policeNfa,
        counterAccusations: counter,
        counterAccusationKinds: counter === "yes" ? kinds : undefined,
        counterAccusationOther: counter === "yes" && kinds.includes("other") ? counterOther : undefined,
        notInvolvedInAssessment: g.notInvolved,
        anythingElse: g.anythingElse,
      },
      investigation: {
        resolvedBeforeStage1: g.before[0],
        resolvedBeforeStage1How: g.before[1],
        resolvedAtStage1: g.atStage1[0],
        resolvedAtStage1How: g.atStage1[1],
        desiredOutcomeClarified: g.desired,
        earlyTeamMeeting: g.meeting,
        investigated: g.investigated[0],
        stageReached: g.investigated[1],
        upheld,
        upheldWhat: upheld === "in-full" || upheld === "in-part" ? upheldWhat : undefined,
      },
      process: {
        emails: g.emails,
        phoneCalls: g.calls,
        copiedInOthers,
        copiedIn: copiedInOthers === "yes" ? copiedIn : undefined,
        copiedInOther: copiedInOthers === "yes" && copiedIn.includes("other") ? copiedOther : undefined,
        threatenedToTakeItAllTheWay: threatened,
        threatenedTo: threatened === "yes" ? threatenedTo : undefined,
        unreasonableExpectations: g.expectations[0],
        unreasonableExpectationsWhat: g.expectations[1],
      },
      learnings: { forPractice: g.forPractice, otherInformation: g.otherInformation },
      stages: {
        stage1Extended: g.stage1Extended,
        stage1Response,
        stage2Requested,
        stage2Extended: g.stage2Extended,
        stage2Response,
        stage3Requested,
        panelHeld,
        panelReport,
        stage3Response,
        ombudsmanReferral: g.ombudsman === undefined ? undefined : addIsoDays(received, g.ombudsman),
      },
    };
    return canonical(record) as ComplaintRecordV1;
  });

/** A choice among `values`, and free text when it includes "other". */
function withOther<T extends string>(values: readonly T[]) {
  return fc.tuple(subset(values), answerText);
}

/** Valid current complaint records: a version 1 record with the questions version 2 added, each answered or not. */
export const complaintRecord: fc.Arbitrary<ComplaintRecord> = fc
  .record({
    v1: complaintRecordV1,
    formality: maybe(fc.constantFrom(...FORMALITY.map((f) => f.value))),
    lengthy: maybe(yesNo),
    denialMinimisation: maybe(yesNo),
    playingOff: maybe(yesNo),
    threatsToStaff: maybe(yesNo),
    route: maybe(yesNo),
    outcome: fc.tuple(fc.constantFrom(...UNREASONABLE_OUTCOMES.map((o) => o.value)), answerText),
    impactReported: maybe(yesNo),
    impact: withOther(WORKER_IMPACTS.map((i) => i.value)),
    supportOffered: maybe(yesNo),
    support: withOther(WORKER_SUPPORT.map((i) => i.value)),
  })
  .map((g) => {
    const [outcome, outcomeOther] = g.outcome;
    const [impact, impactOther] = g.impact;
    const [support, supportOther] = g.support;
    const impacted = g.impactReported === "yes";
    const supported = g.supportOffered === "yes";
    const record = {
      ...g.v1,
      complaint: { ...g.v1.complaint, formality: g.formality },
      content: {
        ...g.v1.content,
        lengthy: g.lengthy,
        denialMinimisation: g.denialMinimisation,
        playingOff: g.playingOff,
        threatsToStaff: g.threatsToStaff,
      },
      investigation: {
        ...g.v1.investigation,
        unreasonableRoute: g.route,
        unreasonableOutcome: g.route === "yes" ? outcome : undefined,
        unreasonableOutcomeOther: g.route === "yes" && outcome === "other" ? outcomeOther : undefined,
      },
      worker: {
        impactReported: g.impactReported,
        impact: impacted ? impact : undefined,
        impactOther: impacted && impact.includes("other") ? impactOther : undefined,
        supportOffered: g.supportOffered,
        support: supported ? support : undefined,
        supportOther: supported && support.includes("other") ? supportOther : undefined,
      },
    };
    return canonical(record) as ComplaintRecord;
  });

/** The stored form of a record: with its schema version, as files and APIs hold it. */
export function stored(record: ComplaintRecord): Record<string, unknown> {
  return { schemaVersion: COMPLAINT_SCHEMA_VERSION, ...record };
}

/** The stored form of a version 1 record, as files written before version 2 hold it. */
export function storedV1(record: ComplaintRecordV1): Record<string, unknown> {
  return { schemaVersion: 1, ...record };
}

/** A small valid record to build examples from. */
export function sampleRecord(overrides: Partial<Record<keyof ComplaintRecord, unknown>> = {}): ComplaintRecord {
  return {
    complaint: {
      reference: "HK-0042",
      borough: "E09000012",
      received: "2025-12-19",
      complainantRole: "perpetrator",
      status: "open",
    },
    ...overrides,
  } as ComplaintRecord;
}
