/**
 * The perpetrator pattern map as a versioned record: the {perpetrator}'s behaviours with their
 * dates and sources, their impact on each child by pathway, the {nonAbusiveParent}'s protective
 * efforts, and the {perpetrator}'s engagement and invitations to change. The zod schema is the
 * source of the type, the JSON Schema and every check.
 * @module
 */
import { type Problem, StValidationError } from "@st/core";
import { isoDateSchema } from "@st/core/calendar";
import { yesNoSchema } from "@st/core/forms";
import { defaultTerminology, renderLabel } from "@st/core/practice";
import { defineRecord, MAX_CELL_TEXT_LENGTH, type ReadRecordOptions, type VersionedRecord } from "@st/core/records";
import * as z from "zod";
import { checkOptions, checkPatternMap } from "./arguments.js";
import {
  BEHAVIOUR_KINDS,
  ENGAGEMENT_KINDS,
  ENGAGEMENT_RESPONSES,
  IMPACT_PATHWAYS,
  SOURCES,
  valuesOf,
} from "./vocabulary.js";

/** The schema version pattern maps are written with. */
export const PATTERN_MAP_SCHEMA_VERSION = 1;

/** @deprecated Use `MAX_CELL_TEXT_LENGTH` from `@st/core/records`, the one limit every package checks; this name will be removed in the next major version. */
export const MAX_TEXT_LENGTH = MAX_CELL_TEXT_LENGTH;

const text = z
  .string()
  .max(MAX_CELL_TEXT_LENGTH, {
    message: `is longer than a spreadsheet cell holds (${MAX_CELL_TEXT_LENGTH} characters)`,
  })
  .refine((s) => s.trim() !== "", { message: "is blank; leave the field out when there is no answer" });

/** An entry's id: letters, digits and `-`, such as B1 or I3, unique within the map. */
const entryId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/, { message: "is not an entry id such as B1 (letters, digits and -)" });

const source = z.enum(valuesOf(SOURCES));

/** One behaviour of the {perpetrator}, with when it happened and where the map learned of it. */
export const behaviourSchema = z.strictObject({
  id: entryId,
  description: text,
  kinds: z.array(z.enum(valuesOf(BEHAVIOUR_KINDS))).min(1, { message: "names no kind of behaviour" }),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  source,
  sourceDetail: text.optional(),
  earlierRelationship: yesNoSchema.optional(),
});

/** One impact on one child, by one pathway; a child harmed by several pathways has one entry each. */
export const impactSchema = z.strictObject({
  id: entryId,
  child: text,
  pathway: z.enum(valuesOf(IMPACT_PATHWAYS)),
  description: text,
  behaviours: z.array(entryId).optional(),
  source: source.optional(),
});

/** One protective effort of the {nonAbusiveParent}, and how the {perpetrator}'s behaviour constrained it. */
export const protectiveEffortSchema = z.strictObject({
  id: entryId,
  description: text,
  date: isoDateSchema.optional(),
  source,
  constrainedBy: text.optional(),
});

/** One engagement with the {perpetrator}: an invitation to change, a conversation, expectations set. */
export const engagementSchema = z.strictObject({
  id: entryId,
  date: isoDateSchema,
  kind: z.enum(valuesOf(ENGAGEMENT_KINDS)),
  description: text.optional(),
  response: z.enum(valuesOf(ENGAGEMENT_RESPONSES)).optional(),
});

const structure = z.strictObject({
  caseRef: text,
  mappedOn: isoDateSchema.optional(),
  behaviours: z.array(behaviourSchema).default([]),
  impacts: z.array(impactSchema).default([]),
  protectiveEfforts: z.array(protectiveEffortSchema).default([]),
  engagement: z.array(engagementSchema).default([]),
});

/** The entries of a list as the cross-checks see them: possibly malformed, since they run on every input. */
function entries(map: unknown, list: string): Record<string, unknown>[] {
  const value = typeof map === "object" && map !== null ? (map as Record<string, unknown>)[list] : undefined;
  return Array.isArray(value)
    ? value.map((e) => (typeof e === "object" && e !== null ? (e as Record<string, unknown>) : {}))
    : [];
}

/**
 * Checks across entries: ids unique in the map, impacts pointing at behaviours it holds, dates in
 * order. They run even when some fields are malformed, so one reading reports every problem.
 */
function crossCheck(map: unknown, ctx: z.RefinementCtx): void {
  const seen = new Map<string, string>();
  for (const list of ["behaviours", "impacts", "protectiveEfforts", "engagement"] as const)
    entries(map, list).forEach((entry, i) => {
      if (typeof entry.id !== "string") return;
      const first = seen.get(entry.id);
      if (first !== undefined)
        ctx.addIssue({
          code: "custom",
          path: [list, i, "id"],
          message: `repeats the id of ${first}`,
          params: { code: "duplicate_id", expected: "an id used once in the map" },
        });
      else seen.set(entry.id, `${list}.${i}`);
    });
  const behaviours = new Set(entries(map, "behaviours").map((b) => b.id));
  entries(map, "impacts").forEach((impact, i) => {
    if (!Array.isArray(impact.behaviours)) return;
    for (const id of impact.behaviours)
      if (!behaviours.has(id))
        ctx.addIssue({
          code: "custom",
          path: ["impacts", i, "behaviours"],
          message: `points at behaviour ${String(id)}, which the map does not hold`,
          params: { code: "unknown_behaviour", expected: "ids of behaviours in the map" },
        });
  });
  entries(map, "behaviours").forEach((b, i) => {
    if (typeof b.from === "string" && typeof b.to === "string" && b.to < b.from)
      ctx.addIssue({
        code: "custom",
        path: ["behaviours", i, "to"],
        message: `is before the date it started (${b.from})`,
        params: { code: "date_order", expected: `a date on or after ${b.from}` },
      });
  });
}

