import { lint } from "@st/language-lint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findingsSummary, markSegments } from "../src/lint-marks.js";

describe("markSegments", () => {
  it("marks each finding's words and keeps the text around them", () => {
    const text = "The parents have a volatile relationship and argue.";
    const segments = markSegments(text, lint(text));
    expect(segments.map((s) => [s.text, s.findings.map((f) => f.ruleId)])).toEqual([
      ["The parents have a ", []],
      ["volatile relationship", ["mutualising/volatile-relationship"]],
      [" and ", []],
      ["argue", ["mutualising/argument"]],
      [".", []],
    ]);
  });

  it("joins overlapping findings into one mark that carries them all", () => {
    const text = "abcdefgh";
    const finding = (offset: number, length: number) =>
      ({ ...lint("They argue.")[0]!, offset, length, excerpt: text.slice(offset, offset + length) }) as const;
    const segments = markSegments(text, [finding(1, 3), finding(2, 4), finding(7, 1)]);
    expect(segments.map((s) => [s.text, s.findings.length])).toEqual([
      ["a", 0],
      ["bcdef", 2],
      ["g", 0],
      ["h", 1],
    ]);
  });

  it("always joins back into the text, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom("She was kicked. They argue~ and have a toxic relationship.", "Mr B 'lost his temper'."),
        ),
        (text) => {
          const segments = markSegments(text, lint(text));
          expect(segments.map((s) => s.text).join("")).toBe(text);
          expect(segments.every((s) => s.text.length > 0)).toBe(true);
        },
      ),
    );
  });
});

describe("findingsSummary", () => {
  it("counts in words", () => {
    expect(findingsSummary(0)).toBe("No wording to check.");
    expect(findingsSummary(1)).toMatch(/^1 phrase to check/);
    expect(findingsSummary(3)).toMatch(/^3 phrases to check/);
  });
});
