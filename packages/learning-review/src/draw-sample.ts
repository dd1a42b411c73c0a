/**
 * Drawing a learning review's sample from a case list: a simple random sample per cohort,
 * deterministic for a seed, never reusing a case, leaving out cases reviewed before when asked,
 * and saying plainly when a cohort cannot be filled.
 * @module
 */

import { appendAll, type Problem, type SafeResult, StValidationError } from "@st/core";
import { isIsoDate } from "@st/core/calendar";
import { defaultTerminology, renderLabel, type TerminologyProfile } from "@st/core/practice";
import { CASE_LIST, checkArg, SAMPLE, SAMPLE_OPTIONS, SAMPLED_OPTIONS } from "./arguments.js";
import type { CaseList, CaseListEntry } from "./case-list.js";
import { compileCondition, type ReviewPeriod } from "./conditions.js";
import { isSeed, MAX_SEED, randomStream } from "./random.js";
import { type SamplingFrame, safeParseSamplingFrame } from "./sampling-frame.js";

/** Options for {@link drawSample}. */
export interface DrawSampleOptions {
  /** The seed: a whole number from 0 to `Number.MAX_SAFE_INTEGER`. The same seed and case list give the same sample. */
  seed: number;
  /** The review period (both ends included); overrides the frame's own. */
  period?: ReviewPeriod | undefined;
  /** Ids of cases reviewed in earlier rounds, to leave out. */
  exclude?: Iterable<string> | undefined;
  /** The terminology profile cohort labels are rendered in. */
  profile?: TerminologyProfile | undefined;
}

/** One cohort of a drawn sample. */
export interface SampledCohort {
  /** The cohort's id in the frame. */
  id: string;
  /** Its label, in the terminology profile's words. */
  label: string;
  /** How many cases the frame asks for (in a paired frame, how many workers). */
  wanted: number;
  /**
   * How many cases could have been drawn: in the population, meeting the cohort's condition, not
   * reviewed before, not already drawn into an earlier cohort (and within the per-worker limit).
   * In a paired frame, how many workers have an eligible case in every cohort.
   */
  eligible: number;
  /** The case ids drawn, in the order drawn (in a paired frame, the order of the pairs). */
  cases: string[];
  /** Reserve case ids, in order: take the first when a drawn case proves unsuitable. */
  reserves: string[];
  /** Cases that met the cohort's condition but were left out as reviewed in an earlier round. */
  excludedAsReviewed: number;
}

/** A cohort that could not be filled. */
export interface Shortfall {
  /** The cohort's id. */
  cohort: string;
  /** How many the frame asks for. */
  wanted: number;
  /** How many were eligible (all of them were drawn). */
  eligible: number;
  /** The shortfall in words, e.g. "only 3 eligible cases for cohort untrained-unconsulted (5 wanted)". */
  message: string;
}

/** In a paired frame, the cases drawn for one worker. */
export interface SampledPair {
  /** The worker's id. */
  workerId: string;
  /** The case drawn for each cohort, by cohort id. */
  cases: Record<string, string>;
  /** True for a reserve pair. */
  reserve: boolean;
}

/** A drawn sample: everything needed to say how it was drawn and to draw it again. */
export interface Sample {
  /** The seed it was drawn with. */
  seed: number;
  /** The frame's id and version. */
  frame: { id: string; version: string };
  /** The review period, when the frame uses one. */
  period: ReviewPeriod | null;
  /** How many cases of the list are in the frame's population. */
  population: number;
  /** How many cases of the population were left out as reviewed in an earlier round. */
  excludedAsReviewed: number;
  /** The cohorts, in the frame's order. */
  cohorts: SampledCohort[];
  /** The cohorts that fell short, in the frame's order; empty when every cohort was filled. */
  shortfalls: Shortfall[];
  /** For a paired frame, the pairs in order (reserves last). */
  pairs?: SampledPair[] | undefined;
}

// Code-unit order: the same on every machine, whatever the locale.
const byCaseId = (a: CaseListEntry, b: CaseListEntry) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0);

