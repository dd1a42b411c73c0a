/**
 * Rule kind `da-re-referral`: DA referrals made in the quarter within a window after the same
 * child's previous referral (DfE's re-referral measure), looking back into earlier census years.
 * @module
 */
import { formatQuarter, type QuarterId, quarterStart } from "@st/core/calendar";
import * as z from "zod";
import { monthsBefore } from "../value-readers.js";
import { defineRuleKind } from "./rule-kind.js";

export const daReReferral = defineRuleKind({
  schema: z.strictObject({
    /** Rule name. */
    kind: z.literal("da-re-referral"),
    /** What is counted. */
    unit: z.enum(["referrals", "children"]),
    /** The look-back window in calendar months (DfE: 12). A previous referral on the same day of the month, that many months before, counts. */
    windowMonths: z.int().min(1).max(120),
    /** Whether the previous referral must itself have been for DA. DfE's measure counts any previous referral. */
    previousMustBeDa: z.boolean(),
  }),
  describe: (rule) =>
    ` Window: ${rule.windowMonths} calendar months, boundary included (a referral on the same day ${rule.windowMonths} months later is a re-referral); the previous referral ${rule.previousMustBeDa ? "must itself be a DA referral" : "may be for any reason (DfE's definition)"}.`,
  missingDataNote: () => undefined,
  counter(rule, { id, referralIssues }) {
    const window = rule.windowMonths;
    const mustBeDa = rule.previousMustBeDa;
    return {
      lookBackMonths: window,
      count({ child, from, to, anyDa, issueDa, earlier }, tally) {
        const episodes = child.episodes;
        const n = episodes.length;
        for (let i = 0; i < n; i++) {
          const date = episodes[i]!.referralDate;
          if (date === undefined || date < from || date > to) continue;
          const isDa = issueDa[i] ?? anyDa[i]!;
          if (!isDa) continue;
          const oldest = monthsBefore(date, window);
          let found = false;
          for (let j = 0; j < n && !found; j++) {
            const d = episodes[j]!.referralDate;
            if (j === i || d === undefined) continue;
            found = d < date && d >= oldest && (!mustBeDa || (issueDa[j] ?? anyDa[j]!));
          }
          if (!found && earlier) {
            for (const r of earlier) {
              if (r.date < date && r.date >= oldest && (!mustBeDa || r.da)) {
                found = true;
                break;
              }
            }
          }
          if (found) tally(date);
        }
      },
      finish({ dataFrom, quarters }) {
        const readingNotes: string[] = [];
        if (!referralIssues) {
          readingNotes.push(
            `${id}: no referral-issue mapping was given, so a DA referral here is one whose CIN episode has a DA assessment factor (3A/3B/3C as chosen), not one made for DA.`,
          );
        }
        if (dataFrom !== undefined && quarters.length > 0) {
          const undercounted = quarters.filter((q) => quarterStart(q) < monthsBefore(dataFrom, -12));
          if (undercounted.length > 0) {
            readingNotes.push(
              `${id}: the data starts on ${dataFrom}, so referrals before it are not seen; re-referrals in ${shortLabel(undercounted[0]!)}${undercounted.length > 1 ? ` to ${shortLabel(undercounted.at(-1)!)}` : ""} may be undercounted. Give the previous year's census file too.`,
            );
          }
        }
        return { readingNotes };
      },
    };
  },
});

function shortLabel(quarter: QuarterId): string {
  return formatQuarter(quarter, "short");
}
