/**
 * What a borough changed from the default (or between any two versions), item by item.
 * @module
 */
import { type AnswerScale, defaultScale } from "./answer-scale.js";
import { checkDefinition } from "./arguments.js";
import type { ChecklistDefinition, ChecklistItem, ChecklistRef, ChecklistSection } from "./definition.js";

/** One field whose value differs. */
export interface FieldChange {
  /** The field's name in the definition, e.g. `question` or `principles`. */
  field: string;
  /** The value in the first definition (`undefined` when absent). */
  before: unknown;
  /** The value in the second definition (`undefined` when absent). */
  after: unknown;
  /** For list fields: values in the second definition only. */
  added?: string[] | undefined;
  /** For list fields: values in the first definition only. */
  removed?: string[] | undefined;
}

/** An item (or section) present in both definitions whose content differs. */
export interface ChangedEntry {
  /** The id it has in both. */
  id: string;
  /** Each field that differs. */
  changes: FieldChange[];
}

/** An item whose id changed but whose question stayed word for word the same. */
export interface RenamedItem {
  /** Its id in the first definition. */
  from: string;
  /** Its id in the second definition. */
  to: string;
  /** Any other fields that differ. */
  changes: FieldChange[];
}

/** Everything that differs between two checklist definitions. */
export interface ChecklistDiff {
  /** The first definition. */
  from: ChecklistRef;
  /** The second definition. */
  to: ChecklistRef;
  /** True when nothing but the id and version differ. */
  identical: boolean;
  /** Changes to the checklist as a whole: title, description, owner, based on, answer scale. */
  checklist: FieldChange[];
  /** Sections added, removed and changed. */
  sections: {
    /** In the second definition only. */
    added: ChecklistSection[];
    /** In the first definition only. */
    removed: ChecklistSection[];
    /** In both, with different content. */
    changed: ChangedEntry[];
  };
  /** Items added, removed, renamed, changed and moved. */
  items: {
    /** In the second definition only. */
    added: ChecklistItem[];
    /** In the first definition only. */
    removed: ChecklistItem[];
    /** Same question under a new id. */
    renamed: RenamedItem[];
    /** In both, with different content. */
    changed: ChangedEntry[];
    /** Ids of items in both whose place in the order changed (the fewest moves that explain the new order). */
    moved: string[];
    /** Ids of items in both with the same content. */
    unchanged: string[];
  };
}

const LIST_FIELDS = new Set(["principles", "components", "evidence", "uses", "languageCategories"]);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function compareFields<T extends object>(a: T, b: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const before = a[field];
    const after = b[field];
    if (LIST_FIELDS.has(field)) {
      const x = (before as string[] | undefined) ?? [];
      const y = (after as string[] | undefined) ?? [];
      const added = y.filter((v) => !x.includes(v));
      const removed = x.filter((v) => !y.includes(v));
      if (added.length || removed.length) changes.push({ field, before, after, added, removed });
      else if (!same(x, y)) changes.push({ field, before, after });
    } else if (!same(before, after)) {
      changes.push({ field, before, after });
    }
  }
  return changes;
}

const ITEM_FIELDS = [
  "section",
  "question",
  "goodPractice",
  "prompts",
  "principles",
  "components",
  "evidence",
  "uses",
  "languageCategories",
] as const satisfies readonly (keyof ChecklistItem)[];

/** Indices (into `sequence`) of a longest strictly increasing subsequence. */
function longestIncreasing(sequence: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(sequence.length).fill(-1);
  for (let i = 0; i < sequence.length; i++) {
    const value = sequence[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sequence[tails[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) keep.add(i);
  return keep;
}

function scaleOf(definition: ChecklistDefinition): AnswerScale {
  return definition.scale ?? defaultScale;
}

/**
 * Compare two checklist definitions, typically the partnership default and a borough's version:
 * which items were added, removed, renamed (same question, new id), reworded or remapped, and
 * which moved; and what changed in the sections, the answer scale and the checklist's own details.
 */
export function diff(a: ChecklistDefinition, b: ChecklistDefinition): ChecklistDiff {
  checkDefinition("diff", a, "a", "Checklist definition compared from");
  checkDefinition("diff", b, "b", "Checklist definition compared to");
  const checklist = compareFields({ ...a, scale: scaleOf(a) }, { ...b, scale: scaleOf(b) }, [
    "title",
    "description",
    "owner",
    "basedOn",
    "scale",
  ] as const);

  const sectionsA = new Map(a.sections.map((s) => [s.id, s]));
  const sectionsB = new Map(b.sections.map((s) => [s.id, s]));
  const sections: ChecklistDiff["sections"] = {
    added: b.sections.filter((s) => !sectionsA.has(s.id)),
    removed: a.sections.filter((s) => !sectionsB.has(s.id)),
    changed: [],
  };
  for (const section of a.sections) {
    const other = sectionsB.get(section.id);
    if (!other) continue;
    const changes = compareFields(section, other, ["title", "description"] as const);
    if (changes.length) sections.changed.push({ id: section.id, changes });
  }

  const itemsA = new Map(a.items.map((item) => [item.id, item]));
  const itemsB = new Map(b.items.map((item) => [item.id, item]));
  let added = b.items.filter((item) => !itemsA.has(item.id));
  let removed = a.items.filter((item) => !itemsB.has(item.id));
  const renamed: RenamedItem[] = [];
  for (const old of removed) {
    const match = added.find((item) => item.question.trim() === old.question.trim());
    if (!match) continue;
    renamed.push({ from: old.id, to: match.id, changes: compareFields(old, match, ITEM_FIELDS) });
    added = added.filter((item) => item !== match);
  }
  removed = removed.filter((item) => !renamed.some((r) => r.from === item.id));

  const changed: ChangedEntry[] = [];
  const unchanged: string[] = [];
  for (const item of a.items) {
    const other = itemsB.get(item.id);
    if (!other) continue;
    const changes = compareFields(item, other, ITEM_FIELDS);
    if (changes.length) changed.push({ id: item.id, changes });
    else unchanged.push(item.id);
  }

  // Items in both, in b's order, numbered by their place in a: those off the longest increasing run moved.
  const renamedTo = new Map(renamed.map((r) => [r.to, r.from]));
  const positionInA = new Map(a.items.map((item, i) => [item.id, i]));
  const common = b.items
    .map((item) => ({ id: item.id, at: positionInA.get(renamedTo.get(item.id) ?? item.id) }))
    .filter((entry): entry is { id: string; at: number } => entry.at !== undefined);
  const stay = longestIncreasing(common.map((entry) => entry.at));
  const moved = common.filter((_, i) => !stay.has(i)).map((entry) => entry.id);

  const identical =
    checklist.length === 0 &&
    sections.added.length + sections.removed.length + sections.changed.length === 0 &&
    added.length + removed.length + renamed.length + changed.length + moved.length === 0 &&
    same(
      a.sections.map((s) => s.id),
      b.sections.map((s) => s.id),
    );

  return {
    from: { id: a.id, version: a.version },
    to: { id: b.id, version: b.version },
    identical,
    checklist,
    sections,
    items: { added, removed, renamed, changed, moved, unchanged },
  };
}
