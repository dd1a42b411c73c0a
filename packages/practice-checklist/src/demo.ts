/**
 * Demo data: synthetic completed audits of the partnership's default checklist, for `st demo`,
 * examples, tests and a borough trying the summaries before it has audits of its own. Every case
 * and reviewer here is invented. Kept out of the main entry so an application that records real
 * audits does not ship it.
 * @module
 */
import { seededRandom } from "@st/core";
import type { IsoDate } from "@st/core/calendar";
import type { GssCode } from "@st/core/places";
import type { CanonicalAnswer } from "./answer-scale.js";
import type { CompletedChecklist } from "./completed-checklist.js";
import { defaultChecklist } from "./default-checklist.js";

/** The boroughs of the demo audits: Hackney and Newham (GSS codes). */
export const demoChecklistBoroughs: readonly GssCode[] = Object.freeze(["E09000012", "E09000025"] as const);

/**
 * The two audit rounds of the demo: the date of each, and the share of items answered "yes" in it
 * (practice a little stronger in the second quarter, as a borough might hope after training).
 */
export const demoAuditRounds: readonly { readonly date: IsoDate; readonly strength: number }[] = Object.freeze([
  { date: "2025-05-14", strength: 0.45 },
  { date: "2025-08-13", strength: 0.62 },
] as const);

/** Audits a borough a round. */
const CASES_A_ROUND = 10;

/**
 * Synthetic completed audits of {@link defaultChecklist}: ten cases a borough a round for the two
 * {@link demoChecklistBoroughs} and the two {@link demoAuditRounds}, 40 in all, every item
 * answered (a few "not-applicable", some "partly", "no" or "not-evidenced"). Case ids look like
 * `DEMO-12-101` (borough, round, case).
 *
 * Seeded by borough and round, so every call gives the same records; every call returns new
 * objects, safe to change. The records carry no machine suggestions: language-lint findings are
 * derived from case notes by whoever holds them (`st checklist score --notes`).
 *
 * @example
 * ```ts
 * import { summariseChecklists } from "@st/practice-checklist";
 * import { demoChecklists } from "@st/practice-checklist/demo";
 * const summary = summariseChecklists(demoChecklists(), { by: ["borough", "quarter"] });
 * ```
 */
export function demoChecklists(): CompletedChecklist[] {
  return demoChecklistBoroughs.flatMap((borough) =>
    demoAuditRounds.flatMap((round, r) => {
      // The seed of the CLI's original demo (borough number × 100 + round), so the figures stay put.
      const next = seededRandom(Number(borough.slice(-2)) * 100 + r);
      return Array.from(
        { length: CASES_A_ROUND },
        (_, i): CompletedChecklist => ({
          checklist: { id: defaultChecklist.id, version: defaultChecklist.version },
          caseId: `DEMO-${borough.slice(-2)}-${r + 1}${String(i + 1).padStart(2, "0")}`,
          borough,
          reviewer: { role: "qa-auditor" },
          use: "audit",
          date: round.date,
          answers: defaultChecklist.items.map((item) => ({ item: item.id, answer: answerFor(next(), round.strength) })),
        }),
      );
    }),
  );
}

/** One answer from a uniform draw `x`: "yes" with probability about `strength`, the rest spread below. */
function answerFor(x: number, strength: number): CanonicalAnswer {
  if (x < 0.05) return "not-applicable";
  if (x < 0.05 + strength * 0.95) return "yes";
  if (x < 0.75) return "partly";
  if (x < 0.9) return "no";
  return "not-evidenced";
}
