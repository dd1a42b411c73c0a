import { createLinter, defaultRules } from "@st/language-lint";
import { describe, expect, it } from "vitest";

const linter = createLinter({ positives: true, profile: "case-record" });
const letter = createLinter({ positives: true, profile: "family-letter" });

describe.each(defaultRules.map((rule) => [rule.id, rule] as const))("%s", (_id, rule) => {
  const l = rule.profiles && !rule.profiles.includes("case-record") ? letter : linter;
  it.each(rule.examples.match)("matches: %s", (sentence) => {
    const ids = l.lint(sentence).map((f) => f.ruleId);
    expect(ids).toContain(rule.id);
  });
  it.each(rule.examples.noMatch)("does not match: %s", (sentence) => {
    const ids = l.lint(sentence).map((f) => f.ruleId);
    expect(ids).not.toContain(rule.id);
  });
});
