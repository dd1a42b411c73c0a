/**
 * Loading a borough's checklist definition from JSON or YAML text, or from a value already parsed
 * (a workbook's rows, a database row), with every problem named in a reviewer's words.
 * @module
 */
import { type SafeResult, StValidationError } from "@st/core";
import { checkOptions, checkPlace, checkText, DEFINITION_TEXT, textProblems } from "./arguments.js";
import { type DataFormat, guessFormat, type ParsedText, parseDataText } from "./data-text.js";
import { type ChecklistDefinition, checklistDefinitionRecord } from "./definition.js";
import { labelIn, type PathSegment, pathSegments, SLUG_IN_WORDS } from "./problems.js";

/** Options for reading a definition from text. */
export interface ParseDefinitionOptions {
  /** `json` or `yaml`; guessed from the text when absent (JSON when it opens with `{`). */
  format?: DataFormat | undefined;
  /** Names the input in messages, e.g. the file name. */
  source?: string | undefined;
}

const TOP_LABELS: Record<string, string> = {
  schemaVersion: "Format version",
  id: "Checklist id",
  version: "Checklist version",
  title: "Title",
  description: "Description",
  owner: "Owner",
  basedOn: "Based on",
  scale: "Answer scale",
  sections: "Sections",
  items: "Items",
};

const ITEM_LABELS: Record<string, string> = {
  id: "Item id",
  section: "Section",
  question: "Question",
  goodPractice: "What good practice looks like",
  prompts: "Prompts",
  principles: "S&T principles",
  components: "Critical components",
  evidence: "Where evidence is found",
  uses: "Uses",
  languageCategories: "Language-lint categories",
};

const PROMPT_LABELS: Record<string, string> = {
  supervision: "Supervision prompts",
  "cp-chair": "CP chair prompts",
};

const SECTION_LABELS: Record<string, string> = { id: "Section id", title: "Heading", description: "Description" };
const SCALE_LABELS: Record<string, string> = { id: "Scale id", label: "Scale name", options: "Answers" };
const OPTION_LABELS: Record<string, string> = {
  value: "Stored value",
  label: "Label",
  means: "Counts as",
  aliases: "Other spellings",
};

function idOf(list: unknown, index: PathSegment): string {
  if (!Array.isArray(list) || typeof index !== "number") return "";
  const entry = list[index] as { id?: unknown } | undefined;
  return typeof entry?.id === "string" && entry.id.trim() !== "" ? ` (${entry.id})` : "";
}

/** The human label of a field of a checklist definition, e.g. `Item 4 (child-voice), S&T principles`. @internal */
export function definitionFieldLabel(input: unknown, path: readonly PathSegment[]): string {
  checkPlace("definitionFieldLabel", path, "list", "path", "Path", "a list of keys and indexes");
  const root = (input ?? {}) as Record<string, unknown>;
  const [top, index, field, sub] = path;
  if (top === undefined) return "Checklist definition";
  const topLabel = labelIn(TOP_LABELS, top) ?? `Field "${String(top)}"`;
  if (index === undefined) return topLabel;
  if (top === "items" && typeof index === "number") {
    const item = `Item ${index + 1}${idOf(root.items, index)}`;
    if (field === undefined) return item;
    if (field === "prompts" && sub !== undefined)
      return `${item}, ${labelIn(PROMPT_LABELS, sub) ?? `prompts "${String(sub)}"`}`;
    return `${item}, ${labelIn(ITEM_LABELS, field) ?? `field "${String(field)}"`}`;
  }
  if (top === "sections" && typeof index === "number") {
    const section = `Section ${index + 1}${idOf(root.sections, index)}`;
    return field === undefined
      ? section
      : `${section}, ${labelIn(SECTION_LABELS, field) ?? `field "${String(field)}"`}`;
  }
  if (top === "scale") {
    if (index === "options" && typeof field === "number") {
      const answer = `Answer scale, answer ${field + 1}`;
      return sub === undefined ? answer : `${answer}, ${labelIn(OPTION_LABELS, sub) ?? `field "${String(sub)}"`}`;
    }
    return `Answer scale, ${labelIn(SCALE_LABELS, index) ?? `field "${String(index)}"`}`;
  }
  if (top === "basedOn") return `Based on, ${index === "id" ? "checklist id" : "version"}`;
  return topLabel;
}

function checkValue(value: unknown, parsed?: ParsedText): SafeResult<ChecklistDefinition> {
  const result = checklistDefinitionRecord.safeParse(value);
  if (result.ok) return { ok: true, value: result.value };
  const problems = result.problems.map((problem) => {
    const segments = pathSegments(problem.path);
    // Labels name items by number and id ("Item 4 (child-voice)"), which only the input knows.
    const field = problem.path === "schemaVersion" ? problem.field : definitionFieldLabel(value, segments);
    const line = parsed?.lineOf(segments);
    const expected = problem.code === "invalid_format" ? SLUG_IN_WORDS : problem.expected;
    return { ...problem, field, expected, ...(line === undefined ? {} : { line }) };
  });
  // In a file, problems read best in the order of its lines.
  if (problems.every((p) => p.line !== undefined)) problems.sort((a, b) => a.line! - b.line!);
  return { ok: false, problems };
}

/**
 * Check a value (already parsed from JSON, YAML or a workbook) against the checklist definition
 * format, returning the definition or every problem found.
 */
export function safeValidateChecklistDefinition(value: unknown): SafeResult<ChecklistDefinition> {
  return checkValue(value);
}

/**
 * Check a value against the checklist definition format.
 * @throws `StValidationError` (from `@st/core`) listing every problem found.
 */
export function validateChecklistDefinition(value: unknown): ChecklistDefinition {
  const result = checkValue(value);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "the checklist definition" });
  return result.value;
}

/**
 * Read a checklist definition from JSON or YAML text, returning it or every problem found, each
 * with the line it is on where the text says. A `text` that is not text is a problem coded `invalid_type`.
 * @throws `StValidationError` (from `@st/core`), also a `TypeError`, coded `invalid_type`, when `options` is not an object.
 */
export function safeParseChecklistDefinition(
  text: string,
  options: ParseDefinitionOptions = {},
): SafeResult<ChecklistDefinition> {
  const wrong = textProblems("safeParseChecklistDefinition", text, DEFINITION_TEXT);
  checkOptions("safeParseChecklistDefinition", options);
  if (wrong) return { ok: false, problems: wrong };
  const subject = options.source ?? "checklist definition";
  const read = parseDataText(text, options.format ?? guessFormat(text), subject);
  if (!read.ok) return { ok: false, problems: read.problems };
  return checkValue(read.parsed.value, read.parsed);
}

/**
 * Read a checklist definition from JSON or YAML text.
 * @throws `StValidationError` (from `@st/core`) listing every problem found, with line numbers; also a
 * `TypeError`, coded `invalid_type`, when `text` is not text or `options` not an object.
 */
export function parseChecklistDefinition(text: string, options: ParseDefinitionOptions = {}): ChecklistDefinition {
  checkText("parseChecklistDefinition", text, DEFINITION_TEXT);
  checkOptions("parseChecklistDefinition", options);
  const result = safeParseChecklistDefinition(text, options);
  if (!result.ok)
    throw new StValidationError(result.problems, { subject: options.source ?? "the checklist definition" });
  return result.value;
}
