/**
 * The registry of rule kinds. A new kind is a module in this folder (see `./rule-kind.ts` and
 * CONTRIBUTING.md, "Recipe: add an indicator") and one line in `registry`: the set schema, the rule
 * types and the engine all follow from it.
 * @module
 */
import * as z from "zod";
import { careStartWithDa } from "./care-start-with-da.js";
import { cpPlanWithDa } from "./cp-plan-with-da.js";
import { daReReferral } from "./da-re-referral.js";
import { daReferral } from "./da-referral.js";
import { firstDaAssessment } from "./first-da-assessment.js";
import type { RuleCounter, RuleInputs, RuleKind, RuleOf } from "./rule-kind.js";

/** Every rule kind, under its name (the `kind` its schema requires), in the order the data dictionary lists them. */
const registry = {
  "da-referral": daReferral,
  "first-da-assessment": firstDaAssessment,
  "cp-plan-with-da": cpPlanWithDa,
  "care-start-with-da": careStartWithDa,
  "da-re-referral": daReReferral,
};

type Registry = typeof registry;

/** The name of a rule kind. */
export type RuleKindName = keyof Registry;

/** The rule of each kind, by name. */
export type RuleByKind = { [K in RuleKindName]: RuleOf<Registry[K]["schema"]> };

/** The rule of an indicator, of any kind. */
export type AnyRule = RuleByKind[RuleKindName];

// The registry again, typed so that a kind and its rule are looked up together, and so that each
// entry's name must be the `kind` of its schema.
const ruleKinds: {
  readonly [K in RuleKindName]: RuleKind<Registry[K]["schema"]> & {
    readonly schema: { readonly shape: { readonly kind: { readonly value: K } } };
  };
} = registry;

/** Schema of a rule: one of the kinds' schemas, told apart by `kind`. */
export const ruleSchema = z.discriminatedUnion("kind", oneOrMore(Object.values(ruleKinds).map((kind) => kind.schema)));

/** A rule with its kind's functions. */
export interface BoundRule {
  /** The rule's parameters in words, for the indicator's note. */
  describe(): string;
  /** Why the indicator is null in every quarter, when the run lacks data the rule needs. */
  missingDataNote(inputs: RuleInputs): string | undefined;
  /** Start counting the indicator. */
  counter(inputs: RuleInputs): RuleCounter;
}

/**
 * A rule's kind, bound to it; undefined for a kind there is not (a set built in code and never
 * checked, whose indicator is then never counted, as before the registry).
 */
export function ruleKindOf(rule: AnyRule): BoundRule | undefined {
  return Object.hasOwn(ruleKinds, rule.kind) ? bind(rule.kind, rule) : undefined;
}

function bind<K extends RuleKindName>(name: K, rule: RuleByKind[K]): BoundRule {
  const kind = ruleKinds[name];
  return {
    describe: () => kind.describe(rule),
    missingDataNote: (inputs) => kind.missingDataNote(inputs),
    counter: (inputs) => kind.counter(rule, inputs),
  };
}

function oneOrMore<T>(list: readonly T[]): [T, ...T[]] {
  const [first, ...rest] = list;
  if (first === undefined) throw new Error("no rule kinds");
  return [first, ...rest];
}
