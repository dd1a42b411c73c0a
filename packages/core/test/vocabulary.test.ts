import { isStValidationError } from "@st/core";
import {
  parseYesNo,
  parseYesNoUnknown,
  safeParseYesNo,
  safeParseYesNoUnknown,
  yesNoLabels,
  yesNoSchema,
  yesNoUnknownLabels,
  yesNoUnknownSchema,
} from "@st/core/forms";
import {
  builtInTerminologies,
  criticalComponentIdSchema,
  criticalComponentIds,
  criticalComponents,
  findCriticalComponent,
  findPrinciple,
  findRole,
  labelTemplateProblems,
  principleIdSchema,
  principleIds,
  principles,
  renderLabel,
  roleIdSchema,
  roleIds,
  roles,
} from "@st/core/practice";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("S&T principles and critical components", () => {
  it("keep the ids the checklist contract relies on, in the model's order", () => {
    expect(principles.map((p) => [p.number, p.id])).toEqual([
      [1, "keep-child-safe-and-together"],
      [2, "partner-with-non-abusive-parent"],
      [3, "intervene-with-perpetrator"],
    ]);
    expect(criticalComponents.map((c) => [c.number, c.id])).toEqual([
      [1, "pattern-of-coercive-control"],
      [2, "perpetrator-actions-harming-child"],
      [3, "non-abusive-parent-protective-efforts"],
      [4, "adverse-impact-on-child"],
      [5, "intersections"],
    ]);
    expect(principleIds).toEqual(principles.map((p) => p.id));
    expect(criticalComponentIds).toEqual(criticalComponents.map((c) => c.id));
  });

  it("are found by id and validated by their schemas", () => {
    expect(findPrinciple("intervene-with-perpetrator")?.number).toBe(3);
    expect(findPrinciple("pivot")).toBeUndefined();
    expect(findCriticalComponent("intersections")?.number).toBe(5);
    expect(principleIdSchema.safeParse("partner-with-non-abusive-parent").success).toBe(true);
    expect(principleIdSchema.safeParse("partner-with-non-offending-parent").success).toBe(false);
    expect(criticalComponentIdSchema.safeParse("adverse-impact-on-child").success).toBe(true);
  });

  it("render in every profile's words, never naming the perpetrator in a fixed word", () => {
    const templates = [...principles, ...criticalComponents, ...roles].flatMap((x) => [x.label, x.description]);
    for (const template of templates) {
      expect(labelTemplateProblems(template), template).toEqual([]);
      expect(template.replace(/\{[^}]*\}/g, "")).not.toMatch(/perpetrator|victim|non-abusive|non-offending/i);
    }
    expect(renderLabel(principles[2]?.label ?? "", builtInTerminologies["person-who-uses-harm"])).toBe(
      "Intervene with the person who uses harm to reduce risk and harm to the child",
    );
    expect(renderLabel(criticalComponents[2]?.label ?? "", builtInTerminologies.default)).toBe(
      "The full spectrum of the non-abusive parent's efforts to keep the child safe and well",
    );
  });
});

describe("roles", () => {
  it("cover the people in a case and a complaint", () => {
    expect(roleIds).toEqual(roles.map((r) => r.id));
    for (const id of ["child", "non-abusive-parent", "perpetrator", "practitioner", "complainant", "other-adult"]) {
      expect(roleIdSchema.safeParse(id).success, id).toBe(true);
    }
    expect(renderLabel(findRole("perpetrator")?.label ?? "", builtInTerminologies["person-who-uses-harm"])).toBe(
      "Person who uses harm",
    );
    expect(renderLabel(findRole("non-abusive-parent")?.label ?? "", builtInTerminologies.default)).toBe(
      "Non-abusive parent",
    );
  });
});

describe("yes/no answers", () => {
  it("store ids and show labels", () => {
    expect(yesNoSchema.options).toEqual(["yes", "no"]);
    expect(yesNoUnknownSchema.options).toEqual(["yes", "no", "unknown"]);
    expect(yesNoLabels.yes).toBe("Yes");
    expect(yesNoUnknownLabels.unknown).toBe("Not known");
  });

  it.each([
    ["Y", "yes"],
    ["y", "yes"],
    ["Yes", "yes"],
    [" YES ", "yes"],
    ["TRUE", "yes"],
    [true, "yes"],
    [1, "yes"],
    ["1", "yes"],
    ["N", "no"],
    ["no.", "no"],
    ["false", "no"],
    [false, "no"],
    [0, "no"],
  ])("read %s as %s", (value, expected) => {
    expect(parseYesNo(value)).toBe(expected);
    expect(parseYesNoUnknown(value)).toBe(expected);
  });

  it.each(["Unknown", "not known", "Don't know", "Don’t know", "N/K", "DK", "?"])("read %s as unknown", (value) => {
    expect(parseYesNoUnknown(value)).toBe("unknown");
  });

  it("refuse unknown for a yes/no question, and blanks and other words for both, with the question's label", () => {
    expect(safeParseYesNo("N/K", "Was the complaint upheld?")).toMatchObject({
      ok: false,
      problems: [
        {
          field: "Was the complaint upheld?",
          message: '"N/K" means not known, but this question takes yes or no only',
        },
      ],
    });
    expect(safeParseYesNoUnknown("")).toMatchObject({ ok: false, problems: [{ code: "required" }] });
    expect(safeParseYesNoUnknown("maybe")).toMatchObject({
      ok: false,
      problems: [{ expected: "Yes, No or Not known", received: '"maybe"' }],
    });
    expect(() => parseYesNo("maybe")).toThrow(/"maybe" is not an answer to a yes\/no question/);
  });

  it("throw nothing but StValidationError on any value", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          expect(["yes", "no", "unknown"]).toContain(parseYesNoUnknown(value));
        } catch (e) {
          expect(isStValidationError(e)).toBe(true);
        }
      }),
    );
  });
});

describe("principles as the evaluation printed them", () => {
  it("quote 'non-offending parent', whatever the profile", () => {
    expect(principles.map((p) => p.asPublished)).toEqual([
      "keeping children safe and together with the non-offending parent",
      "partnering with the non-offending parent",
      "intervening with the perpetrator",
    ]);
  });
});
