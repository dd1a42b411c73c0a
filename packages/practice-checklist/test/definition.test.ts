import { StValidationError } from "@st/core";
import {
  type ChecklistDefinition,
  checklistDefinitionRecord,
  defaultChecklist,
  parseChecklistDefinition,
  safeParseChecklistDefinition,
  safeValidateChecklistDefinition,
  validateChecklistDefinition,
} from "@st/practice-checklist";
import { readFixture } from "@st-internal/test-fixtures";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";

const boroughYaml = readFixture("borough-checklist.yaml");

// biome-ignore lint/suspicious/noExplicitAny: these tests break definitions on purpose, field by field
type Broken = Record<string, any>;

/** The problems of a definition changed by `edit`. */
function problemsAfter(
  edit: (d: Broken) => void,
): { path: string; code: string; field: string; message: string; expected: string }[] {
  const copy = structuredClone(defaultChecklist) as unknown as Broken;
  edit(copy);
  const result = safeValidateChecklistDefinition(copy);
  if (result.ok) return [];
  return result.problems.map(({ path, code, field, message, expected }) => ({ path, code, field, message, expected }));
}

describe("a borough's own definition", () => {
  it("loads from YAML with its own scale and items", () => {
    const definition = parseChecklistDefinition(boroughYaml, { source: "borough-checklist.yaml" });
    expect(definition.id).toBe("example-borough-checklist");
    expect(definition.items.map((i) => i.id)).toEqual([
      "pattern-beyond-incident",
      "protective-efforts-as-strengths",
      "mash-information-shared",
    ]);
    expect(definition.scale?.options.map((o) => o.means)).toEqual(["yes", "partly", "no", "not-applicable"]);
    expect(definition.items[1]!.prompts).toEqual({});
  });

  it("loads from JSON, and the default survives JSON and YAML round trips unchanged", () => {
    expect(parseChecklistDefinition(JSON.stringify(defaultChecklist))).toEqual(defaultChecklist);
    expect(parseChecklistDefinition(stringify(defaultChecklist), { format: "yaml" })).toEqual(defaultChecklist);
  });

  it("reads a definition without schemaVersion as format 1, and writes it with one", () => {
    expect(validateChecklistDefinition(structuredClone(defaultChecklist))).toEqual(defaultChecklist);
    const written = checklistDefinitionRecord.write(defaultChecklist);
    expect(Object.keys(written)[0]).toBe("schemaVersion");
    expect(validateChecklistDefinition(written)).toEqual(defaultChecklist);
  });

  it("throws one StValidationError listing every problem, with lines for YAML", () => {
    const broken = boroughYaml
      .replace('version: "2.1"', "version: 2.1")
      .replace("principles: [partner-with-non-abusive-parent]", "principles: [partner-with-mother]")
      .replace("uses: [audit, supervision]", "uses: [audit, supervision]\n    colour: blue");
    let error: unknown;
    try {
      parseChecklistDefinition(broken, { source: "borough-checklist.yaml" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StValidationError);
    const problems = (error as StValidationError).problems;
    expect(problems.map((p) => [p.path, p.code, p.line])).toEqual([
      ["version", "invalid_type", 4],
      ["items.0.colour", "unknown_field", 35],
      ["items.1.principles.0", "invalid_value", 40],
    ]);
    expect(problems[0]!.message).toMatch(/put it in quotes/);
    expect(problems[1]!.field).toBe('Item 1 (pattern-beyond-incident), field "colour"');
    expect(problems[2]!.field).toBe("Item 2 (protective-efforts-as-strengths), S&T principles");
    expect((error as Error).message).toContain("3 problems in borough-checklist.yaml");
  });
});

describe("every kind of error in a definition", () => {
  it("reports text that is not JSON or YAML, and empty files, without throwing", () => {
    const json = safeParseChecklistDefinition('{ "id": "x",, }');
    expect(json.ok ? [] : json.problems.map((p) => [p.code, p.line])).toEqual([["syntax", 1]]);
    const yaml = safeParseChecklistDefinition("id: x\nitems: [\n  - a\nsections: b");
    expect(yaml.ok ? [] : yaml.problems[0]!.code).toBe("syntax");
    const empty = safeParseChecklistDefinition("  \n");
    expect(empty.ok ? [] : empty.problems.map((p) => p.code)).toEqual(["empty"]);
    const duplicateKey = safeParseChecklistDefinition("id: a\nid: b\n");
    expect(duplicateKey.ok ? [] : duplicateKey.problems.map((p) => [p.code, p.line])).toEqual([["syntax", 2]]);
  });

  it("reports a document that is not an object", () => {
    const result = safeParseChecklistDefinition("- just\n- a list\n");
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([["", "invalid_type"]]);
  });

  it("reports missing and empty required fields", () => {
    expect(
      problemsAfter((d) => {
        delete d.title;
        d.items[0].question = "   ";
        d.items[1].evidence = [];
        d.items[2].principles = [];
      }).map((p) => [p.path, p.code]),
    ).toEqual([
      ["title", "required"],
      ["items.0.question", "too_small"],
      ["items.1.evidence", "too_small"],
      ["items.2.principles", "too_small"],
    ]);
  });

  it("reports unknown fields at every level, naming them", () => {
    const problems = problemsAfter((d) => {
      d.colour = "red";
      d.sections[0].colour = "red";
      d.items[0].colour = "red";
      d.items[0].prompts.chair = ["x"];
      d.scale.options[0].colour = "red";
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["scale.options.0.colour", "unknown_field"],
      ["sections.0.colour", "unknown_field"],
      ["items.0.prompts.chair", "unknown_field"],
      ["items.0.colour", "unknown_field"],
      ["colour", "unknown_field"],
    ]);
    expect(
      problems.every((p) => /"(colour|chair)"/.test(p.field) && p.message.startsWith("is not a known field")),
    ).toBe(true);
  });

  it("reports ids that are not lower-case slugs", () => {
    expect(
      problemsAfter((d) => {
        d.id = "My Checklist";
        d.items[0].id = "Pattern_1";
      }).map((p) => [p.path, p.code]),
    ).toEqual([
      ["id", "invalid_format"],
      ["items.0.id", "invalid_format"],
    ]);
  });

  it("reports duplicate item and section ids, unknown and empty sections", () => {
    const problems = problemsAfter((d) => {
      d.items[1].id = d.items[0].id;
      d.sections.push({ ...d.sections[0] });
      d.sections.push({ id: "nothing-here", title: "Empty" });
      d.items[5].section = "no-such-section";
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["sections.0.id", "duplicate_id"],
      ["sections.8.id", "duplicate_id"],
      ["sections.9", "empty_section"],
      ["items.0.id", "duplicate_id"],
      ["items.1.id", "duplicate_id"],
      ["items.5.section", "unknown_section"],
    ]);
  });

  it("reports principles, components, evidence, uses and lint categories that are not known, and repeats", () => {
    const problems = problemsAfter((d) => {
      d.items[0].principles = ["keep-children-safe"];
      d.items[1].components = ["coercive-control"];
      d.items[2].evidence = ["gut-feeling"];
      d.items[3].uses = ["inspection"];
      d.items[26].languageCategories = ["rude"];
      d.items[4].principles = ["intervene-with-perpetrator", "intervene-with-perpetrator"];
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["items.0.principles.0", "invalid_value"],
      ["items.1.components.0", "invalid_value"],
      ["items.2.evidence.0", "invalid_value"],
      ["items.3.uses.0", "invalid_value"],
      ["items.26.languageCategories.0", "invalid_value"],
      ["items.4.principles.1", "duplicate_value"],
    ]);
    expect(problems[0]!.expected).toContain("keep-child-safe-and-together");
  });

  it("lets an item point at a practice tool holding its evidence, and refuses tools it does not know", () => {
    const pointing = defaultChecklist.items.filter((item) => item.tools?.includes("perpetrator-pattern-map"));
    expect(new Set(pointing.map((item) => item.section))).toEqual(
      new Set(["pattern", "harm-to-child", "protective-efforts", "engagement"]),
    );
    const problems = problemsAfter((d) => {
      d.items[0].tools = ["risk-matrix"];
      d.items[1].tools = ["perpetrator-pattern-map", "perpetrator-pattern-map"];
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["items.0.tools.0", "invalid_value"],
      ["items.1.tools.1", "duplicate_value"],
    ]);
    expect(problems[0]!.expected).toContain("perpetrator-pattern-map");
  });

  it("requires prompts for supervision and CP-chair uses, and no prompts for uses an item lacks", () => {
    const problems = problemsAfter((d) => {
      delete d.items[0].prompts.supervision;
      d.items[1].prompts["cp-chair"] = ["Why?"];
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["items.0.prompts.supervision", "required"],
      ["items.1.prompts.cp-chair", "unused_prompts"],
    ]);
  });

  it("reports a scale whose spellings clash, whose answers mean nothing canonical, or which offers one answer", () => {
    const problems = problemsAfter((d) => {
      d.scale = {
        id: "odd",
        label: "Odd",
        options: [
          { value: "yes", label: "Yes", means: "yes" },
          { value: "y", label: "Y", means: "maybe" },
          { value: "no", label: "YES", means: "no" },
        ],
      };
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["scale.options.1.means", "invalid_value"],
      ["scale.options.2", "duplicate"],
    ]);
    expect(
      problemsAfter((d) => {
        d.scale.options = [d.scale.options[0]];
      }).map((p) => [p.path, p.code]),
    ).toEqual([["scale.options", "too_small"]]);
  });

  it("reports a format version it does not know", () => {
    expect(problemsAfter((d) => (d.schemaVersion = 2)).map((p) => [p.path, p.code])).toEqual([
      ["schemaVersion", "unsupported_version"],
    ]);
  });

  it("labels every problem in words a reviewer knows", () => {
    const problems = problemsAfter((d) => {
      d.items[3].goodPractice = 7;
      d.sections[1].title = "";
      d.scale.options[0].label = "";
    });
    expect(problems.map((p) => p.field)).toEqual([
      "Answer scale, answer 1, Label",
      "Section 2 (harm-to-child), Heading",
      "Item 4 (risk-after-separation), What good practice looks like",
    ]);
  });

  it("validateChecklistDefinition returns the definition typed", () => {
    const definition: ChecklistDefinition = validateChecklistDefinition(structuredClone(defaultChecklist));
    expect(definition).toEqual(defaultChecklist);
  });
});
