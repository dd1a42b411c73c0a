/**
 * Words for the language-lint categories in reports, through a terminology profile.
 * @module
 */

import { argumentError } from "@st/core";
import { defaultTerminology, renderLabel, type TerminologyProfile } from "@st/core/practice";
import type { Category } from "@st/language-lint";
import { CATEGORY, checkArg, PROFILE } from "./arguments.js";

/** Label templates of the language-lint categories, for reports (rendered through a terminology profile). */
export const languageCategoryLabels: Readonly<Record<Category, string>> = Object.freeze({
  mutualising: "Mutualising language",
  responsibilising: "Language making the {nonAbusiveParent} responsible",
  minimising: "Minimising language",
  "hidden-perpetrator": "Language hiding who did the harm",
  vague: "Vague language",
  other: "Other language concerns",
});

/**
 * The label of a language-lint category in a profile's words (the default profile when absent).
 * @throws StValidationError (also a `TypeError` or, for text that is not a category, a `RangeError`).
 */
export function languageCategoryLabel(category: Category, profile: TerminologyProfile = defaultTerminology): string {
  checkArg("languageCategoryLabel", CATEGORY, category);
  checkArg("languageCategoryLabel", PROFILE, profile);
  if (!Object.hasOwn(languageCategoryLabels, category))
    throw argumentError("languageCategoryLabel", {
      argument: "category",
      label: "Language category",
      expected: Object.keys(languageCategoryLabels).join(", "),
      received: category,
      message: "is not a language-lint category",
    });
  return renderLabel(languageCategoryLabels[category], profile);
}
