import { isStValidationError, StValidationError } from "@st/core";
import {
  builtInTerminologies,
  defaultTerminology,
  defineTerminology,
  labelTemplateProblems,
  labelTemplateSchema,
  labelTemplateTerms,
  personWhoUsesHarmTerminology,
  renderLabel,
  type TerminologyProfile,
  type TermKey,
  term,
  terminologyDefinitionSchema,
  termKeys,
} from "@st/core/practice";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const COUNTER_ACCUSATIONS = "Counter-accusations by the {perpetrator} about the {victimSurvivor}'s parenting";

function problemsOf(run: () => unknown): StValidationError["problems"] {
  try {
    run();
  } catch (e) {
    if (e instanceof StValidationError) return e.problems;
    throw e;
  }
  throw new Error("expected a StValidationError");
}

describe("built-in profiles", () => {
  it("give the default S&T words", () => {
    expect(term(defaultTerminology, "perpetrator")).toBe("perpetrator");
    expect(term(defaultTerminology, "victimSurvivor")).toBe("victim-survivor");
    expect(term(defaultTerminology, "nonAbusiveParent")).toBe("non-abusive parent");
    expect(term(defaultTerminology, "child", { plural: true })).toBe("children");
    expect(term(defaultTerminology, "domesticAbuse", { plural: true })).toBe("domestic abuse");
  });

  it("say 'person who uses harm' in the person-who-uses-harm profile", () => {
    expect(term(personWhoUsesHarmTerminology, "perpetrator")).toBe("person who uses harm");
    expect(term(personWhoUsesHarmTerminology, "perpetrator", { plural: true, capitalise: true })).toBe(
      "People who use harm",
    );
    expect(term(personWhoUsesHarmTerminology, "perpetrator", { article: true })).toBe("a person who uses harm");
  });

  it("define every term in both forms, with no braces that a template would misread", () => {
    for (const profile of Object.values(builtInTerminologies)) {
      for (const key of termKeys) {
        expect(profile.terms[key].singular).toMatch(/^[^{}]+$/);
        expect(profile.terms[key].plural).toMatch(/^[^{}]+$/);
      }
      expect(Object.isFrozen(profile.terms)).toBe(true);
    }
  });
});

