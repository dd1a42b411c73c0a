/**
 * The indicator engine: interprets an indicator set's rules over record-level data, one child at a
 * time, so a census file is counted as it streams past. Several years' sources are read oldest
 * first; each event is counted from the source whose year covers its date (so an episode returned
 * in two census years is never counted twice), and what a later year needs from an earlier one
 * (a child's recent referrals, the DA flags of episodes still open) is carried forward.
 * @module
 */
import {
  findLocalAuthority,
  formatQuarter,
  type IsoDate,
  type QuarterId,
  quarterEnd,
  quarterStart,
  quartersBetween,
  StValidationError,
} from "@st/core";
import type { CinChild } from "./cin-records.js";
import {
  type DaDefinition,
  daFactorTest,
  defaultDaDefinition,
  describeDaDefinition,
  referralIssueTest,
} from "./da-definition.js";
import { nextDay } from "./dates.js";
import type { CareEpisode, ReferralReason } from "./extracts.js";
import {
  type CareStartWithDaRule,
  type CountingUnit,
  describeUnit,
  getIndicatorSet,
  type IndicatorDefinition,
  type IndicatorId,
  type IndicatorSet,
  type IndicatorSetId,
  withUnits,
} from "./indicator-definitions.js";
import {
  caveatNotes,
  caveatsOf,
  type IndicatorTable,
  type SeriesPoint,
  summariseIndicators,
} from "./indicator-table.js";
import { monthsBefore } from "./value-readers.js";

/** How to compute: which set, which DA definition, which period, and the data beside the census. */
export interface IndicatorRunOptions {
  /** The indicator set: `2023` (default), `2025`, or a borough's own set. */
  definition?: IndicatorSetId | IndicatorSet | undefined;
  /** What counts as DA. Default: factors 3A, 3B and 3C, no referral-issue mapping. */
  da?: DaDefinition | undefined;
  /** First day of the period reported; widened to the start of its quarter. Default: the start of the data. */
  from?: IsoDate | undefined;
  /** Last day of the period reported; widened to the end of its quarter. Default: the end of the data. */
  to?: IsoDate | undefined;
  /** Referral issues from a borough's own extract, keyed by child id and referral date. */
  referralReasons?: Iterable<ReferralReason> | undefined;
  /** Episodes of care (SSDA903 or equivalent), for children taken into care. */
  careEpisodes?: Iterable<CareEpisode> | undefined;
  /**
   * How a child id in the care data maps to the census `LAchildID`, when the two returns use
   * different ids. Default: the same id.
   */
  careChildIds?: Readonly<Record<string, string>> | ((careChildId: string) => string | undefined) | undefined;
  /** Counting units to use instead of the set's defaults, by indicator. */
  units?: Partial<Record<IndicatorId, CountingUnit>> | undefined;
}

/** One source of record-level data: which borough, which dates it covers, what it is called. */
export interface RunSource {
  /** The source's name for notes (e.g. the file name). */
  name: string;
  /** The borough: a GSS code, DfE LA number or name. */
  borough: string | number;
  /** First day the source covers (for a census file, 1 April). */
  from: IsoDate;
  /** Last day the source covers (for a census file, the reference date, 31 March). */
  to: IsoDate;
  /** Whether a later source will follow, so what it needs from this one must be kept. Default true. */
  keepHistory?: boolean | undefined;
}

interface ChildHistory {
  referrals: { date: IsoDate; da: boolean }[];
  /** Earliest DA assessment authorisation date by episode referral date. */
  daEpisodes: Map<IsoDate, IsoDate>;
}

interface CareStart {
  careChildId: string;
  childId: string;
  startDate: IsoDate;
  legalStatus: string | undefined;
  counted: boolean;
  candidate: { referralDate: IsoDate; open: boolean; hasDa: boolean; borough: string } | undefined;
}

interface BoroughState {
  gss: string;
  name: string;
  coverage: { from: IsoDate; to: IsoDate; name: string }[];
  referralsInScope: number;
  referralsWithIssue: number;
}

const SEP = "\u0000";

