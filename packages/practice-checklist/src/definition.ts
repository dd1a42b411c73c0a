/**
 * The checklist definition: a versioned data object a borough can replace wholesale. Code here
 * only says what a valid definition is; the partnership's default is in `default-checklist.ts`.
 * @module
 */

import {
  type CriticalComponentId,
  criticalComponentIdSchema,
  labelTemplateProblems,
  type PrincipleId,
  principleIdSchema,
} from "@st/core/practice";
import { defineRecord } from "@st/core/records";
import * as z from "zod";
import { type AnswerScale, answerScaleSchema } from "./answer-scale.js";
import {
  type ChecklistUse,
  checklistUseSchema,
  checklistUses,
  type EvidenceSource,
  evidenceSourceSchema,
  type LanguageCategory,
  languageCategorySchema,
  type PracticeTool,
  practiceToolSchema,
} from "./vocabulary.js";

const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const slug = z
  .string()
  .regex(SLUG, "is not an id of lower-case letters and digits joined by single hyphens, starting with a letter");
const text = z.string().trim().min(1, "must not be empty");
// Text shown to people: placeholders such as {perpetrator} must name known terms.
const template = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .superRefine((value, ctx) => {
    for (const problem of labelTemplateProblems(value)) {
      ctx.addIssue({
        code: "custom",
        message: problem.message,
        input: value,
        params: { code: problem.code, expected: problem.expected },
      });
    }
  });
// YAML reads `version: 1.10` as the number 1.1, so a version must be written as text.
const versionText = z
  .string({ error: 'must be text; in YAML, put it in quotes (version: "1.0") so it is not read as a number' })
  .trim()
  .min(1, "must not be empty");

/** One question of the checklist, with what it looks for and whom it serves. */
export interface ChecklistItem {
  /** Stable id, lower-case words joined by hyphens. Never reuse an id for a different question. */
  id: string;
  /** Id of the section the item sits in. */
  section: string;
  /**
   * The question as a reviewer would ask it of a case file. May hold terminology placeholders such
   * as `{perpetrator}`, resolved through a terminology profile when shown.
   */
  question: string;
  /** What good practice looks like in a case file, so two reviewers answer alike. */
  goodPractice: string;
  /** Questions to open a conversation, by use: for supervision and for the CP chair's pre-conference discussion. */
  prompts: ChecklistPrompts;
  /** Ids of the S&T principles the item serves (at least one). */
  principles: PrincipleId[];
  /** Ids of the S&T critical components the item serves. */
  components: CriticalComponentId[];
  /** Where in a case file the evidence is usually found. */
  evidence: EvidenceSource[];
  /** Practice tools whose records hold evidence for the item, such as the perpetrator pattern map. */
  tools?: PracticeTool[] | undefined;
  /** The uses the item belongs to. */
  uses: ChecklistUse[];
  /** For language items: the `@st/language-lint` categories whose findings are evidence for this item. */
  languageCategories?: LanguageCategory[] | undefined;
}

/** Conversation prompts of an item, by use. */
export interface ChecklistPrompts {
  /** Prompts for a supervision conversation. Required when the item is used in supervision. */
  supervision?: string[] | undefined;
  /** Prompts for a CP chair's discussion with the social worker. Required when the item is used by CP chairs. */
  "cp-chair"?: string[] | undefined;
}

/** A heading grouping items. */
export interface ChecklistSection {
  /** Stable id, lower-case words joined by hyphens. */
  id: string;
  /** Heading shown to people; may hold terminology placeholders. */
  title: string;
  /** A sentence under the heading. */
  description?: string | undefined;
}

/** Identifies one version of one checklist definition. */
export interface ChecklistRef {
  /** The definition's id. */
  id: string;
  /** The definition's version. */
  version: string;
}

/** A whole checklist: what a borough loads to localise the tool. */
export interface ChecklistDefinition {
  /** Stable id of the checklist, e.g. `st-practice-checklist` or `hackney-st-checklist`. */
  id: string;
  /** Version of the checklist's content, e.g. `1.0.0`. Bump it whenever an item changes. */
  version: string;
  /** Title shown at the top of the printed checklist. */
  title: string;
  /** A paragraph on what the checklist is for and how to use it. */
  description?: string | undefined;
  /** Who owns this version, e.g. a borough name or GSS code. */
  owner?: string | undefined;
  /**
   * Where the checklist comes from, in a sentence shown on every page rendered from it (blank
   * checklist, completed record, prompts), so no reader mistakes a reconstruction for an original.
   */
  provenance?: string | undefined;
  /** The definition this one was adapted from, so `diff` knows what to compare against. */
  basedOn?: ChecklistRef | undefined;
  /** The answer scale; the partnership's default scale when absent. */
  scale?: AnswerScale | undefined;
  /** The sections, in order. */
  sections: ChecklistSection[];
  /** The items, in order. */
  items: ChecklistItem[];
}

