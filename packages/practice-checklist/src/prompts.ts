/**
 * Supervision and CP-chair modes: the checklist as questions to think with, never as a score.
 * @module
 */

import type { TerminologyProfile } from "@st/core/practice";
import { type CanonicalAnswer, canonicalAnswer, defaultScale } from "./answer-scale.js";
import { checkDefinition, checkOptions } from "./arguments.js";
import type { CompletedChecklist, MachineSuggestion } from "./completed-checklist.js";
import { defaultChecklist } from "./default-checklist.js";
import type { ChecklistDefinition, ChecklistRef } from "./definition.js";
import { itemNumbers } from "./item-numbers.js";
import { label } from "./labels.js";

/** The uses that get prompts rather than scores. */
export type PromptUse = "supervision" | "cp-chair";

/** One item as a conversation starter. */
export interface PromptItem {
  /** The item's id. */
  id: string;
  /** The item's number in the whole checklist (`2.3`), the same in every mode: a chair's 1.2 is an auditor's 1.2. */
  number: string;
  /** The item's question. */
  question: string;
  /** What good practice looks like, to hold the conversation against. */
  goodPractice: string;
  /** The prompts for this use. */
  prompts: string[];
  /** What an earlier review answered, when a completed checklist was given: the words, never a score. */
  earlierAnswer?: string | undefined;
  /** The earlier reviewer's evidence note. */
  earlierNote?: string | undefined;
  /** Machine suggestions attached to the earlier review for this item, to look at together. */
  suggestions?: MachineSuggestion[] | undefined;
}

/** A section of prompts. */
export interface PromptSection {
  /** The section's id. */
  id: string;
  /** The section's number in the whole checklist, the same in every mode. */
  number: number;
  /** Its heading. */
  title: string;
  /** Its description. */
  description?: string | undefined;
  /** The items of the section that belong to the use. */
  items: PromptItem[];
}

/** The checklist as prompts for one conversation. */
export interface PromptSheet {
  /** The use: supervision or CP chair. */
  use: PromptUse;
  /** The definition the prompts come from. */
  checklist: ChecklistRef;
  /** A heading for the sheet. */
  title: string;
  /** Where the checklist comes from (the definition's `provenance`), shown on the sheet. */
  provenance?: string | undefined;
  /** The case, when the prompts follow a completed checklist. */
  caseId?: string | undefined;
  /**
   * When a completed checklist was given: the items it found least evidenced ("no" first, then
   * "not evidenced", then "partly"), as the place to start the conversation.
   */
  startWith: PromptItem[];
  /** Every item of the use, by section. */
  sections: PromptSection[];
  /**
   * Machine suggestions for items this use does not include (the language items are not CP-chair
   * items), kept so that none is lost; each names its item.
   */
  otherSuggestions?: MachineSuggestion[] | undefined;
}

/** Options for {@link supervisionPrompts} and {@link cpChairPrompts}. */
export interface PromptOptions {
  /** A completed checklist for the same case, whose weakest answers open the conversation. */
  record?: CompletedChecklist | undefined;
  /** The terminology profile labels are resolved through. */
  profile?: TerminologyProfile | undefined;
  /**
   * Machine suggestions to show under their items besides the record's own, e.g.
   * `languageSuggestions(lint(caseNotes))` when the conversation starts from a case's notes.
   */
  suggestions?: readonly MachineSuggestion[] | undefined;
}

const PRIORITY: Partial<Record<CanonicalAnswer, number>> = { no: 0, "not-evidenced": 1, partly: 2 };

function promptSheet(use: PromptUse, definition: ChecklistDefinition, options: PromptOptions): PromptSheet {
  const { record, profile } = options;
  const allSuggestions = [...(record?.suggestions ?? []), ...(options.suggestions ?? [])];
  const scale = definition.scale ?? defaultScale;
  const answers = new Map((record?.answers ?? []).map((answer) => [answer.item, answer]));
  const r = (text: string) => label(text, profile);
  // Numbered over the whole checklist, not the items of this use, so numbers agree across modes.
  const numbers = itemNumbers(definition);
  const toPrompt = (item: ChecklistDefinition["items"][number]): PromptItem => {
    const answer = answers.get(item.id);
    const option = answer ? scale.options.find((o) => o.value === answer.answer) : undefined;
    const suggestions = allSuggestions.filter((s) => s.item === item.id);
    return {
      id: item.id,
      number: numbers.get(item.id)!,
      question: r(item.question),
      goodPractice: r(item.goodPractice),
      prompts: (item.prompts[use] ?? []).map(r),
      ...(option ? { earlierAnswer: option.label } : {}),
      ...(answer?.note ? { earlierNote: answer.note } : {}),
      ...(suggestions.length ? { suggestions } : {}),
    };
  };
  const items = definition.items.filter((item) => item.uses.includes(use));
  const inUse = new Set(items.map((item) => item.id));
  const otherSuggestions = allSuggestions.filter((s) => !inUse.has(s.item));
  const startWith = items
    .map((item, order) => {
      const answer = answers.get(item.id);
      const meaning = answer ? canonicalAnswer(scale, answer.answer) : undefined;
      const priority = meaning === undefined ? undefined : PRIORITY[meaning];
      return { item, order, priority };
    })
    .filter(
      (entry): entry is { item: (typeof items)[number]; order: number; priority: number } =>
        entry.priority !== undefined,
    )
    .sort((a, b) => a.priority - b.priority || a.order - b.order)
    .map((entry) => toPrompt(entry.item));
  return {
    use,
    checklist: { id: definition.id, version: definition.version },
    title: `${r(definition.title)}: ${use === "supervision" ? "supervision prompts" : "prompts for the CP chair"}`,
    ...(definition.provenance ? { provenance: r(definition.provenance) } : {}),
    ...(record ? { caseId: record.caseId } : {}),
    startWith,
    sections: definition.sections
      .map((section, s) => ({
        id: section.id,
        number: s + 1,
        title: r(section.title),
        ...(section.description ? { description: r(section.description) } : {}),
        items: items.filter((item) => item.section === section.id).map(toPrompt),
      }))
      .filter((section) => section.items.length > 0),
    ...(otherSuggestions.length ? { otherSuggestions } : {}),
  };
}

/**
 * The checklist as a thinking prompt for supervision: every item used in supervision, with its
 * prompts and what good practice looks like. Given a completed checklist for the case, the items it
 * found least evidenced come first, with the reviewer's own words. Returns prompts, never scores.
 */
export function supervisionPrompts(
  definition: ChecklistDefinition = defaultChecklist,
  options: PromptOptions = {},
): PromptSheet {
  checkDefinition("supervisionPrompts", definition);
  checkOptions("supervisionPrompts", options);
  return promptSheet("supervision", definition, options);
}

/**
 * The checklist as prompts for a child protection conference chair's pre-conference discussion
 * with the social worker. Returns prompts, never scores.
 */
export function cpChairPrompts(
  definition: ChecklistDefinition = defaultChecklist,
  options: PromptOptions = {},
): PromptSheet {
  checkDefinition("cpChairPrompts", definition);
  checkOptions("cpChairPrompts", options);
  return promptSheet("cp-chair", definition, options);
}