function seedProblem(seed: unknown): Problem {
  return {
    path: "seed",
    field: "Seed",
    expected: `a whole number from 0 to ${MAX_SEED}`,
    received: String(seed),
    message: "is not a seed",
    code: "invalid_seed",
  };
}

/**
 * Draw `n` items in random order from `pool` without replacement (a partial Fisher-Yates shuffle),
 * skipping items `accept` refuses. The pool is copied, never changed.
 */
function drawFrom<T>(pool: readonly T[], n: number, seed: number, stream: string, accept: (item: T) => boolean): T[] {
  const items = [...pool];
  const random = randomStream(seed, stream);
  const drawn: T[] = [];
  for (let i = 0; i < items.length && drawn.length < n; i++) {
    const j = i + random.nextInt(items.length - i);
    const picked = items[j]!;
    items[j] = items[i]!;
    items[i] = picked;
    if (accept(picked)) drawn.push(picked);
  }
  return drawn;
}

function countByWorker(entries: readonly CaseListEntry[], limit: number | undefined): number {
  if (limit === undefined) return entries.length;
  const per = new Map<string, number>();
  for (const e of entries) per.set(e.workerId, (per.get(e.workerId) ?? 0) + 1);
  let total = 0;
  for (const n of per.values()) total += Math.min(n, limit);
  return total;
}

function shortfallMessage(cohort: string, wanted: number, eligible: number, paired: boolean): string {
  const unit = paired ? (eligible === 1 ? "worker" : "workers") : eligible === 1 ? "case" : "cases";
  const what = paired ? `eligible ${unit} (with a case for every cohort)` : `eligible ${unit}`;
  return `${eligible === 0 ? "no" : `only ${eligible}`} ${what} for cohort ${cohort} (${wanted} wanted)`;
}

/**
 * Draw a sample, returning it or every problem that stops the draw (an invalid frame or seed, a
 * condition naming a column the case list lacks, a period needed but not given). A shortfall is
 * not a problem: it is reported in the sample's `shortfalls`.
 */