/** The zod schema of a pattern map (without `schemaVersion`). */
export const patternMapSchema = structure.check(z.superRefine(crossCheck, { when: () => true }));

/** A perpetrator pattern map for one case. Stored, it also carries `schemaVersion`. */
export type PatternMap = z.output<typeof patternMapSchema>;

/** A pattern map as a caller writes it: the lists may be left out. */
export type PatternMapInput = z.input<typeof patternMapSchema>;

/** One behaviour of the map. */
export type Behaviour = PatternMap["behaviours"][number];
/** One impact on a child. */
export type Impact = PatternMap["impacts"][number];
/** One protective effort. */
export type ProtectiveEffort = PatternMap["protectiveEfforts"][number];
/** One engagement with the {perpetrator}. */
export type Engagement = PatternMap["engagement"][number];

/** Human labels of the fields, for problems. */
const labels: Record<string, string> = {
  caseRef: "Case reference (pseudonymised)",
  mappedOn: "Date mapped",
  behaviours: "Behaviours",
  "behaviours.*.id": "Behaviour id",
  "behaviours.*.description": "What the {perpetrator} did",
  "behaviours.*.kinds": "Kind of behaviour",
  "behaviours.*.from": "From",
  "behaviours.*.to": "To",
  "behaviours.*.source": "Source",
  "behaviours.*.sourceDetail": "Source details",
  "behaviours.*.earlierRelationship": "In an earlier relationship?",
  impacts: "Impacts on the children",
  "impacts.*.id": "Impact id",
  "impacts.*.child": "Child",
  "impacts.*.pathway": "Pathway to harm",
  "impacts.*.description": "Impact on the child",
  "impacts.*.behaviours": "Behaviours causing it",
  "impacts.*.source": "Source",
  protectiveEfforts: "Protective efforts",
  "protectiveEfforts.*.id": "Protective effort id",
  "protectiveEfforts.*.description": "What the {nonAbusiveParent} did to protect",
  "protectiveEfforts.*.date": "Date",
  "protectiveEfforts.*.source": "Source",
  "protectiveEfforts.*.constrainedBy": "How the {perpetrator}'s behaviour constrained it",
  engagement: "Engagement with the {perpetrator}",
  "engagement.*.id": "Engagement id",
  "engagement.*.date": "Date",
  "engagement.*.kind": "Kind of engagement",
  "engagement.*.description": "What happened",
  "engagement.*.response": "The {perpetrator}'s response",
};

/** The pattern map as a versioned record type: read any version, write the current one, JSON Schema. */
export const patternMapRecord: VersionedRecord<typeof patternMapSchema, typeof PATTERN_MAP_SCHEMA_VERSION> =
  defineRecord({
    name: "pattern map",
    version: PATTERN_MAP_SCHEMA_VERSION,
    schema: patternMapSchema,
    labels: (path) => {
      const label = labels[path.replace(/\.\d+(?=\.|$)/g, ".*")];
      return label === undefined ? undefined : renderLabel(label, defaultTerminology);
    },
    description:
      "A perpetrator pattern map: the {perpetrator}'s behaviours with dates and sources, their impact on each child by pathway, the {nonAbusiveParent}'s protective efforts, and the {perpetrator}'s engagement and invitations to change.",
  });

/**
 * Read one stored pattern map, returning it or every problem found. Does not throw for any `input`.
 * @throws {@link @st/core!index.StValidationError} (also a `TypeError`) coded `invalid_type` when `options` is not an object.
 */
export function safeParsePatternMap(
  input: unknown,
  options: ReadRecordOptions = {},
): { ok: true; value: PatternMap; fromVersion: number } | { ok: false; problems: Problem[] } {
  checkOptions("safeParsePatternMap", options);
  return patternMapRecord.safeParse(input, options);
}

/**
 * Read one stored pattern map.
 * @throws {@link @st/core!index.StValidationError} carrying every problem found.
 */
export function parsePatternMap(input: unknown, options: ReadRecordOptions = {}): PatternMap {
  checkOptions("parsePatternMap", options);
  const result = safeParsePatternMap(input, options);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "pattern map" });
  return result.value;
}

/**
 * The stored form of a pattern map: checked, and stamped with the current `schemaVersion`.
 * @throws {@link @st/core!index.StValidationError} when the map is not valid.
 */
export function writePatternMap(map: PatternMapInput): { schemaVersion: 1 } & PatternMap {
  checkPatternMap("writePatternMap", map);
  return patternMapRecord.write(map);
}
