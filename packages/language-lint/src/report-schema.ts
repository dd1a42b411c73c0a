/**
 * The lint report `st lint --format json` prints, as a schema, for the scripts and `st` commands
 * that read findings back. Kept apart from the lint engine: `lint` and `createLinter` never load it.
 * @module
 */
import { labelFromKey, type Problem, problemCodeOfZodIssue, StValidationError } from "@st/core";
import * as z from "zod/mini";
import { type Category, categories, type Fix, type Quotation, type Severity, severities } from "./finding.js";
import { withEnglishMessages } from "./problems.js";
import type { SafeResult } from "./rule.js";

/**
 * One finding as the report gives it. The first ten fields are the `st lint` contract; the others
 * are extras `st lint` also writes (a report from another tool may leave them out).
 */
export interface ReportedFinding {
  /** The rule that matched, `category/name` (positive signals are `positive/name`). */
  ruleId: string;
  /** The rule's category: one of {@link categories}. */
  category: Category;
  /** How much it matters: one of {@link severities}. */
  severity: Severity;
  /** One sentence saying what is wrong (or, for a positive signal, what is right). */
  message: string;
  /** 1-based line of the first character. */
  line: number;
  /** 1-based column of the first character, in UTF-16 code units. */
  column: number;
  /** 0-based offset of the first character in UTF-16 code units from the start of the file's text. */
  offset: number;
  /** Length of the excerpt in UTF-16 code units. */
  length: number;
  /** The matched text, exactly as written: `text.slice(offset, offset + length)`. */
  excerpt: string;
  /** Better wordings, best first (possibly none). */
  suggestions: string[];
  /** 1-based line of the last character (an extra). */
  endLine?: number;
  /** 1-based column just after the last character (an extra). */
  endColumn?: number;
  /** Why the wording matters, with sources (an extra). */
  explanation?: string;
  /** The one unambiguous rewrite, when there is one (an extra). */
  fix?: Fix;
  /** Present when the excerpt is inside quotation marks (an extra). */
  quoted?: Quotation;
  /** True for a positive signal (an extra, present only when true). */
  positive?: boolean;
}

/** One linted file of a {@link LintReport}: its path as given (`<stdin>` for standard input) and its findings. */
export interface LintReportFile {
  /** The path as `st lint` was given it; `<stdin>` for standard input. */
  path: string;
  /** The file's findings, in the order of the text. */
  findings: ReportedFinding[];
}

/** The document `st lint --format json` prints: each file linted, with its findings. */
export interface LintReport {
  /** The files, in the order they were linted. */
  files: LintReportFile[];
}

const text = () => z.string();
const lineOrColumn = () => z.int().check(z.minimum(1));
const count = () => z.int().check(z.minimum(0));

/**
 * The schema of one {@link ReportedFinding}. Fields a newer `st lint` may add are allowed and
 * dropped in parsing; a field this schema knows must have its kind.
 */
export const reportedFindingSchema = z.object({
  ruleId: z.string().check(z.regex(/^[a-z][a-z-]*\/[a-z0-9][a-z0-9-]*$/)),
  category: z.enum(categories),
  severity: z.enum(severities),
  message: text(),
  line: lineOrColumn(),
  column: lineOrColumn(),
  offset: count(),
  length: count(),
  excerpt: text(),
  suggestions: z.array(text()),
  endLine: z.optional(lineOrColumn()),
  endColumn: z.optional(lineOrColumn()),
  explanation: z.optional(text()),
  fix: z.optional(z.object({ offset: count(), length: count(), text: text() })),
  quoted: z.optional(z.object({ attributed: z.boolean() })),
  positive: z.optional(z.boolean()),
});

/**
 * The schema of a {@link LintReport}, the document `st lint --format json` prints
 * (`{ "files": [ { "path", "findings": [...] } ] }`): a `zod/mini` schema, like
 * {@link lintConfigSchema}. Read one with {@link safeParseLintReport}, whose problems say what
 * was expected and what was found.
 */
