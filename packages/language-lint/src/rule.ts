/**
 * Rules as versioned data: what a rule is, and the schema that checks one.
 * @module
 */
import { type Problem, type SafeResult, StValidationError } from "@st/core";
import * as z from "zod/mini";
import { categories, severities } from "./finding.js";
import { toProblems, withEnglishMessages } from "./problems.js";

/** The two writing situations a rule can be tuned for. */
export const profiles = ["case-record", "family-letter"] as const;

/** One of {@link profiles}: `case-record` (the default) or `family-letter` (writing to a family). */
export type Profile = (typeof profiles)[number];

/** Who a person mentioned in a sentence is, as far as the linter can tell. */
export const noteRoles = [
  "perpetrator",
  "survivor",
  "child",
  "parents",
  "professional",
  "addressee",
  "male",
  "female",
  "unknown",
] as const;

/** One of {@link noteRoles}. `male` and `female` are pronouns the linter could not tie to a role. */
export type NoteRole = (typeof noteRoles)[number];

/** @deprecated Renamed {@link noteRoles}, since `@st/core/practice` has `roles` of its own (the practitioners' roles); this name will be removed in the next major version. */
export const roles: typeof noteRoles = noteRoles;

/** @deprecated Renamed {@link NoteRole}, since `@st/core/practice` has a `Role` of its own; this name will be removed in the next major version. */
export type Role = NoteRole;

/** Text of at least one character. */
const someText = () => z.string().check(z.minLength(1));
/** A list of at least one item. */
const oneOrMore = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.minLength(1));

const ruleId = z
  .string()
  .check(
    z.regex(
      /^[a-z][a-z-]*\/[a-z0-9][a-z0-9-]*$/,
      "must be written category/name in lower case, e.g. vague/dv-concerns",
    ),
  );

/**
 * The schema of one {@link Rule}: a `zod/mini` schema (`ruleSchema.safeParse(value)`,
 * `z.toJSONSchema(ruleSchema)`), so a browser bundle of `lint` carries the light zod, not zod's
 * full API (with its JSON Schema code for every type: about 18 KB gzipped).
 */
export const ruleSchema = z.strictObject({
  id: ruleId,
  version: z.number().check(z.int(), z.positive()),
  category: z.enum(categories),
  severity: z.enum(severities),
  kind: z.optional(z.enum(["concern", "positive"])),
  profiles: z.optional(oneOrMore(z.enum(profiles))),
  severityByProfile: z.optional(z.partialRecord(z.enum(profiles), z.enum(severities))),
  patterns: oneOrMore(someText()),
  exceptions: z.optional(z.array(someText())),
  subject: z.optional(
    z.strictObject({
      is: z.optional(oneOrMore(z.enum(noteRoles))),
      not: z.optional(oneOrMore(z.enum(noteRoles))),
    }),
  ),
  agent: z.optional(z.enum(["absent", "present"])),
  clause: z.optional(
    z.strictObject({
      negated: z.optional(z.boolean()),
      hypothetical: z.optional(z.boolean()),
      reported: z.optional(z.boolean()),
      perpetratorNamed: z.optional(z.boolean()),
    }),
  ),
  quoted: z.optional(z.enum(["report", "info", "ignore"])),
  message: someText(),
  explanation: someText(),
  sources: z.optional(z.array(someText())),
  suggestions: z.array(someText()),
  fix: z.optional(z.boolean()),
  examples: z.strictObject({
    match: oneOrMore(someText()),
    noMatch: oneOrMore(someText()),
  }),
});

/**
 * A lint rule: a versioned data object. The engine compiles every rule's patterns into one automaton.
 *
 * Patterns are written over normalised words (case, quotes, hyphens and line breaks folded):
 * - `word` one word; `word~` any of its inflections (argue, argues, argued, arguing);
 * - `(a|b|c)` one of several words, `(a b|c)` a choice of sequences (`|` binds loosest, as in regular expressions); `x?` or `(x y)?` optional;
 * - `*` any one word; `*{0,3}` a gap of up to three words; `x{1,2}` one or two of `x`;
 * - `@class` a word class from the lexicon (`@da` is DA, DV, IPV, domestic abuse..., `@mother` is mother, mum, Ms A, [mother]...);
 * - `name=x` captures what `x` matched, so a suggestion can reuse it as `{name}`.
 */
