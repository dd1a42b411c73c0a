/**
 * The checklist's files as text: a definition written as YAML for a borough to edit, a definition
 * in a profile's words, a borough's terminology profile read from JSON or YAML, and telling a
 * definition file from a file of completed checklists.
 * @module
 */
import { checkArgument, isStValidationError, type SafeResult, StValidationError } from "@st/core";
import { defineTerminology, renderLabel, type TerminologyProfile } from "@st/core/practice";
import { stringify } from "yaml";
import { checkDefinition, checkOptions, checkPlace, checkText, PROFILE_TEXT, textProblems } from "./arguments.js";
import { type DataFormat, guessFormat, parseDataText } from "./data-text.js";
import { type ChecklistDefinition, checklistDefinitionRecord } from "./definition.js";

/**
 * A definition with every label in a profile's words instead of placeholders: what a form or a
 * report in another system shows. Literal braces stay escaped (`{{`), so the result still reads
 * back as a valid definition.
 */
export function localiseDefinition(definition: ChecklistDefinition, profile: TerminologyProfile): ChecklistDefinition {
  checkDefinition("localiseDefinition", definition);
  checkPlace("localiseDefinition", profile, "record", "profile", "Terminology profile", "a terminology profile");
  const r = (text: string) => renderLabel(text, profile).replace(/\{/g, "{{").replace(/\}/g, "}}");
  const optional = (text: string | undefined) => (text === undefined ? {} : { description: r(text) });
  return {
    ...definition,
    title: r(definition.title),
    ...optional(definition.description),
    sections: definition.sections.map((s) => ({ ...s, title: r(s.title), ...optional(s.description) })),
    items: definition.items.map((item) => ({
      ...item,
      question: r(item.question),
      goodPractice: r(item.goodPractice),
      prompts: Object.fromEntries(Object.entries(item.prompts).map(([use, list]) => [use, (list ?? []).map(r)])),
    })),
  };
}

/**
 * A definition as YAML, stamped with its `schemaVersion`: the easiest form for a borough to copy
 * the default and edit it (`parseChecklistDefinition` reads it back).
 */
export function checklistDefinitionToYaml(definition: ChecklistDefinition): string {
  checkDefinition("checklistDefinitionToYaml", definition);
  return stringify(checklistDefinitionRecord.write(definition), { lineWidth: 0 });
}

/**
 * Whether a text holds a checklist definition (an object with items) or completed checklists (a
 * list, or an object with answers); `undefined` when it is neither or cannot be read.
 */
export function checklistFileKind(text: string, format?: DataFormat): "definition" | "records" | undefined {
  checkText("checklistFileKind", text, "File");
  checkArgument(format, "text", {
    fn: "checklistFileKind",
    argument: "format",
    label: "Format",
    expected: '"json" or "yaml"',
    optional: true,
  });
  const read = parseDataText(text, format ?? guessFormat(text), "file");
  if (!read.ok) return undefined;
  const value = read.parsed.value;
  if (Array.isArray(value)) return "records";
  if (value === null || typeof value !== "object") return undefined;
  if ("items" in value) return "definition";
  if ("answers" in value) return "records";
  return undefined;
}

/** Options for {@link safeParseTerminologyProfile}. */
export interface ParseProfileOptions {
  /** `json` or `yaml`; guessed from the text when absent. */
  format?: DataFormat | undefined;
  /** Names the input in messages, e.g. the file name. */
  source?: string | undefined;
}

/**
 * Read a borough's terminology profile (the shape `defineTerminology` in `@st/core` takes: id, name,
 * base, terms) from JSON or YAML text, returning the profile or every problem found. A `text` that
 * is not text is a problem coded `invalid_type`.
 * @throws `StValidationError` (from `@st/core`), also a `TypeError`, coded `invalid_type`, when `options` is not an object.
 */
export function safeParseTerminologyProfile(
  text: string,
  options: ParseProfileOptions = {},
): SafeResult<TerminologyProfile> {
  const wrong = textProblems("safeParseTerminologyProfile", text, PROFILE_TEXT);
  checkOptions("safeParseTerminologyProfile", options);
  if (wrong) return { ok: false, problems: wrong };
  const read = parseDataText(text, options.format ?? guessFormat(text), options.source ?? "terminology profile");
  if (!read.ok) return { ok: false, problems: read.problems };
  const value = read.parsed.value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return {
      ok: false,
      problems: [
        {
          path: "",
          field: "Terminology profile",
          expected: "a profile: id, name, base and terms",
          received: Array.isArray(value) ? "a list" : typeof value === "string" ? "text" : String(value),
          message: "is not a terminology profile",
          code: "invalid_type",
        },
      ],
    };
  }
  try {
    return { ok: true, value: defineTerminology(read.parsed.value as Parameters<typeof defineTerminology>[0]) };
  } catch (error) {
    if (!isStValidationError(error)) throw error;
    return {
      ok: false,
      problems: error.problems.map((problem) => {
        const line = read.parsed.lineOf(problem.path === "" ? [] : problem.path.split("."));
        return line === undefined ? problem : { ...problem, line };
      }),
    };
  }
}

/**
 * Read a borough's terminology profile from JSON or YAML text.
 * @throws `StValidationError` (from `@st/core`) listing every problem found.
 */
export function parseTerminologyProfile(text: string, options: ParseProfileOptions = {}): TerminologyProfile {
  checkText("parseTerminologyProfile", text, PROFILE_TEXT);
  checkOptions("parseTerminologyProfile", options);
  const result = safeParseTerminologyProfile(text, options);
  if (!result.ok)
    throw new StValidationError(result.problems, { subject: options.source ?? "the terminology profile" });
  return result.value;
}
