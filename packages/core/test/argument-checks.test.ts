import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ArgumentKind,
  type ArgumentSpec,
  checkArgument,
  checkArgumentOf,
  isArgumentKind,
  isStValidationError,
} from "../src/index.js";

const place = { fn: "score", argument: "record", label: "Completed checklist" };

describe("checkArgument", () => {
  it("passes a value of an allowed kind and refuses any other with a coded StValidationError that is a TypeError", () => {
    expect(() => checkArgument({ caseId: "A1" }, "record", place)).not.toThrow();
    let error: unknown;
    try {
      checkArgument(undefined, "record", { ...place, expected: "a completed checklist" });
    } catch (caught) {
      error = caught;
    }
    expect(isStValidationError(error)).toBe(true);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      '1 problem in the arguments of score:\n  - "Completed checklist": is not a completed checklist (expected a completed checklist, found nothing)',
    );
    expect(isStValidationError(error) && error.problems[0]).toMatchObject({ path: "record", code: "invalid_type" });
  });

  it("names every allowed kind when no expectation is given, and lets undefined through only when optional", () => {
    expect(() => checkArgument(42, ["text", "list"], place)).toThrow(
      /is not text or a list \(expected text or a list, found 42\)/,
    );
    expect(() => checkArgument(undefined, "text", { ...place, optional: true })).not.toThrow();
    expect(() => checkArgument(null, "text", { ...place, optional: true })).toThrow(/found null/);
  });

  it("tells records from lists, NaN from numbers, and bytes and dates from other objects", () => {
    expect(isArgumentKind([], "record")).toBe(false);
    expect(isArgumentKind(null, "record")).toBe(false);
    expect(isArgumentKind(Number.NaN, "number")).toBe(false);
    expect(isArgumentKind(new Uint8Array(2), "bytes")).toBe(true);
    expect(isArgumentKind({ length: 2 }, "bytes")).toBe(false);
    expect(isArgumentKind(new Date(0), "date")).toBe(true);
  });

  it("never throws anything but its coded error, whatever it is given", () => {
    const kinds: ArgumentKind[] = ["text", "number", "boolean", "record", "list", "function", "bytes", "date"];
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withTypedArray: true }),
        fc.subarray(kinds, { minLength: 1 }),
        (value, allowed) => {
          try {
            checkArgument(value, allowed, place);
            return allowed.some((kind) => isArgumentKind(value, kind));
          } catch (error) {
            return isStValidationError(error) && !allowed.some((kind) => isArgumentKind(value, kind));
          }
        },
      ),
    );
  });
});

describe("checkArgumentOf", () => {
  it("checks an argument described once, naming the function it is given", () => {
    const caseNotes: ArgumentSpec = { kinds: "text", argument: "text", label: "Case notes" };
    expect(() => checkArgumentOf("lint", caseNotes, "Mr B pushed Ms A.")).not.toThrow();
    expect(() => checkArgumentOf("lint", caseNotes, undefined)).toThrow(
      '1 problem in the arguments of lint:\n  - "Case notes": is not text (expected text, found nothing)',
    );
    expect(() => checkArgumentOf("lint", { ...caseNotes, optional: true }, undefined)).not.toThrow();
  });
});
