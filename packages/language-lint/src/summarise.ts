/**
 * Counts for learning reviews: findings per category and per 1,000 words, and positive signals.
 * @module
 */
import { checkArg, FINDINGS, TEXT } from "./arguments.js";
import { type Category, categories, type Finding, type Severity, severities } from "./finding.js";
import { isWordCode } from "./scan.js";

/** A count and its rate per 1,000 words. */
export interface Rate {
  /** How many. */
  count: number;
  /** How many per 1,000 words of the text, rounded to two decimals (0 for an empty text). */
  per1000Words: number;
}

/** What {@link summariseFindings} returns. */
export interface LintSummary {
  /** Words in the text (runs of letters and digits; "don't" is one word). */
  words: number;
  /** Concerns (every finding that is not a positive signal). */
  concerns: Rate;
  /** Concerns per category; every category is present, with 0 when none. */
  byCategory: Record<Category, Rate>;
  /** Concerns per severity. */
  bySeverity: Record<Severity, number>;
  /** Concerns per rule id, only rules that matched. */
  byRule: Record<string, number>;
  /** Positive signals (findings of `positive/` rules; lint with `positives: true` to get them). */
  positive: Rate & {
    /** Positive signals per rule id. */
    byRule: Record<string, number>;
  };
}

/** Count the words of a text the way {@link summariseFindings} does. */
export function countWords(text: string): number {
  checkArg("countWords", TEXT, text);
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      if (!inWord) words++;
      inWord = true;
    } else if (inWord && (c === 0x27 || c === 0x2019) && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1))) {
      // an apostrophe inside a word
    } else inWord = false;
  }
  return words;
}

function rate(count: number, words: number): Rate {
  return { count, per1000Words: words === 0 ? 0 : Math.round((count * 100_000) / words) / 100 };
}

/**
 * Summarise a text's findings for a learning review: counts per category and per 1,000 words, and
 * the positive signals. Pass the same text the findings came from.
 */
export function summariseFindings(findings: readonly Finding[], text: string): LintSummary {
  checkArg("summariseFindings", FINDINGS, findings);
  checkArg("summariseFindings", TEXT, text);
  const words = countWords(text);
  const perCategory = Object.fromEntries(categories.map((c) => [c, 0])) as Record<Category, number>;
  const bySeverity = Object.fromEntries(severities.map((s) => [s, 0])) as Record<Severity, number>;
  const byRule: Record<string, number> = {};
  const positiveByRule: Record<string, number> = {};
  let concerns = 0;
  let positives = 0;
  for (const f of findings) {
    if (f.positive) {
      positives++;
      positiveByRule[f.ruleId] = (positiveByRule[f.ruleId] ?? 0) + 1;
      continue;
    }
    concerns++;
    perCategory[f.category]++;
    bySeverity[f.severity]++;
    byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  }
  return {
    words,
    concerns: rate(concerns, words),
    byCategory: Object.fromEntries(categories.map((c) => [c, rate(perCategory[c], words)])) as Record<Category, Rate>,
    bySeverity,
    byRule,
    positive: { ...rate(positives, words), byRule: positiveByRule },
  };
}

/** @deprecated Renamed {@link summariseFindings}, since other packages export a `summarise` of their own; this name will be removed in the next major version. */
export const summarise: typeof summariseFindings = summariseFindings;