/**
 * An indicator computation in progress. Feed it sources in date order ({@link IndicatorRun.beginSource},
 * then {@link IndicatorRun.addChild} for each child, then {@link IndicatorRun.endSource}) and read the
 * table with {@link IndicatorRun.result}. {@link computeIndicators} and
 * {@link computeIndicatorsFromChildren} do this for you.
 */
export class IndicatorRun {
  /** The indicator set in use, with any changed units applied. */
  readonly set: IndicatorSet;
  /** The DA definition in use. */
  readonly da: DaDefinition;
  readonly #isDaFactor: (factor: string) => boolean;
  readonly #isDaIssue: ((reason: string | undefined) => boolean) | undefined;
  readonly #reasons: Map<string, string> | undefined;
  readonly #rangeFrom: IsoDate | undefined;
  readonly #rangeTo: IsoDate | undefined;
  readonly #notes: string[] = [];
  // Counts by borough, then by indicator (its index in the set), then by quarter index (year × 4 +
  // quarter − 1): no string is built for an event.
  readonly #counts = new Map<string, Map<number, number>[]>();
  #sourceCounts: Map<number, number>[] = [];
  readonly #childQuarters = new Set<number>();
  // Per-episode scratch, reused from child to child.
  readonly #firstDa: (IsoDate | undefined)[] = [];
  readonly #anyDa: boolean[] = [];
  readonly #issue: (string | undefined)[] = [];
  readonly #issueDa: (boolean | undefined)[] = [];
  readonly #boroughs = new Map<string, BoroughState>();
  readonly #history = new Map<string, ChildHistory>();
  readonly #careStarts = new Map<string, CareStart[]>();
  readonly #hasCareData: boolean;
  readonly #careRule: CareStartWithDaRule | undefined;
  readonly #indicators: readonly IndicatorDefinition[];
  #careStartsTotal = 0;
  #source: (RunSource & { gss: string; lo: IsoDate; hi: IsoDate; keep: boolean }) | undefined;
  #lastSourceTo: IsoDate | undefined;
  #earliestFrom: IsoDate | undefined;

  constructor(options: IndicatorRunOptions = {}) {
    const base =
      typeof options.definition === "object" ? options.definition : getIndicatorSet(options.definition ?? "2023");
    this.set = options.units ? withUnits(base, options.units) : base;
    this.#indicators = this.set.indicators;
    this.da = options.da ?? defaultDaDefinition;
    this.#isDaFactor = daFactorTest(this.da);
    this.#isDaIssue = this.da.referralIssue ? referralIssueTest(this.da.referralIssue) : undefined;
    if (options.referralReasons) {
      this.#reasons = new Map();
      for (const r of options.referralReasons) this.#reasons.set(r.childId + SEP + r.referralDate, r.reason);
    }
    if (options.from !== undefined) {
      const q = quarterOf(options.from);
      this.#rangeFrom = quarterStart(q);
      if (this.#rangeFrom !== options.from) {
        this.#notes.push(
          `The period starts on ${this.#rangeFrom}: ${options.from} was widened to the start of its quarter.`,
        );
      }
    }
    if (options.to !== undefined) {
      const q = quarterOf(options.to);
      this.#rangeTo = quarterEnd(q);
      if (this.#rangeTo !== options.to) {
        this.#notes.push(`The period ends on ${this.#rangeTo}: ${options.to} was widened to the end of its quarter.`);
      }
    }
    this.#careRule = this.#indicators.find((i) => i.rule.kind === "care-start-with-da")?.rule as
      | CareStartWithDaRule
      | undefined;
    this.#hasCareData = options.careEpisodes !== undefined;
    if (options.careEpisodes && this.#careRule) this.#indexCareStarts(options.careEpisodes, options.careChildIds);
  }

