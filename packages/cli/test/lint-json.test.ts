import { createLinter, type Finding } from "@st/language-lint";
import { demoCaseNotes } from "@st/language-lint/demo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonFinding, jsonFindingText } from "../src/commands/lint.js";

/** What `st lint --format json` wrote for a finding before it was written directly. */
const reference = (f: Finding) => JSON.stringify(jsonFinding(f), null, 2).replace(/^/gm, "        ");

describe("st lint --format json, one finding", () => {
  it("is JSON.stringify(_, null, 2) of the finding, indented, for every finding of the demo notes", () => {
    const linter = createLinter({ positives: true });
    const findings = demoCaseNotes().flatMap((note) => linter.lint(note.text));
    expect(findings.length).toBeGreaterThan(50);
    expect(findings.some((f) => f.fix) && findings.some((f) => f.quoted) && findings.some((f) => f.positive)).toBe(
      true,
    );
    for (const f of findings) expect(jsonFindingText(f)).toBe(reference(f));
  });

  it("is the same text for any strings and numbers (quotes, control characters, line breaks, lone surrogates)", () => {
    const finding = fc.record(
      {
        ruleId: fc.string(),
        category: fc.constantFrom("mutualising", "vague"),
        severity: fc.constantFrom("error", "warning", "info"),
        message: fc.string({ unit: "binary" }),
        explanation: fc.string({ unit: "binary" }),
        line: fc.nat(),
        column: fc.nat(),
        endLine: fc.nat(),
        endColumn: fc.nat(),
        offset: fc.nat(),
        length: fc.nat(),
        excerpt: fc.string({ unit: "binary" }),
        suggestions: fc.array(fc.string({ unit: "binary" }), { maxLength: 3 }),
        fix: fc.record({ offset: fc.nat(), length: fc.nat(), text: fc.string({ unit: "binary" }) }),
        quoted: fc.record({ attributed: fc.boolean() }),
        positive: fc.constant(true),
      },
      {
        requiredKeys: [
          "ruleId",
          "category",
          "severity",
          "message",
          "explanation",
          "line",
          "column",
          "endLine",
          "endColumn",
          "offset",
          "length",
          "excerpt",
          "suggestions",
        ],
      },
    );
    fc.assert(
      fc.property(finding, (f) => {
        expect(jsonFindingText(f as Finding)).toBe(reference(f as Finding));
      }),
    );
  });
});
