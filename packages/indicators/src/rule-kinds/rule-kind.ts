/**
 * What a rule kind is. Each kind is one module in this folder, listed once in `./index.ts`: its rule
 * as data (a zod schema of `kind`, the `unit`s it may count and its parameters), its parameters in
 * words, and how the engine (`../indicator-run.ts`) counts it. Rule types are the schemas' output.
 * @module
 */
import type { IsoDate, QuarterId } from "@st/core/calendar";
import type * as z from "zod";
import type { CinChild } from "../cin-records.js";
import type { CountingUnit, IndicatorId } from "../indicator-definitions.js";
import type { IndicatorRunOptions } from "../indicator-run.js";

/** The schema of a rule: a strict object of `kind` (the kind's name), `unit` and the kind's parameters. */
export type RuleSchema = z.ZodObject<
  { kind: z.ZodLiteral<string>; unit: z.ZodType<CountingUnit> } & z.core.$ZodShape,
  z.core.$strict
>;

type ReadonlyList<V> = V extends readonly (infer E)[] ? readonly E[] : V;
type ReadonlyLists<T> = { [K in keyof T]: ReadonlyList<T[K]> };

/** A rule as the engine reads it: its schema's output, with its lists read-only (a set may be written `as const`). */
export type RuleOf<S extends RuleSchema> = ReadonlyLists<z.output<S>>;

/** What the run was given, as one indicator's rule sees it. */
export interface RuleInputs {
  /** The indicator's id, for notes. */
  readonly id: IndicatorId;
  /** Whether the DA definition maps referral issues, so that a referral can be made for DA. */
  readonly referralIssues: boolean;
  /** Episodes of care (SSDA903 or equivalent), when given. */
  readonly careEpisodes: IndicatorRunOptions["careEpisodes"];
  /** How a child id in the care data maps to the census `LAchildID`. */
  readonly careChildIds: IndicatorRunOptions["careChildIds"];
}

/** A referral of the child's read from an earlier source. */
export interface EarlierReferral {
  /** The referral date. */
  readonly date: IsoDate;
  /** Whether it was a DA referral (its referral issue, or without a mapping its episode's DA factor). */
  readonly da: boolean;
}

/**
 * One child of the current source, with what the engine works out once per episode for every rule.
 * The lists run parallel to `child.episodes`. Valid only during the call: the engine refills the
 * same object for the next child.
 */
export interface ChildFacts {
  /** The child, with every episode the source holds for them. */
  readonly child: CinChild;
  /** The borough's GSS code. */
  readonly gss: string;
  /** First day counted from this source: events dated from `from` to `to` are counted here. */
  readonly from: IsoDate;
  /** Last day counted from this source. */
  readonly to: IsoDate;
  /** Per episode: the earliest authorisation date of an assessment with a DA factor (an earlier source's included). */
  readonly firstDa: readonly (IsoDate | undefined)[];
  /** Per episode: whether any assessment, authorised or not, records DA (or an earlier source's did). */
  readonly anyDa: readonly boolean[];
  /** Per episode: the referral issue, when referral issues are mapped. */
  readonly issue: readonly (string | undefined)[];
  /** Per episode: whether the referral issue is DA; undefined when referral issues are not mapped. */
  readonly issueDa: readonly (boolean | undefined)[];
  /** The child's referrals in earlier sources (as far back as the longest look-back), when there were any. */
  readonly earlier: readonly EarlierReferral[] | undefined;
}

/** The end of a run: every source has been read. */
export interface RunEnd {
  /** First day of the period reported, when any source was read. */
  readonly from: IsoDate | undefined;
  /** Last day of the period reported. */
  readonly to: IsoDate | undefined;
  /** The quarters of the period. */
  readonly quarters: readonly QuarterId[];
  /** The first day any source covers. */
  readonly dataFrom: IsoDate | undefined;
  /** The boroughs read, in the order first read. */
  readonly boroughs: readonly { readonly gss: string; readonly name: string }[];
  /** Set the indicator's figure for a borough and quarter ({@link quarterIndex}), replacing what was tallied. */
  setCount(gss: string, quarter: number, value: number): void;
}

/** What an indicator adds to the table at the end of a run; each list in the order of the boroughs. */
export interface RuleOutcome {
  /** Boroughs where its figures are null, not zero, whatever was tallied (nothing there could be tested). */
  readonly nullIn?: ReadonlySet<string>;
  /** Notes on the data read for it, placed before the indicators' definitions. */
  readonly dataNotes?: readonly string[];
  /** Notes on how to read its figures, placed after the notes on missing data. */
  readonly readingNotes?: readonly string[];
  /** Notes on data it read beside the census, placed after the sources' coverage. */
  readonly sourceNotes?: readonly string[];
}

/** One indicator's counting in one run. */
export interface RuleCounter {
  /** Months of a child's referrals a later source needs from an earlier one (a look-back window). */
  readonly lookBackMonths?: number;
  /**
   * Count one child of the current source: `tally(date)` once for each event counted, dated (a child
   * counted once a quarter is the engine's business, by the rule's unit).
   */
  count(facts: ChildFacts, tally: (date: IsoDate) => void): void;
  /** Once every source is read: figures decided only then, and notes. */
  finish?(end: RunEnd): RuleOutcome;
}

/** A rule kind: one module in this folder, one line in `./index.ts`. */
export interface RuleKind<S extends RuleSchema = RuleSchema> {
  /** The rule as data: `kind` (a literal, the kind's name), `unit` (an enum of the units it may count) and its parameters, documented. */
  readonly schema: S;
  /** The rule's parameters in words, added to the indicator's note after "Counts …." (start with a space; "" for none). */
  describe(rule: RuleOf<S>): string;
  /** Why the indicator is null in every quarter when the run lacks data the rule needs; undefined when it can count. */
  missingDataNote(inputs: RuleInputs): string | undefined;
  /** Start counting an indicator with this rule (only when {@link RuleKind.missingDataNote} gave none). */
  counter(rule: RuleOf<S>, inputs: RuleInputs): RuleCounter;
}

/** A rule kind, its functions typed from its schema. */
export function defineRuleKind<S extends RuleSchema>(kind: RuleKind<S>): RuleKind<S> {
  return kind;
}

/** Year × 4 + quarter − 1 of a date already checked as ISO: a number, so counting builds no strings. */
export function quarterIndex(date: IsoDate): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  return year * 4 + (((month - 1) / 3) | 0);
}