export function safeDrawSample(
  caseList: CaseList | readonly CaseListEntry[],
  frameInput: SamplingFrame,
  options: DrawSampleOptions,
): SafeResult<Sample> {
  checkArg("safeDrawSample", CASE_LIST, caseList);
  checkArg("safeDrawSample", SAMPLE_OPTIONS, options);
  const problems: Problem[] = [];
  const checked = safeParseSamplingFrame(frameInput);
  if (!checked.ok) return checked;
  const frame = checked.value;
  if (!isSeed(options.seed)) problems.push(seedProblem(options.seed));
  const period = options.period ?? frame.period;
  if (period) {
    for (const key of ["from", "to"] as const) {
      if (!isIsoDate(period[key])) {
        problems.push({
          path: `period.${key}`,
          field: key === "from" ? "Period start" : "Period end",
          expected: "a date written YYYY-MM-DD",
          received: String(period[key]),
          message: "is not a real date written YYYY-MM-DD",
          code: "invalid_format",
        });
      }
    }
    if (isIsoDate(period.from) && isIsoDate(period.to) && period.from > period.to) {
      problems.push({
        path: "period.to",
        field: "Period end",
        expected: `a date on or after ${period.from}`,
        received: period.to,
        message: "ends before the period starts",
        code: "invalid_period",
      });
    }
  }
  const entries: readonly CaseListEntry[] = Array.isArray(caseList) ? caseList : (caseList as CaseList).cases;
  const columns = Array.isArray(caseList) ? undefined : (caseList as CaseList).columns;
  const population = compileCondition(frame.population, { period, columns, path: "population" });
  appendAll(problems, population.problems);
  const cohortTests = frame.cohorts.map((cohort, i) => {
    const compiled = compileCondition(cohort.where, { period, columns, path: `cohorts.${i}.where` });
    appendAll(problems, compiled.problems);
    return compiled.test;
  });
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.caseId)) {
      problems.push({
        path: "caseId",
        field: "Case id",
        expected: "each case once",
        received: JSON.stringify(entry.caseId),
        message: `case ${entry.caseId} is listed twice`,
        code: "duplicate_case",
      });
    }
    seen.add(entry.caseId);
  }
  if (problems.length) return { ok: false, problems };

  const seed = options.seed;
  const profile = options.profile ?? defaultTerminology;
  const reviewed = new Set(options.exclude ?? []);
  const inPopulation = entries.filter(population.test).sort(byCaseId);
  const available = inPopulation.filter((e) => !reviewed.has(e.caseId));
  const usesPeriod = period !== undefined;
  const base = {
    seed,
    frame: { id: frame.id, version: frame.version },
    period: usesPeriod ? { from: period.from, to: period.to } : null,
    population: inPopulation.length,
    excludedAsReviewed: inPopulation.length - available.length,
  };
  const excludedFor = (test: (e: CaseListEntry) => boolean) =>
    inPopulation.filter((e) => reviewed.has(e.caseId) && test(e)).length;

  if (frame.pairBy === "workerId")
    return { ok: true, value: drawPairs(frame, available, cohortTests, excludedFor, base, profile) };

  const taken = new Set<string>();
  const cohorts: SampledCohort[] = [];
  const shortfalls: Shortfall[] = [];
  frame.cohorts.forEach((cohort, i) => {
    const test = cohortTests[i]!;
    const pool = available.filter((e) => !taken.has(e.caseId) && test(e));
    const eligible = countByWorker(pool, frame.maxPerWorker);
    const perWorker = new Map<string, number>();
    const want = cohort.size + (cohort.reserves ?? 0);
    const drawn = drawFrom(pool, want, seed, `cohort:${cohort.id}`, (e) => {
      if (frame.maxPerWorker === undefined) return true;
      const n = perWorker.get(e.workerId) ?? 0;
      if (n >= frame.maxPerWorker) return false;
      perWorker.set(e.workerId, n + 1);
      return true;
    });
    for (const e of drawn) taken.add(e.caseId);
    const ids = drawn.map((e) => e.caseId);
    cohorts.push({
      id: cohort.id,
      label: renderLabel(cohort.label, profile),
      wanted: cohort.size,
      eligible,
      cases: ids.slice(0, cohort.size),
      reserves: ids.slice(cohort.size),
      excludedAsReviewed: excludedFor(test),
    });
    if (eligible < cohort.size) {
      shortfalls.push({
        cohort: cohort.id,
        wanted: cohort.size,
        eligible,
        message: shortfallMessage(cohort.id, cohort.size, eligible, false),
      });
    }
  });
  return { ok: true, value: { ...base, cohorts, shortfalls } };
}

/** Find distinct cases, one per cohort, for one worker; candidates are tried in a random order. */
function assign(
  candidates: readonly CaseListEntry[][],
  random: ReturnType<typeof randomStream>,
): CaseListEntry[] | undefined {
  const order = candidates.map((list) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = random.nextInt(i + 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  });
  const chosen: CaseListEntry[] = [];
  const used = new Set<string>();
  const step = (k: number): boolean => {
    if (k === order.length) return true;
    for (const entry of order[k]!) {
      if (used.has(entry.caseId)) continue;
      used.add(entry.caseId);
      chosen.push(entry);
      if (step(k + 1)) return true;
      chosen.pop();
      used.delete(entry.caseId);
    }
    return false;
  };
  return step(0) ? chosen : undefined;
}

