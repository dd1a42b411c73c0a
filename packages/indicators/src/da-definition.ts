/**
 * What counts as domestic abuse (DA) when an indicator is computed: a parameter, not a constant,
 * because boroughs differ and the data cannot select intimate partner violence alone.
 * @module
 */
import { checkArgument, parseWithProblems, type SafeResult, safeParseWithProblems } from "@st/core";
import * as z from "zod";
import { checkRecordArgument } from "./arguments.js";

/** The Children in Need assessment factors that record domestic abuse. */
export const DA_FACTOR_CODES = ["3A", "3B", "3C"] as const;

/** One of {@link DA_FACTOR_CODES}. */
export type DaFactorCode = (typeof DA_FACTOR_CODES)[number];

/** What each DA assessment factor means, in the census guidance's words. */
export const daFactorMeanings: Readonly<Record<DaFactorCode, string>> = {
  "3A": "domestic violence: the child is the subject",
  "3B": "domestic violence: the parent(s) or carer(s) are the subject",
  "3C": "domestic violence: another person living in the household is the subject",
};

/**
 * How a borough's referral records say that domestic abuse was the issue a referral was made for.
 * The census records who referred (`ReferralSource`), never why, so this always comes from a local
 * field: a column of a referral extract, or an element the borough adds to its own census export.
 */
export interface ReferralIssueMapping {
  /**
   * Name of the local field that holds the referral issue: an element inside `CINdetails` of the
   * borough's own census export, or the reason column of a referral-reason extract. Optional
   * when the reasons are supplied as a lookup.
   */
  field?: string | undefined;
  /** The values of that field that mean DA, matched ignoring case and surrounding spaces (e.g. `["DA", "DV", "Domestic abuse"]`). */
  daValues: readonly string[];
  /** One sentence saying where the mapping comes from, for the output notes (e.g. "Mosaic contact form, question REF_REASON"). */
  description?: string | undefined;
}

/** The DA definition an indicator run uses. */
export interface DaDefinition {
  /** Which DA assessment factors count. Default: all three (3A, 3B, 3C). */
  factors: readonly DaFactorCode[];
  /** How "DA is the referral issue on intake" is identified. Without it, indicators that need it are `null`. */
  referralIssue?: ReferralIssueMapping | undefined;
}

/** The default: all three DA factors, no referral-issue mapping. */
export const defaultDaDefinition: DaDefinition = Object.freeze({ factors: DA_FACTOR_CODES });

/** Schema of a {@link ReferralIssueMapping}. */
export const referralIssueMappingSchema = z.strictObject({
  field: z.string().min(1).optional(),
  daValues: z.array(z.string().trim().min(1)).min(1, "give at least one value that means DA"),
  description: z.string().optional(),
});

/** Schema of a {@link DaDefinition}. */
export const daDefinitionSchema = z.strictObject({
  factors: z
    .array(z.enum(DA_FACTOR_CODES))
    .min(1, "choose at least one of 3A, 3B, 3C")
    .refine((f) => new Set(f).size === f.length, "each factor once"),
  referralIssue: referralIssueMappingSchema.optional(),
});

const DA_LABELS = {
  factors: "DA assessment factors",
  "factors.*": "DA assessment factor",
  referralIssue: "Referral issue mapping",
  "referralIssue.field": "Referral issue field",
  "referralIssue.daValues": "Values that mean DA",
  "referralIssue.daValues.*": "Value that means DA",
} as const;

/** Check a DA definition (e.g. read from a borough's JSON configuration) and return it or every problem. */
export function safeDaDefinition(input: unknown): SafeResult<DaDefinition> {
  return safeParseWithProblems(daDefinitionSchema, input, { labels: DA_LABELS });
}

/** Check a DA definition and return it, or throw an `StValidationError` listing every problem. */
export function daDefinition(input: unknown): DaDefinition {
  return parseWithProblems(daDefinitionSchema, input, { labels: DA_LABELS, subject: "DA definition" });
}

/**
 * A fast membership test for the DA factors of a definition. Factor codes are compared exactly as
 * the census writes them (upper case); the same letters in `ReferralSource` are health referrers,
 * so callers must only pass assessment factors here.
 */
export function daFactorTest(definition: DaDefinition): (factor: string) => boolean {
  checkRecordArgument("daFactorTest", "definition", definition);
  const set = new Set<string>(definition.factors);
  return (factor) => set.has(factor);
}

function normaliseValue(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, " ");
}

/** A test saying whether a recorded referral issue means DA under a mapping. */
export function referralIssueTest(mapping: ReferralIssueMapping): (reason: string | undefined) => boolean {
  if (typeof mapping !== "object" || mapping === null || Array.isArray(mapping))
    checkArgument(mapping, "record", {
      fn: "referralIssueTest",
      argument: "mapping",
      label: "Referral issue mapping",
      expected: "a referral issue mapping (the field and the values that mean DA)",
    });
  const values = new Set([...mapping.daValues.map(normaliseValue), ...mapping.daValues.map((v) => v.trim())]);
  // A borough's referral issues are a short list written the same way again and again: remember
  // each answer (up to a bound, so a file of free text cannot grow the cache without limit).
  const seen = new Map<string, boolean>();
  return (reason) => {
    if (reason === undefined) return false;
    let answer = seen.get(reason);
    if (answer === undefined) {
      answer = values.has(reason) || values.has(normaliseValue(reason));
      if (seen.size < 1024) seen.set(reason, answer);
    }
    return answer;
  };
}

/** The sentences that describe a DA definition in every output's notes. */
export function describeDaDefinition(definition: DaDefinition): string[] {
  checkRecordArgument("describeDaDefinition", "definition", definition);
  const factors = definition.factors.map((f) => `${f} (${daFactorMeanings[f]})`).join("; ");
  const notes = [
    `DA assessment factors counted: ${factors}.`,
    definition.factors.length === 3
      ? "All three DA factors are counted by default. Safe & Together targets intimate partner violence; 3B (a parent or carer is the subject) is the nearest proxy for it, but no factor selects intimate partner violence alone."
      : `Only ${definition.factors.join(", ")} counted, not all three DA factors; figures are not comparable with boroughs counting 3A, 3B and 3C.`,
  ];
  const mapping = definition.referralIssue;
  if (mapping) {
    notes.push(
      `DA as the referral issue is identified by ${mapping.field ? `the local field "${mapping.field}"` : "the referral reasons supplied"} having one of the values ${mapping.daValues.map((v) => `"${v}"`).join(", ")}${mapping.description ? ` (${mapping.description})` : ""}.`,
    );
  }
  return notes;
}
