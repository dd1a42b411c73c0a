/**
 * Language evidence: `@st/language-lint` run over a case's attached extracts, its category counts
 * and positive signals stored with the case as machine-derived evidence, and its findings attached
 * to the checklist's language items as suggestions for the reviewer to check.
 * @module
 */

import {
  type Category,
  categories,
  createLinter,
  defaultRulePack,
  type Finding,
  type LintConfig,
  type Linter,
  summariseFindings as summariseLint,
} from "@st/language-lint";
import {
  attachLanguageFindings,
  type ChecklistDefinition,
  defaultChecklist,
  findDefinition,
} from "@st/practice-checklist";
import { COUNT, checkArg, DERIVED_BY, EVIDENCE_OPTIONS, LINTER, ROUND, TEXTS, WORDS } from "./arguments.js";
import { withBuiltInChecklists } from "./legacy-audit.js";
import { toCompletedChecklists } from "./read-round.js";
import type { LanguageEvidence, LanguageRate, ReviewedCase, ReviewRound } from "./review-round.js";

/** Options for {@link withLanguageEvidence}. */
export interface LanguageEvidenceOptions {
  /** A borough's lint configuration (its rules, allowed phrases, words for people). Positive signals are always counted. */
  config?: LintConfig | undefined;
  /** A borough's own checklist definitions the round may answer (to attach findings to language items); the built-in ones (`reviewChecklists`) are always known. */
  definitions?: readonly ChecklistDefinition[] | undefined;
}

/** A count per 1,000 words, to two decimals, as `@st/language-lint` rounds it. */
export function per1000Words(count: number, words: number): number {
  checkArg("per1000Words", COUNT, count);
  checkArg("per1000Words", WORDS, words);
  return words === 0 ? 0 : Math.round((count * 100_000) / words) / 100;
}

const rate = (count: number, words: number): LanguageRate => ({ count, per1000Words: per1000Words(count, words) });

function addCounts(into: Record<string, number>, from: Readonly<Record<string, number>>): void {
  for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + n;
}

/**
 * The language evidence of some texts together: the linter's counts over all of them, with rates
 * per 1,000 words of all their words.
 */
export function languageEvidenceOf(
  texts: readonly { id: string; text: string }[],
  linter: Linter,
  derivedBy: string,
): { evidence: LanguageEvidence; findings: { id: string; findings: Finding[] }[] } {
  checkArg("languageEvidenceOf", TEXTS, texts);
  checkArg("languageEvidenceOf", LINTER, linter);
  checkArg("languageEvidenceOf", DERIVED_BY, derivedBy);
  let words = 0;
  let concerns = 0;
  let positives = 0;
  const perCategory = Object.fromEntries(categories.map((c) => [c, 0])) as Record<Category, number>;
  const byRule: Record<string, number> = {};
  const positiveByRule: Record<string, number> = {};
  const all: { id: string; findings: Finding[] }[] = [];
  for (const { id, text } of texts) {
    const findings = linter.lint(text);
    const summary = summariseLint(findings, text);
    words += summary.words;
    concerns += summary.concerns.count;
    positives += summary.positive.count;
    for (const c of categories) perCategory[c] += summary.byCategory[c].count;
    addCounts(byRule, summary.byRule);
    addCounts(positiveByRule, summary.positive.byRule);
    all.push({ id, findings });
  }
  return {
    evidence: {
      origin: "machine",
      derivedBy,
      extracts: texts.map((t) => t.id),
      words,
      concerns: rate(concerns, words),
      byCategory: Object.fromEntries(categories.map((c) => [c, rate(perCategory[c], words)])) as Record<
        Category,
        LanguageRate
      >,
      byRule,
      positive: { ...rate(positives, words), byRule: positiveByRule },
    },
    findings: all,
  };
}

/**
 * Run the language lint over every case's attached extracts. Each case with extract text gets
 * `language` (its category counts, rates per 1,000 words and positive signals, marked
 * machine-derived) and, as `suggestions`, the findings attached to the checklist's language items
 * for the reviewer to check (replacing suggestions attached earlier from the same extracts).
 * Cases without extract text keep what they had, so evidence derived before the text was removed
 * survives. Returns a new round.
 */
export function withLanguageEvidence(round: ReviewRound, options: LanguageEvidenceOptions = {}): ReviewRound {
  checkArg("withLanguageEvidence", ROUND, round);
  checkArg("withLanguageEvidence", EVIDENCE_OPTIONS, options);
  const linter = createLinter({ ...(options.config ?? {}), positives: true });
  const derivedBy =
    `@st/language-lint ${defaultRulePack.id} ${defaultRulePack.version}` +
    (options.config ? " with a local configuration" : "");
  const definitions = withBuiltInChecklists(options.definitions);
  const definition = findDefinition(definitions, round.checklist) ?? defaultChecklist;
  const records = toCompletedChecklists(round);
  const cases = round.cases.map((c, i): ReviewedCase => {
    const texts = (c.extracts ?? []).flatMap((e) => (e.text === null ? [] : [{ id: e.id, text: e.text }]));
    if (texts.length === 0) return c;
    const { evidence, findings } = languageEvidenceOf(texts, linter, derivedBy);
    let record = records[i]!;
    for (const { id, findings: found } of findings) {
      record = attachLanguageFindings(record, found, { definition, source: id });
    }
    const next: ReviewedCase = { ...c, language: evidence };
    if (record.suggestions?.length) next.suggestions = record.suggestions;
    else delete next.suggestions;
    return next;
  });
  return { ...round, cases };
}

/**
 * The round without the text of its extracts (each extract's `text` becomes `null`), for sharing
 * beyond the borough: the machine-derived counts stay, the case-file words do not. The excerpts,
 * positions and suggested rewordings of the attached suggestions are removed too.
 */
export function withoutExtractText(round: ReviewRound): ReviewRound {
  checkArg("withoutExtractText", ROUND, round);
  return {
    ...round,
    cases: round.cases.map((c) => {
      const next: ReviewedCase = { ...c };
      if (c.extracts) next.extracts = c.extracts.map((e) => ({ ...e, text: null }));
      // Excerpts, positions and suggested rewordings all carry the case file's words.
      if (c.suggestions)
        next.suggestions = c.suggestions.map(({ excerpt: _e, line: _l, column: _c, suggestions: _s, ...rest }) => ({
          ...rest,
          excerpt: "",
        }));
      return next;
    }),
  };
}
