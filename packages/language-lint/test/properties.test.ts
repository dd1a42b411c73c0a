import { createLinter, type Finding } from "@st/language-lint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const linter = createLinter({ positives: true, profile: "family-letter" });

// Pieces that make the matcher work hard: the rules' own words, titles, quotes, dashes, line breaks.
const pieces = [
  "was",
  "were",
  "been",
  "got",
  "hit",
  "kicked",
  "pushed",
  "by",
  "Mr",
  "Ms",
  "B",
  "A",
  "the",
  "children",
  "mother",
  "father",
  "she",
  "he",
  "you",
  "your",
  "volatile",
  "toxic",
  "relationship",
  "argue",
  "argued",
  "row",
  "just",
  "a",
  "only",
  "DV",
  "DA",
  "domestic",
  "violence",
  "abuse",
  "exposed",
  "to",
  "failed",
  "protect",
  "non",
  "engaging",
  "concerns",
  "incident",
  "there",
  "very",
  "and",
  "lost",
  "his",
  "temper",
  "'s",
  "'",
  "\u2018",
  "\u2019",
  '"',
  "\u201c",
  "\u201d",
  "-",
  "\u2013",
  "\u2014",
  ".",
  "!",
  "?",
  ",",
  ";",
  ":",
  "(",
  ")",
  "[mother]",
  "\n",
  "\r\n",
  "\r",
  "\n\n",
  "<!--",
  "-->",
  "st-lint-disable",
  "st-lint-enable",
  "\u0000",
  "\ud800",
  "\udfff",
  "\u{1F600}",
  "e.g.",
  "Mr.",
  "#",
  "- ",
  "1. ",
  "  ",
  "\t",
  "\u00a0",
];
const adversarial = fc
  .array(fc.constantFrom(...pieces), { maxLength: 200 })
  .chain((words) => fc.constantFrom(" ", "", "  ").map((sep) => words.join(sep)));

const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: fc.constantFrom("a", " ", ".", "'", '"', "-", "\n", "\r", "s"), maxLength: 300 }),
  adversarial,
);

/** Line and column of an offset, computed the slow, obvious way. */
function position(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\n|\r/);
  return [lines.length, lines.at(-1)!.length + 1];
}

function checkInvariants(text: string, findings: Finding[]) {
  for (const f of findings) {
    expect(f.offset).toBeGreaterThanOrEqual(0);
    expect(f.length).toBeGreaterThan(0);
    expect(f.offset + f.length).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.offset, f.offset + f.length)).toBe(f.excerpt);
    expect([f.line, f.column]).toEqual(position(text, f.offset));
    expect([f.endLine, f.endColumn]).toEqual(position(text, f.offset + f.length));
  }
  for (let i = 1; i < findings.length; i++) {
    const [a, b] = [findings[i - 1]!, findings[i]!];
    expect(a.offset < b.offset || (a.offset === b.offset && a.length >= b.length)).toBe(true);
  }
  for (const a of findings)
    for (const b of findings) {
      if (a === b) continue;
      const overlap = a.offset < b.offset + b.length && b.offset < a.offset + a.length;
      // One rule never reports overlapping spans.
      if (a.ruleId === b.ruleId) expect(overlap).toBe(false);
      // A finding inside a longer one of the same category would say the same thing twice.
      if (a.category === b.category && !!a.positive === !!b.positive && a.length > b.length)
        expect(b.offset >= a.offset && b.offset + b.length <= a.offset + a.length).toBe(false);
    }
}

describe("lint on any string", () => {
  it("never throws, and every finding is in bounds, slices to its excerpt and is sorted", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkInvariants(text, linter.lint(text));
      }),
      { numRuns: 1500 },
    );
  });

  it("gives the same findings for the same text (deterministic)", () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        expect(linter.lint(text)).toEqual(linter.lint(text));
      }),
      { numRuns: 200 },
    );
  });

  it("finds the same thing whatever the line endings", () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const lf = text.replace(/\r\n?/g, "\n");
        const crlf = lf.replace(/\n/g, "\r\n");
        const key = (fs: Finding[]) => fs.map((f) => `${f.ruleId}:${f.line}:${f.excerpt.replace(/\r\n/g, "\n")}`);
        expect(key(linter.lint(crlf))).toEqual(key(linter.lint(lf)));
      }),
      { numRuns: 200 },
    );
  });

  it("survives NUL, lone surrogates and astral characters", () => {
    for (const text of ["\u0000was hit\u0000", "\ud800 she was hit \udc00", "\u{1F600}she was hit\u{1F600}"])
      checkInvariants(text, linter.lint(text));
    expect(linter.lint("she\u0000was\u0000hit").map((f) => f.ruleId)).toContain("hidden-perpetrator/agentless-passive");
  });

  it("handles 10 MB of one character, and long texts without full stops", () => {
    expect(linter.lint("a".repeat(10_000_000))).toEqual([]);
    expect(linter.lint(".".repeat(1_000_000))).toEqual([]);
    const run = "she was hit ".repeat(200_000);
    const findings = linter.lint(run);
    expect(findings.length).toBeGreaterThan(100_000);
    for (const f of [findings[0]!, findings.at(-1)!]) expect(run.slice(f.offset, f.offset + f.length)).toBe(f.excerpt);
    checkInvariants(run.slice(0, 3_000), linter.lint(run.slice(0, 3_000)));
  }, 120_000);

  it("handles an unclosed comment and unbalanced quotes", () => {
    expect(linter.lint("They had a row. <!-- st-lint-disable and then nothing")).toHaveLength(1);
    checkInvariants("\u201cshe was hit. \u2018they had a row", linter.lint("\u201cshe was hit. \u2018they had a row"));
  });
});
