/**
 * Summaries across many completed checklists: by borough, quarter, team, case or use, per item and
 * per principle and component, with the counts behind every percentage.
 * @module
 */
import { type Problem, StValidationError } from "@st/core";
import { quarterOf } from "@st/core/calendar";
import {
  type CriticalComponentId,
  criticalComponentIds,
  type PrincipleId,
  principleIds,
  type TerminologyProfile,
} from "@st/core/practice";
import { checkAnswer } from "./answer-problems.js";
import { defaultScale } from "./answer-scale.js";
import { checkOptions, checkPlace } from "./arguments.js";
import { type CompletedChecklist, findDefinition } from "./completed-checklist.js";
import { type AnswerCounts, COVERAGE_RULE, type Coverage, coverageOf, emptyAnswerCounts } from "./coverage.js";
import { defaultChecklist } from "./default-checklist.js";
import type { ChecklistDefinition } from "./definition.js";
import { componentLabel, label, principleLabel } from "./labels.js";

/** What completed checklists can be grouped by. */
export const summaryGroupings = ["borough", "quarter", "team", "case", "use", "checklist"] as const;
/** One of {@link summaryGroupings}. */
export type SummaryGrouping = (typeof summaryGroupings)[number];

/** The value of each grouping for one group; `null` where the records do not say (no team recorded). */
export type GroupKey = Partial<Record<SummaryGrouping, string | null>>;

/** Coverage of one item across a group's records. */
export interface ItemSummary extends Coverage {
  /** The item's id. */
  id: string;
  /** Its question, in the terminology profile's words. */
  question: string;
  /** Records in the group that could have answered it (their definition has it) but did not. */
  unanswered: number;
}

/** Coverage of one principle across a group's records. */
export interface PrincipleSummary extends Coverage {
  /** The principle's id from `@st/core`. */
  id: PrincipleId;
  /** Its name, in the terminology profile's words. */
  label: string;
}

/** Coverage of one critical component across a group's records. */
export interface ComponentSummary extends Coverage {
  /** The component's id from `@st/core`. */
  id: CriticalComponentId;
  /** Its name, in the terminology profile's words. */
  label: string;
}

/** The figures for one group of records (or for all of them). */
export interface ChecklistSummaryGroup {
  /** The group's values of the groupings asked for; empty for the total. */
  key: GroupKey;
  /** How many completed checklists. */
  records: number;
  /** How many distinct cases they cover. */
  cases: number;
  /** Coverage over every answer in the group. */
  overall: Coverage;
  /** Per item, in the order the definitions give them (items no record could answer are left out). */
  items: ItemSummary[];
  /** Per principle, in `@st/core`'s order. */
  principles: PrincipleSummary[];
  /** Per critical component, in `@st/core`'s order. */
  components: ComponentSummary[];
}

/** A summary of completed checklists. */
export interface ChecklistSummary {
  /** The groupings, in order. */
  by: SummaryGrouping[];
  /** The rule every figure follows, in words. */
  rule: string;
  /** How many records were summarised. */
  records: number;
  /** One entry per group, sorted by key (groups with nothing recorded last); empty when not grouped. */
  groups: ChecklistSummaryGroup[];
  /** All records together. */
  total: ChecklistSummaryGroup;
}

/** Options for {@link summariseChecklists}. */
export interface SummariseOptions {
  /** Group by one grouping or several (`["borough", "quarter"]`); no groups, only the total, when absent. */
  by?: SummaryGrouping | readonly SummaryGrouping[] | undefined;
  /** The definitions the records answer; the partnership default when absent. */
  definitions?: readonly ChecklistDefinition[] | undefined;
  /** The terminology profile labels are resolved through. */
  profile?: TerminologyProfile | undefined;
}

function keyOf(record: CompletedChecklist, by: readonly SummaryGrouping[]): GroupKey {
  const key: GroupKey = {};
  for (const grouping of by) {
    switch (grouping) {
      case "borough":
        key.borough = record.borough ?? null;
        break;
      case "quarter":
        key.quarter = quarterOf(record.date);
        break;
      case "team":
        key.team = record.team ?? null;
        break;
      case "case":
        key.case = record.caseId;
        break;
      case "use":
        key.use = record.use;
        break;
      case "checklist":
        key.checklist = `${record.checklist.id} ${record.checklist.version}`;
        break;
    }
  }
  return key;
}

interface Tally {
  records: number;
  cases: Set<string>;
  overall: AnswerCounts;
  items: Map<string, { counts: AnswerCounts; unanswered: number }>;
  principles: Map<PrincipleId, AnswerCounts>;
  components: Map<CriticalComponentId, AnswerCounts>;
}

function newTally(): Tally {
  return {
    records: 0,
    cases: new Set(),
    overall: emptyAnswerCounts(),
    items: new Map(),
    principles: new Map(principleIds.map((id) => [id, emptyAnswerCounts()])),
    components: new Map(criticalComponentIds.map((id) => [id, emptyAnswerCounts()])),
  };
}