describe("renderLabel", () => {
  it("fills a label in each profile's words", () => {
    expect(renderLabel(COUNTER_ACCUSATIONS, defaultTerminology)).toBe(
      "Counter-accusations by the perpetrator about the victim-survivor's parenting",
    );
    expect(renderLabel(COUNTER_ACCUSATIONS, personWhoUsesHarmTerminology)).toBe(
      "Counter-accusations by the person who uses harm about the victim-survivor's parenting",
    );
  });

  it("capitalises, pluralises, adds articles and keeps literal braces", () => {
    const abuser = defineTerminology({
      id: "abuser",
      name: "Abuser",
      terms: { perpetrator: { singular: "abuser", plural: "abusers" } },
    });
    expect(renderLabel("{Perpetrator} contacted the {child:plural}", abuser)).toBe("Abuser contacted the children");
    expect(renderLabel("Is there {perpetrator:a} in the household?", abuser)).toBe(
      "Is there an abuser in the household?",
    );
    expect(renderLabel("{Perpetrator:a} was named", defaultTerminology)).toBe("A perpetrator was named");
    expect(renderLabel("Use {{perpetrator}} in templates", defaultTerminology)).toBe("Use {perpetrator} in templates");
    expect(renderLabel("No placeholders", defaultTerminology)).toBe("No placeholders");
  });

  it("refuses unknown placeholders and unmatched braces, naming each", () => {
    const problems = problemsOf(() => renderLabel("The {perp} and the {child:plurl} {", defaultTerminology));
    expect(problems.map((p) => [p.code, p.received])).toEqual([
      ["unknown_placeholder", "{perp}"],
      ["unknown_placeholder", "{child:plurl}"],
      ["unmatched_brace", "{"],
    ]);
    expect(problems[0]?.message).toContain("{perp} is not a known placeholder");
    expect(labelTemplateProblems("a } b")[0]?.code).toBe("unmatched_brace");
    expect(labelTemplateProblems("{child:plural:a}")[0]?.message).toContain("article before a plural");
    expect(labelTemplateProblems(COUNTER_ACCUSATIONS)).toEqual([]);
  });

  it("lists the terms a template uses", () => {
    expect(labelTemplateTerms("{Perpetrator} and {child:plural}, and the {perpetrator}")).toEqual([
      "perpetrator",
      "child",
    ]);
  });

  it("validates templates inside definition schemas", () => {
    expect(labelTemplateSchema.safeParse(COUNTER_ACCUSATIONS).success).toBe(true);
    const result = labelTemplateSchema.safeParse("The {abuser}");
    expect(result.error?.issues[0]?.message).toContain("{abuser} is not a known placeholder");
  });

  it("renders every placeholder in any profile, and leaves the text around it alone", () => {
    const key = fc.constantFrom(...termKeys);
    const plain = fc.string().map((s) => s.replace(/[{}]/g, ""));
    const termForms = fc.record({
      singular: fc.stringMatching(/^[a-z][a-z -]{0,20}$/),
      plural: fc.stringMatching(/^[a-z][a-z -]{0,20}$/),
    });
    const profile = fc
      .dictionary(key, termForms)
      .map((terms) => defineTerminology({ id: "generated", name: "Generated", terms }));
    fc.assert(
      fc.property(profile, fc.array(fc.tuple(plain, key, fc.boolean(), fc.boolean())), (p, pieces) => {
        const template = pieces
          .map(([text, k, plural, capital]) => {
            const name = capital ? k[0]?.toUpperCase() + k.slice(1) : k;
            return `${text}{${name}${plural ? ":plural" : ""}}`;
          })
          .join("");
        const expected = pieces
          .map(([text, k, plural, capital]) => text + term(p, k as TermKey, { plural, capitalise: capital }))
          .join("");
        expect(renderLabel(template, p)).toBe(expected);
      }),
    );
  });

  it("throws nothing but StValidationError on arbitrary templates", () => {
    const adversarial = fc
      .array(fc.constantFrom("{", "}", "{{", "}}", "perpetrator", "Child", ":", "plural", ":a", "x", " "), {
        maxLength: 12,
      })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string(), adversarial), (template) => {
        try {
          const rendered = renderLabel(template, defaultTerminology);
          // Without escaped braces, a rendered label holds no brace at all.
          if (!/\{\{|\}\}/.test(template)) expect(rendered).not.toMatch(/[{}]/);
        } catch (e) {
          expect(isStValidationError(e)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("defineTerminology", () => {
  it("starts from a base and replaces the terms it gives", () => {
    const hackney = defineTerminology({
      id: "hackney",
      name: "Hackney",
      base: "person-who-uses-harm",
      terms: { nonAbusiveParent: { singular: "protective parent", plural: "protective parents" } },
    });
    expect(term(hackney, "perpetrator")).toBe("person who uses harm");
    expect(term(hackney, "nonAbusiveParent")).toBe("protective parent");
    expect(term(hackney, "child")).toBe("child");
    const derived: TerminologyProfile = defineTerminology({
      id: "hackney-letters",
      name: "Hackney letters",
      base: hackney,
      terms: { child: { singular: "young person", plural: "young people" } },
    });
    expect([term(derived, "nonAbusiveParent"), term(derived, "child")]).toEqual(["protective parent", "young person"]);
  });

  it("reads a definition stored as JSON", () => {
    const stored = JSON.parse(
      '{ "id": "newham", "name": "Newham", "terms": { "victimSurvivor": { "singular": "survivor", "plural": "survivors" } } }',
    );
    expect(term(defineTerminology(terminologyDefinitionSchema.parse(stored)), "victimSurvivor")).toBe("survivor");
  });

  it("honours a given article", () => {
    const profile = defineTerminology({
      id: "mp",
      name: "MP",
      terms: { complainant: { singular: "MP", plural: "MPs", article: "an" } },
    });
    expect(term(profile, "complainant", { article: true })).toBe("an MP");
  });

  it("names every problem: unknown terms, empty words, braces, a bad id", () => {
    const problems = problemsOf(() =>
      defineTerminology({
        id: "Hackney Borough",
        name: "Hackney",
        terms: {
          perpetrator: { singular: " ", plural: "people who use harm" },
          child: { singular: "{child}", plural: "children" },
          abuser: { singular: "abuser", plural: "abusers" },
        } as never,
      }),
    );
    expect(problems.map((p) => [p.path, p.code])).toEqual(
      expect.arrayContaining([
        ["id", "invalid_format"],
        ["terms.perpetrator.singular", "too_small"],
        ["terms.child.singular", "custom"],
        ["terms.abuser", "unknown_field"],
      ]),
    );
    const unknown = problems.find((p) => p.path === "terms.abuser");
    expect(unknown).toMatchObject({ field: 'Term "abuser"', message: "is not a known field" });
    expect(problems.find((p) => p.path === "terms.perpetrator.singular")?.field).toBe(
      "Term for the person who harms (singular)",
    );
  });

  it("suggests the term meant when one is misspelt", () => {
    const problems = problemsOf(() =>
      defineTerminology({
        id: "x",
        name: "X",
        terms: { perpetrater: { singular: "abuser", plural: "abusers" } } as never,
      }),
    );
    expect(problems[0]?.message).toContain('did you mean "perpetrator"?');
  });

  it("refuses a term with a missing plural, saying it is required", () => {
    const problems = problemsOf(() =>
      defineTerminology({ id: "x", name: "X", terms: { perpetrator: { singular: "abuser" } } as never }),
    );
    expect(problems[0]).toMatchObject({ path: "terms.perpetrator.plural", message: "is required" });
  });

  it("refuses an unknown key in term() for callers without types", () => {
    expect(() => term(defaultTerminology, "abuser" as TermKey)).toThrow(StValidationError);
  });
});

describe("the documents' own words", () => {
  it("offer the evaluation's 'non-offending parent' as a profile, a base for a borough's own", () => {
    expect(term(builtInTerminologies["non-offending-parent"], "nonAbusiveParent")).toBe("non-offending parent");
    const borough = defineTerminology({ id: "b", name: "B", base: "non-offending-parent", terms: {} });
    expect(renderLabel("Partner with the {nonAbusiveParent}", borough)).toBe("Partner with the non-offending parent");
  });

  it("offer SafeLives' 'those who harm' beside 'person who uses harm'", () => {
    const profile = builtInTerminologies["those-who-harm"];
    expect(term(profile, "perpetrator", { plural: true })).toBe("those who harm");
    expect(term(profile, "perpetrator")).toBe("person who harms");
    expect(defineTerminology({ id: "c", name: "C", base: "those-who-harm", terms: {} }).terms.perpetrator.plural).toBe(
      "those who harm",
    );
  });
});
