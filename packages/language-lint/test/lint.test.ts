import { isStValidationError, StValidationError } from "@st/core";
import { createLinter, type Finding, lint, type Rule, safeCreateLinter } from "@st/language-lint";
import { describe, expect, it } from "vitest";

const ids = (findings: Finding[]) => findings.map((f) => f.ruleId);
const sliceOk = (text: string, findings: Finding[]) =>
  findings.every((f) => text.slice(f.offset, f.offset + f.length) === f.excerpt);

describe("arguments", () => {
  it("refuses case notes that are not text with a coded error naming the function and the argument", () => {
    // @ts-expect-error: a caller without types can pass nothing
    const call = () => lint(undefined);
    expect(call).toThrow(StValidationError);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(
      '1 problem in the arguments of lint:\n  - "Case notes": is not text (expected text, found nothing)',
    );
    try {
      call();
    } catch (error) {
      expect((error as StValidationError).problems).toEqual([
        expect.objectContaining({ path: "text", field: "Case notes", code: "invalid_type", received: "nothing" }),
      ]);
    }
  });
});

describe("positions", () => {
  it("gives 1-based lines and columns and UTF-16 offsets that slice to the excerpt, across CRLF", () => {
    const text =
      "Home visit completed.\nThe parents have a volatile relationship and argue in front of the children.\r\nMs C was kicked on Friday.\n";
    const findings = lint(text);
    expect(sliceOk(text, findings)).toBe(true);
    const volatile = findings.find((f) => f.ruleId === "mutualising/volatile-relationship")!;
    expect(volatile).toMatchObject({
      line: 2,
      column: 20,
      excerpt: "volatile relationship",
      endLine: 2,
      endColumn: 41,
    });
    const kicked = findings.find((f) => f.ruleId === "hidden-perpetrator/agentless-passive")!;
    expect(kicked).toMatchObject({ line: 3, column: 6, excerpt: "was kicked" });
  });

  it("counts a lone CR as a line break and astral characters as two code units", () => {
    const text = "\u{1F600} ok.\rThey had a row.";
    const [f] = lint(text);
    expect(f).toMatchObject({ line: 2, column: 10, excerpt: "a row" });
    expect(text.slice(f!.offset, f!.offset + f!.length)).toBe("a row");
  });

  it("sorts findings by offset, then longest first", () => {
    const text = "There was a row. Later the parents had an argument, and DV concerns were noted.";
    const findings = lint(text);
    const offsets = findings.map((f) => f.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });
});

describe("normalisation", () => {
  it("folds case, curly quotes and hyphens", () => {
    expect(ids(lint("MOTHER HAS BEEN NON-ENGAGING."))).toContain("responsibilising/non-engaging");
    expect(ids(lint("Mother has been non engaging."))).toContain("responsibilising/non-engaging");
    expect(ids(lint("Mother has been nonengagement."))).toContain("responsibilising/non-engaging");
    expect(ids(lint("It takes two to tango, he said."))).toContain("mutualising/takes-two");
    expect(ids(lint("Why doesn\u2019t she leave him?"))).toContain("responsibilising/why-doesnt-she-leave");
    expect(ids(lint("Why doesn't she leave him?"))).toContain("responsibilising/why-doesnt-she-leave");
  });

  it("reads a sentence across line breaks, but not across a blank line", () => {
    const across = "The parents have a volatile\n   relationship.";
    const [f] = lint(across);
    expect(f?.excerpt).toBe("volatile\n   relationship");
    expect(lint("The house is volatile\n\nrelationship notes follow.").map((x) => x.ruleId)).not.toContain(
      "mutualising/volatile-relationship",
    );
  });

  it("matches every inflection and small gaps", () => {
    for (const s of ["They argue.", "He argues.", "They argued.", "They were arguing."])
      expect(ids(lint(s))).toContain("mutualising/argument");
    expect(lint("A very volatile and toxic relationship.")[0]?.excerpt).toBe("volatile and toxic relationship");
  });

  it("knows the field's abbreviations and names", () => {
    expect(ids(lint("There are DV concerns."))).toContain("vague/da-concerns");
    expect(ids(lint("There are IPV concerns."))).toContain("vague/da-concerns");
    expect(ids(lint("There are domestic abuse concerns."))).toContain("vague/da-concerns");
    expect(ids(lint("[Mother] failed to protect."))).toContain("responsibilising/failed-to-protect");
    expect(ids(lint("Mum let dad back in."))).toContain("responsibilising/allowed-him");
  });

  it("ends a sentence at 'no.' but not at 'No. 5'", () => {
    expect(ids(lint("It was volatile, she said no. Relationships at school are good."))).toEqual([]);
    expect(ids(lint("Flat No. 5 volatile relationship."))).toContain("mutualising/volatile-relationship");
  });

  it("does not end a sentence at Mr., Ms. or e.g.", () => {
    expect(ids(lint("Ms. A was kicked."))).toContain("hidden-perpetrator/agentless-passive");
    expect(ids(lint("Ms. A was kicked by Mr. B."))).not.toContain("hidden-perpetrator/agentless-passive");
  });
});

describe("grammar", () => {
  it("flags an agentless passive of an abuse verb, not one with its agent", () => {
    expect(ids(lint("Ms C was kicked."))).toContain("hidden-perpetrator/agentless-passive");
    expect(ids(lint("She was pushed down the stairs."))).toContain("hidden-perpetrator/agentless-passive");
    expect(ids(lint("Ms C was kicked by Mr D."))).not.toContain("hidden-perpetrator/agentless-passive");
    expect(ids(lint("Ms C was kicked in the stomach, twice, by her partner."))).not.toContain(
      "hidden-perpetrator/agentless-passive",
    );
    expect(ids(lint("She was pushed down the stairs by the front door."))).toContain(
      "hidden-perpetrator/agentless-passive",
    );
  });

  it("does not flag passives about the perpetrator", () => {
    expect(lint("Mr D was cautioned.")).toEqual([]);
    expect(ids(lint("Mr D was assaulted in prison."))).not.toContain("hidden-perpetrator/agentless-passive");
    const people = createLinter({ people: { perpetrator: ["Dean"], survivor: ["Sarah"] } });
    expect(ids(people.lint("Dean was hit."))).not.toContain("hidden-perpetrator/agentless-passive");
    expect(ids(people.lint("Sarah was hit."))).toContain("hidden-perpetrator/agentless-passive");
  });

  it("treats 'exposed the children to' by the survivor as responsibilising, and addressed to the perpetrator as nothing", () => {
    expect(ids(lint("Ms A exposed the children to domestic abuse."))).toContain(
      "responsibilising/exposed-the-children",
    );
    expect(ids(lint("Mother has exposed the children to DV."))).toContain("responsibilising/exposed-the-children");
    const toHim = lint("You exposed the children to your shouting and threats.");
    expect(ids(toHim).filter((id) => !id.startsWith("positive/"))).toEqual([]);
    expect(ids(lint("The children were exposed to your shouting and threats."))).toEqual([]);
    expect(ids(lint("The parents exposed the children to domestic abuse."))).toContain(
      "mutualising/parents-exposed-children",
    );
  });

  it("reports attributed quotations as the speaker's words, at info", () => {
    const [f] = lint("Mr B described it as \u2018just a row\u2019.").filter((x) => x.ruleId === "minimising/just-a");
    expect(f).toMatchObject({ severity: "info", quoted: { attributed: true }, excerpt: "just a row" });
    expect(f?.message).toMatch(/speaker's/);
    const own = lint("It was just a row.").find((x) => x.ruleId === "minimising/just-a");
    expect(own).toMatchObject({ severity: "warning" });
    expect(own?.quoted).toBeUndefined();
  });

  it("keeps the severity of unattributed scare quotes but says so", () => {
    const f = lint('The "volatile relationship" continues.').find(
      (x) => x.ruleId === "mutualising/volatile-relationship",
    );
    expect(f).toMatchObject({ severity: "warning", quoted: { attributed: false } });
    expect(f?.message).toMatch(/not attributed/);
  });
});

describe("suggestions and fixes", () => {
  it("fills placeholders from the people the configuration names, and reuses captured words", () => {
    const linter = createLinter({ people: { perpetrator: ["Mr B"], survivor: ["Ms A"] } });
    const [f] = linter.lint("Ms A was punched.");
    expect(f?.suggestions[0]).toBe("Mr B punched Ms A");
    expect(f?.fix).toBeUndefined();
  });

  it("uses the borough's terminology in placeholders", () => {
    const linter = createLinter({ terminology: { perpetrator: "person who uses harm" } });
    const [f] = linter.lint("She was slapped.");
    expect(f?.suggestions[0]).toBe("[person who uses harm] slapped [survivor]");
  });

  it("offers a fix only for one unambiguous rewrite", () => {
    const [f] = lint("There is a history of domestic violence.").filter(
      (x) => x.ruleId === "other/domestic-violence-term",
    );
    expect(f?.fix).toEqual({ offset: 22, length: 17, text: "domestic abuse" });
    expect(lint("Mother failed to protect.")[0]?.fix).toBeUndefined();
  });
});

describe("configuration", () => {
  const text = "The parents have a volatile relationship and argue. Mother failed to protect the children.";

  it("turns rules and categories off and changes severities", () => {
    expect(ids(createLinter({ rules: { "mutualising/argument": "off" } }).lint(text))).not.toContain(
      "mutualising/argument",
    );
    expect(ids(createLinter({ rules: { mutualising: "off" } }).lint(text))).toEqual([
      "responsibilising/failed-to-protect",
    ]);
    const graded = createLinter({ rules: { mutualising: "error", "mutualising/argument": "info" } }).lint(text);
    expect(graded.find((f) => f.ruleId === "mutualising/volatile-relationship")?.severity).toBe("error");
    expect(graded.find((f) => f.ruleId === "mutualising/argument")?.severity).toBe("info");
  });

  it("accepts a phrase without turning its rule off", () => {
    const linter = createLinter({ allow: ["volatile relationship"] });
    expect(ids(linter.lint(text))).not.toContain("mutualising/volatile-relationship");
    expect(ids(linter.lint("A very volatile marriage."))).toContain("mutualising/volatile-relationship");
    const scoped = createLinter({ allow: [{ phrase: "argue", rules: ["vague"] }] });
    expect(ids(scoped.lint(text))).toContain("mutualising/argument");
  });

  it("leaves out findings below a minimum severity", () => {
    const findings = createLinter({ minSeverity: "error" }).lint(text);
    expect(findings.every((f) => f.severity === "error")).toBe(true);
    expect(findings.length).toBe(1);
  });

  it("adds a borough's own rules, and replaces a rule with the same id", () => {
    const own: Rule = {
      id: "vague/family-issues",
      version: 1,
      category: "vague",
      severity: "warning",
      patterns: ["family issues"],
      message: "Say what the issues are.",
      explanation: "Borough guidance.",
      suggestions: ["[what happened]"],
      examples: { match: ["There are family issues."], noMatch: ["There are no concerns."] },
    };
    const linter = createLinter({ addRules: [own] });
    expect(ids(linter.lint("There are family issues."))).toEqual(["vague/family-issues"]);
  });

  it("names every problem in a bad configuration", () => {
    const result = safeCreateLinter({
      rules: { "mutualising/volatil": "off" },
      allow: ["(unclosed"],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code).sort()).toEqual(["invalid_pattern", "unknown_rule"]);
    expect(result.problems.find((p) => p.code === "unknown_rule")?.message).toContain("mutualising/volatil");
    try {
      createLinter({ profile: "letter" as never });
      expect.unreachable();
    } catch (error) {
      expect(isStValidationError(error)).toBe(true);
    }
  });

  it("runs the family-letter profile's extra rules only in that profile", () => {
    const letter = "As the perpetrator, you must attend the MASH meeting.";
    expect(ids(lint(letter))).toEqual([]);
    expect(ids(createLinter({ profile: "family-letter" }).lint(letter))).toEqual(
      expect.arrayContaining(["other/perpetrator-label", "other/abbreviation-in-letter"]),
    );
  });

  it("reports positive signals only when asked, always at info", () => {
    const text2 = "Mr B punched Ms A. I spoke to Mr B about his violence.";
    expect(lint(text2).some((f) => f.positive)).toBe(false);
    const found = createLinter({ positives: true }).lint(text2);
    expect(ids(found)).toEqual(["positive/named-behaviour", "positive/perpetrator-addressed"]);
    expect(found.every((f) => f.severity === "info" && f.positive)).toBe(true);
  });
});

describe("inline directives", () => {
  it("disables rules between st-lint-disable and st-lint-enable comments", () => {
    const text = [
      "They had a row.",
      "<!-- st-lint-disable mutualising/row -->",
      "They had a row. Ms A was hit.",
      "<!-- st-lint-enable -->",
      "They had a row.",
      "<!-- st-lint-disable -->",
      "Ms A was hit.",
    ].join("\n");
    const findings = lint(text);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([
      ["mutualising/row", 1],
      ["hidden-perpetrator/agentless-passive", 3],
      ["mutualising/row", 5],
    ]);
  });

  it("does not lint the words inside comments", () => {
    expect(lint("<!-- they had a row -->")).toEqual([]);
  });
});

describe("lint", () => {
  it("compiles once per options object", () => {
    const options = { profile: "case-record" as const };
    expect(lint("They had a row.", options)).toEqual(lint("They had a row.", options));
  });

  it("returns nothing for an empty text or a text with no words", () => {
    expect(lint("")).toEqual([]);
    expect(lint("  \n\r\n ... !!! ")).toEqual([]);
  });

  it("lists the rules it runs with their effective severity", () => {
    const linter = createLinter({ rules: { "mutualising/row": "error" } });
    expect(linter.rules.find((r) => r.id === "mutualising/row")?.severity).toBe("error");
    expect(linter.allRules.length).toBeGreaterThanOrEqual(120);
  });
});
