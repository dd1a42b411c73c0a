import type { Category } from "../finding.js";
import type { Rule } from "../rule.js";

/** A rule as written in the pack: version 1 and the category of its id's family unless given. */
export type RuleDraft = Omit<Rule, "version" | "category"> & { version?: number; category?: Category };

/** Fill in a rule's version and category. */
export function define(draft: RuleDraft): Rule {
  const family = draft.id.slice(0, draft.id.indexOf("/"));
  const category: Category = draft.category ?? (family === "positive" ? "other" : (family as Category));
  return { ...draft, version: draft.version ?? 1, category };
}

/** Why relationship words hide who does what: shared by several mutualising rules. */
export const RELATIONSHIP_WHY =
  "Abuse is one person's choice, not a quality of a relationship. Describing it as a feature of the couple spreads responsibility across both adults, hides the perpetrator's pattern of behaviour and can be used against the survivor in court. Safe & Together asks for behaviourally specific, unilateral wording: who did what to whom, and how it harmed the child (critical component 1, principle 3: pivot to the perpetrator).";

/** Why conflict words mislabel abuse. */
export const CONFLICT_WHY =
  "Words for a disagreement between equals (argument, row, fight, conflict) imply both adults took part and carry equal responsibility. Domestic abuse is a pattern of one person's behaviour; recording it as conflict hides that pattern, can lead to unsafe joint work, and leaves the survivor's safety and the children's harm out of view (principle 3: pivot to the perpetrator).";

/** Why blaming the non-abusive parent matters. */
export const BLAME_WHY =
  "Safe & Together's first two principles are to keep the child safe and together with the non-abusive parent and to partner with her. Wording that holds her responsible for his behaviour, or for stopping it, shifts accountability away from the person choosing to harm, hides her protective efforts, and has led to plans and agreements that made victims responsible for their own safety.";

/** Why minimising wording matters. */
export const MINIMISING_WHY =
  "Wording that softens or excuses abuse (a loss of control, stress, drink, a one-off) frames a choice as an accident and the harm as small. Safe & Together treats abuse as a pattern of deliberate behaviour and a parenting choice; excuses in the file are later read as the agency's own view of the risk.";

/** Why hidden perpetrators matter. */
export const HIDDEN_WHY =
  "When abuse is written without anyone doing it, the perpetrator disappears from the record and the reader's attention moves to the survivor and the children. Safe & Together asks that the file name who did what (Paul assaulted Sally, not Sally was assaulted), so that plans can address the person responsible (critical component 1).";

/** Why vague terms matter. */
export const VAGUE_WHY =
  "A general label tells the next reader nothing about what happened, how often, or how it harmed the child, and reviews found that only about half of files said what the abuse was. Safe & Together asks for behavioural specificity: the specific behaviours, the pattern over time, and their impact on the child and family functioning.";
