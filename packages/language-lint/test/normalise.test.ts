import { lint } from "@st/language-lint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

function expectExcerptsInOriginal(text: string) {
  for (const f of lint(text)) expect(text.slice(f.offset, f.offset + f.length)).toBe(f.excerpt);
}

describe("normalisation", () => {
  it("finds words split by soft hyphens and zero-width characters, and reports the original text", () => {
    const text = "Police attended a do\u00admestic dis\u200bpute.";
    const [finding] = lint(text);
    expect(finding?.ruleId).toBe("mutualising/domestic-dispute");
    expect(finding?.excerpt).toBe("do\u00admestic dis\u200bpute");
    expectExcerptsInOriginal(text);
  });

  it("folds fullwidth letters and composes combining marks", () => {
    const text = "The parents have a ｖｏｌａｔｉｌｅ relationship. Cafe\u0301 staff said the couple had a row.";
    const ids = lint(text).map((f) => f.ruleId);
    expect(ids).toContain("mutualising/volatile-relationship");
    expect(ids).toContain("mutualising/row");
    expectExcerptsInOriginal(text);
  });

  it("keeps offsets on the original text for any mix of invisible, fullwidth and combining characters", () => {
    const piece = fc.constantFrom(
      "the parents had a row",
      "volatile relationship",
      "she was hit",
      "\u00ad",
      "\u200b",
      "\ufeff",
      "\u0301",
      "ｒｏｗ",
      "Ｖ",
      "e\u0301",
      "...",
      "\n\n",
      " ",
      ".",
      "<!--",
      "-->",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => expectExcerptsInOriginal(pieces.join(""))),
      { numRuns: 300 },
    );
  });
});

describe("adversarial text", () => {
  // Runs of punctuation and blanks, repeated words and long tokens: the shapes that once made the
  // tokeniser quadratic. The time per byte is measured in bench/linear.mjs; here, every finding
  // must still slice to its excerpt.
  const run = fc
    .tuple(
      fc.constantFrom("...\n", ".", " ", "\t", "\n", "!?", ";", "--", "'", '"', "abuse ", "row ", "a", "Mr B. "),
      fc.integer({ min: 1, max: 400 }),
    )
    .map(([unit, n]) => unit.repeat(n));
  it("never throws and keeps every offset right", () => {
    fc.assert(
      fc.property(fc.array(run, { maxLength: 12 }), (runs) => expectExcerptsInOriginal(runs.join(""))),
      { numRuns: 200 },
    );
  });
});
