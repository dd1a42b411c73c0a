/** Words in a text, counted as runs of letters and digits. */
export function wordsIn(text: string): number;
/** Generate synthetic case notes until the corpus holds at least `minWords` words. */
export function generateCorpus(minWords?: number, seed?: number): { notes: string[]; text: string; words: number };