export const lintReportSchema = z.object({
  files: z.array(z.object({ path: text(), findings: z.array(reportedFindingSchema) })),
});

/** What each field of a report holds, in words, for problems. */
const EXPECTED: Record<string, string> = {
  files: "a list of the files linted",
  file: 'a linted file: { "path", "findings" }',
  path: "the path of the file linted, as text",
  findings: "a list of findings",
  finding: "a finding: { ruleId, category, severity, message, line, column, offset, length, excerpt, suggestions }",
  ruleId: "a rule id written category/name, e.g. mutualising/volatile-relationship",
  category: `one of ${categories.join(", ")}`,
  severity: `one of ${severities.join(", ")}`,
  message: "text",
  line: "a whole number, 1 or more",
  column: "a whole number, 1 or more",
  endLine: "a whole number, 1 or more",
  endColumn: "a whole number, 1 or more",
  offset: "a whole number, 0 or more",
  length: "a whole number, 0 or more",
  excerpt: "text",
  suggestions: "a list of texts",
  explanation: "text",
  fix: 'a rewrite: { "offset", "length", "text" }',
  text: "text",
  quoted: '{ "attributed": true or false }',
  attributed: "true or false",
  positive: "true or false",
};

/** What a value is, in a few words: quoted text cut short, a list's length, a number. */
function found(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : String(value);
}

/** The field a path ends at, in the words of {@link EXPECTED}: a list position names what the list holds. */
function fieldOf(path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  if (last === undefined) return "";
  if (typeof last !== "number") return String(last);
  const list = path.at(-2);
  return list === "files" ? "file" : list === "findings" ? "finding" : String(list ?? "");
}

/** Every issue of a failed parse of a report as a {@link Problem}, naming the field, what it holds and what it should. */
function reportProblems(error: z.core.$ZodError, input: unknown): Problem[] {
  return error.issues.map((issue) => {
    let received: unknown = input;
    for (const key of issue.path) {
      received =
        received !== null && typeof received === "object"
          ? (received as Record<PropertyKey, unknown>)[key as string]
          : undefined;
    }
    const field = fieldOf(issue.path);
    const expected =
      issue.path.length === 0
        ? 'the output of st lint --format json: { "files": [ { "path", "findings": [...] } ] }'
        : (EXPECTED[field] ?? issue.message);
    const missing = received === undefined;
    return {
      path: issue.path.map(String).join("."),
      field: field ? labelFromKey(field) : "Lint report",
      expected,
      received: found(received),
      message: missing ? `is missing: expected ${expected}` : `expected ${expected}, found ${found(received)}`,
      code: missing ? "required" : problemCodeOfZodIssue(issue.code),
    };
  });
}

/**
 * Check that a value (parsed JSON) is a lint report as `st lint --format json` prints it, returning
 * the report or every problem found, each naming the field (`files.0.findings.2.line`), what was
 * expected and what was found. Never throws, whatever the value.
 *
 * @example
 * const result = safeParseLintReport(JSON.parse(text));
 * if (!result.ok) console.error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
 */
export function safeParseLintReport(input: unknown): SafeResult<LintReport> {
  const parsed = withEnglishMessages(() => lintReportSchema.safeParse(input));
  if (!parsed.success) return { ok: false, problems: reportProblems(parsed.error, input) };
  return { ok: true, value: parsed.data as LintReport };
}

/** Check a lint report like {@link safeParseLintReport}, throwing an `StValidationError` listing every problem. */
export function parseLintReport(input: unknown): LintReport {
  const result = safeParseLintReport(input);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "lint report" });
  return result.value;
}

/** The JSON Schema (draft 2020-12) of a {@link LintReport}, for readers of `st lint --format json` outside TypeScript. */
export function lintReportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(lintReportSchema) as Record<string, unknown>;
}