const promptList = z.array(template).min(1, "must hold at least one prompt");

const itemSchema = z
  .strictObject({
    id: slug.describe("Stable id of the item; never given to a different question"),
    section: slug.describe("Id of the section the item sits in"),
    question: template.describe("The question as a reviewer asks it of a case file (a label template)"),
    goodPractice: template.describe("What good practice looks like in a case file"),
    prompts: z
      .strictObject({
        supervision: promptList.optional().describe("Prompts for a supervision conversation"),
        "cp-chair": promptList.optional().describe("Prompts for a CP chair's pre-conference discussion"),
      })
      .default({})
      .describe("Conversation prompts, by use"),
    principles: z
      .array(principleIdSchema)
      .min(1, "must name at least one S&T principle")
      .describe("Ids of the S&T principles the item serves, from @st/core"),
    components: z.array(criticalComponentIdSchema).describe("Ids of the S&T critical components the item serves"),
    evidence: z
      .array(evidenceSourceSchema)
      .min(1, "must name at least one place where evidence is found")
      .describe("Where in a case file the evidence is usually found"),
    tools: z
      .array(practiceToolSchema)
      .optional()
      .describe("Practice tools whose records hold evidence for the item, e.g. perpetrator-pattern-map"),
    uses: z.array(checklistUseSchema).min(1, "must name at least one use").describe("The uses the item belongs to"),
    languageCategories: z
      .array(languageCategorySchema)
      .optional()
      .describe("For language items: the @st/language-lint categories whose findings are evidence for it"),
  })
  .describe("One question of the checklist");

const sectionSchema = z
  .strictObject({
    id: slug.describe("Stable id of the section"),
    title: template.describe("Heading (a label template)"),
    description: template.optional().describe("A sentence under the heading"),
  })
  .describe("A heading grouping items");

function duplicates(values: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const value of values) (seen.has(value) ? twice : seen).add(value);
  return twice;
}

/**
 * Schema of a {@link ChecklistDefinition} (without `schemaVersion`, which
 * {@link checklistDefinitionRecord} adds and checks). Beyond the shape of each field it checks that
 * ids are unique, that every item sits in a declared section and every section holds an item, that
 * no list repeats itself, and that an item used in supervision or by CP chairs has prompts for that use.
 */
export const checklistDefinitionSchema = z
  .strictObject({
    id: slug.describe("Stable id of the checklist, e.g. st-practice-checklist"),
    version: versionText.describe("Version of the checklist's content, e.g. 1.0.0; bump it when an item changes"),
    title: template.describe("Title shown at the top of the printed checklist"),
    description: template.optional().describe("What the checklist is for and how to use it"),
    owner: text.optional().describe("Who owns this version, e.g. a borough"),
    provenance: text.optional().describe("Where the checklist comes from, shown on every page rendered from it"),
    basedOn: z
      .strictObject({ id: slug, version: versionText })
      .optional()
      .describe("The definition this one was adapted from"),
    scale: answerScaleSchema.optional().describe("The answer scale; the partnership's default scale when absent"),
    sections: z.array(sectionSchema).min(1, "must hold at least one section").describe("The sections, in order"),
    items: z.array(itemSchema).min(1, "must hold at least one item").describe("The items, in order"),
  })
  // Cross-field checks run even when some fields are malformed, so one pass reports everything.
  .superRefine((definition, ctx) => crossCheck(definition, ctx), { when: () => true });

/**
 * The checklist definition as a versioned record type (see `defineRecord` in `@st/core`): reads
 * every format version (a file without `schemaVersion` is read as version 1, since boroughs write
 * definitions by hand), writes the newest, and gives the JSON Schema of the stored form
 * (`checklistDefinitionRecord.jsonSchema()`) for tools not written in TypeScript.
 */
