/**
 * Words for the language-lint categories in reports, through a terminology profile.
 * @module
 */
import { defaultTerminology, renderLabel, type TerminologyProfile } from "@st/core";
import type { Category } from "@st/language-lint";

/** Label templates of the language-lint categories, for reports (rendered through a terminology profile). */
export const languageCategoryLabels: Readonly<Record<Category, string>> = Object.freeze({
  mutualising: "Mutualising language",
  responsibilising: "Language making the {nonAbusiveParent} responsible",
  minimising: "Minimising language",
  "hidden-perpetrator": "Language hiding who did the harm",
  vague: "Vague language",
  other: "Other language concerns",
});

/** The label of a language-lint category in a profile's words (the default profile when absent). */
export function languageCategoryLabel(category: Category, profile: TerminologyProfile = defaultTerminology): string {
  return renderLabel(languageCategoryLabels[category], profile);
}
