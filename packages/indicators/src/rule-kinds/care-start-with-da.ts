/**
 * Rule kind `care-start-with-da`: children starting a period of care in the quarter (from an
 * episodes file in the shape of the SSDA903 return), joined to the census by child id, whose CIN
 * episode at that date has a DA factor. Decided once every source is read, since a child's care
 * start and CIN episodes may come from different census years.
 * @module
 */
import type { IsoDate } from "@st/core/calendar";
import * as z from "zod";
import { defineRuleKind, quarterIndex } from "./rule-kind.js";

const SEP = "\u0000";

/** A start of a period of care, and the CIN episode it is joined to. */
interface CareStart {
  childId: string;
  startDate: IsoDate;
  /** Not excluded by its legal status. */
  counted: boolean;
  /** The CIN episode open at the start (or the latest before it). */
  candidate: { referralDate: IsoDate; open: boolean; hasDa: boolean; borough: string } | undefined;
}

export const careStartWithDa = defineRuleKind({
  schema: z.strictObject({
    /** Rule name. */
    kind: z.literal("care-start-with-da"),
    /** What is counted. */
    unit: z.enum(["children", "care-starts"]),
    /** Reason-for-new-episode codes that start a period of care (SSDA903 `RNE`). Default `["S"]`. */
    reasonsForNewEpisode: z.array(z.string().min(1)).min(1),
    /** Legal statuses (SSDA903 `LS`) not counted as being taken into care. Default the short-break series `["V3", "V4"]`. */
    excludeLegalStatuses: z.array(z.string().min(1)),
    /** When given, only these legal statuses at the start count (e.g. `["C1", "C2"]` for a strict care-order reading). */
    onlyLegalStatuses: z.array(z.string().min(1)).optional(),
    /** Which DA factors count: on any assessment of the episode (`any`), or only those authorised on or before the care start. */
    factorTiming: z.enum(["any", "on-or-before-start"]),
  }),
  describe: (rule) =>
    ` Reasons for new episode counted: ${rule.reasonsForNewEpisode.join(", ")}; legal statuses excluded: ${rule.excludeLegalStatuses.join(", ") || "none"}${rule.onlyLegalStatuses ? `; only ${rule.onlyLegalStatuses.join(", ")} counted` : ""}; DA factors ${rule.factorTiming === "any" ? "on any assessment of the episode" : "on assessments authorised on or before the start"} count.`,
  missingDataNote: ({ id, careEpisodes }) =>
    careEpisodes === undefined
      ? `${id} is null for every quarter: it needs an episodes file in the shape of the SSDA903 return (children starting to be looked after), and none was given.`
      : undefined,
  counter(rule, { careEpisodes, careChildIds: map }) {
    // The care starts, by census child id.
    const careStarts = new Map<string, CareStart[]>();
    let total = 0;
    const lookup =
      typeof map === "function" ? map : map ? (id: string) => map[id] : (id: string): string | undefined => id;
    const seen = new Set<string>();
    for (const e of careEpisodes ?? []) {
      if (!rule.reasonsForNewEpisode.includes(e.reasonForNewEpisode.trim().toUpperCase())) continue;
      const key = e.childId + SEP + e.startDate;
      if (seen.has(key)) continue;
      seen.add(key);
      const ls = e.legalStatus?.trim().toUpperCase();
      const counted =
        !(ls !== undefined && rule.excludeLegalStatuses.includes(ls)) &&
        (rule.onlyLegalStatuses === undefined || (ls !== undefined && rule.onlyLegalStatuses.includes(ls)));
      const childId = lookup(e.childId) ?? e.childId;
      const start: CareStart = { childId, startDate: e.startDate, counted, candidate: undefined };
      const list = careStarts.get(childId);
      if (list) list.push(start);
      else careStarts.set(childId, [start]);
      total++;
    }
    const timing = rule.factorTiming;

    return {
      count({ child, gss, firstDa, anyDa }) {
        const starts = careStarts.get(child.childId);
        if (!starts) return;
        for (const start of starts) {
          child.episodes.forEach((e, i) => {
            const r = e.referralDate;
            if (r === undefined || r > start.startDate) return;
            const open = e.closureDate === undefined || e.closureDate >= start.startDate;
            const first = firstDa[i];
            const hasDa = timing === "any" ? anyDa[i]! : first !== undefined && first <= start.startDate;
            const c = start.candidate;
            if (c && c.referralDate === r) {
              c.hasDa ||= hasDa;
              c.open ||= open;
              return;
            }
            // The episode open at the start date wins; among equals, the latest referral.
            if (!c || (open && !c.open) || (open === c.open && r > c.referralDate)) {
              start.candidate = { referralDate: r, open, hasDa, borough: gss };
            }
          });
        }
      },
      finish({ from, to, setCount }) {
        // Distinct children (or children and start dates) by borough, then quarter.
        const counts = new Map<string, Map<number, Set<string>>>();
        let withoutCin = 0;
        let inPeriod = 0;
        for (const starts of careStarts.values()) {
          for (const s of starts) {
            if (!s.counted) continue;
            if ((from !== undefined && s.startDate < from) || (to !== undefined && s.startDate > to)) continue;
            inPeriod++;
            if (!s.candidate) {
              withoutCin++;
              continue;
            }
            if (!s.candidate.hasDa) continue;
            const byQuarter = counts.get(s.candidate.borough) ?? new Map<number, Set<string>>();
            counts.set(s.candidate.borough, byQuarter);
            const quarter = quarterIndex(s.startDate);
            const set = byQuarter.get(quarter) ?? new Set<string>();
            byQuarter.set(quarter, set);
            set.add(rule.unit === "children" ? s.childId : s.childId + SEP + s.startDate);
          }
        }
        for (const [gss, byQuarter] of counts) {
          for (const [quarter, set] of byQuarter) setCount(gss, quarter, set.size);
        }
        const sourceNotes: string[] = [];
        if (withoutCin > 0) {
          sourceNotes.push(
            `${withoutCin} of ${inPeriod} children starting to be looked after in the period had no CIN episode on or before their start date in the census data given (check that the two returns use the same child ids); they are not counted.`,
          );
        }
        sourceNotes.push(`${total} care starts were read from the episodes data.`);
        return { sourceNotes };
      },
    };
  },
});