  #indexCareStarts(episodes: Iterable<CareEpisode>, map: IndicatorRunOptions["careChildIds"]): void {
    const rule = this.#careRule!;
    const lookup =
      typeof map === "function" ? map : map ? (id: string) => map[id] : (id: string) => id as string | undefined;
    const seen = new Set<string>();
    for (const e of episodes) {
      if (!rule.reasonsForNewEpisode.includes(e.reasonForNewEpisode.trim().toUpperCase())) continue;
      const key = e.childId + SEP + e.startDate;
      if (seen.has(key)) continue;
      seen.add(key);
      const ls = e.legalStatus?.trim().toUpperCase();
      const counted =
        !(ls !== undefined && rule.excludeLegalStatuses.includes(ls)) &&
        (rule.onlyLegalStatuses === undefined || (ls !== undefined && rule.onlyLegalStatuses.includes(ls)));
      const childId = lookup(e.childId) ?? e.childId;
      const start: CareStart = {
        careChildId: e.childId,
        childId,
        startDate: e.startDate,
        legalStatus: ls,
        counted,
        candidate: undefined,
      };
      const list = this.#careStarts.get(childId);
      if (list) list.push(start);
      else this.#careStarts.set(childId, [start]);
      this.#careStartsTotal++;
    }
  }

  /** Start a source. Sources must come in date order, without overlapping. */
  beginSource(source: RunSource): void {
    if (this.#source) throw new Error("IndicatorRun: endSource() the previous source first");
    const la = findLocalAuthority(source.borough);
    if (!la) {
      throw new StValidationError(
        [
          {
            path: "borough",
            field: "Borough",
            expected: "a GSS code (e.g. E09000012), or a London authority's DfE number or name",
            received: JSON.stringify(String(source.borough)),
            message: `${source.name}: "${source.borough}" is not a local authority this package knows; give the borough's GSS code`,
            code: "unknown_local_authority",
          },
        ],
        { subject: source.name },
      );
    }
    if (this.#lastSourceTo !== undefined && source.from <= this.#lastSourceTo) {
      throw new StValidationError(
        [
          {
            path: "",
            field: source.name,
            expected: "census files oldest first, one a year",
            received: `a file covering ${source.from} to ${source.to}`,
            message: `${source.name} covers ${source.from} to ${source.to}, which overlaps or comes before a file already read (to ${this.#lastSourceTo}); give census files oldest first, one per year`,
            code: "sources_out_of_order",
          },
        ],
        { subject: source.name },
      );
    }
    let state = this.#boroughs.get(la.code);
    if (!state) {
      state = {
        gss: la.code,
        name: la.london ? la.name : la.code,
        coverage: [],
        referralsInScope: 0,
        referralsWithIssue: 0,
      };
      this.#boroughs.set(la.code, state);
    }
    state.coverage.push({ from: source.from, to: source.to, name: source.name });
    const lo = this.#rangeFrom !== undefined && this.#rangeFrom > source.from ? this.#rangeFrom : source.from;
    const hi = this.#rangeTo !== undefined && this.#rangeTo < source.to ? this.#rangeTo : source.to;
    this.#source = { ...source, gss: la.code, lo, hi, keep: source.keepHistory ?? true };
    this.#sourceCounts = this.#countsOf(la.code);
    if (this.#earliestFrom === undefined || source.from < this.#earliestFrom) this.#earliestFrom = source.from;
  }

  /** Finish the current source, keeping from it only what later sources need. */
  endSource(): void {
    const source = this.#source;
    if (!source) return;
    this.#source = undefined;
    this.#lastSourceTo = source.to;
    if (!source.keep) {
      this.#history.clear();
      return;
    }
    // Keep referrals a later referral could look back to, and DA flags of episodes that may continue.
    const window = Math.max(
      12,
      ...this.#indicators.map((i) => (i.rule.kind === "da-re-referral" ? i.rule.windowMonths : 0)),
    );
    const oldest = monthsBefore(nextDay(source.to), window);
    for (const [key, h] of this.#history) {
      h.referrals = h.referrals.filter((r) => r.date >= oldest);
      if (h.referrals.length === 0 && h.daEpisodes.size === 0) this.#history.delete(key);
    }
  }

  #count(indicator: number, unit: CountingUnit, date: IsoDate): void {
    const quarter = quarterIndex(date);
    if (unit === "children") {
      // Once a child a quarter: the set holds this child's (indicator, quarter) pairs.
      const key = indicator * 100_000 + quarter;
      if (this.#childQuarters.has(key)) return;
      this.#childQuarters.add(key);
    }
    const counts = this.#sourceCounts[indicator]!;
    counts.set(quarter, (counts.get(quarter) ?? 0) + 1);
  }

  #countsOf(gss: string): Map<number, number>[] {
    let counts = this.#counts.get(gss);
    if (!counts) {
      counts = this.#indicators.map(() => new Map<number, number>());
      this.#counts.set(gss, counts);
    }
    return counts;
  }

  /**
   * Count one child's contributions from the current source. A child must be added once per
   * source, with every episode the source holds for them.
   */
  addChild(child: CinChild): void {
    const source = this.#source;
    if (!source) throw new Error("IndicatorRun: beginSource() before addChild()");
    const { lo, hi } = source;
    const historyKey = source.keep || this.#history.size > 0 ? source.gss + SEP + child.childId : "";
    const history = this.#history.size > 0 ? this.#history.get(historyKey) : undefined;
    const isDaFactor = this.#isDaFactor;
    const borough = this.#boroughs.get(source.gss)!;
    this.#childQuarters.clear();

    // Per episode, once: the earliest authorisation date of an assessment with a DA factor, whether
    // any assessment (authorised or not) records DA, and the referral issue and whether it is DA.
    const episodes = child.episodes;
    const n = episodes.length;
    const firstDa = this.#firstDa;
    const anyDa = this.#anyDa;
    const issue = this.#issue;
    const issueDa = this.#issueDa;
    firstDa.length = anyDa.length = issue.length = issueDa.length = n;
    const isDaIssue = this.#isDaIssue;
    for (let i = 0; i < n; i++) {
      const e = episodes[i]!;
      let first: IsoDate | undefined;
      let any = false;
      for (const a of e.assessments) {
        let da = false;
        for (const f of a.factors) {
          if (isDaFactor(f)) {
            da = true;
            break;
          }
        }
        if (!da) continue;
        any = true;
        const auth = a.authorisationDate;
        if (auth !== undefined && (first === undefined || auth < first)) first = auth;
      }
      const carried = e.referralDate !== undefined ? history?.daEpisodes.get(e.referralDate) : undefined;
      if (carried !== undefined) {
        any = true;
        if (first === undefined || carried < first) first = carried;
      }
      firstDa[i] = first;
      anyDa[i] = any;
      if (isDaIssue) {
        const reason =
          e.referralIssue ??
          (e.referralDate !== undefined && this.#reasons
            ? this.#reasons.get(child.childId + SEP + e.referralDate)
            : undefined);
        issue[i] = reason;
        issueDa[i] = isDaIssue(reason);
      } else {
        issue[i] = undefined;
        issueDa[i] = undefined;
      }
    }

    const indicators = this.#indicators;
    for (let k = 0; k < indicators.length; k++) {
      const rule = indicators[k]!.rule;
      switch (rule.kind) {
        case "da-referral": {
          if (!isDaIssue) break;
          for (let i = 0; i < n; i++) {
            const date = episodes[i]!.referralDate;
            if (date === undefined || date < lo || date > hi) continue;
            borough.referralsInScope++;
            if (issue[i] !== undefined) borough.referralsWithIssue++;
            if (issueDa[i]) this.#count(k, rule.unit, date);
          }
          break;
        }
        case "first-da-assessment": {
          for (let i = 0; i < n; i++) {
            const first = firstDa[i];
            if (first !== undefined && first >= lo && first <= hi) this.#count(k, rule.unit, first);
          }
          break;
        }
        case "cp-plan-with-da": {
          for (let i = 0; i < n; i++) {
            const first = firstDa[i];
            if (first === undefined) continue;
            for (const plan of episodes[i]!.cpPlans) {
              const start = plan.startDate;
              if (start !== undefined && start >= lo && start <= hi && first <= start) this.#count(k, rule.unit, start);
            }
          }
          break;
        }
        case "da-re-referral": {
          for (let i = 0; i < n; i++) {
            const e = episodes[i]!;
            const date = e.referralDate;
            if (date === undefined || date < lo || date > hi) continue;
            const isDa = issueDa[i] ?? anyDa[i]!;
            if (!isDa) continue;
            const oldest = monthsBefore(date, rule.windowMonths);
            const mustBeDa = rule.previousMustBeDa;
            let found = false;
            for (let j = 0; j < n && !found; j++) {
              const d = episodes[j]!.referralDate;
              if (j === i || d === undefined) continue;
              found = d < date && d >= oldest && (!mustBeDa || (issueDa[j] ?? anyDa[j]!));
            }
            if (!found && history) {
              for (const r of history.referrals) {
                if (r.date < date && r.date >= oldest && (!mustBeDa || r.da)) {
                  found = true;
                  break;
                }
              }
            }
            if (found) this.#count(k, rule.unit, date);
          }
          break;
        }
        case "care-start-with-da":
          if (this.#careStarts.has(child.childId)) this.#matchCareStarts(child, firstDa, anyDa, source.gss);
          break;
      }
    }

    if (source.keep) {
      let h = history;
      if (!h) {
        h = { referrals: [], daEpisodes: new Map() };
        this.#history.set(historyKey, h);
      }
      for (let i = 0; i < episodes.length; i++) {
        const e = episodes[i]!;
        if (e.referralDate === undefined) continue;
        if (!h.referrals.some((r) => r.date === e.referralDate)) {
          h.referrals.push({ date: e.referralDate, da: issueDa[i] ?? anyDa[i]! });
        }
        const first = firstDa[i];
        if (first !== undefined && (e.closureDate === undefined || e.closureDate > source.to)) {
          const known = h.daEpisodes.get(e.referralDate);
          if (known === undefined || first < known) h.daEpisodes.set(e.referralDate, first);
        }
      }
    }
  }

  #matchCareStarts(child: CinChild, firstDa: (IsoDate | undefined)[], anyDa: boolean[], gss: string): void {
    const starts = this.#careStarts.get(child.childId);
    if (!starts) return;
    const timing = this.#careRule!.factorTiming;
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
  }

  /** The table: every borough read, every indicator of the set, every quarter of the period. */
  result(): IndicatorTable {
    if (this.#source) this.endSource();
    const boroughs = [...this.#boroughs.values()];
    const notes: string[] = [this.set.title, this.set.agreed];
    const allCoverage = boroughs.flatMap((b) => b.coverage);
    const dataFrom = allCoverage.reduce<IsoDate | undefined>(
      (m, c) => (m === undefined || c.from < m ? c.from : m),
      undefined,
    );
    const dataTo = allCoverage.reduce<IsoDate | undefined>(
      (m, c) => (m === undefined || c.to > m ? c.to : m),
      undefined,
    );
    const from = this.#rangeFrom ?? dataFrom;
    const to = this.#rangeTo ?? dataTo;
    const quarters = from !== undefined && to !== undefined ? quartersBetween(quarterOf(from), quarterOf(to)) : [];

    // Children into care: decided once every source is read.
    const careCounts = new Map<string, Set<string>>();
    const careIndex = this.#indicators.findIndex((i) => i.rule.kind === "care-start-with-da");
    let startsWithoutCin = 0;
    let startsInPeriod = 0;
    const careRule = this.#careRule;
    if (careRule && this.#hasCareData) {
      for (const starts of this.#careStarts.values()) {
        for (const s of starts) {
          if (!s.counted) continue;
          if ((from !== undefined && s.startDate < from) || (to !== undefined && s.startDate > to)) continue;
          startsInPeriod++;
          if (!s.candidate) {
            startsWithoutCin++;
            continue;
          }
          if (!s.candidate.hasDa) continue;
          const key = s.candidate.borough + SEP + quarterIndex(s.startDate);
          const set = careCounts.get(key) ?? new Set<string>();
          set.add(careRule.unit === "children" ? s.childId : s.childId + SEP + s.startDate);
          careCounts.set(key, set);
        }
      }
      for (const counts of this.#counts.values()) counts[careIndex]!.clear();
      for (const [key, set] of careCounts) {
        const [gss, quarter] = key.split(SEP) as [string, string];
        this.#countsOf(gss)[careIndex]!.set(Number(quarter), set.size);
      }
    }

    const unavailable = new Map<IndicatorId, string>();
    for (const indicator of this.#indicators) {
      const rule = indicator.rule;
      if (rule.kind === "da-referral" && !this.#isDaIssue) {
        unavailable.set(
          indicator.id,
          `${indicator.id} is null for every quarter: the Children in Need census does not record why a child was referred (ReferralSource records who referred), so DA as the referral issue needs the borough's own referral-reason mapping, and none was given.`,
        );
      }
      if (rule.kind === "care-start-with-da" && !this.#hasCareData) {
        unavailable.set(
          indicator.id,
          `${indicator.id} is null for every quarter: it needs an episodes file in the shape of the SSDA903 return (children starting to be looked after), and none was given.`,
        );
      }
    }
    const issueMissing = new Set<string>();
    if (this.#isDaIssue) {
      const intake = this.#indicators.find((i) => i.rule.kind === "da-referral");
      for (const b of boroughs) {
        if (intake && b.referralsInScope > 0 && b.referralsWithIssue === 0) {
          issueMissing.add(b.gss);
          notes.push(
            `${b.name}: ${intake.id} is null: none of the ${b.referralsInScope} referrals in the period had a referral issue recorded, so the mapping found nothing to test (check the field name or the referral-reason extract).`,
          );
        } else if (intake && b.referralsWithIssue < b.referralsInScope) {
          notes.push(
            `${b.name}: ${b.referralsInScope - b.referralsWithIssue} of ${b.referralsInScope} referrals in the period had no referral issue recorded; they are not counted as DA referrals.`,
          );
        }
      }
    }

    const series: SeriesPoint[] = [];
    const uncovered = new Map<string, QuarterId[]>();
    for (const b of boroughs) {
      for (const indicator of this.#indicators) {
        for (const quarter of quarters) {
          const covered = b.coverage.some((c) => c.from <= quarterStart(quarter) && quarterEnd(quarter) <= c.to);
          let value: number | null = null;
          if (
            covered &&
            !unavailable.has(indicator.id) &&
            !(indicator.rule.kind === "da-referral" && issueMissing.has(b.gss))
          ) {
            value =
              this.#counts
                .get(b.gss)
                ?.[this.#indicators.indexOf(indicator)]?.get(quarterIndex(quarterStart(quarter))) ?? 0;
          }
          if (!covered && indicator === this.#indicators[0]) {
            const list = uncovered.get(b.gss) ?? [];
            list.push(quarter);
            uncovered.set(b.gss, list);
          }
          series.push({ borough: b.gss, indicator: indicator.id, quarter, value });
        }
      }
    }

    for (const indicator of this.#indicators) {
      notes.push(
        `${indicator.id}: ${indicator.definition} Counts ${describeUnit(indicator.rule.unit)}.${ruleDetail(indicator)}`,
      );
    }
    notes.push(...describeDaDefinition(this.da));
    notes.push(...unavailable.values());
    const reReferral = this.#indicators.find((i) => i.rule.kind === "da-re-referral");
    if (reReferral && !this.#isDaIssue) {
      notes.push(
        `${reReferral.id}: no referral-issue mapping was given, so a DA referral here is one whose CIN episode has a DA assessment factor (3A/3B/3C as chosen), not one made for DA.`,
      );
    }
    if (reReferral && this.#earliestFrom !== undefined && quarters.length > 0) {
      const undercounted = quarters.filter((q) => quarterStart(q) < monthsBefore(this.#earliestFrom!, -12));
      if (undercounted.length > 0) {
        notes.push(
          `${reReferral.id}: the data starts on ${this.#earliestFrom}, so referrals before it are not seen; re-referrals in ${shortLabel(undercounted[0]!)}${undercounted.length > 1 ? ` to ${shortLabel(undercounted.at(-1)!)}` : ""} may be undercounted. Give the previous year's census file too.`,
        );
      }
    }
    for (const b of boroughs) {
      notes.push(
        `${b.name} (${b.gss}): data covers ${b.coverage.map((c) => `${c.from} to ${c.to} (${c.name})`).join("; ")}.`,
      );
      const missing = uncovered.get(b.gss);
      if (missing && missing.length > 0) {
        notes.push(
          `${b.name}: no source covers ${missing.map(shortLabel).join(", ")}; those quarters are null, not zero.`,
        );
      }
    }
    if (careRule && this.#hasCareData) {
      if (startsWithoutCin > 0) {
        notes.push(
          `${startsWithoutCin} of ${startsInPeriod} children starting to be looked after in the period had no CIN episode on or before their start date in the census data given (check that the two returns use the same child ids); they are not counted.`,
        );
      }
      notes.push(`${this.#careStartsTotal} care starts were read from the episodes data.`);
    }
    if (this.set.appliesFrom && quarters.length > 0 && quarters[0]! < this.set.appliesFrom) {
      notes.push(
        `The ${this.set.id} set applies from ${shortLabel(this.set.appliesFrom)}; earlier quarters are computed with its rules for comparison.`,
      );
    }
    const caveats = caveatsOf(this.set);
    notes.push(...caveatNotes(caveats));
    return {
      definition: this.set.id,
      series,
      notes: [...this.#notes, ...notes],
      indicators: summariseIndicators(this.set, true),
      boroughs: boroughs.map((b) => ({ gss: b.gss, name: b.name, notes: [] })),
      caveats,
    };
  }
}

function ruleDetail(indicator: IndicatorDefinition): string {
  const rule = indicator.rule;
  switch (rule.kind) {
    case "care-start-with-da":
      return ` Reasons for new episode counted: ${rule.reasonsForNewEpisode.join(", ")}; legal statuses excluded: ${rule.excludeLegalStatuses.join(", ") || "none"}${rule.onlyLegalStatuses ? `; only ${rule.onlyLegalStatuses.join(", ")} counted` : ""}; DA factors ${rule.factorTiming === "any" ? "on any assessment of the episode" : "on assessments authorised on or before the start"} count.`;
    case "da-re-referral":
      return ` Window: ${rule.windowMonths} calendar months, boundary included (a referral on the same day ${rule.windowMonths} months later is a re-referral); the previous referral ${rule.previousMustBeDa ? "must itself be a DA referral" : "may be for any reason (DfE's definition)"}.`;
    default:
      return "";
  }
}

/** What a computation read besides the table: one entry a source. */
export interface SourceSummary {
  /** The source's name. */
  name: string;
  /** The borough's GSS code. */
  borough: string;
  /** First day covered. */
  from: IsoDate;
  /** Last day covered. */
  to: IsoDate;
  /** Children read. */
  children: number;
}

/**
 * Compute the indicators from children already in memory (e.g. assembled from CSV extracts with
 * {@link assembleExtracts}), for one borough and the period the data covers.
 */
export function computeIndicatorsFromChildren(
  children: Iterable<CinChild>,
  source: RunSource,
  options: IndicatorRunOptions = {},
): IndicatorTable {
  const run = new IndicatorRun(options);
  run.beginSource({ ...source, keepHistory: false });
  for (const child of children) run.addChild(child);
  run.endSource();
  return run.result();
}

function shortLabel(quarter: QuarterId): string {
  return formatQuarter(quarter, "short");
}

/**
 * The calendar quarter of a date already checked as ISO. `@st/core`'s `quarterOf` checks its input
 * again on every call; here it runs for every event of a census file, so the check is skipped.
 */
function quarterOf(date: IsoDate): QuarterId {
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  return `${date.slice(0, 4)}-Q${(((month - 1) / 3) | 0) + 1}` as QuarterId;
}

/** Year × 4 + quarter − 1 of a date already checked as ISO: a number, so counting builds no strings. */
function quarterIndex(date: IsoDate): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  return year * 4 + (((month - 1) / 3) | 0);
}
