/**
 * Free text cut into plain runs and marked runs, for the mirrored preview under a text box: each
 * marked run carries the `@st/language-lint` findings it holds.
 * @module
 */
import type { Finding } from "@st/language-lint";

/** A run of the text: plain, or marked with the findings that cover it. */
export interface Segment {
  /** The text of the run, exactly as written. */
  text: string;
  /** The findings the run is marked for; empty for plain text. */
  findings: Finding[];
}

/**
 * `text` cut into runs, in order, that join back into `text`. Findings that overlap ("a
 * volatile relationship" and "volatile") share one marked run spanning both, so no word is marked
 * twice and every finding stays reachable.
 */
export function markSegments(text: string, findings: readonly Finding[]): Segment[] {
  const sorted = findings
    .filter((f) => f.length > 0 && f.offset >= 0 && f.offset + f.length <= text.length)
    .sort((a, b) => a.offset - b.offset || b.length - a.length);
  const segments: Segment[] = [];
  let at = 0;
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i]!;
    let end = first.offset + first.length;
    const group = [first];
    for (i++; i < sorted.length && sorted[i]!.offset < end; i++) {
      group.push(sorted[i]!);
      end = Math.max(end, sorted[i]!.offset + sorted[i]!.length);
    }
    if (first.offset > at) segments.push({ text: text.slice(at, first.offset), findings: [] });
    segments.push({ text: text.slice(first.offset, end), findings: group });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), findings: [] });
  return segments;
}

/** The words of a finding's tooltip: what is wrong, then the better wordings. */
export function findingTip(finding: Finding): { message: string; suggestions: string[] } {
  return { message: finding.message, suggestions: finding.suggestions.slice(0, 2) };
}

/** How many findings, in words, for a live status line. */
export function findingsSummary(count: number): string {
  if (count === 0) return "No wording to check.";
  return `${count} ${count === 1 ? "phrase" : "phrases"} to check: hover over or tab to each marked phrase for a suggestion.`;
}