export const checklistDefinitionRecord = defineRecord({
  name: "checklist definition",
  version: 1,
  schema: checklistDefinitionSchema,
  description:
    "A Safe & Together practice checklist: sections and items, each item mapped to the S&T principles and critical components it serves.",
  assumeVersion: 1,
});

type Loose = Record<string, unknown>;
const asList = (value: unknown): Loose[] =>
  Array.isArray(value) ? value.filter((v): v is Loose => typeof v === "object" && v !== null) : [];
const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

function crossCheck(definition: unknown, ctx: z.RefinementCtx): void {
  if (typeof definition !== "object" || definition === null) return;
  const root = definition as Loose;
  const sections = Array.isArray(root.sections) ? (root.sections as unknown[]) : [];
  const items = Array.isArray(root.items) ? (root.items as unknown[]) : [];
  const sectionIds = asList(sections)
    .map((s) => s.id)
    .filter((id): id is string => typeof id === "string");
  const itemSections = asList(items).map((item) => item.section);
  const twiceSections = duplicates(sectionIds);
  sections.forEach((section, i) => {
    if (typeof section !== "object" || section === null) return;
    const id = (section as Loose).id;
    if (typeof id !== "string") return;
    if (twiceSections.has(id)) {
      ctx.addIssue({
        code: "custom",
        path: ["sections", i, "id"],
        message: `section id "${id}" is used more than once`,
        input: id,
        params: { code: "duplicate_id", expected: "an id no other section has" },
      });
    }
    if (items.length > 0 && !itemSections.includes(id)) {
      ctx.addIssue({
        code: "custom",
        path: ["sections", i],
        message: `section "${id}" has no items`,
        input: id,
        params: { code: "empty_section", expected: "at least one item in the section" },
      });
    }
  });
  const twiceItems = duplicates(
    asList(items)
      .map((item) => item.id)
      .filter((id): id is string => typeof id === "string"),
  );
  items.forEach((entry, i) => {
    if (typeof entry !== "object" || entry === null) return;
    const item = entry as Loose;
    const at = (...rest: (string | number)[]) => ["items", i, ...rest];
    if (typeof item.id === "string" && twiceItems.has(item.id)) {
      ctx.addIssue({
        code: "custom",
        path: at("id"),
        message: `item id "${item.id}" is used more than once`,
        input: item.id,
        params: { code: "duplicate_id", expected: "an id no other item has" },
      });
    }
    if (typeof item.section === "string" && sectionIds.length > 0 && !sectionIds.includes(item.section)) {
      ctx.addIssue({
        code: "custom",
        path: at("section"),
        message: `no section has the id "${item.section}"`,
        input: item.section,
        params: { code: "unknown_section", expected: `one of the section ids: ${sectionIds.join(", ")}` },
      });
    }
    for (const list of ["principles", "components", "evidence", "tools", "uses", "languageCategories"] as const) {
      const values = asStrings(item[list]);
      for (const value of duplicates(values)) {
        ctx.addIssue({
          code: "custom",
          path: at(list, values.lastIndexOf(value)),
          message: `"${value}" is listed twice`,
          input: value,
          params: { code: "duplicate_value", expected: "each value once" },
        });
      }
    }
    const uses = asStrings(item.uses);
    const prompts = typeof item.prompts === "object" && item.prompts !== null ? (item.prompts as Loose) : {};
    // Prompts are only checked against uses that are all known, so one mistake is reported once.
    if (!Array.isArray(item.uses) || uses.length !== item.uses.length) return;
    if (!uses.every((use) => (checklistUses as readonly string[]).includes(use))) return;
    for (const use of ["supervision", "cp-chair"] as const) {
      const used = uses.includes(use);
      const prompted = prompts[use] !== undefined;
      const words = use === "cp-chair" ? "CP chair discussions" : "supervision";
      if (used && !prompted) {
        ctx.addIssue({
          code: "custom",
          path: at("prompts", use),
          message: `the item is used in ${words} but has no prompts for it`,
          input: undefined,
          params: { code: "required", expected: "at least one prompt" },
        });
      } else if (prompted && !used) {
        ctx.addIssue({
          code: "custom",
          path: at("prompts", use),
          message: `the item has prompts for ${words} but "${use}" is not among its uses`,
          input: prompts[use],
          params: { code: "unused_prompts", expected: `"${use}" in uses, or no ${use} prompts` },
        });
      }
    }
  });
}
