import { summariseRound, withLanguageEvidence, withoutExtractText } from "@st/learning-review";
import { describe, expect, it } from "vitest";
import { reviewedCase, round } from "./round-fixtures.js";

const before =
  "Visited the home. The couple have a volatile relationship and there was a domestic incident at the weekend. Mum failed to protect the children.";
const after =
  "Mr J pushed Ms K against the wall while L (7) watched. Ms K took the children to her mother's that night to keep them safe.";

const r = round("r", { from: "2024-01-01", to: "2024-03-31" }, [
  reviewedCase("A", "untrained-unconsulted", { extracts: [{ id: "A-1", source: "case-notes", text: before }] }),
  reviewedCase("B", "trained-consulted", {
    extracts: [
      { id: "B-1", text: after },
      { id: "B-2", text: null },
    ],
  }),
  reviewedCase("C", "trained-consulted"),
]);

describe("withLanguageEvidence", () => {
  const linted = withLanguageEvidence(r);
  const [a, b, c] = linted.cases;

  it("stores the lint's category counts and positive signals with each case, marked machine-derived", () => {
    expect(a!.language).toMatchObject({
      origin: "machine",
      extracts: ["A-1"],
      words: 24,
      byCategory: { mutualising: { count: 2 }, responsibilising: { count: 1 }, "hidden-perpetrator": { count: 1 } },
      positive: { count: 0 },
    });
    expect(a!.language!.derivedBy).toMatch(/^@st\/language-lint st-default \d/);
    expect(b!.language).toMatchObject({ extracts: ["B-1"], concerns: { count: 0 }, positive: { count: 2 } });
    expect(c!.language).toBeUndefined();
  });

  it("attaches concerns to the checklist's language items as suggestions, naming the extract", () => {
    expect(a!.suggestions!.map((s) => [s.item, s.ruleId, s.excerpt, s.source])).toEqual([
      ["language-names-behaviour", "mutualising/volatile-relationship", "volatile relationship", "A-1"],
      ["language-names-behaviour", "hidden-perpetrator/there-was-an-incident", "there was a domestic incident", "A-1"],
      ["language-names-behaviour", "mutualising/domestic-incident", "domestic incident", "A-1"],
      ["language-no-blame", "responsibilising/failed-to-protect", "failed to protect the children", "A-1"],
    ]);
    expect(b!.suggestions).toBeUndefined(); // positive signals are not gaps
  });

  it("does not double anything when run again", () => {
    expect(withLanguageEvidence(linted)).toEqual(linted);
  });

  it("keeps the counts when the text is removed for sharing, and the summary still reads them", () => {
    const shared = withoutExtractText(linted);
    expect(shared.cases[0]!.extracts![0]!.text).toBeNull();
    expect(shared.cases[0]!.suggestions!.every((s) => s.excerpt === "" && s.suggestions === undefined)).toBe(true);
    expect(JSON.stringify(shared)).not.toContain("volatile relationship");
    const relinted = withLanguageEvidence(shared);
    expect(relinted.cases[0]!.language).toEqual(linted.cases[0]!.language);
    expect(summariseRound(shared).total.language.casesWithEvidence).toBe(2);
  });
});
