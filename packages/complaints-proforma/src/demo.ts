/**
 * Demo data: a synthetic complaints register on the proforma, for `st demo`, examples, tests and a
 * borough trying the monitoring before it has records of its own. Every complaint, person and team
 * here is invented. Kept out of the main entry so an application that records real complaints does
 * not ship it.
 * @module
 */
import { seededRandom } from "@st/core";
import { addIsoDays, addWorkingDays, type QuarterId, quarterStart } from "@st/core/calendar";
import { partnershipBoroughs } from "@st/core/places";
import { type ComplaintRecord, parseComplaint } from "./record.js";

/** The seven quarters the demo register covers, April 2024 to December 2025. */
export const demoQuarters: readonly QuarterId[] = Object.freeze([
  "2024-Q2",
  "2024-Q3",
  "2024-Q4",
  "2025-Q1",
  "2025-Q2",
  "2025-Q3",
  "2025-Q4",
] as const);

/** The seed the demo register is drawn with: the same seed gives the same register on every machine. */
export const demoComplaintsSeed = 2025;

/**
 * A synthetic register of about 150 complaints from perpetrators across the six partnership
 * boroughs and the seven {@link demoQuarters}, with the conventions the partnership's complaints
 * staff described (many emails and calls, others copied in, threats to "take it all the way",
 * counter-accusations) and the spread of stages and outcomes a year-long pilot might see. Most of
 * the latest quarter's complaints are still open.
 *
 * Seeded ({@link demoComplaintsSeed}), so every call gives the same records, each read through
 * {@link parseComplaint}; every call returns new objects, safe to change.
 *
 * @example
 * ```ts
 * import { summariseComplaints } from "@st/complaints-proforma";
 * import { demoComplaints } from "@st/complaints-proforma/demo";
 * const summary = summariseComplaints(demoComplaints(), { by: ["borough"] });
 * ```
 */
