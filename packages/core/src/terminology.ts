/**
 * Terminology profiles: the words a service uses for the people in a case. Every label shown to a
 * person is resolved through a profile, so a borough that says "person who uses harm" rather than
 * "perpetrator", or "non-offending parent" rather than "non-abusive parent", gets its own words in
 * every form, checklist and report without forking a definition.
 *
 * Definitions write labels as templates with placeholders, e.g.
 * `"Counter-accusations by the {perpetrator} about the {victimSurvivor}'s parenting"`, and
 * {@link renderLabel} fills them from a profile.
 * @module
 */

import * as z from "zod";
import { checkArgument } from "./argument-checks.js";
import { describeValue, type Problem, StValidationError } from "./errors.js";
import type { ProblemCode } from "./problem-codes.js";
import { parseWithProblems } from "./zod-problems.js";

/**
 * The terms a profile defines, each the key of a placeholder in label templates:
 * - `perpetrator`: the person who harms ("perpetrator", "person who uses harm", "those who harm");
 * - `victimSurvivor`: the adult harmed ("victim-survivor", "survivor");
 * - `nonAbusiveParent`: the parent who is not abusive, usually the adult victim ("non-abusive parent",
 *   "non-offending parent");
 * - `child`: the child in the case ("child", "child or young person");
 * - `practitioner`: the worker holding the case ("practitioner", "social worker");
 * - `complainant`: the person who made a complaint;
 * - `domesticAbuse`: the abuse itself ("domestic abuse", "domestic violence and abuse").
 */
export const termKeys = [
  "perpetrator",
  "victimSurvivor",
  "nonAbusiveParent",
  "child",
  "practitioner",
  "complainant",
  "domesticAbuse",
] as const;

/** One of the {@link termKeys}. */
export type TermKey = (typeof termKeys)[number];

/** The forms of one term. */
export interface TermForms {
  /** The singular, in lower case unless it is a proper name or acronym, e.g. `"person who uses harm"`. */
  readonly singular: string;
  /** The plural, e.g. `"people who use harm"`. For uncountable terms ("domestic abuse"), the same as the singular. */
  readonly plural: string;
  /** The indefinite article before the singular, when the first letter misleads ("an MP", "a user"). Guessed from the first letter otherwise. */
  readonly article?: "a" | "an";
}

/** A set of words for the people in a case, resolved by {@link term} and {@link renderLabel}. */
export interface TerminologyProfile {
  /** A stable kebab-case id, e.g. `"default"`, `"person-who-uses-harm"`, `"hackney"`. */
  readonly id: string;
  /** A name for people choosing a profile, e.g. `"Person who uses harm"`. */
  readonly name: string;
  /** Every term, in every form. */
  readonly terms: Readonly<Record<TermKey, TermForms>>;
}

const DEFAULT_TERMS: Readonly<Record<TermKey, TermForms>> = {
  perpetrator: { singular: "perpetrator", plural: "perpetrators" },
  victimSurvivor: { singular: "victim-survivor", plural: "victim-survivors" },
  nonAbusiveParent: { singular: "non-abusive parent", plural: "non-abusive parents" },
  child: { singular: "child", plural: "children" },
  practitioner: { singular: "practitioner", plural: "practitioners" },
  complainant: { singular: "complainant", plural: "complainants" },
  domesticAbuse: { singular: "domestic abuse", plural: "domestic abuse" },
};

function freezeProfile(profile: TerminologyProfile): TerminologyProfile {
  const terms = Object.fromEntries(termKeys.map((key) => [key, Object.freeze({ ...profile.terms[key] })])) as Record<
    TermKey,
    TermForms
  >;
  return Object.freeze({ id: profile.id, name: profile.name, terms: Object.freeze(terms) });
}

/**
 * The Safe & Together words these packages use by default: "perpetrator", "victim-survivor",
 * "non-abusive parent", "child", "practitioner", "complainant", "domestic abuse".
 *
 * The partnership's documents use two words for the parent who is not abusive: the evaluation
 * states the principles with "non-offending parent" (Garner & Kelly 2025) and elsewhere speaks of
 * "non-abusive parents". "Non-abusive parent" is the default here; a borough that writes
 * "non-offending parent" chooses {@link nonOffendingParentTerminology}. Where a document is quoted
 * (see `Principle.asPublished`), its own word is kept whatever the profile.
 */
export const defaultTerminology: TerminologyProfile = freezeProfile({
  id: "default",
  name: "Safe & Together (default)",
  terms: DEFAULT_TERMS,
});

