/**
 * The pattern map as a form: one row an entry (a behaviour, an impact on a child, a protective
 * effort, an engagement), each row carrying its case, so `@st/workbook` writes a template people
 * fill in, a web form can be generated, and a case management system's export can be mapped to it.
 * {@link patternMapRows} and {@link patternMapsFromRows} turn maps into rows and back.
 * @module
 */
import { checkArgument, describeValue, type Problem } from "@st/core";
import type { FlatRecord, FormDefinition, FormQuestion } from "@st/core/forms";
import { defaultTerminology, renderLabel } from "@st/core/practice";
import { nestRecord } from "@st/core/records";
import { checkPatternMap } from "./arguments.js";
import { type PatternMap, patternMapRecord } from "./pattern-map.js";
import {
  BEHAVIOUR_KINDS,
  ENGAGEMENT_KINDS,
  ENGAGEMENT_RESPONSES,
  ENTRY_KINDS,
  IMPACT_PATHWAYS,
  SOURCES,
} from "./vocabulary.js";

type EntryKind = (typeof ENTRY_KINDS)[number]["value"];

const when = (entry: EntryKind) => ({ question: "entry", equals: [entry] });

/** The questions of one kind of entry: each applies only to rows of that kind. */
function entryQuestions(entry: EntryKind, questions: FormQuestion[]): FormQuestion[] {
  return questions.map((q) => ({ ...q, when: when(entry) }));
}

const IDS_HELP = "Ids of the behaviours that cause it, separated by ; (e.g. B1; B3).";

/**
 * The pattern map as a form definition, one row an entry. Rows of one case share its case
 * reference; each row says what it records (`entry`) and carries an id unique in the case (B1,
 * I1, P1, E1), by which impacts point at the behaviours that cause them.
 */
