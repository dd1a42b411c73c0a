/**
 * A borough's configuration: profile, rules turned off or re-graded, phrases it accepts, its own
 * rules, its words for people, and a minimum severity.
 * @module
 */

import { type Problem, StValidationError } from "@st/core";
import * as z from "zod/mini";
import { severities } from "./finding.js";
import { toProblems, withEnglishMessages } from "./problems.js";
import { profiles, type Rule, ruleSchema, type SafeResult } from "./rule.js";

/** A phrase the borough accepts: everywhere, or only for some rules. */
export interface AllowedPhrase {
  /** The phrase, in the pattern language of rules (plain words work: `"domestic violence"`). */
  phrase: string;
  /** Rule ids (or categories) the phrase is accepted for; every rule when absent. */
  rules?: string[];
}

/** The words a borough uses for people in suggestions (labels, never hard-coded). */
export interface LintTerminology {
  /** The person who harms: "perpetrator" (the default), "person who uses harm"... */
  perpetrator?: string;
  /** The adult harmed: "survivor" (the default), "victim-survivor"... */
  survivor?: string;
  /** The child: "child" (the default), "young person"... */
  child?: string;
}

/** @deprecated Renamed {@link LintTerminology}, since `@st/workbook` exports a `Terminology` of its own; this name will be removed in the next major version. */
export type Terminology = LintTerminology;

/** Who the people in the text are, so the linter can tell a sentence about the perpetrator from one about the survivor. */
export interface People {
  /** How the text names the person who harms, e.g. `["Mr B", "Dean"]`. */
  perpetrator?: string[];
  /** How the text names the adult harmed, e.g. `["Ms A", "Sarah"]`. */
  survivor?: string[];
  /** How the text names the children. */
  child?: string[];
}

/** Who the people in the note are, by role: the names a borough declares for one case. */
export interface DeclaredRoles {
  /** The person using harm, e.g. `["Mr B", "Dean"]`. */
  perpetrator?: string[];
  /** The non-abusive parent, e.g. `["Ms A"]`. */
  nonAbusiveParent?: string[];
  /** The children. */
  children?: string[];
}

/** Options of `lint` and `createLinter`: a borough's configuration file has the same shape. */
export interface LintConfig {
  /** `case-record` (the default) or `family-letter`. */
  profile?: (typeof profiles)[number];
  /** Rule ids, or categories, set to `off` or to another severity. An id wins over its category. */
  rules?: Record<string, "off" | (typeof severities)[number]>;
  /** Phrases accepted without turning a rule off. */
  allow?: (string | AllowedPhrase)[];
  /** The borough's own rules, added to the default pack (an id already in the pack replaces that rule). */
  addRules?: Rule[];
  /** Words for people in suggestions. */
  terminology?: LintTerminology;
  /** Who the people in the text are. */
  people?: People;
  /** Who the people in the text are, by role (merged with `people`). */
  roles?: DeclaredRoles;
  /** Leave out findings below this severity. */
  minSeverity?: (typeof severities)[number];
  /** Also report positive signals (good practice), at `info`. Off by default. */
  positives?: boolean;
}

/** Text of at least one character. */
const someText = () => z.string().check(z.minLength(1));
const names = () => z.optional(z.array(someText()));

/**
 * The schema of a {@link LintConfig}, as read from a borough's JSON or YAML file: a `zod/mini`
 * schema, like {@link ruleSchema}.
 */
export const lintConfigSchema = z.strictObject({
  profile: z.optional(z.enum(profiles)),
  rules: z.optional(z.record(z.string(), z.enum(["off", ...severities]))),
  allow: z.optional(
    z.array(
      z.union([
        someText(),
        z.strictObject({ phrase: someText(), rules: z.optional(z.array(someText()).check(z.minLength(1))) }),
      ]),
    ),
  ),
  addRules: z.optional(z.array(ruleSchema)),
  terminology: z.optional(
    z.strictObject({
      perpetrator: z.optional(someText()),
      survivor: z.optional(someText()),
      child: z.optional(someText()),
    }),
  ),
  people: z.optional(z.strictObject({ perpetrator: names(), survivor: names(), child: names() })),
  roles: z.optional(z.strictObject({ perpetrator: names(), nonAbusiveParent: names(), children: names() })),
  minSeverity: z.optional(z.enum(severities)),
  positives: z.optional(z.boolean()),
});

/** Check a configuration's shape, returning it or every problem found (rule ids and patterns are checked by `createLinter`). */
export function safeParseLintConfig(input: unknown): SafeResult<LintConfig> {
  // Checked before the schema: a key such as "__proto__" would otherwise vanish in parsing, and
  // the borough would never learn that its setting did nothing.
  const keyProblems = ruleKeyProblems(input);
  if (keyProblems.length) return { ok: false, problems: keyProblems };
  const parsed = withEnglishMessages(() => lintConfigSchema.safeParse(input));
  if (!parsed.success) return { ok: false, problems: toProblems(parsed.error, "", input) };
  return { ok: true, value: parsed.data as LintConfig };
}

/** What a key of `rules` looks like: a rule id (`category/name`), a category, or `positive`. */
const RULE_KEY = /^[a-z][a-z-]*(\/[a-z0-9][a-z0-9-]*)?$/;

/** Every key of the configuration's `rules` that cannot name a rule or a category. */
function ruleKeyProblems(input: unknown): Problem[] {
  const rules = (input as { rules?: unknown } | null | undefined)?.rules;
  if (typeof rules !== "object" || rules === null || Array.isArray(rules)) return [];
  return Object.keys(rules)
    .filter((key) => !RULE_KEY.test(key))
    .map((key) => ({
      path: `rules.${key}`,
      field: "rules",
      expected: "a rule id written category/name (e.g. vague/dv-concerns) or a category",
      received: JSON.stringify(key),
      message: `${JSON.stringify(key)} cannot name a rule or a category`,
      code: "invalid_rule_key",
    }));
}

/** Check a configuration like {@link safeParseLintConfig}, throwing an `StValidationError` listing every problem. */
export function parseLintConfig(input: unknown): LintConfig {
  const result = safeParseLintConfig(input);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "lint configuration" });
  return result.value;
}

/** The JSON Schema (draft 2020-12) of a {@link LintConfig}, for boroughs that write configuration outside TypeScript. */
export function lintConfigJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(lintConfigSchema) as Record<string, unknown>;
}