/**
 * The default words, but "person who uses harm" (plural "people who use harm") for the person who
 * harms, as some services prefer.
 */
export const personWhoUsesHarmTerminology: TerminologyProfile = /* @__PURE__ */ (() =>
  freezeProfile({
    id: "person-who-uses-harm",
    name: "Person who uses harm",
    terms: { ...DEFAULT_TERMS, perpetrator: { singular: "person who uses harm", plural: "people who use harm" } },
  }))();

/**
 * The default words, but "person who harms" (plural "those who harm") for the person who harms, as
 * SafeLives writes in its public health approach to domestic abuse.
 */
export const thoseWhoHarmTerminology: TerminologyProfile = /* @__PURE__ */ (() =>
  freezeProfile({
    id: "those-who-harm",
    name: "Those who harm (SafeLives)",
    terms: { ...DEFAULT_TERMS, perpetrator: { singular: "person who harms", plural: "those who harm" } },
  }))();

/**
 * The default words, but "non-offending parent" for the parent who is not abusive: the word the
 * partnership's evaluation uses when it states the three S&T principles.
 */
export const nonOffendingParentTerminology: TerminologyProfile = /* @__PURE__ */ (() =>
  freezeProfile({
    id: "non-offending-parent",
    name: "Non-offending parent (the evaluation's principles)",
    terms: {
      ...DEFAULT_TERMS,
      nonAbusiveParent: { singular: "non-offending parent", plural: "non-offending parents" },
    },
  }))();

/** The ids of the profiles this package ships, usable as the `base` of a borough's profile. */
export const builtInTerminologyIds = [
  "default",
  "person-who-uses-harm",
  "those-who-harm",
  "non-offending-parent",
] as const;

/** One of {@link builtInTerminologyIds}. */
export type BuiltInTerminologyId = (typeof builtInTerminologyIds)[number];

/** The profiles this package ships, by id. */
export const builtInTerminologies: Readonly<Record<BuiltInTerminologyId, TerminologyProfile>> = /* @__PURE__ */ (() =>
  Object.freeze({
    default: defaultTerminology,
    "person-who-uses-harm": personWhoUsesHarmTerminology,
    "those-who-harm": thoseWhoHarmTerminology,
    "non-offending-parent": nonOffendingParentTerminology,
  }))();

const TERM_LABELS: Readonly<Record<TermKey, string>> = {
  perpetrator: "the person who harms",
  victimSurvivor: "the adult harmed",
  nonAbusiveParent: "the non-abusive parent",
  child: "the child",
  practitioner: "the practitioner",
  complainant: "the complainant",
  domesticAbuse: "the abuse",
};

const termText = /* @__PURE__ */ (() =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(80, "must be at most 80 characters")
    .refine((text) => !/[{}\n\r]/.test(text), "must not contain braces or line breaks"))();

/** A zod schema for the forms of one term in a borough's profile. */
export const termFormsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    singular: termText,
    plural: termText,
    article: z.enum(["a", "an"]).optional(),
  }))();

/**
 * A zod schema for a borough's terminology as stored in a file: an id, a name, the built-in profile
 * it starts from (`"default"` unless given), and the terms it changes. Unknown terms are errors that
 * name them.
 */
export const terminologyDefinitionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case id such as hackney-2025"),
    name: z.string().trim().min(1, "must not be empty"),
    base: z.enum(builtInTerminologyIds).optional(),
    terms: z.strictObject(
      Object.fromEntries(termKeys.map((key) => [key, termFormsSchema.optional()])) as Record<
        TermKey,
        z.ZodOptional<typeof termFormsSchema>
      >,
    ),
  }))();

/** A borough's terminology as stored in a file, before it is resolved against its base. */
export type TerminologyDefinition = z.input<typeof terminologyDefinitionSchema>;

/** What {@link defineTerminology} takes: a {@link TerminologyDefinition}, whose base may also be a profile object. */
export type TerminologyInput = Omit<TerminologyDefinition, "base"> & {
  /** The profile to start from: a built-in id or any profile. `"default"` when absent. */
  base?: BuiltInTerminologyId | TerminologyProfile | undefined;
};

// Labels for the problems of a stored definition, in the words of whoever writes one.
function fieldLabel(_path: string, segments: readonly (string | number)[]): string | undefined {
  const [first, second, third] = segments.map(String);
  if (first === "terms" && second && isTermKey(second)) {
    return `Term for ${TERM_LABELS[second]}${third ? ` (${third})` : ""}`;
  }
  if (first === "terms" && second) return `Term "${second}"`;
  return { id: "Profile id", name: "Profile name", base: "Base profile", terms: "Terms" }[first ?? ""];
}