export const patternMapForm: FormDefinition = {
  id: "st-pattern-map",
  version: 1,
  title: "Perpetrator pattern map",
  description:
    "The {perpetrator}'s pattern of behaviour, its impact on each child by pathway, the {nonAbusiveParent}'s protective efforts and the {perpetrator}'s engagement: one row an entry.",
  sections: [
    {
      id: "case",
      title: "The case",
      questions: [
        {
          id: "caseRef",
          label: "Case reference (pseudonymised)",
          help: "A pseudonym for the case, the same on every row of its map; never the case management system's number.",
          type: "text",
          required: true,
        },
        { id: "mappedOn", label: "Date mapped", help: "The same on every row of the case.", type: "date" },
      ],
    },
    {
      id: "entry",
      title: "The entry",
      questions: [
        { id: "entry", label: "What this row records", type: "choice", options: [...ENTRY_KINDS], required: true },
        {
          id: "id",
          label: "Entry id",
          help: "Unique in the case, e.g. B1 for a behaviour, I1 an impact, P1 a protective effort, E1 an engagement.",
          type: "text",
          required: true,
        },
      ],
    },
    {
      id: "behaviour",
      title: "A behaviour of the {perpetrator}",
      help: "What the {perpetrator} did, in specific words, with when and how we know.",
      questions: entryQuestions("behaviour", [
        { id: "behaviour.description", label: "What the {perpetrator} did", type: "longText", required: true },
        {
          id: "behaviour.kinds",
          label: "Kind of behaviour",
          help: "Choose every kind that applies.",
          type: "multiChoice",
          options: [...BEHAVIOUR_KINDS],
          required: true,
        },
        { id: "behaviour.from", label: "From", help: "When it happened, or began.", type: "date" },
        { id: "behaviour.to", label: "To", help: "When it ended, for a behaviour over time.", type: "date" },
        { id: "behaviour.source", label: "Source", type: "choice", options: [...SOURCES], required: true },
        {
          id: "behaviour.sourceDetail",
          label: "Source details",
          help: "e.g. the date of the police report.",
          type: "text",
        },
        {
          id: "behaviour.earlierRelationship",
          label: "In an earlier relationship?",
          help: "The pattern includes the {perpetrator}'s earlier relationships.",
          type: "yesNo",
        },
      ]),
    },
    {
      id: "impact",
      title: "An impact on a child",
      help: "One row a child and pathway: a child harmed by several pathways has several rows.",
      questions: entryQuestions("impact", [
        {
          id: "impact.child",
          label: "Child",
          help: "The child's pseudonym, e.g. Child A.",
          type: "text",
          required: true,
        },
        {
          id: "impact.pathway",
          label: "Pathway to harm",
          type: "choice",
          options: [...IMPACT_PATHWAYS],
          required: true,
        },
        { id: "impact.description", label: "Impact on the child", type: "longText", required: true },
        { id: "impact.behaviours", label: "Behaviours causing it", help: IDS_HELP, type: "text" },
        { id: "impact.source", label: "Source", type: "choice", options: [...SOURCES] },
      ]),
    },
    {
      id: "protectiveEffort",
      title: "A protective effort of the {nonAbusiveParent}",
      help: "What the {nonAbusiveParent} did to keep the children safe and well, in specific words.",
      questions: entryQuestions("protective-effort", [
        {
          id: "protectiveEffort.description",
          label: "What the {nonAbusiveParent} did to protect",
          type: "longText",
          required: true,
        },
        { id: "protectiveEffort.date", label: "Date", type: "date" },
        { id: "protectiveEffort.source", label: "Source", type: "choice", options: [...SOURCES], required: true },
        {
          id: "protectiveEffort.constrainedBy",
          label: "How the {perpetrator}'s behaviour constrained it",
          type: "longText",
        },
      ]),
    },
    {
      id: "engagement",
      title: "Engagement with the {perpetrator}",
      help: "Every attempt to engage the {perpetrator}, invitations to change and expectations set.",
      questions: entryQuestions("engagement", [
        { id: "engagement.date", label: "Date", type: "date", required: true },
        {
          id: "engagement.kind",
          label: "Kind of engagement",
          type: "choice",
          options: [...ENGAGEMENT_KINDS],
          required: true,
        },
        {
          id: "engagement.response",
          label: "The {perpetrator}'s response",
          type: "choice",
          options: [...ENGAGEMENT_RESPONSES],
        },
        { id: "engagement.description", label: "What happened", type: "longText" },
      ]),
    },
  ],
};

/** Where each kind of entry lives in a map, and in a row. */
const LISTS = [
  ["behaviour", "behaviours", "behaviour"],
  ["impact", "impacts", "impact"],
  ["protective-effort", "protectiveEfforts", "protectiveEffort"],
  ["engagement", "engagement", "engagement"],
] as const;

const splitIds = (text: string) =>
  text
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * A pattern map as rows of {@link patternMapForm}, flat and keyed by question id, in the map's
 * order: behaviours, impacts, protective efforts, engagement. Ready for `writeTemplate` or `writeCsv`.
 */
export function patternMapRows(map: PatternMap): FlatRecord[] {
  checkPatternMap("patternMapRows", map);
  const rows: FlatRecord[] = [];
  for (const [entry, list, prefix] of LISTS)
    for (const item of map[list]) {
      const row: FlatRecord = { caseRef: map.caseRef, ...(map.mappedOn ? { mappedOn: map.mappedOn } : {}), entry };
      for (const [key, value] of Object.entries(item)) {
        if (value === undefined) continue;
        if (key === "id") row.id = value as string;
        else if (entry === "impact" && key === "behaviours") row[`${prefix}.${key}`] = (value as string[]).join("; ");
        else row[`${prefix}.${key}`] = value as FlatRecord[string];
      }
      rows.push(row);
    }
  return rows;
}

/** What {@link patternMapsFromRows} read. */
export interface PatternMapsRead {
  /** The valid maps, one a case, in the order their cases first appear. */
  maps: PatternMap[];
  /** Every problem, with the 1-based `record` number of the row it is in and the question's label. */
  problems: Problem[];
}

