/**
 * The checklist definitions and terminology profiles a command is told to use, read the same way by
 * `st checklist` and `st review`.
 * @module
 */
import { formatProblems } from "@st/core";
import { builtInTerminologies, type TerminologyProfile } from "@st/core/practice";
import {
  type ChecklistDefinition,
  type DataFormat,
  defaultChecklist,
  findDefinition,
  safeParseChecklistDefinition,
  safeParseTerminologyProfile,
} from "@st/practice-checklist";
import { loadDefinitionWorkbook } from "./commands/checklist-template.js";
import { InputError, type Io, inputName, readText, UsageError } from "./io.js";

/** The text format of a path from its extension; guessed from the text for stdin and other names. */
export function formatOf(path: string): DataFormat | undefined {
  if (/\.json$/i.test(path)) return "json";
  if (/\.ya?ml$/i.test(path)) return "yaml";
  return undefined;
}

/** A definition file (JSON, YAML or an items workbook), or `default`; one that cannot be read stops the command (exit 2). */
export async function loadDefinition(path: string, io: Io): Promise<ChecklistDefinition> {
  if (path === "default") return defaultChecklist;
  if (/\.xlsx$/i.test(path)) return loadDefinitionWorkbook(path, io);
  const text = await readText(path, io);
  const result = safeParseChecklistDefinition(text, { format: formatOf(path), source: inputName(path) });
  if (!result.ok) throw new InputError(formatProblems(result.problems, inputName(path)));
  return result.value;
}

/** The default checklist plus every definition named with --definition, each once. */
export async function loadDefinitions(paths: readonly string[], io: Io): Promise<ChecklistDefinition[]> {
  const definitions = [defaultChecklist];
  for (const path of paths) {
    const definition = await loadDefinition(path, io);
    if (!findDefinition(definitions, definition)) definitions.push(definition);
  }
  return definitions;
}

/** A built-in terminology profile by id, or a borough's profile from a JSON or YAML file (or stdin). */
export async function loadProfile(value: string | undefined, io: Io): Promise<TerminologyProfile | undefined> {
  if (value === undefined) return undefined;
  if (Object.hasOwn(builtInTerminologies, value)) {
    return builtInTerminologies[value as keyof typeof builtInTerminologies];
  }
  if (!/\.(json|ya?ml)$/i.test(value) && value !== "-") {
    throw new UsageError(
      `--profile must be one of ${Object.keys(builtInTerminologies).join(", ")}, or a .json or .yaml file; found "${value}"`,
    );
  }
  const result = safeParseTerminologyProfile(await readText(value, io), {
    format: formatOf(value),
    source: inputName(value),
  });
  if (!result.ok) throw new InputError(formatProblems(result.problems, inputName(value)));
  return result.value;
}
