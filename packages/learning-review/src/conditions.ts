/**
 * Conditions as code: a frame's conditions compiled once against a case list's columns and the
 * review period into plain predicates.
 * @module
 */

import { describeValue, type Problem } from "@st/core";
import { type IsoDate, parseDateText } from "@st/core/calendar";
import { safeParseYesNo } from "@st/core/forms";
import { CONDITION, CONDITION_OPTIONS, checkArg } from "./arguments.js";
import { type CaseListEntry, type CaseListField, caseListFieldOf } from "./case-list.js";
import { caseOutcomes, parseCaseOutcome } from "./outcomes.js";
import type { Condition, DateRef } from "./sampling-frame.js";

/** A review period, both ends included. */
export interface ReviewPeriod {
  /** First day. */
  from: IsoDate;
  /** Last day. */
  to: IsoDate;
}

type Predicate = (entry: CaseListEntry) => boolean;
type Read = (entry: CaseListEntry) => string | readonly string[] | null;

const YES_NO_FIELDS = new Set<CaseListField>(["daFactor", "workerTrained", "consultation"]);
const DATE_FIELDS = new Set<CaseListField>(["closedDate", "workerTrainedDate", "consultationDates", "openedDate"]);

const norm = (value: string) => value.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");

interface Context {
  period: ReviewPeriod | undefined;
  columns: ReadonlyMap<string, string> | undefined;
  problems: Problem[];
}

function fieldReader(field: string, ctx: Context, path: string): { read: Read; known?: CaseListField } | undefined {
  const known = caseListFieldOf(field);
  if (known) {
    return {
      known,
      read: (entry) => {
        const value = entry[known];
        if (value === undefined || value === null) return null;
        return value;
      },
    };
  }
  const key = norm(field);
  const header = ctx.columns?.get(key) ?? (ctx.columns ? undefined : field);
  if (header === undefined) {
    ctx.problems.push({
      path,
      field: "Condition field",
      expected: `a field of the case list or one of its columns (${[...(ctx.columns?.values() ?? [])].join(", ")})`,
      received: describeValue(field),
      message: `the case list has no column "${field}"`,
      code: "unknown_column",
    });
    return undefined;
  }
  return { read: (entry) => entry.other?.[header] ?? null };
}

function dateRef(ref: DateRef, ctx: Context, path: string): ((entry: CaseListEntry) => IsoDate[]) | undefined {
  if (typeof ref === "object") {
    const reader = fieldReader(ref.field, ctx, at(path, "field"));
    return reader ? (entry) => dates(reader.read(entry)) : undefined;
  }
  if (ref === "period-start" || ref === "period-end") {
    if (!ctx.period) {
      missingPeriod(ctx, path);
      return undefined;
    }
    const day = ref === "period-start" ? ctx.period.from : ctx.period.to;
    return () => [day];
  }
  return () => [ref];
}

const NO_DATES: readonly IsoDate[] = [];

function dates(value: string | readonly string[] | null): IsoDate[] {
  if (value === null) return [];
  const list = typeof value === "string" ? [value] : value;
  return list.map(parseDateText).filter((d): d is IsoDate => d !== undefined);
}

function missingPeriod(ctx: Context, path: string): void {
  if (ctx.problems.some((p) => p.code === "missing_period")) return;
  ctx.problems.push({
    path,
    field: "Review period",
    expected: "a review period (from and to dates)",
    received: "nothing",
    message: "the frame tests dates against the review period, but no period was given",
    code: "missing_period",
  });
}

/** A path inside a condition: `all.0.is`, or `population.all.0.is` below a named root. */
const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