function compareKeys(a: GroupKey, b: GroupKey, by: readonly SummaryGrouping[]): number {
  for (const grouping of by) {
    const x = a[grouping] ?? null;
    const y = b[grouping] ?? null;
    if (x === y) continue;
    // Groups with nothing recorded go last.
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Summarise completed checklists across cases, teams, boroughs and quarters: for each group, per
 * item, per principle and per critical component, how many applicable answers show the practice,
 * with the counts behind every percentage ({@link COVERAGE_RULE}). Records may answer different
 * definitions (a borough's own beside the default): items are matched by id, principles and
 * components through each record's own definition.
 *
 * @throws `StValidationError` (from `@st/core`) when a record answers a definition not supplied, or an item or answer its definition lacks;
 * also a `TypeError`, coded `invalid_type`, when `records` is not a list or `options` not an object.
 */
export function summariseChecklists(
  records: readonly CompletedChecklist[],
  options: SummariseOptions = {},
): ChecklistSummary {
  checkPlace(
    "summariseChecklists",
    records,
    "list",
    "records",
    "Completed checklists",
    "a list of completed checklists",
  );
  checkOptions("summariseChecklists", options);
  const by: SummaryGrouping[] =
    options.by === undefined ? [] : typeof options.by === "string" ? [options.by] : [...options.by];
  const definitions = options.definitions ?? [defaultChecklist];
  const profile = options.profile;
  const problems: Problem[] = [];
  const total = newTally();
  const groups = new Map<string, { key: GroupKey; tally: Tally }>();
  const questions = new Map<string, string>();
  for (const definition of definitions) {
    for (const item of definition.items) if (!questions.has(item.id)) questions.set(item.id, item.question);
  }

  records.forEach((record, index) => {
    const definition = findDefinition(definitions, record.checklist);
    if (!definition) {
      problems.push({
        path: "checklist",
        field: "Checklist",
        expected: `one of the definitions supplied (${definitions.map((d) => `${d.id} ${d.version}`).join(", ")})`,
        received: `${record.checklist.id} ${record.checklist.version}`,
        message: "answers a checklist definition that was not supplied",
        code: "unknown_checklist",
        record: index + 1,
      });
      return;
    }
    const scale = definition.scale ?? defaultScale;
    const key = keyOf(record, by);
    const id = JSON.stringify(by.map((g) => key[g] ?? null));
    let group = groups.get(id);
    if (!group) {
      group = { key, tally: newTally() };
      groups.set(id, group);
    }
    const tallies = [total, group.tally];
    for (const tally of tallies) {
      tally.records++;
      tally.cases.add(record.caseId);
    }
    const answered = new Set<string>();
    const items = new Map(definition.items.map((item) => [item.id, item]));
    record.answers.forEach((answer, i) => {
      const { item, meaning, problem } = checkAnswer(answer, i, items, scale, answered);
      if (problem) {
        problems.push({ ...problem, record: index + 1 });
        return;
      }
      for (const tally of tallies) {
        tally.overall[meaning]++;
        let entry = tally.items.get(item.id);
        if (!entry) {
          entry = { counts: emptyAnswerCounts(), unanswered: 0 };
          tally.items.set(item.id, entry);
        }
        entry.counts[meaning]++;
        for (const p of item.principles) tally.principles.get(p)![meaning]++;
        for (const c of item.components) tally.components.get(c)![meaning]++;
      }
    });
    for (const item of definition.items) {
      if (answered.has(item.id)) continue;
      for (const tally of tallies) {
        let entry = tally.items.get(item.id);
        if (!entry) {
          entry = { counts: emptyAnswerCounts(), unanswered: 0 };
          tally.items.set(item.id, entry);
        }
        entry.unanswered++;
      }
    }
  });
  if (problems.length) throw new StValidationError(problems, { subject: "the completed checklists" });

  const order = [...questions.keys()];
  const finish = (key: GroupKey, tally: Tally): ChecklistSummaryGroup => ({
    key,
    records: tally.records,
    cases: tally.cases.size,
    overall: coverageOf(tally.overall),
    items: order
      .filter((id) => tally.items.has(id))
      .map((id) => {
        const entry = tally.items.get(id)!;
        return {
          id,
          question: label(questions.get(id)!, profile),
          unanswered: entry.unanswered,
          ...coverageOf(entry.counts),
        };
      }),
    principles: principleIds.map((id) => ({
      id,
      label: principleLabel(id, profile),
      ...coverageOf(tally.principles.get(id)!),
    })),
    components: criticalComponentIds.map((id) => ({
      id,
      label: componentLabel(id, profile),
      ...coverageOf(tally.components.get(id)!),
    })),
  });

  return {
    by,
    rule: COVERAGE_RULE,
    records: total.records,
    groups: (by.length === 0 ? [] : [...groups.values()])
      .sort((a, b) => compareKeys(a.key, b.key, by))
      .map(({ key, tally }) => finish(key, tally)),
    total: finish({}, total),
  };
}

// The names these had before: other packages export a `summarise` and a `SummaryGroup` of their
// own, so these said too little in code importing more than one package. Kept until the next major.

/** @deprecated Renamed {@link summariseChecklists}; this name will be removed in the next major version. */
export const summarise: typeof summariseChecklists = summariseChecklists;

/** @deprecated Renamed {@link ChecklistSummaryGroup}; this name will be removed in the next major version. */
export type SummaryGroup = ChecklistSummaryGroup;