/**
 * Build a profile from a borough's definition: the terms it gives replace those of its base, the
 * rest come from the base. Validates the definition first.
 *
 * @example
 * ```ts
 * const hackney = defineTerminology({
 *   id: "hackney",
 *   name: "Hackney",
 *   base: "person-who-uses-harm",
 *   terms: { nonAbusiveParent: { singular: "protective parent", plural: "protective parents" } },
 * });
 * ```
 * @throws {@link index!StValidationError} naming every problem, e.g. an unknown term or an empty one.
 */
export function defineTerminology(input: TerminologyInput): TerminologyProfile {
  checkArgument(input, "record", {
    fn: "defineTerminology",
    argument: "input",
    label: "Terminology",
    expected: "terminology { base?, ...terms }",
  });
  const { base, ...rest } = input as { base?: unknown } & Record<string, unknown>;
  const baseIsProfile = typeof base === "object" && base !== null;
  const definition = parseWithProblems(terminologyDefinitionSchema, baseIsProfile ? rest : input, {
    labels: fieldLabel,
    subject: "terminology profile",
  });
  const from = baseIsProfile ? (base as TerminologyProfile) : builtInTerminologies[definition.base ?? "default"];
  const terms = { ...from.terms };
  for (const key of termKeys) {
    const given = definition.terms[key];
    if (given) {
      terms[key] =
        given.article === undefined
          ? { singular: given.singular, plural: given.plural }
          : { singular: given.singular, plural: given.plural, article: given.article };
    }
  }
  return freezeProfile({ id: definition.id, name: definition.name, terms });
}

/** Options for {@link term}. */
export interface TermOptions {
  /** The plural form. */
  plural?: boolean;
  /** Upper-case the first letter, for the start of a sentence or a heading. */
  capitalise?: boolean;
  /** Put the indefinite article before the singular ("a perpetrator", "an abuser"). Not with `plural`. */
  article?: boolean;
}

function capitaliseFirst(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  return char.toUpperCase() + text.slice(char.length);
}

function articleFor(forms: TermForms): "a" | "an" {
  return forms.article ?? (/^[aeiou]/i.test(forms.singular) ? "an" : "a");
}

function isTermKey(key: unknown): key is TermKey {
  return typeof key === "string" && (termKeys as readonly string[]).includes(key);
}

/**
 * A term from a profile: `term(personWhoUsesHarmTerminology, "perpetrator", { plural: true })` is
 * `"people who use harm"`.
 * @throws {@link index!StValidationError} when `key` is not one of the {@link termKeys} (for callers without types).
 */
export function term(profile: TerminologyProfile, key: TermKey, options: TermOptions = {}): string {
  if (!isTermKey(key)) {
    throw new StValidationError([
      {
        path: "",
        field: "Term",
        expected: `one of ${termKeys.join(", ")}`,
        received: describeValue(key),
        message: "is not a term",
        code: "unknown_term",
      },
    ]);
  }
  const forms = profile.terms[key];
  if (options.article && options.plural) throw new RangeError("an indefinite article goes with the singular only");
  let text = options.plural ? forms.plural : forms.singular;
  if (options.article) text = `${articleFor(forms)} ${text}`;
  return options.capitalise ? capitaliseFirst(text) : text;
}

type Part = string | { key: TermKey; options: TermOptions };

const parsedTemplates = new Map<string, readonly Part[]>();

const MODIFIERS = new Set(["plural", "a"]);

