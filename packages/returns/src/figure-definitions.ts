/**
 * The definitions a return's figures may be computed under, as data: each with its id and the
 * versions this release knows. A return citing a version this release does not know was built by
 * a newer one, and its figures may not mean what the report says.
 * @module
 */
import { complaintsProforma } from "@st/complaints-proforma";
import { checkArgument } from "@st/core";
import { indicatorSets } from "@st/indicators";
import { defaultRulePack } from "@st/language-lint";
import { reviewChecklists } from "@st/learning-review";
import type { DefinitionRef } from "./figure.js";

/** A definition a return may cite, and what it is. */
export interface KnownDefinition extends DefinitionRef {
  /** What the definition is, for messages. */
  title: string;
}

/** The definition of the learning-review figures: how `summariseRound` counts cohorts, outcomes and language. */
export const LEARNING_REVIEW_DEFINITION: DefinitionRef = { id: "st-learning-review-summary", version: "1" };

/** The definition of the language figures: the linter's default rule pack. */
export const LANGUAGE_DEFINITION: DefinitionRef = {
  id: `language-lint:${defaultRulePack.id}`,
  version: defaultRulePack.version,
};

/** The definition of a complaint figure: the proforma. */
export const COMPLAINTS_DEFINITION: DefinitionRef = {
  id: complaintsProforma.id,
  version: String(complaintsProforma.version),
};

/** The definition of an indicator figure: its indicator set. */
export function indicatorDefinition(set: string, version: number | string = 1): DefinitionRef {
  checkArgument(set, "text", { fn: "indicatorDefinition", argument: "set", label: "Indicator set" });
  checkArgument(version, ["number", "text"], { fn: "indicatorDefinition", argument: "version", label: "Version" });
  return { id: `indicator-set:${set}`, version: String(version) };
}

/** Every definition this release knows, with the versions it knows. */
export const knownDefinitions: readonly KnownDefinition[] = [
  ...Object.values(indicatorSets).map((s) => ({
    ...indicatorDefinition(s.id, s.version),
    title: `indicator set ${s.id}`,
  })),
  { ...COMPLAINTS_DEFINITION, title: complaintsProforma.title },
  ...reviewChecklists.map((c) => ({ id: c.id, version: c.version, title: c.title })),
  { ...LEARNING_REVIEW_DEFINITION, title: "learning-review round summary" },
  { ...LANGUAGE_DEFINITION, title: "language-lint default rules" },
];