export function demoComplaints(): ComplaintRecord[] {
  const quarters = demoQuarters;
  const next = seededRandom(demoComplaintsSeed);
  const chance = (p: number) => next() < p;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], p: number): T[] => {
    const chosen = list.filter(() => chance(p));
    return chosen.length ? chosen : [pick(list)];
  };
  // Version 2's answers come from a stream of their own, so the version 1 answers stay as they were.
  const more = seededRandom(demoComplaintsSeed + 2);
  const likely = (p: number) => more() < p;
  const records: ComplaintRecord[] = [];
  partnershipBoroughs.forEach((borough, b) => {
    quarters.forEach((quarter, q) => {
      // Boroughs longer in the partnership see more complaints from perpetrators, rising over time.
      const count = 1 + Math.floor(next() * 4) + (borough.partnershipJoined <= 2021 ? 1 : 0) + Math.floor(q / 3);
      for (let i = 0; i < count; i++) {
        const received = addWorkingDays(addIsoDays(quarterStart(quarter), Math.floor(next() * 80)), 0);
        const reference = `${borough.code.slice(-2)}-${q + 1}${String(i + 1).padStart(2, "0")}`;
        const investigated = chance(0.7);
        const stageReached = investigated ? (chance(0.7) ? 1 : chance(0.7) ? 2 : 3) : undefined;
        const upheld = investigated ? pick(["no", "no", "no", "in-part", "in-full"] as const) : undefined;
        const copiedIn = chance(0.45);
        const threatened = chance(0.35);
        const counter = chance(0.55);
        const unreasonable = chance(0.4);
        const resolvedAtStage1 = !investigated && chance(0.5);
        const stage1Response = addWorkingDays(received, 5 + Math.floor(next() * 10));
        const stage2Requested =
          (stageReached ?? 1) >= 2 ? addWorkingDays(stage1Response, 5 + Math.floor(next() * 15)) : undefined;
        const stage2Response = stage2Requested
          ? addWorkingDays(stage2Requested, 18 + Math.floor(next() * 40))
          : undefined;
        const stage3Requested = stageReached === 3 && stage2Response ? addWorkingDays(stage2Response, 10) : undefined;
        const open = q === quarters.length - 1 && chance(0.6);
        // Formal or informal was first asked in version 2 (from 2025-Q1 here): earlier complaints do not say.
        const askedV2 = q >= 3;
        const vexatious = askedV2 && likely(0.15);
        const affected = askedV2 && likely(0.6);
        const supported = affected && likely(0.75);
        const v2 = askedV2
          ? {
              content: {
                lengthy: likely(0.3) ? "yes" : "no",
                denialMinimisation: likely(0.6) ? "yes" : "no",
                playingOff: likely(0.25) ? "yes" : "no",
                threatsToStaff: likely(0.15) ? "yes" : "no",
              },
              investigation: {
                unreasonableRoute: vexatious ? "yes" : "no",
                ...(vexatious
                  ? {
                      unreasonableOutcome: likely(0.5)
                        ? "contact-managed"
                        : likely(0.5)
                          ? "not-investigated"
                          : "not-applied",
                    }
                  : {}),
              },
              worker: {
                impactReported: affected ? "yes" : "no",
                ...(affected
                  ? {
                      impact: ["distress", ...["safety", "avoidance", "confidence", "time"].filter(() => likely(0.35))],
                    }
                  : {}),
                ...(affected ? { supportOffered: supported ? "yes" : "no" } : {}),
                ...(supported
                  ? {
                      support: [
                        "supervision",
                        ...["manager-debrief", "complaints-team", "joint-working"].filter(() => likely(0.4)),
                      ],
                    }
                  : {}),
              },
            }
          : { content: {}, investigation: {} };
        records.push(
          parseComplaint({
            schemaVersion: 2,
            complaint: {
              reference,
              borough: borough.code,
              received,
              complainantRole: chance(0.92) ? "perpetrator" : "victim-survivor-at-instigation",
              team: pick(["Assessment", "Family support", "Child protection", "Children in need"]),
              status: open ? "open" : "closed",
              ...(askedV2 ? { formality: likely(0.7) ? "formal" : "informal" } : {}),
            },
            content: {
              socialWorkerActions: chance(0.8) ? "yes" : "no",
              policeNfa: chance(0.4) ? "yes" : "no",
              counterAccusations: counter ? "yes" : "no",
              ...(counter
                ? { counterAccusationKinds: some(["substance-use", "mental-health", "neglect"] as const, 0.45) }
                : {}),
              notInvolvedInAssessment: chance(0.35) ? "yes" : "no",
              ...v2.content,
            },
            investigation: {
              resolvedAtStage1: resolvedAtStage1 ? "yes" : "no",
              ...(resolvedAtStage1
                ? { resolvedAtStage1How: "Meeting with the team manager; the plan explained again." }
                : {}),
              desiredOutcomeClarified: chance(0.6) ? "yes" : "no",
              earlyTeamMeeting: chance(b < 3 ? 0.7 : 0.4) ? "yes" : "no",
              investigated: investigated ? "yes" : "no",
              ...(stageReached ? { stageReached } : {}),
              ...(upheld ? { upheld } : {}),
              ...(upheld === "in-part" || upheld === "in-full"
                ? { upheldWhat: "A visit was not confirmed in writing." }
                : {}),
              ...v2.investigation,
            },
            process: {
              emails: Math.floor(next() * next() * 60),
              phoneCalls: Math.floor(next() * next() * 25),
              copiedInOthers: copiedIn ? "yes" : "no",
              ...(copiedIn
                ? {
                    copiedIn: some(
                      ["mp", "mayor", "councillor", "director", "ofsted", "chief-executive"] as const,
                      0.3,
                    ),
                  }
                : {}),
              threatenedToTakeItAllTheWay: threatened ? "yes" : "no",
              ...(threatened
                ? {
                    threatenedTo: some(
                      ["ombudsman", "social-work-england", "solicitor-or-court", "press"] as const,
                      0.35,
                    ),
                  }
                : {}),
              unreasonableExpectations: unreasonable ? "yes" : "no",
              ...(unreasonable ? { unreasonableExpectationsWhat: "Expected a full reply within 24 hours." } : {}),
            },
            ...("worker" in v2 ? { worker: v2.worker } : {}),
            stages: {
              ...(open ? {} : { stage1Response }),
              ...(stage2Requested && !open ? { stage2Requested } : {}),
              ...(stage2Response && !open ? { stage2Response } : {}),
              ...(stage3Requested && !open ? { stage3Requested } : {}),
            },
          }),
        );
      }
    });
  });
  return records;
}