function compile(condition: Condition, ctx: Context, path: string): Predicate {
  if ("all" in condition) {
    const parts = condition.all.map((c, i) => compile(c, ctx, at(path, `all.${i}`)));
    return (entry) => parts.every((p) => p(entry));
  }
  if ("any" in condition) {
    const parts = condition.any.map((c, i) => compile(c, ctx, at(path, `any.${i}`)));
    return (entry) => parts.some((p) => p(entry));
  }
  if ("not" in condition) {
    const inner = compile(condition.not, ctx, at(path, "not"));
    return (entry) => !inner(entry);
  }
  const reader = fieldReader(condition.field, ctx, at(path, "field"));
  if (!reader) return () => false;
  const { read, known } = reader;
  if ("is" in condition) {
    const wanted = (Array.isArray(condition.is) ? condition.is : [condition.is]).map((value) => {
      if (known && YES_NO_FIELDS.has(known)) {
        const answer = safeParseYesNo(value, condition.field);
        if (answer.ok) return answer.value;
        ctx.problems.push({ ...answer.problems[0]!, path: at(path, "is") });
        return value;
      }
      if (known === "outcome") {
        const outcome = parseCaseOutcome(value);
        if (outcome) return outcome;
        ctx.problems.push({
          path: at(path, "is"),
          field: "Outcome",
          expected: `one of ${caseOutcomes.join(", ")}`,
          received: describeValue(value),
          message: "is not a known outcome",
          code: "invalid_value",
        });
        return value;
      }
      if (known && DATE_FIELDS.has(known)) return parseDateText(value) ?? value;
      return norm(value);
    });
    const set = new Set(wanted);
    const exact = known !== undefined && (YES_NO_FIELDS.has(known) || known === "outcome" || DATE_FIELDS.has(known));
    return (entry) => {
      const value = read(entry);
      if (value === null) return false;
      if (typeof value === "string") return set.has(exact ? value : norm(value));
      return value.some((v) => set.has(exact ? v : norm(v)));
    };
  }
  if ("isEmpty" in condition) {
    const empty = condition.isEmpty;
    return (entry) => {
      const value = read(entry);
      const isEmpty = value === null || value === "" || (typeof value !== "string" && value.length === 0);
      return isEmpty === empty;
    };
  }
  // Known date fields hold ISO dates already; only other columns need reading as dates.
  const values =
    known && DATE_FIELDS.has(known)
      ? (entry: CaseListEntry): readonly IsoDate[] => {
          const value = read(entry);
          return value === null ? NO_DATES : typeof value === "string" ? [value] : value;
        }
      : (entry: CaseListEntry): readonly IsoDate[] => dates(read(entry));
  if ("inPeriod" in condition) {
    const period = ctx.period;
    if (!period) {
      missingPeriod(ctx, at(path, "inPeriod"));
      return () => false;
    }
    const { from, to } = period;
    return (entry) => {
      const days = values(entry);
      for (let i = 0; i < days.length; i++) if (days[i]! >= from && days[i]! <= to) return true;
      return false;
    };
  }
  const tests: ((day: IsoDate, entry: CaseListEntry) => boolean)[] = [];
  const add = (ref: DateRef | undefined, key: string, ok: (day: IsoDate, other: IsoDate) => boolean) => {
    if (ref === undefined) return;
    const other = dateRef(ref, ctx, at(path, key));
    if (!other) return;
    tests.push((day, entry) => {
      const against = other(entry);
      return against.length > 0 && against.every((o) => ok(day, o));
    });
  };
  add(condition.before, "before", (d, o) => d < o);
  add(condition.onOrBefore, "onOrBefore", (d, o) => d <= o);
  add(condition.after, "after", (d, o) => d > o);
  add(condition.onOrAfter, "onOrAfter", (d, o) => d >= o);
  return (entry) => values(entry).some((day) => tests.every((t) => t(day, entry)));
}

/**
 * Compile a condition into a predicate over cases. `columns` are the case list's column headers
 * (so a condition naming a column the list lacks is a problem rather than silently false); without
 * them any column name is accepted. Problems are returned, never thrown; a condition that is not an
 * object at all throws a coded `StValidationError` (also a `TypeError`).
 */
export function compileCondition(
  condition: Condition,
  options: { period?: ReviewPeriod | undefined; columns?: readonly string[] | undefined; path?: string } = {},
): { test: (entry: CaseListEntry) => boolean; problems: Problem[] } {
  checkArg("compileCondition", CONDITION, condition);
  checkArg("compileCondition", CONDITION_OPTIONS, options);
  const columns = options.columns ? new Map(options.columns.map((c) => [norm(c), c])) : undefined;
  const ctx: Context = { period: options.period, columns, problems: [] };
  const test = compile(condition, ctx, options.path ?? "");
  return { test, problems: ctx.problems };
}
