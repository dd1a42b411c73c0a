/**
 * The indicator engine: interprets an indicator set's rules over record-level data, one child at a
 * time, so a census file is counted as it streams past. Several years' sources are read oldest
 * first; each event is counted from the source whose year covers its date (so an episode returned
 * in two census years is never counted twice), and what a later year needs from an earlier one
 * (a child's recent referrals, the DA flags of episodes still open) is carried forward.
 * @module
 */
import { StValidationError } from "@st/core";
import {
  formatQuarter,
  type IsoDate,
  type QuarterId,
  quarterEnd,
  quarterStart,
  quartersBetween,
} from "@st/core/calendar";
import { findLocalAuthority } from "@st/core/places";
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
import { ruleKindOf } from "./rule-kinds/index.js";
import { type ChildFacts, quarterIndex, type RuleCounter, type RuleOutcome } from "./rule-kinds/rule-kind.js";
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

interface BoroughState {
  gss: string;
  name: string;
  coverage: { from: IsoDate; to: IsoDate; name: string }[];
}

/** The counter of an indicator the run cannot count (its data is missing, or its rule has no kind). */
const idle: RuleCounter = { count() {} };

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
  readonly #indicators: readonly IndicatorDefinition[];
  // By indicator: why it is null in every quarter (the run lacks data its rule needs), its counter,
  // and the tally its counter calls.
  readonly #missing: (string | undefined)[];
  readonly #counters: RuleCounter[];
  readonly #tallies: ((date: IsoDate) => void)[];
  #facts: { -readonly [K in keyof ChildFacts]: ChildFacts[K] } | undefined;
  #source: (RunSource & { gss: string; lo: IsoDate; hi: IsoDate; keep: boolean }) | undefined;
  #lastSourceTo: IsoDate | undefined;

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
    const kinds = this.#indicators.map((indicator) => ruleKindOf(indicator.rule));
    const given = {
      referralIssues: this.#isDaIssue !== undefined,
      careEpisodes: options.careEpisodes,
      careChildIds: options.careChildIds,
    };
    this.#missing = this.#indicators.map((indicator, k) => kinds[k]?.missingDataNote({ ...given, id: indicator.id }));
    this.#counters = this.#indicators.map((indicator, k) => {
      const kind = kinds[k];
      return kind && this.#missing[k] === undefined ? kind.counter({ ...given, id: indicator.id }) : idle;
    });
    this.#tallies = this.#indicators.map((indicator, k) => {
      const unit = indicator.rule.unit;
      return (date: IsoDate) => this.#count(k, unit, date);
    });
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
      state = { gss: la.code, name: la.london ? la.name : la.code, coverage: [] };
      this.#boroughs.set(la.code, state);
    }
    state.coverage.push({ from: source.from, to: source.to, name: source.name });
    const lo = this.#rangeFrom !== undefined && this.#rangeFrom > source.from ? this.#rangeFrom : source.from;
    const hi = this.#rangeTo !== undefined && this.#rangeTo < source.to ? this.#rangeTo : source.to;
    this.#source = { ...source, gss: la.code, lo, hi, keep: source.keepHistory ?? true };
    this.#sourceCounts = this.#countsOf(la.code);
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
    const window = Math.max(12, ...this.#counters.map((c) => c.lookBackMonths ?? 0));
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

    // One facts object a run, refilled for each child.
    let facts = this.#facts;
    if (facts) {
      facts.child = child;
      facts.gss = source.gss;
      facts.from = lo;
      facts.to = hi;
      facts.earlier = history?.referrals;
    } else {
      facts = { child, gss: source.gss, from: lo, to: hi, firstDa, anyDa, issue, issueDa, earlier: history?.referrals };
      this.#facts = facts;
    }
    const counters = this.#counters;
    const tallies = this.#tallies;
    for (let k = 0; k < counters.length; k++) counters[k]!.count(facts, tallies[k]!);

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

    // What each indicator decides once every source is read (children into care), and its notes.
    const outcomes = this.#counters.map(
      (counter, k): RuleOutcome =>
        counter.finish?.({
          from,
          to,
          quarters,
          dataFrom,
          boroughs,
          setCount: (gss, quarter, value) => {
            this.#countsOf(gss)[k]!.set(quarter, value);
          },
        }) ?? {},
    );
    const unavailable = new Map<IndicatorId, string>();
    this.#indicators.forEach((indicator, k) => {
      const missing = this.#missing[k];
      if (missing !== undefined) unavailable.set(indicator.id, missing);
    });
    for (const outcome of outcomes) notes.push(...(outcome.dataNotes ?? []));

    const series: SeriesPoint[] = [];
    const uncovered = new Map<string, QuarterId[]>();
    for (const b of boroughs) {
      for (const [k, indicator] of this.#indicators.entries()) {
        for (const quarter of quarters) {
          const covered = b.coverage.some((c) => c.from <= quarterStart(quarter) && quarterEnd(quarter) <= c.to);
          let value: number | null = null;
          if (covered && !unavailable.has(indicator.id) && !outcomes[k]!.nullIn?.has(b.gss)) {
            value = this.#counts.get(b.gss)?.[k]?.get(quarterIndex(quarterStart(quarter))) ?? 0;
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
        `${indicator.id}: ${indicator.definition} Counts ${describeUnit(indicator.rule.unit)}.${ruleKindOf(indicator.rule)?.describe() ?? ""}`,
      );
    }
    notes.push(...describeDaDefinition(this.da));
    notes.push(...unavailable.values());
    for (const outcome of outcomes) notes.push(...(outcome.readingNotes ?? []));
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
    for (const outcome of outcomes) notes.push(...(outcome.sourceNotes ?? []));
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
