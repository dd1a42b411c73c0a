/**
 * Rule kind `da-referral`: referrals made in the quarter whose referral issue is DA under the
 * borough's mapping. The census does not record why a child was referred, so without a mapping
 * the figures are null.
 * @module
 */
import * as z from "zod";
import { defineRuleKind } from "./rule-kind.js";

/** Referrals in scope and those with a referral issue recorded, for one borough. */
interface IssueCoverage {
  inScope: number;
  withIssue: number;
}

export const daReferral = defineRuleKind({
  schema: z.strictObject({
    /** Rule name. */
    kind: z.literal("da-referral"),
    /** What is counted. */
    unit: z.enum(["referrals", "children"]),
  }),
  describe: () => "",
  missingDataNote: ({ id, referralIssues }) =>
    referralIssues
      ? undefined
      : `${id} is null for every quarter: the Children in Need census does not record why a child was referred (ReferralSource records who referred), so DA as the referral issue needs the borough's own referral-reason mapping, and none was given.`,
  counter(_rule, { id }) {
    const coverage = new Map<string, IssueCoverage>();
    let gss: string | undefined;
    let borough: IssueCoverage = { inScope: 0, withIssue: 0 };
    return {
      count(facts, tally) {
        if (facts.gss !== gss) {
          gss = facts.gss;
          borough = coverage.get(gss) ?? { inScope: 0, withIssue: 0 };
          coverage.set(gss, borough);
        }
        const { from, to, issue, issueDa } = facts;
        const episodes = facts.child.episodes;
        for (let i = 0; i < episodes.length; i++) {
          const date = episodes[i]!.referralDate;
          if (date === undefined || date < from || date > to) continue;
          borough.inScope++;
          if (issue[i] !== undefined) borough.withIssue++;
          if (issueDa[i]) tally(date);
        }
      },
      finish({ boroughs }) {
        const nullIn = new Set<string>();
        const dataNotes: string[] = [];
        for (const b of boroughs) {
          const { inScope, withIssue } = coverage.get(b.gss) ?? { inScope: 0, withIssue: 0 };
          if (inScope > 0 && withIssue === 0) {
            nullIn.add(b.gss);
            dataNotes.push(
              `${b.name}: ${id} is null: none of the ${inScope} referrals in the period had a referral issue recorded, so the mapping found nothing to test (check the field name or the referral-reason extract).`,
            );
          } else if (withIssue < inScope) {
            dataNotes.push(
              `${b.name}: ${inScope - withIssue} of ${inScope} referrals in the period had no referral issue recorded; they are not counted as DA referrals.`,
            );
          }
        }
        return { nullIn, dataNotes };
      },
    };
  },
});
