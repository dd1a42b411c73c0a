/**
 * Rule kind `cp-plan-with-da`: child protection plans starting in the quarter, in a CIN episode
 * with a DA factor on an assessment authorised on or before the plan's start.
 * @module
 */
import * as z from "zod";
import { defineRuleKind } from "./rule-kind.js";

export const cpPlanWithDa = defineRuleKind({
  schema: z.strictObject({
    /** Rule name. */
    kind: z.literal("cp-plan-with-da"),
    /** What is counted. */
    unit: z.enum(["plans", "children"]),
  }),
  describe: () => "",
  missingDataNote: () => undefined,
  counter: () => ({
    count({ child, firstDa, from, to }, tally) {
      const episodes = child.episodes;
      for (let i = 0; i < episodes.length; i++) {
        const first = firstDa[i];
        if (first === undefined) continue;
        for (const plan of episodes[i]!.cpPlans) {
          const start = plan.startDate;
          if (start !== undefined && start >= from && start <= to && first <= start) tally(start);
        }
      }
    },
  }),
});