export interface Rule {
  /** `category/name`, e.g. `mutualising/volatile-relationship` (positive signals: `positive/name`). */
  id: string;
  /** Bumped whenever what the rule matches or says changes. */
  version: number;
  /** The category its findings belong to. */
  category: (typeof categories)[number];
  /** The default severity. */
  severity: (typeof severities)[number];
  /** `concern` (the default) or `positive`: a positive signal, reported at `info` when asked for. */
  kind?: "concern" | "positive";
  /** The profiles the rule runs in; all when absent. */
  profiles?: Profile[];
  /** A different severity in some profile. */
  severityByProfile?: Partial<Record<Profile, (typeof severities)[number]>>;
  /** What it matches (see the pattern language above). */
  patterns: string[];
  /** Patterns that silence a match they overlap ("a bit of a temper tantrum" for a child). */
  exceptions?: string[];
  /** Who the clause must (or must not) be about, found from the nearest person before the match. */
  subject?: { is?: NoteRole[]; not?: NoteRole[] };
  /** `absent`: only when no "by <someone>" follows in the clause (agentless passives); `present`: only when one does. */
  agent?: "absent" | "present";
  /**
   * Conditions on the clause around a match, checked only on sentences the patterns matched:
   * - `negated`: `true` only when its verb is negated ("has not protected"), `false` only when not ("has never called the police" is no protective effort);
   * - `hypothetical: false`: not inside an if / unless clause ("if he returns" is not an event);
   * - `reported: false`: not in words the note reports someone saying ("he says it was only once");
   * - `perpetratorNamed`: `false` only when the sentence names no person using harm, `true` only when it does.
   */
  clause?: { negated?: boolean; hypothetical?: boolean; reported?: boolean; perpetratorNamed?: boolean };
  /** Inside attributed quotation marks: `report` as usual, `info` (the default) or `ignore`. */
  quoted?: "report" | "info" | "ignore";
  /** One sentence saying what is wrong. */
  message: string;
  /** Why the wording matters: the Safe & Together principle it serves and why. */
  explanation: string;
  /** Codes of the sources in the domain research (e.g. `D3`, `S15`). */
  sources?: string[];
  /** Rewrites, best first; `{name}` reuses a capture, `{perpetrator}`, `{survivor}`, `{child}` and `{behaviour}` are facts to supply. */
  suggestions: string[];
  /** `false` never offers an automatic fix, even for a single rewrite without placeholders. */
  fix?: boolean;
  /** Sentences the rule must match, and sentences it must not match; the test suite runs them all. */
  examples: { match: string[]; noMatch: string[] };
}

/** A named, versioned set of rules. */
export interface RulePack {
  /** The pack's id, e.g. `st-default`. */
  id: string;
  /** The pack's version (semver). */
  version: string;
  /** Its rules. */
  rules: Rule[];
}

/** The result of a `safe…` function: `@st/core`'s, re-exported for code written against this package. */
export type { SafeResult };

/** Check rules against {@link ruleSchema} (and that ids are unique), returning them or every problem found. */
export function safeParseRules(input: unknown): SafeResult<Rule[]> {
  const parsed = withEnglishMessages(() => z.array(ruleSchema).safeParse(input));
  if (!parsed.success) return { ok: false, problems: toProblems(parsed.error, "rules", input) };
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const [i, rule] of parsed.data.entries()) {
    if (seen.has(rule.id))
      problems.push({
        path: `rules.${i}.id`,
        field: "id",
        expected: "an id no other rule has",
        received: JSON.stringify(rule.id),
        message: `two rules have the id ${rule.id}`,
        code: "duplicate_id",
      });
    seen.add(rule.id);
    const family = rule.id.slice(0, rule.id.indexOf("/"));
    const expected = rule.kind === "positive" ? "positive" : rule.category;
    if (family !== expected)
      problems.push({
        path: `rules.${i}.id`,
        field: "id",
        expected: `an id starting ${expected}/`,
        received: JSON.stringify(rule.id),
        message: `the id of a ${rule.kind === "positive" ? "positive signal" : `${rule.category} rule`} starts ${expected}/`,
        code: "invalid_id",
      });
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data as Rule[] };
}

/** Check rules like {@link safeParseRules}, throwing an `StValidationError` listing every problem. */
export function parseRules(input: unknown): Rule[] {
  const result = safeParseRules(input);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "lint rules" });
  return result.value;
}

/** The JSON Schema (draft 2020-12) of a {@link Rule}, for boroughs that write rules outside TypeScript. */
export function ruleJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ruleSchema) as Record<string, unknown>;
}
