/**
 * `@st/language-lint` findings as suggested evidence for the checklist's language items. Shared as
 * data: this package does not depend on the linter, it accepts findings of the shape `st lint` prints.
 * @module
 */

import { checkDefinition, checkOptions, checkPlace, checkRecord } from "./arguments.js";
import type { CompletedChecklist, MachineSuggestion, SuggestionSeverity } from "./completed-checklist.js";
import { defaultChecklist } from "./default-checklist.js";
import type { ChecklistDefinition } from "./definition.js";
import { type LanguageCategory, languageCategories } from "./vocabulary.js";

/** A language-lint finding, as `@st/language-lint` returns it and `st lint --format json` prints it. */
export interface LanguageFinding {
  /** The rule that fired, e.g. `mutualising/volatile-relationship`. */
  ruleId: string;
  /** The rule's category, e.g. `mutualising`. Unknown categories are read as `other`. */
  category: string;
  /** What the rule says about the wording. */
  message: string;
  /** The words matched. */
  excerpt: string;
  /** 1-based line of the excerpt. */
  line?: number | undefined;
  /** 1-based column of the excerpt. */
  column?: number | undefined;
  /** Better wording. */
  suggestions?: readonly string[] | undefined;
  /** How much it matters: `error`, `warning` or `info`. */
  severity?: string | undefined;
  /** True for a positive signal (good practice), which is not attached. */
  positive?: boolean | undefined;
}

/** Options for {@link attachLanguageFindings}. */
export interface AttachFindingsOptions {
  /** The definition the record answers; the partnership default when absent. */
  definition?: ChecklistDefinition | undefined;
  /** Which text the findings came from (a file name or extract id), kept with each suggestion. */
  source?: string | undefined;
}

const severities = ["error", "warning", "info"];

/** The item of a definition whose language-lint categories include `category`, if any. */
export function languageItemFor(definition: ChecklistDefinition, category: LanguageCategory): string | undefined {
  checkDefinition("languageItemFor", definition);
  checkPlace("languageItemFor", category, "text", "category", "Language category");
  return definition.items.find((item) => item.languageCategories?.includes(category))?.id;
}

/**
 * Language-lint findings from case-note text as machine suggestions for the items whose
 * `languageCategories` claim them: evidence for a person to check, never an answer and never
 * counted in a score. Positive signals (good wording) are left out, and so are findings whose
 * category no item claims (the default checklist claims every category). Use it where there is no
 * completed checklist yet (supervision prompts from a case's notes); {@link attachLanguageFindings}
 * puts them on a record.
 */
export function languageSuggestions(
  findings: readonly LanguageFinding[],
  options: AttachFindingsOptions = {},
): MachineSuggestion[] {
  checkPlace(
    "languageSuggestions",
    findings,
    "list",
    "findings",
    "Language findings",
    "a list of language-lint findings",
  );
  checkOptions("languageSuggestions", options);
  const definition = options.definition ?? defaultChecklist;
  const source = options.source;
  const fresh: MachineSuggestion[] = [];
  for (const finding of findings) {
    // A positive signal is good wording, not evidence of a gap; the language items ask about gaps.
    if (finding.positive || finding.ruleId.startsWith("positive/")) continue;
    const category: LanguageCategory = (languageCategories as readonly string[]).includes(finding.category)
      ? (finding.category as LanguageCategory)
      : "other";
    const item = languageItemFor(definition, category);
    if (item === undefined) continue;
    fresh.push({
      item,
      origin: "language-lint",
      ruleId: finding.ruleId,
      category,
      message: finding.message,
      excerpt: finding.excerpt,
      ...(source === undefined ? {} : { source }),
      ...(severities.includes(finding.severity as never) ? { severity: finding.severity as SuggestionSeverity } : {}),
      ...(finding.line === undefined ? {} : { line: finding.line }),
      ...(finding.column === undefined ? {} : { column: finding.column }),
      ...(finding.suggestions?.length ? { suggestions: [...finding.suggestions] } : {}),
    });
  }
  return fresh;
}

/**
 * Attach language-lint findings from case-note text to the items whose `languageCategories` claim
 * them, as machine suggestions (see {@link languageSuggestions}): evidence for the reviewer to
 * check, never an answer and never counted in a score. Returns a new record; suggestions attached
 * earlier from the same `source` are replaced, so running it again does not double them.
 *
 * ```ts
 * import { lint } from "@st/language-lint";
 * const withSuggestions = attachLanguageFindings(record, lint(caseNotes), { source: "notes.txt" });
 * ```
 */
export function attachLanguageFindings(
  record: CompletedChecklist,
  findings: readonly LanguageFinding[],
  options: AttachFindingsOptions = {},
): CompletedChecklist {
  checkRecord("attachLanguageFindings", record);
  checkPlace(
    "attachLanguageFindings",
    findings,
    "list",
    "findings",
    "Language findings",
    "a list of language-lint findings",
  );
  checkOptions("attachLanguageFindings", options);
  const fresh = languageSuggestions(findings, options);
  const kept = (record.suggestions ?? []).filter((s) => !(s.origin === "language-lint" && s.source === options.source));
  const suggestions = [...kept, ...fresh];
  const { suggestions: _previous, ...rest } = record;
  return suggestions.length ? { ...rest, suggestions } : rest;
}
