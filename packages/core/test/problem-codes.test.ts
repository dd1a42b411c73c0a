import { isProblemCode, problemCodeOfZodIssue, problemCodes, zodProblems } from "@st/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";

describe("problemCodes", () => {
  it("says what every code means, and codes are snake_case", () => {
    for (const [code, meaning] of Object.entries(problemCodes)) {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(meaning.length, code).toBeGreaterThan(10);
    }
  });

  it("isProblemCode knows the listed codes and nothing else, not even Object's own names", () => {
    expect(isProblemCode("required")).toBe(true);
    expect(isProblemCode("unclosed_quote")).toBe(true);
    for (const name of ["__proto__", "toString", "constructor", "hasOwnProperty", "", "Required"]) {
      expect(isProblemCode(name), name).toBe(false);
    }
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(isProblemCode(value)).toBe(typeof value === "string" && Object.hasOwn(problemCodes, value));
      }),
    );
  });

  it("every problem zod's issues become carries a listed code", () => {
    const schema = z.strictObject({
      n: z.number().int().min(1).max(3).multipleOf(1),
      s: z.string().min(2).regex(/^a/),
      e: z.enum(["x", "y"]),
      u: z.union([z.literal(1), z.string()]),
      m: z.record(z.enum(["k"]), z.string()),
      r: z.string().refine((v) => v === "ok"),
    });
    const result = schema.safeParse({ n: 4.5, s: "b", e: "z", u: true, m: { q: "v" }, r: "no", extra: 1 });
    expect(result.success).toBe(false);
    if (result.success) return;
    const problems = zodProblems(result.error);
    expect(problems.length).toBeGreaterThan(5);
    for (const p of problems) expect(isProblemCode(p.code), p.code).toBe(true);
  });

  it("problemCodeOfZodIssue gives a listed code for every zod issue code, and invalid for one it does not know", () => {
    const zodCodes = [
      "invalid_type",
      "too_big",
      "too_small",
      "invalid_format",
      "not_multiple_of",
      "unrecognized_keys",
      "invalid_union",
      "invalid_key",
      "invalid_element",
      "invalid_value",
      "custom",
    ];
    for (const code of zodCodes) expect(isProblemCode(problemCodeOfZodIssue(code)), code).toBe(true);
    expect(problemCodeOfZodIssue("unrecognized_keys")).toBe("unknown_field");
    expect(problemCodeOfZodIssue("a_code_from_zod_5")).toBe("invalid");
    expect(problemCodeOfZodIssue("__proto__")).toBe("invalid");
  });
});
