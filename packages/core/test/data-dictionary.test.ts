import { isoDateSchema } from "@st/core/calendar";
import { resolveWith, validateFormDefinition } from "@st/core/forms";
import { personWhoUsesHarmTerminology } from "@st/core/practice";
import {
  dataDictionaryMarkdown,
  defineMigration,
  defineRecord,
  formDictionaryGroups,
  recordDictionaryGroups,
  schemaDictionaryFields,
  zodDictionaryGroups,
} from "@st/core/records";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";

const visitV1 = z.strictObject({ caseId: z.string().min(1), visited: isoDateSchema });
const visitV2 = z.strictObject({
  caseId: z.string().min(1),
  visited: isoDateSchema,
  outcome: z.enum(["seen", "not-seen"]).describe("Whether the child was seen"),
  children: z.array(z.strictObject({ age: z.int().min(0).max(17), name: z.string().optional() })),
});
const visit = defineRecord({
  name: "home visit",
  version: 2,
  schema: visitV2,
  labels: { caseId: "Case reference", "children.*.age": "Child's age" },
  migrations: { 1: defineMigration(visitV1, (old) => ({ ...old, outcome: "seen", children: [] })) },
});

describe("recordDictionaryGroups", () => {
  const groups = recordDictionaryGroups(visit, { title: "The visit" });
  const field = (path: string) => groups.flatMap((g) => g.fields).find((f) => f.path === path);

  it("lists every field with its label, type, allowed values and whether it is required", () => {
    expect(field("caseId")).toMatchObject({
      label: "Case reference",
      type: "text",
      allowedValues: "not empty",
      required: "yes",
    });
    expect(field("visited")).toMatchObject({ type: "date (YYYY-MM-DD)" });
    expect(field("outcome")).toMatchObject({ allowedValues: "`seen`, `not-seen`", help: "Whether the child was seen" });
    expect(field("children[].age")).toMatchObject({
      label: "Child's age",
      type: "whole number",
      allowedValues: "0 to 17",
    });
    expect(field("children[].name")).toMatchObject({ label: "Name", required: "no" });
    expect(field("schemaVersion")).toBeUndefined();
  });

  it("says since which version each field has been there", () => {
    expect(field("caseId")?.since).toBe(1);
    expect(field("visited")?.since).toBe(1);
    expect(field("outcome")?.since).toBe(2);
    expect(field("children[].age")?.since).toBe(2);
  });

  it("gives a top-level group, then a group for each field holding fields", () => {
    expect(groups.map((g) => [g.title, g.id])).toEqual([
      ["The visit", undefined],
      ["Children", "children"],
    ]);
  });
});

describe("schemaDictionaryFields", () => {
  it("lists the variants of a discriminated union together, each field saying which variant it belongs to", () => {
    const rule = z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("count"), unit: z.enum(["children", "referrals"]) }),
      z.strictObject({ kind: z.literal("window"), unit: z.enum(["referrals"]), months: z.int().min(1) }),
    ]);
    const fields = zodDictionaryGroups(z.strictObject({ rule })).flatMap((g) => g.fields);
    const byPath = Object.fromEntries(fields.map((f) => [f.path, f]));
    expect(byPath["rule.kind"]?.allowedValues).toBe("`count`, `window`");
    expect(byPath["rule.unit"]?.allowedValues).toBe("`count`: `children`, `referrals`; `window`: `referrals`");
    expect(byPath["rule.months"]?.required).toBe("yes, when `kind` is `window`");
  });

  it("says when a figure may be null", () => {
    const fields = zodDictionaryGroups(z.strictObject({ value: z.number().min(0).nullable() })).flatMap(
      (g) => g.fields,
    );
    expect(fields[0]).toMatchObject({ type: "number or null (no figure)", allowedValues: "0 or more" });
  });

  it("never throws on an arbitrary JSON value given as a schema", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const fields = schemaDictionaryFields(
          value !== null && typeof value === "object" && !Array.isArray(value) ? value : { type: "object" },
        );
        expect(Array.isArray(fields)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("lists a recursive schema once", () => {
    const json = {
      $defs: { node: { type: "object", properties: { child: { $ref: "#/$defs/node" } } } },
      type: "object",
      properties: { root: { $ref: "#/$defs/node" } },
    };
    expect(schemaDictionaryFields(json).map((f) => f.path).length).toBeLessThan(30);
  });
});

describe("formDictionaryGroups", () => {
  const form = validateFormDefinition({
    id: "visit-form",
    version: 1,
    title: "Visit",
    sections: [
      {
        id: "visit",
        title: "The visit",
        questions: [
          { id: "visit.seen", label: "Was the child seen?", type: "yesNo", required: true },
          {
            id: "visit.why",
            label: "Why not?",
            type: "choice",
            required: true,
            when: { question: "visit.seen", equals: ["no"] },
            options: [
              { value: "refused", label: "The {perpetrator} refused entry" },
              { value: "away", label: "Away" },
            ],
          },
          { id: "visit.calls", label: "Calls made", type: "integer", min: 0 },
        ],
      },
    ],
  });

  it("gives each question its type, options, bounds and the condition it applies under", () => {
    const [group] = formDictionaryGroups(form, { since: { "visit.calls": 2 } });
    expect(group?.fields.map((f) => [f.path, f.type, f.allowedValues, f.required, f.since])).toEqual([
      ["visit.seen", "yes/no", "", "yes", 1],
      [
        "visit.why",
        "one choice",
        "`refused` The perpetrator refused entry; `away` Away",
        'yes, when "Was the child seen?" is "No"',
        1,
      ],
      ["visit.calls", "whole number", "0 or more", "no", 2],
    ]);
  });

  it("uses the terminology profile's words", () => {
    const [group] = formDictionaryGroups(form, { resolve: resolveWith(personWhoUsesHarmTerminology) });
    expect(group?.fields[1]?.allowedValues).toContain("The person who uses harm refused entry");
  });
});

describe("dataDictionaryMarkdown", () => {
  it("writes a heading, the do-not-edit comment, a table a group and the notes, escaping pipes", () => {
    const markdown = dataDictionaryMarkdown({
      title: "Home visit",
      generatedBy: "a test",
      intro: ["What a visit records."],
      groups: recordDictionaryGroups(visit),
      notes: [{ title: "Rules", lines: ["- A visit is dated."] }],
    });
    expect(markdown).toMatch(/^# Data dictionary: Home visit\n\n<!-- Generated from a test\. Do not edit\. -->/);
    expect(markdown).toContain("| `caseId` | Case reference | text | not empty | yes | 1 |  |");
    expect(markdown).toContain("## Children (`children`)");
    expect(markdown).toContain("## Rules\n\n- A visit is dated.\n");
    const pipes = dataDictionaryMarkdown({
      title: "x",
      generatedBy: "y",
      intro: [],
      groups: [
        {
          title: "g",
          fields: [{ path: "a", label: "a | b", type: "text", allowedValues: "", required: "no", since: 1, help: "" }],
        },
      ],
    });
    expect(pipes).toContain("a \\| b");
  });
});
