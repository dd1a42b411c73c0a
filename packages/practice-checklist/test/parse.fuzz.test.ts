import { criticalComponentIds, principleIds } from "@st/core/practice";
import {
  type ChecklistDefinition,
  canonicalAnswers,
  checklistUses,
  defaultChecklist,
  evidenceSources,
  parseChecklistDefinition,
  readCompletedChecklists,
  safeParseChecklistDefinition,
  safeValidateChecklistDefinition,
} from "@st/practice-checklist";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";

function wellFormed(problems: readonly { path: string; field: string; message: string; code: string }[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(typeof p.path).toBe("string");
    expect(p.field.length).toBeGreaterThan(0);
    expect(p.message.length).toBeGreaterThan(0);
    expect(p.code.length).toBeGreaterThan(0);
    expect(p.message).not.toMatch(/^\s+at /m);
  }
}

// Text that looks like YAML or JSON often enough to reach the deeper parsers.
const yamlish = fc.stringMatching(/^[\s\S]{0,200}$/).map((s) => s);
const structural = fc
  .array(
    fc.constantFrom(
      "{",
      "}",
      "[",
      "]",
      ":",
      "- ",
      "\n",
      "  ",
      "#",
      "&a",
      "*a",
      "!!",
      "|",
      ">",
      "'",
      '"',
      ",",
      "id",
      "items",
      "~",
      "\t",
      "\u0000",
      "\uFEFF",
      "1e999",
      "-0",
      "NaN",
      "<<",
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

describe("reading untrusted definition text", () => {
  it("never throws on any text, and every problem is told in words", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), yamlish, structural, fc.string({ unit: "binary" })), (text) => {
        for (const format of [undefined, "json", "yaml"] as const) {
          const result = safeParseChecklistDefinition(text, { format });
          if (!result.ok) wellFormed(result.problems);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("never throws on any JSON value, however far from a definition", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = safeValidateChecklistDefinition(value);
        if (!result.ok) wellFormed(result.problems);
        const text = readCompletedChecklists(JSON.stringify(value) ?? "null");
        if (text.problems.length) wellFormed(text.problems);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("never throws when any field of the default is replaced by any value", () => {
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) {
        for (const [i, v] of value.entries()) walk(v, [...path, i]);
      } else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(defaultChecklist, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), (path, replacement) => {
        const copy = structuredClone(defaultChecklist) as unknown as Record<string | number, unknown>;
        let parent = copy;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[path[path.length - 1]!] = replacement;
        const result = safeValidateChecklistDefinition(copy);
        if (!result.ok) wellFormed(result.problems);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it("survives a billion-laughs YAML bomb with a problem, not a hang", () => {
    const bomb = [
      "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
      "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
      "g: [*f, *f, *f, *f, *f, *f, *f, *f, *f]",
    ].join("\n");
    const result = safeParseChecklistDefinition(bomb);
    expect(result.ok).toBe(false);
  });
});

const slug = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,5}){0,2}$/);
const words = fc
  .array(
    fc.constantFrom(
      "the",
      "{perpetrator}",
      "{nonAbusiveParent}",
      "plan",
      "child's",
      "é",
      "«",
      "“safe”",
      "100%",
      "a: b",
      "#1",
      "- x",
    ),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((w) => w.join(" "));

const definitionArbitrary: fc.Arbitrary<ChecklistDefinition> = fc
  .record({
    id: slug,
    version: fc.constantFrom("1", "1.0", "1.10", "2025-04", "0.0.1-beta"),
    title: words,
    sections: fc.uniqueArray(fc.record({ id: slug, title: words }), {
      minLength: 1,
      maxLength: 4,
      selector: (s) => s.id,
    }),
    itemIds: fc.uniqueArray(slug, { minLength: 4, maxLength: 12 }),
    principles: fc.subarray([...principleIds], { minLength: 1 }),
    components: fc.subarray([...criticalComponentIds]),
    evidence: fc.subarray([...evidenceSources], { minLength: 1 }),
    uses: fc.subarray([...checklistUses], { minLength: 1 }),
    question: words,
  })
  .map(({ id, version, title, sections, itemIds, principles, components, evidence, uses, question }) => ({
    id,
    version,
    title,
    sections,
    items: itemIds.map((itemId, i) => ({
      id: itemId,
      section: sections[i % sections.length]!.id,
      question: `${question} ${i}`,
      goodPractice: question,
      prompts: {
        ...(uses.includes("supervision") ? { supervision: [question] } : {}),
        ...(uses.includes("cp-chair") ? { "cp-chair": [question] } : {}),
      },
      principles,
      components,
      evidence,
      uses,
    })),
  }))
  .filter((d) => d.sections.every((s) => d.items.some((i) => i.section === s.id)));

describe("definitions round-trip", () => {
  it("through JSON and YAML text unchanged", () => {
    fc.assert(
      fc.property(definitionArbitrary, (definition) => {
        expect(parseChecklistDefinition(JSON.stringify(definition))).toEqual(definition);
        expect(parseChecklistDefinition(stringify(definition), { format: "yaml" })).toEqual(definition);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("canonical answers stay the five the partnership agreed", () => {
    expect(canonicalAnswers).toEqual(["yes", "partly", "no", "not-evidenced", "not-applicable"]);
  });
});
