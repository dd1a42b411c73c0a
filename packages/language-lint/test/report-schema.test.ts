import { isProblemCode } from "@st/core";
import {
  createLinter,
  type Finding,
  lintReportJsonSchema,
  parseLintReport,
  reportedFindingSchema,
  safeParseLintReport,
} from "@st/language-lint";
import { demoCaseNotes } from "@st/language-lint/demo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** A finding as `st lint --format json` writes it (the CLI's `jsonFinding`): the contract fields and the extras. */
const asWritten = (f: Finding) => ({
  ruleId: f.ruleId,
  category: f.category,
  severity: f.severity,
  message: f.message,
  line: f.line,
  column: f.column,
  offset: f.offset,
  length: f.length,
  excerpt: f.excerpt,
  suggestions: f.suggestions,
  endLine: f.endLine,
  endColumn: f.endColumn,
  explanation: f.explanation,
  ...(f.fix ? { fix: f.fix } : {}),
  ...(f.quoted ? { quoted: f.quoted } : {}),
  ...(f.positive ? { positive: true } : {}),
});

/** The report of the demo case notes, written and read back as JSON, positive signals and all. */
function demoReport() {
  const linter = createLinter({ positives: true });
  const files = demoCaseNotes().map((note) => ({
    path: `${note.id}.txt`,
    findings: linter.lint(note.text).map(asWritten),
  }));
  return JSON.parse(JSON.stringify({ files }, null, 2)) as { files: { path: string; findings: object[] }[] };
}

describe("lintReportSchema and safeParseLintReport", () => {
  it("read the report st lint writes for the demo case notes, as written", () => {
    const report = demoReport();
    const findings = report.files.flatMap((f) => f.findings);
    expect(findings.length).toBeGreaterThan(20);
    expect(findings.some((f) => "fix" in f)).toBe(true);
    expect(findings.some((f) => "quoted" in f)).toBe(true);
    expect(findings.some((f) => "positive" in f)).toBe(true);
    const result = safeParseLintReport(report);
    expect(result).toEqual({ ok: true, value: report });
    expect(parseLintReport(report)).toEqual(report);
  });

  it("read a report with the contract fields alone, and drop fields a newer st lint may add", () => {
    const finding = {
      ruleId: "mutualising/volatile-relationship",
      category: "mutualising",
      severity: "warning",
      message: "Describes abuse as a relationship problem.",
      line: 1,
      column: 14,
      offset: 13,
      length: 21,
      excerpt: "volatile relationship",
      suggestions: [],
    };
    expect(safeParseLintReport({ files: [{ path: "<stdin>", findings: [finding] }] }).ok).toBe(true);
    const later = safeParseLintReport({ files: [{ path: "a.txt", findings: [{ ...finding, confidence: 0.9 }] }] });
    expect(later.ok && later.value.files[0]?.findings[0]).toEqual(finding);
    expect(safeParseLintReport({ files: [] })).toEqual({ ok: true, value: { files: [] } });
  });

  it("refuse a damaged report, naming the field, what was expected and what was found", () => {
    const report = demoReport();
    const damaged = structuredClone(report) as { files: { path: unknown; findings: Record<string, unknown>[] }[] };
    damaged.files[0]!.findings[0]!.line = "3";
    delete damaged.files[0]!.findings[0]!.excerpt;
    damaged.files[1]!.findings[0]!.category = "blaming";
    damaged.files[2]!.path = 7;
    const result = safeParseLintReport(damaged);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({
        path: "files.0.findings.0.line",
        field: "Line",
        expected: "a whole number, 1 or more",
        received: '"3"',
        code: "invalid_type",
      }),
      expect.objectContaining({
        path: "files.0.findings.0.excerpt",
        field: "Excerpt",
        received: "nothing",
        message: "is missing: expected text",
        code: "required",
      }),
      expect.objectContaining({
        path: "files.1.findings.0.category",
        received: '"blaming"',
        expected: expect.stringContaining("mutualising, responsibilising"),
        code: "invalid_value",
      }),
      expect.objectContaining({ path: "files.2.path", received: "7", code: "invalid_type" }),
    ]);
  });

  it("refuse what is not a report at all, saying what a report is", () => {
    for (const input of [null, [], "files", { findings: [] }]) {
      const result = safeParseLintReport(input);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems[0]?.expected).toMatch(/st lint --format json|a list of the files linted/);
    }
    const notAFinding = safeParseLintReport({ files: [{ path: "a.txt", findings: ["volatile"] }] });
    expect(!notAFinding.ok && notAFinding.problems[0]).toMatchObject({
      path: "files.0.findings.0",
      field: "Finding",
      expected: expect.stringContaining("ruleId, category, severity"),
      received: '"volatile"',
    });
    expect(() => parseLintReport({ files: 1 })).toThrow(/lint report/);
  });

  it("never throws on any JSON, and every problem it gives has a listed code", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ files: fc.jsonValue() })), (input) => {
        const result = safeParseLintReport(input);
        if (!result.ok) for (const p of result.problems) expect(isProblemCode(p.code)).toBe(true);
      }),
      { numRuns: 500 },
    );
    // Reports with a few fields of each finding changed to any JSON value.
    const finding = demoReport().files.flatMap((f) => f.findings)[0] as Record<string, unknown>;
    const keys = Object.keys(reportedFindingSchema.shape);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue(), { maxKeys: 3 }), (changes) => {
        const result = safeParseLintReport({ files: [{ path: "a.txt", findings: [{ ...finding, ...changes }] }] });
        if (!result.ok) for (const p of result.problems) expect(isProblemCode(p.code)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("has a JSON Schema naming the contract fields as required", () => {
    const schema = lintReportJsonSchema() as {
      properties: { files: { items: { properties: { findings: { items: { required: string[] } } } } } };
    };
    expect(schema.properties.files.items.properties.findings.items.required).toEqual([
      "ruleId",
      "category",
      "severity",
      "message",
      "line",
      "column",
      "offset",
      "length",
      "excerpt",
      "suggestions",
    ]);
  });
});
