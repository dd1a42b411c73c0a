import { isStValidationError } from "@st/core";
import * as languageLint from "@st/language-lint";
import { lint, summariseFindings } from "@st/language-lint";
import {
  type CaseNoteExtract,
  caseNoteExtractSchema,
  demoCaseNotes,
  parseCaseNoteExtracts,
  safeParseCaseNoteExtracts,
  writtenWhen,
} from "@st/language-lint/demo";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";

describe("the demo case notes", () => {
  const notes = demoCaseNotes();

  it("are 24 valid extracts: twelve situations, each written before and after training", () => {
    expect(notes).toHaveLength(24);
    for (const note of notes) expect(caseNoteExtractSchema.safeParse(note).success).toBe(true);
    expect(safeParseCaseNoteExtracts(notes)).toEqual({ ok: true, value: notes });
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
    const situations = new Set(notes.map((n) => n.situation));
    expect(situations.size).toBe(12);
    for (const situation of situations) {
      const pair = notes.filter((n) => n.situation === situation);
      expect(pair.map((n) => n.written)).toEqual([...writtenWhen]);
      expect(pair[0]!.borough).toBe(pair[1]!.borough);
    }
  });

  it("are the same on every call, in new objects a caller may change", () => {
    const again = demoCaseNotes();
    expect(again).toEqual(notes);
    again[0]!.text = "changed";
    expect(demoCaseNotes()[0]!.text).not.toBe("changed");
  });

  it("show what the linter is for: concerns in nearly every note written before training, far fewer after", () => {
    const concerns = (written: CaseNoteExtract["written"]) =>
      notes.filter((n) => n.written === written).map((n) => summariseFindings(lint(n.text), n.text).concerns.count);
    const before = concerns("before-training");
    const after = concerns("after-training");
    // Not every one: a note can describe the family without any wording the rules look for.
    expect(before.filter((n) => n > 0).length).toBeGreaterThanOrEqual(10);
    expect(after.reduce((a, b) => a + b, 0) * 3).toBeLessThan(before.reduce((a, b) => a + b, 0));
  });

  it("are not in the main entry, which applications linting real notes ship", () => {
    expect(Object.keys(languageLint).filter((name) => /demo|caseNote/i.test(name))).toEqual([]);
  });
});

describe("reading case-note extracts", () => {
  it("has a type that matches its schema", () => {
    expectTypeOf<z.output<typeof caseNoteExtractSchema>>().toEqualTypeOf<CaseNoteExtract>();
  });

  it("names the record and the field of every problem", () => {
    const [first, second] = demoCaseNotes();
    const result = safeParseCaseNoteExtracts([first, { ...second, written: "later", note: "x" }]);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => [p.record, p.path])).toEqual(
      expect.arrayContaining([
        [2, "written"],
        [2, "note"],
      ]),
    );
    expect(problems.find((p) => p.path === "written")?.field).toBe("Written before or after training");
    const error = (() => {
      try {
        parseCaseNoteExtracts({ notes: [] });
      } catch (e) {
        return e;
      }
    })();
    expect(isStValidationError(error)).toBe(true);
  });

  it("never throws on any input, and keeps exactly what is valid (fuzz)", () => {
    const note = fc.record({
      id: fc.string(),
      borough: fc.constantFrom("E09000012", "E09000003", "X", ""),
      written: fc.constantFrom(...writtenWhen, "during", ""),
      situation: fc.string(),
      text: fc.string(),
    });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(fc.oneof(note, fc.anything()))), (input) => {
        const result = safeParseCaseNoteExtracts(input);
        if (result.ok) {
          expect(Array.isArray(input)).toBe(true);
          expect(result.value).toHaveLength((input as unknown[]).length);
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(typeof p.message).toBe("string");
        }
      }),
    );
  });
});