/**
 * Rows of {@link patternMapForm} (as `readWorkbook` or `readCsv` give them) gathered into one
 * pattern map a case, each checked. A problem inside an entry names its row and its question; a
 * map with any problem is left out of `maps`, so nothing invalid is passed on as valid.
 */
export function patternMapsFromRows(rows: readonly Readonly<Record<string, unknown>>[]): PatternMapsRead {
  checkArgument(rows, "list", {
    fn: "patternMapsFromRows",
    argument: "rows",
    label: "Rows",
    expected: "a list of rows",
  });
  const byCase = new Map<
    string,
    { first: number; mappedOn?: unknown; rows: number[]; lists: Record<string, unknown[]> }
  >();
  const problems: Problem[] = [];
  const label = (id: string) => {
    for (const s of patternMapForm.sections)
      for (const q of s.questions) if (q.id === id) return renderLabel(q.label, defaultTerminology);
    return id;
  };
  rows.forEach((row, i) => {
    const caseRef = String(row.caseRef ?? "");
    let group = byCase.get(caseRef);
    if (!group) {
      group = {
        first: i + 1,
        mappedOn: row.mappedOn,
        rows: [],
        lists: { behaviours: [], impacts: [], protectiveEfforts: [], engagement: [] },
      };
      byCase.set(caseRef, group);
    } else if (row.mappedOn !== group.mappedOn) {
      problems.push({
        record: i + 1,
        path: "mappedOn",
        field: label("mappedOn"),
        expected: `the date mapped given on the case's first row (${String(group.mappedOn ?? "none")})`,
        received: String(row.mappedOn ?? "nothing"),
        message: "differs from the case's first row",
        code: "conflict",
      });
    }
    const kind = LISTS.find(([entry]) => entry === row.entry);
    if (!kind) {
      problems.push({
        record: i + 1,
        path: "entry",
        field: label("entry"),
        expected: ENTRY_KINDS.map((k) => `"${k.value}"`).join(", "),
        received: String(row.entry ?? "nothing"),
        message: "does not say what the row records",
        code: "invalid_value",
      });
      return;
    }
    const [, list, prefix] = kind;
    const item: Record<string, unknown> = { id: row.id };
    for (const [key, value] of Object.entries(row))
      if (key.startsWith(`${prefix}.`)) {
        const field = key.slice(prefix.length + 1);
        item[field] =
          list === "impacts" && field === "behaviours" && typeof value === "string" ? splitIds(value) : value;
      }
    group.rows.push(i + 1);
    (group.lists[list] as unknown[]).push(nestRecord(item));
  });
  const maps: PatternMap[] = [];
  for (const [caseRef, group] of byCase) {
    const result = patternMapRecord.safeParse(
      { caseRef, ...(group.mappedOn === undefined ? {} : { mappedOn: group.mappedOn }), ...group.lists },
      { assumeVersion: patternMapRecord.version },
    );
    if (result.ok) {
      maps.push(result.value);
      continue;
    }
    // Place each problem on the row of its entry, at the question it came from.
    const rowOf = (list: string, index: number) => {
      let seen = -1;
      for (const [j, n] of group.rows.entries()) {
        const row = rows[n - 1]!;
        const kind = LISTS.find(([entry]) => entry === row.entry);
        if (kind?.[1] === list && ++seen === index) return group.rows[j];
      }
      return undefined;
    };
    for (const p of result.problems) {
      const [list, index, field] = p.path.split(".");
      const kind = LISTS.find(([, l]) => l === list);
      if (kind && index !== undefined) {
        const id = field === undefined ? "entry" : field === "id" ? "id" : `${kind[2]}.${field}`;
        const record = rowOf(list!, Number(index)) ?? group.first;
        // Say what the row holds, as typed ("B1; B42"), not the value it was read as.
        const typed = rows[record - 1]?.[id];
        const received = typed === undefined ? p.received : describeValue(typed);
        problems.push({ ...p, record, path: id, field: label(id), received });
      } else problems.push({ ...p, record: group.first });
    }
  }
  return { maps, problems: problems.sort((a, b) => (a.record ?? 0) - (b.record ?? 0)) };
}