function drawPairs(
  frame: SamplingFrame,
  available: readonly CaseListEntry[],
  tests: readonly ((e: CaseListEntry) => boolean)[],
  excludedFor: (test: (e: CaseListEntry) => boolean) => number,
  base: Omit<Sample, "cohorts" | "shortfalls" | "pairs">,
  profile: TerminologyProfile,
): Sample {
  const byWorker = new Map<string, CaseListEntry[]>();
  for (const e of available) {
    const list = byWorker.get(e.workerId);
    if (list) list.push(e);
    else byWorker.set(e.workerId, [e]);
  }
  const workers = [...byWorker.keys()].sort();
  const assignments = new Map<string, CaseListEntry[]>();
  for (const worker of workers) {
    const cases = byWorker.get(worker)!;
    const candidates = tests.map((test) => cases.filter(test));
    // Each worker's cases are drawn from a stream of its own, so adding a worker changes no one else's pair.
    const chosen = assign(candidates, randomStream(base.seed, `worker:${worker}`));
    if (chosen) assignments.set(worker, chosen);
  }
  const eligibleWorkers = workers.filter((w) => assignments.has(w));
  const first = frame.cohorts[0]!;
  const wanted = first.size;
  const drawnWorkers = drawFrom(eligibleWorkers, wanted + (first.reserves ?? 0), base.seed, "workers", () => true);
  const pairs: SampledPair[] = drawnWorkers.map((workerId, i) => ({
    workerId,
    cases: Object.fromEntries(frame.cohorts.map((c, k) => [c.id, assignments.get(workerId)![k]!.caseId])),
    reserve: i >= wanted,
  }));
  const cohorts: SampledCohort[] = frame.cohorts.map((cohort, k) => ({
    id: cohort.id,
    label: renderLabel(cohort.label, profile),
    wanted,
    eligible: eligibleWorkers.length,
    cases: pairs.filter((p) => !p.reserve).map((p) => p.cases[cohort.id]!),
    reserves: pairs.filter((p) => p.reserve).map((p) => p.cases[cohort.id]!),
    excludedAsReviewed: excludedFor(tests[k]!),
  }));
  const shortfalls: Shortfall[] =
    eligibleWorkers.length < wanted
      ? frame.cohorts.map((cohort) => ({
          cohort: cohort.id,
          wanted,
          eligible: eligibleWorkers.length,
          message: shortfallMessage(cohort.id, wanted, eligibleWorkers.length, true),
        }))
      : [];
  return { ...base, cohorts, shortfalls, pairs };
}

/**
 * Draw a learning review's sample from a case list.
 *
 * - **Population**: the cases meeting the frame's `population` condition (for the default frame:
 *   closed in the period, domestic abuse a factor).
 * - **Cohorts** are drawn in the frame's order, each a simple random sample without replacement
 *   from the population cases meeting its condition. A case drawn into one cohort (or kept as its
 *   reserve) is never drawn into another.
 * - **Deterministic**: the same seed, frame and case list give the same sample, whatever the order
 *   of the rows (eligible cases are put in case-id order before drawing). Each cohort draws from a
 *   random stream of its own, so a change to one cohort's pool leaves the other cohorts' draws alone.
 * - **Exclusions**: cases in `exclude` (reviewed in earlier rounds) are left out, and counted.
 * - **Shortfalls**: a cohort with fewer eligible cases than it asks for takes them all and is
 *   reported in `shortfalls` ("only 3 eligible cases for cohort untrained-unconsulted (5 wanted)"),
 *   never silently shrunk.
 * - **Paired frames** (`pairBy: "workerId"`): workers with a distinct eligible case for every
 *   cohort are drawn, and one such case per cohort for each.
 *
 * @throws `StValidationError` (from `@st/core`) for an invalid frame or seed, a condition naming a column the
 * case list lacks (pass the `CaseList` from `parseCaseList` so columns can be checked), a period the
 * frame needs but was not given, or a case listed twice.
 * @throws `StValidationError` (also a `TypeError`, coded `invalid_type`) naming the argument when
 * the case list is not a case list or a list of cases, or the options are not an object.
 */
export function drawSample(
  caseList: CaseList | readonly CaseListEntry[],
  frame: SamplingFrame,
  options: DrawSampleOptions,
): Sample {
  checkArg("drawSample", CASE_LIST, caseList);
  checkArg("drawSample", SAMPLE_OPTIONS, options);
  const result = safeDrawSample(caseList, frame, options);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "the sample" });
  return result.value;
}

/** The ids of every case a sample drew, reserves included, for excluding them from the next round. */
export function sampledCaseIds(sample: Sample, options: { reserves?: boolean } = {}): string[] {
  checkArg("sampledCaseIds", SAMPLE, sample);
  checkArg("sampledCaseIds", SAMPLED_OPTIONS, options);
  return sample.cohorts.flatMap((c) => (options.reserves ? [...c.cases, ...c.reserves] : c.cases));
}
