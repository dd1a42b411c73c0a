/**
 * Rule kind `first-da-assessment`: CIN episodes whose first assessment with a DA factor was
 * authorised in the quarter, each episode counted once however many of its assessments record DA.
 * @module
 */
import * as z from "zod";
import { defineRuleKind } from "./rule-kind.js";

export const firstDaAssessment = defineRuleKind({
  schema: z.strictObject({
    /** Rule name. */
    kind: z.literal("first-da-assessment"),
    /** What is counted. */
    unit: z.enum(["episodes", "children"]),
  }),
  describe: () => "",
  missingDataNote: () => undefined,
  counter: () => ({
    count({ firstDa, from, to }, tally) {
      for (let i = 0; i < firstDa.length; i++) {
        const first = firstDa[i];
        if (first !== undefined && first >= from && first <= to) tally(first);
      }
    },
  }),
});