function parseTemplate(template: string): { parts: Part[]; problems: Problem[] } {
  const parts: Part[] = [];
  const problems: Problem[] = [];
  const problem = (message: string, code: ProblemCode, received: string) =>
    problems.push({
      path: "",
      field: "Label",
      expected: `placeholders such as {perpetrator}, {Perpetrator}, {child:plural} or {perpetrator:a}, from ${termKeys.join(", ")}`,
      received,
      message: `${message} in ${describeValue(template)}`,
      code,
    });
  let text = "";
  let i = 0;
  while (i < template.length) {
    const char = template[i];
    const next = template[i + 1];
    if ((char === "{" && next === "{") || (char === "}" && next === "}")) {
      text += char;
      i += 2;
    } else if (char === "}") {
      problem("a closing brace has no opening brace (write }} for a literal brace)", "unmatched_brace", "}");
      i += 1;
    } else if (char === "{") {
      const end = template.indexOf("}", i + 1);
      const open = template.indexOf("{", i + 1);
      if (end === -1 || (open !== -1 && open < end)) {
        problem("an opening brace is not closed (write {{ for a literal brace)", "unmatched_brace", "{");
        i += 1;
        continue;
      }
      const body = template.slice(i + 1, end);
      const [name = "", ...modifiers] = body.split(":");
      const key = name.charAt(0).toLowerCase() + name.slice(1);
      const unknownModifier = modifiers.find((m) => !MODIFIERS.has(m));
      if (!isTermKey(key)) {
        problem(`{${body}} is not a known placeholder`, "unknown_placeholder", `{${body}}`);
      } else if (unknownModifier !== undefined) {
        problem(
          `{${body}} has an unknown modifier "${unknownModifier}" (use :plural or :a)`,
          "unknown_placeholder",
          `{${body}}`,
        );
      } else if (modifiers.includes("plural") && modifiers.includes("a")) {
        problem(`{${body}} asks for an article before a plural`, "unknown_placeholder", `{${body}}`);
      } else {
        if (text) parts.push(text);
        text = "";
        const options: TermOptions = {};
        if (modifiers.includes("plural")) options.plural = true;
        if (modifiers.includes("a")) options.article = true;
        if (name !== key) options.capitalise = true;
        parts.push({ key, options });
      }
      i = end + 1;
    } else {
      text += char;
      i += 1;
    }
  }
  if (text) parts.push(text);
  return { parts, problems };
}

/**
 * The problems with a label template, empty when it is sound: unknown placeholders, unknown
 * modifiers and unmatched braces. Definition schemas use it (through {@link labelTemplateSchema}) so
 * a bad label is caught when the definition loads, not when it is shown.
 */
export function labelTemplateProblems(template: string): Problem[] {
  checkArgument(template, "text", { fn: "labelTemplateProblems", argument: "template", label: "Label template" });
  return parseTemplate(template).problems;
}

/** The term keys a template uses, in order of first use: `"{Perpetrator} and {child:plural}"` uses `["perpetrator", "child"]`. */
export function labelTemplateTerms(template: string): TermKey[] {
  checkArgument(template, "text", { fn: "labelTemplateTerms", argument: "template", label: "Label template" });
  const keys = parseTemplate(template).parts.flatMap((part) => (typeof part === "string" ? [] : [part.key]));
  return [...new Set(keys)];
}

/**
 * Fill the placeholders of a label template from a profile:
 * - `{perpetrator}` gives the term, `{Perpetrator}` the term with a capital first letter;
 * - `{child:plural}` gives the plural, `{perpetrator:a}` the singular after "a" or "an";
 * - `{{` and `}}` give literal braces.
 *
 * @example
 * ```ts
 * renderLabel("Counter-accusations by the {perpetrator} about the {victimSurvivor}'s parenting", personWhoUsesHarmTerminology);
 * // "Counter-accusations by the person who uses harm about the victim-survivor's parenting"
 * ```
 * @throws {@link index!StValidationError} naming every unknown placeholder or unmatched brace.
 */
export function renderLabel(template: string, profile: TerminologyProfile): string {
  checkArgument(template, "text", { fn: "renderLabel", argument: "template", label: "Label template" });
  checkArgument(profile, "record", {
    fn: "renderLabel",
    argument: "profile",
    label: "Terminology profile",
    expected: "a terminology profile",
  });
  let parts = parsedTemplates.get(template);
  if (!parts) {
    const parsed = parseTemplate(template);
    if (parsed.problems.length > 0) throw new StValidationError(parsed.problems, { subject: "label" });
    parts = parsed.parts;
    // Definitions hold a bounded set of labels, so a small cache serves them; clearing it when full
    // keeps memory bounded when templates come from arbitrary input.
    if (parsedTemplates.size >= 2000) parsedTemplates.clear();
    parsedTemplates.set(template, parts);
  }
  return parts.map((part) => (typeof part === "string" ? part : term(profile, part.key, part.options))).join("");
}

/**
 * A zod schema for a label template in a definition: a non-empty string whose placeholders are all
 * known (see {@link renderLabel}).
 */
export const labelTemplateSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .min(1, "must not be empty")
    .superRefine((template, context) => {
      for (const problem of labelTemplateProblems(template)) {
        context.addIssue({ code: "custom", message: problem.message, input: template });
      }
    }))();
