import { createLinter, type Finding } from "@st/language-lint";
import { describe, expect, it } from "vitest";
import { good, neutral, poor } from "./corpus.js";

const linter = createLinter();
const concerns = (text: string): Finding[] => linter.lint(text).filter((f) => !f.positive);
const matches = (f: Finding, expected: string) => f.ruleId === expected || f.category === expected;

describe("the corpus", () => {
  it("has at least 200 sentences", () => {
    expect(poor.length + good.length + neutral.length).toBeGreaterThanOrEqual(200);
  });

  describe("poor wording gets the findings it must", () => {
    it.each(poor)("%s", (sentence, expected) => {
      const found = concerns(sentence);
      for (const e of expected)
        expect(
          found.some((f) => matches(f, e)),
          `${e} in ${JSON.stringify(found.map((f) => f.ruleId))}`,
        ).toBe(true);
    });
  });

  describe("S&T practice wording gets no concern", () => {
    it.each(good)("%s", (sentence) => {
      expect(concerns(sentence).map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
    });
  });

  describe("neutral clinical wording gets no concern", () => {
    it.each(neutral)("%s", (sentence) => {
      expect(concerns(sentence).map((f) => `${f.ruleId}: ${f.excerpt}`)).toEqual([]);
    });
  });

  it("finds positive signals in most S&T practice sentences, and none in poor wording", () => {
    const withPositives = createLinter({ positives: true });
    const goodHits = good.filter((s) => withPositives.lint(s).some((f) => f.positive)).length;
    expect(goodHits / good.length).toBeGreaterThan(0.4);
  });
});
