/**
 * The default rule pack.
 * @module
 */
import type { Rule, RulePack } from "../rule.js";
import { clauseRules } from "./clauses.js";
import { hiddenPerpetratorRules } from "./hidden-perpetrator.js";
import { minimisingRules } from "./minimising.js";
import { mutualisingRules } from "./mutualising.js";
import { otherRules } from "./other.js";
import { positiveRules } from "./positive.js";
import { responsibilisingRules } from "./responsibilising.js";
import { vagueRules } from "./vague.js";

/** Every rule of the default pack, concerns first, then positive signals. */
export const defaultRules: readonly Rule[] = [
  ...mutualisingRules,
  ...responsibilisingRules,
  ...minimisingRules,
  ...hiddenPerpetratorRules,
  ...vagueRules,
  ...otherRules,
  ...clauseRules,
  ...positiveRules,
];

/** The default pack as a versioned data object. */
export const defaultRulePack: RulePack = { id: "st-default", version: "1.1.0", rules: [...defaultRules] };
