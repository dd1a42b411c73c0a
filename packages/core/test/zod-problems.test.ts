import {
  formatProblem,
  labelFromKey,
  type Problem,
  parseWithProblems,
  StValidationError,
  safeParseWithProblems,
  zodProblems,
} from "@st/core";
import { isoDateSchema } from "@st/core/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";

/** The problems of parsing `input` with `schema`, through the public helper. */
function problems(schema: z.ZodType, input: unknown, labels?: Record<string, string>): Problem[] {
  const result = safeParseWithProblems(schema, input, labels ? { labels } : {});
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

const pick = (p: Problem) => ({
  path: p.path,
  field: p.field,
  expected: p.expected,
  received: p.received,
  code: p.code,
});

describe("zodProblems", () => {
  it("reports a missing field as required, with its label", () => {
    const schema = z.strictObject({ investigation: z.strictObject({ stageReached: z.int() }) });
    const [p] = problems(
      schema,
      { investigation: {} },
      { "investigation.stageReached": "If Y, what stage did it get to?" },
    );
    expect(p).toEqual({
      path: "investigation.stageReached",
      field: "If Y, what stage did it get to?",
      expected: "a whole number",
      received: "nothing",
      message: "is required",
      code: "required",
    });
  });

  it("says what type was expected and what was found (invalid_type)", () => {
    const schema = z.strictObject({ name: z.string(), count: z.number(), flag: z.boolean(), when: z.int() });
    expect(problems(schema, { name: 3, count: "x", flag: "yes", when: 1.5 }).map(pick)).toEqual([
      { path: "name", field: "Name", expected: "text", received: "3", code: "invalid_type" },
      { path: "count", field: "Count", expected: "a number", received: '"x"', code: "invalid_type" },
      { path: "flag", field: "Flag", expected: "true or false", received: '"yes"', code: "invalid_type" },
      { path: "when", field: "When", expected: "a whole number", received: "1.5", code: "invalid_type" },
    ]);
    expect(problems(schema, { name: "a", count: 1, flag: true, when: 1.5 })[0]?.message).toBe("is not a whole number");
    expect(problems(schema, null)[0]).toMatchObject({
      path: "",
      field: "",
      code: "required",
      expected: "a group of fields",
    });
    expect(problems(z.number(), Number.NaN)[0]).toMatchObject({ received: "NaN", code: "invalid_type" });
  });

  it("falls back on zod's own account of the type found when it has no input", () => {
    const result = z.strictObject({ a: z.number(), b: z.number() }).safeParse({ a: "x" });
    expect(result.success).toBe(false);
    const found = zodProblems(result.error!);
    expect(found.map((p) => [p.code, p.received])).toEqual([
      ["invalid_type", "text"],
      ["required", "nothing"],
    ]);
    // With the input, the value itself.
    expect(zodProblems(result.error!, { input: { a: "x" } })[0]?.received).toBe('"x"');
  });

  it("tells bounds in words (too_small, too_big)", () => {
    const schema = z.strictObject({
      age: z.int().min(0),
      stage: z.int().min(1).max(3),
      score: z.number().gt(0),
      ratio: z.number().max(1),
      name: z.string().min(1),
      code: z.string().length(3),
      note: z.string().max(5),
      reasons: z.array(z.string()).min(1),
      children: z.array(z.string()).max(2),
      received: z.date().min(new Date("2020-01-01T00:00:00Z")),
    });
    const found = problems(schema, {
      age: -1,
      stage: 4,
      score: 0,
      ratio: 2,
      name: "",
      code: "ab",
      note: "too long",
      reasons: [],
      children: ["a", "b", "c"],
      received: new Date("2019-06-01T00:00:00Z"),
    });
    expect(found.map((p) => [p.path, p.expected, p.code, p.message])).toEqual([
      ["age", "a whole number of 0 or more", "too_small", "is too small"],
      ["stage", "a whole number from 1 to 3", "too_big", "is too large"],
      ["score", "a number greater than 0", "too_small", "is too small"],
      ["ratio", "a number of 1 or less", "too_big", "is too large"],
      ["name", "some text", "required", "is required"],
      ["code", "text of exactly 3 characters", "too_small", "is too short"],
      ["note", "text of at most 5 characters", "too_big", "is too long"],
      ["reasons", "at least one item", "too_small", "has too few items"],
      ["children", "at most 2 items", "too_big", "has too many items"],
      ["received", "a date on or after 2020-01-01", "too_small", "is too early"],
    ]);
    expect(found[0]?.received).toBe("-1");
    expect(found[8]?.received).toBe("a list of 3");
  });

  it("lists the allowed answers (invalid_value)", () => {
    const schema = z.strictObject({ upheld: z.enum(["Y in part", "Y in full", "N"]), version: z.literal(2) });
    expect(problems(schema, { upheld: "maybe", version: 3 }).map((p) => [p.expected, p.received, p.message])).toEqual([
      ["one of Y in part, Y in full, N", '"maybe"', "is not one of the allowed answers"],
      ["2", "3", "is not the value expected"],
    ]);
  });

  it("calls a missing answer to a list, literal or union required, not a wrong answer", () => {
    const schema = z.strictObject({
      reviewer: z.strictObject({ role: z.enum(["team-manager", "cp-chair"]).meta({ title: "Reviewer role" }) }),
      version: z.literal(2),
      contact: z.union([z.literal("letter"), z.int()]),
    });
    expect(
      problems(schema, { reviewer: {}, contact: null }).map((p) => [p.path, p.field, p.code, p.message, p.received]),
    ).toEqual([
      ["reviewer.role", "Reviewer role", "required", "is required", "nothing"],
      ["version", "Version", "required", "is required", "nothing"],
      ["contact", "Contact", "required", "is required", "null"],
    ]);
    // What would do is still said; straight from zod with `reportInput`, the same.
    expect(problems(schema, { reviewer: {}, version: 2, contact: 1 })[0]?.expected).toBe(
      "one of team-manager, cp-chair",
    );
    const direct = schema.safeParse({ reviewer: {}, version: 2, contact: 1 }, { reportInput: true });
    expect(zodProblems(direct.error!)[0]).toMatchObject({ code: "required", field: "Role" });
    // A discriminated union's missing tag.
    const tagged = z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("letter") }),
      z.strictObject({ kind: z.literal("call") }),
    ]);
    expect(problems(tagged, {})[0]).toMatchObject({ path: "kind", code: "required", expected: "one of letter, call" });
    // A refinement about a missing field is required unless it names its own code; its message stays.
    const refined = z
      .strictObject({ closed: z.boolean(), outcome: z.string().optional() })
      .refine((r) => !r.closed || r.outcome !== undefined, { message: "is needed once closed", path: ["outcome"] });
    expect(problems(refined, { closed: true })[0]).toMatchObject({
      code: "required",
      message: "is needed once closed",
    });
  });

  it("reports every missing field as required with its label, whatever its kind (property)", () => {
    const fields: Record<string, [z.ZodType, unknown]> = {
      text: [z.string().min(1), "x"],
      count: [z.int().min(0), 1],
      answer: [z.enum(["yes", "no"]), "yes"],
      version: [z.literal(2), 2],
      flag: [z.boolean(), true],
      date: [isoDateSchema, "2025-01-31"],
      list: [z.array(z.string()), []],
      group: [z.strictObject({ a: z.string() }), { a: "x" }],
      either: [z.union([z.literal("a"), z.number()]), "a"],
      tagged: [
        z.discriminatedUnion("k", [z.strictObject({ k: z.literal("a") }), z.strictObject({ k: z.literal("b") })]),
        { k: "a" },
      ],
      refined: [z.string().refine((s) => s.length < 5), "ok"],
    };
    const keys = Object.keys(fields);
    const titled = (key: string) => `The ${key} question`;
    const inner = z.strictObject(Object.fromEntries(keys.map((k) => [k, fields[k]![0].meta({ title: titled(k) })])));
    fc.assert(
      fc.property(
        fc.subarray(keys, { minLength: 1 }),
        fc.constantFrom("absent", "undefined", "null"),
        fc.boolean(),
        (missing, how, nested) => {
          const record: Record<string, unknown> = {};
          for (const k of keys) {
            if (!missing.includes(k)) record[k] = fields[k]![1];
            else if (how !== "absent") record[k] = how === "null" ? null : undefined;
          }
          const schema = nested ? z.strictObject({ part: inner }) : inner;
          const found = problems(schema, nested ? { part: record } : record);
          expect(found.map((p) => [p.path, p.field, p.code, p.message, p.received])).toEqual(
            missing.map((k) => [
              nested ? `part.${k}` : k,
              titled(k),
              "required",
              "is required",
              how === "null" ? "null" : "nothing",
            ]),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("names every unknown field, one problem each, suggesting the field meant", () => {
    const schema = z.strictObject({ stageReached: z.int(), borough: z.string() });
    const found = problems(schema, { stageReched: 2, borough: "Hackney", colour: "red" });
    expect(found.filter((p) => p.code === "unknown_field")).toEqual([
      {
        path: "stageReched",
        field: "Stage reched",
        expected: "nothing (unknown field)",
        received: "2",
        message: 'is not a known field (did you mean "stageReached"?)',
        code: "unknown_field",
      },
      {
        path: "colour",
        field: "Colour",
        expected: "nothing (unknown field)",
        received: '"red"',
        message: "is not a known field",
        code: "unknown_field",
      },
    ]);
    // Nested objects give the full path.
    const nested = z.strictObject({ investigation: z.strictObject({ stage: z.int() }) });
    expect(problems(nested, { investigation: { stage: 1, Stage: 2 } })[0]).toMatchObject({
      path: "investigation.Stage",
      message: 'is not a known field (did you mean "stage"?)',
    });
  });

  it("reports the closest option of a failed union, or the kinds that would do (invalid_union)", () => {
    expect(problems(z.union([z.string(), z.number()]), true)[0]).toMatchObject({
      expected: "text or a number",
      received: "true",
      code: "invalid_type",
    });
    const shapes = z.union([
      z.strictObject({ kind: z.literal("letter"), sentOn: isoDateSchema }),
      z.strictObject({ kind: z.literal("call"), minutes: z.int().min(1) }),
    ]);
    expect(problems(z.strictObject({ contact: shapes }), { contact: { kind: "call", minutes: 0 } }).map(pick)).toEqual([
      {
        path: "contact.minutes",
        field: "Minutes",
        expected: "a whole number of 1 or more",
        received: "0",
        code: "too_small",
      },
    ]);
    const tagged = z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("letter") }),
      z.strictObject({ kind: z.literal("call") }),
    ]);
    expect(problems(tagged, { kind: "email" })[0]).toMatchObject({
      path: "kind",
      expected: "one of letter, call",
      received: '"email"',
      code: "invalid_value",
    });
    const direct = tagged.safeParse({ kind: "email" }, { reportInput: true });
    expect(zodProblems(direct.error!)[0]?.received).toBe('"email"');
  });

  it("carries a refinement's message, path, expected and code (custom)", () => {
    const schema = z
      .strictObject({ stageReached: z.int().optional(), stage1Date: isoDateSchema.optional() })
      .refine((r) => r.stageReached === undefined || r.stage1Date !== undefined, {
        message: "is needed when a stage was reached",
        path: ["stage1Date"],
        params: { expected: "a date written YYYY-MM-DD", code: "required_if" },
      });
    expect(problems(schema, { stageReached: 1 })[0]).toEqual({
      path: "stage1Date",
      field: "Stage 1 date",
      expected: "a date written YYYY-MM-DD",
      received: "nothing",
      message: "is needed when a stage was reached",
      code: "required_if",
    });
    // Straight from zod with `reportInput`, the value is found too.
    const direct = schema.safeParse({ stageReached: 1, stage1Date: undefined }, { reportInput: true });
    expect(zodProblems(direct.error!)[0]?.received).toBe("nothing");
    expect(problems(isoDateSchema, "2025-02-30")[0]).toMatchObject({
      expected: "a date written YYYY-MM-DD",
      message: "is not a real date written YYYY-MM-DD",
      code: "invalid_format",
    });
    expect(
      problems(
        z.string().refine(() => false),
        "x",
      )[0],
    ).toMatchObject({ code: "custom", message: "is not valid" });
  });

  it("describes formats in words (invalid_format, not_multiple_of)", () => {
    const found = problems(
      z.strictObject({
        email: z.email(),
        caseId: z.string().startsWith("C-"),
        date: z.iso.date(),
        code: z.string().regex(/^[A-Z]{2}$/),
        minutes: z.number().multipleOf(15),
      }),
      { email: "nope", caseId: "X1", date: "2025-13-01", code: "x", minutes: 20 },
    );
    expect(found.map((p) => [p.expected, p.message])).toEqual([
      ["an email address", "is not an email address"],
      ['text starting with "C-"', 'is not text starting with "C-"'],
      ["a date written YYYY-MM-DD", "is not a date written YYYY-MM-DD"],
      ["text matching the pattern /^[A-Z]{2}$/", "is not text matching the pattern /^[A-Z]{2}$/"],
      ["a multiple of 15", "is not a multiple of 15"],
    ]);
  });

  it("reports bad record keys and set elements", () => {
    expect(problems(z.record(z.string().min(2), z.number()), { a: 1 })[0]).toMatchObject({
      path: "a",
      code: "invalid_key",
      received: '"a"',
      expected: "a name that is text of at least 2 characters",
    });
    expect(problems(z.set(z.number()), new Set(["x"]))[0]).toMatchObject({
      code: "invalid_type",
      expected: "a number",
    });
  });

  it("keeps messages the schema's author wrote, replaces zod's own", () => {
    const found = problems(z.strictObject({ a: z.number().min(0, "Give zero or more"), b: z.number().min(0) }), {
      a: -1,
      b: -1,
    });
    expect(found.map((p) => p.message)).toEqual(["Give zero or more", "is too small"]);
  });

  it("takes labels from a map with * for list positions, a function, or schema titles", () => {
    const schema = z.strictObject({
      children: z.array(
        z.strictObject({ dateOfBirth: isoDateSchema, name: z.string().meta({ title: "Child's first name" }) }),
      ),
      reasons: z.array(z.string()),
    });
    const input = { children: [{ dateOfBirth: "x", name: 1 }], reasons: ["a", 2] };
    expect(
      problems(schema, input, { "children.*.dateOfBirth": "Child's date of birth" }).map((p) => [p.path, p.field]),
    ).toEqual([
      ["children.0.dateOfBirth", "Child's date of birth"],
      ["children.0.name", "Child's first name"],
      ["reasons.1", "Reasons (item 2)"],
    ]);
    const result = schema.safeParse(input);
    const labelled = zodProblems(result.error!, { labels: (path) => (path.endsWith("name") ? "Name" : undefined) });
    expect(labelled.map((p) => p.field)).toEqual(["Date of birth", "Name", "Reasons (item 2)"]);
  });

  it("adds a location, fixed or from the path", () => {
    const result = z.strictObject({ a: z.number() }).safeParse({ a: "x" });
    expect(zodProblems(result.error!, { location: { record: 3, sheet: "Complaints" } })[0]).toMatchObject({
      record: 3,
      sheet: "Complaints",
    });
    expect(zodProblems(result.error!, { location: (path) => ({ cell: `${path.join("")}2` }) })[0]?.cell).toBe("a2");
  });

  it("renders through formatProblem as a sentence", () => {
    const [p] = problems(z.strictObject({ stage: z.int().min(1).max(3) }), { stage: 4 }, { stage: "Stage reached" });
    expect(formatProblem(p!)).toBe('"Stage reached": is too large (expected a whole number from 1 to 3, found 4)');
  });

  it("never throws and never shows zod jargon, whatever the input (fuzz)", () => {
    const schema = z.strictObject({
      id: z.string().min(1),
      stage: z.int().min(1).max(3),
      upheld: z.enum(["Y", "N"]),
      when: isoDateSchema,
      tags: z.array(z.string()).max(3).optional(),
      contact: z.union([z.string(), z.strictObject({ phone: z.string() })]).optional(),
    });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())), (input) => {
        const result = safeParseWithProblems(schema, input);
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) {
          expect(p.message).not.toMatch(/Invalid input|Too small|Too big|Unrecognized|expected \w+, received/);
          expect(p.expected).toBeTruthy();
          expect(p.received).toBeTruthy();
          expect(typeof p.path).toBe("string");
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("parseWithProblems", () => {
  it("returns the value or throws StValidationError with every problem", () => {
    const schema = z.strictObject({ a: z.int(), b: z.string() });
    expect(parseWithProblems(schema, { a: 1, b: "x" })).toEqual({ a: 1, b: "x" });
    try {
      parseWithProblems(schema, { a: "1" }, { subject: "complaint record" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StValidationError);
      const e = error as StValidationError;
      expect(e.problems.map((p) => p.path)).toEqual(["a", "b"]);
      expect(e.message.split("\n")[0]).toBe("2 problems in complaint record:");
    }
  });
});

describe("labelFromKey", () => {
  it("makes keys readable", () => {
    expect(labelFromKey("stageReached")).toBe("Stage reached");
    expect(labelFromKey("stage_1_date")).toBe("Stage 1 date");
    expect(labelFromKey("GSSCode")).toBe("GSS code");
    expect(labelFromKey("dfe-number")).toBe("Dfe number");
    expect(labelFromKey(0)).toBe("Item 1");
    expect(labelFromKey("")).toBe("");
  });
});
