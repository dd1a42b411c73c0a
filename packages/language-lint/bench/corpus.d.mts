/** Words in a text, counted as runs of letters and digits. */
export function wordsIn(text: string): number;
/** Generate synthetic case notes until the corpus holds at least `minWords` words. */
export function generateCorpus(minWords?: number, seed?: number): { notes: string[]; text: string; words: number };
/** Every phrase the rule pack's own examples are flagged for, longest first: the lint floor's phrases. */
export function floorPhrases(linter: {
  rules: readonly { examples: { match: readonly string[] } }[];
  lint(text: string): readonly { excerpt: string }[];
}): string[];
/** One RegExp alternation over `phrases`, as source text to compile with "gi". */
export function floorPatternSource(phrases: readonly string[]): string;
