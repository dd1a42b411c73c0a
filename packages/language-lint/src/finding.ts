/**
 * What the linter reports: categories, severities and findings.
 * @module
 */
import { checkArg, SEVERITY } from "./arguments.js";
import type { RoleAssignment } from "./roles.js";

/**
 * The categories a finding belongs to (fixed by the `st lint` contract):
 * - `mutualising`: abuse framed as mutual, as a relationship or as a conflict;
 * - `responsibilising`: the non-abusive parent held responsible for the perpetrator's behaviour or for stopping it;
 * - `minimising`: the abuse or its harm played down or excused;
 * - `hidden-perpetrator`: abuse described with no one doing it;
 * - `vague`: a general term where the behaviour should be named;
 * - `other`: rules that fit none of these, including positive signals.
 */
export const categories = [
  "mutualising",
  "responsibilising",
  "minimising",
  "hidden-perpetrator",
  "vague",
  "other",
] as const;

/** One of {@link categories}. */
export type Category = (typeof categories)[number];

/** How much a finding matters, from most to least: `error`, `warning`, `info`. */
export const severities = ["error", "warning", "info"] as const;

/** One of {@link severities}. */
export type Severity = (typeof severities)[number];

/** Rank of a severity: 2 for `error`, 1 for `warning`, 0 for `info`. */
export function severityRank(severity: Severity): number {
  checkArg("severityRank", SEVERITY, severity);
  return severity === "error" ? 2 : severity === "warning" ? 1 : 0;
}

/** An edit that applies a suggestion: replace `length` UTF-16 units at `offset` with `text`. */
export interface Fix {
  /** 0-based offset in UTF-16 code units where the replaced text starts. */
  offset: number;
  /** Number of UTF-16 code units replaced. */
  length: number;
  /** The replacement text. */
  text: string;
}

/** How a finding inside quotation marks was reported. */
export interface Quotation {
  /** True when the sentence says whose words they are ("Mr B described it as 'just a row'"). */
  attributed: boolean;
}

/** One place where the text's wording works against Safe & Together practice, or a positive signal. */
export interface Finding {
  /** The rule that matched, `category/name` (positive signals are `positive/name`). */
  ruleId: string;
  /** The rule's category. */
  category: Category;
  /** How much it matters, after the profile, the configuration and quotation are applied. */
  severity: Severity;
  /** One sentence saying what is wrong (or, for a positive signal, what is right). */
  message: string;
  /** Why the wording matters and which Safe & Together principle it serves, with sources. */
  explanation: string;
  /** 1-based line of the first character. */
  line: number;
  /** 1-based column of the first character, in UTF-16 code units. */
  column: number;
  /** 1-based line of the last character. */
  endLine: number;
  /** 1-based column just after the last character, in UTF-16 code units. */
  endColumn: number;
  /** 0-based offset of the first character in UTF-16 code units: `text.slice(offset, offset + length) === excerpt`. */
  offset: number;
  /** Length in UTF-16 code units. */
  length: number;
  /** The matched text, exactly as written. */
  excerpt: string;
  /** Better wordings, best first. Text in square brackets is a placeholder for facts the writer must supply. */
  suggestions: string[];
  /** Present only when one rewrite is unambiguous and needs no facts from the writer. */
  fix?: Fix;
  /** Present when the excerpt is inside quotation marks. */
  quoted?: Quotation;
  /**
   * The people the linter placed to reach this finding: the subject of the flagged words and the
   * person using harm, as the note names them. Present for role-aware rules.
   */
  roles?: RoleAssignment[];
  /** Why the linter read the sentence this way, in the note's own names ("Ms A is the subject of ..."). */
  reason?: string;
  /** True for a positive signal (good practice worth counting), always at `info`. */
  positive?: boolean;
}
