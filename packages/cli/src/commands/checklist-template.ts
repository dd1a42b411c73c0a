import { formatProblems, isStValidationError } from "@st/core";
import {
  type CheckedChecklistRows,
  type ChecklistDefinition,
  checkCompletedChecklistRows,
  checklistItemsForm,
  checklistUses,
  completedChecklistForm,
  defaultChecklist,
  definitionFromItemRows,
  definitionToItemRows,
  safeValidateChecklistDefinition,
} from "@st/practice-checklist";
import { type ReadResult, readCsv, writeTemplate } from "@st/workbook";
import { type Command, ExitCode, oneOf, parseOptions, required } from "../command.js";
import { InputError, type Io, inputName, readText, UsageError } from "../io.js";
import { writeOutputFile } from "../output.js";
import { readWorkbookInput } from "../workbook-input.js";

/**
 * `st checklist template`: the checklist as an Excel workbook, for audits offline or a borough's own
 * definition. Given the definition loader of `st checklist`, so both read definitions alike.
 */
export function checklistTemplateCommand(
  loadDefinition: (path: string, io: Io) => Promise<ChecklistDefinition>,
): Command {
  return {
    name: "template",
    summary: "write an Excel workbook: a sheet to record completed checklists, or the checklist's items to edit",
    help: `
st checklist template --out PATH.xlsx [--force] [--kind records|definition] [--definition PATH]
                      [--use audit|supervision|cp-chair]

Writes an Excel workbook through @st/workbook:
  records     (default) one row per completed checklist: drop-downs for every answer, an
              instructions sheet, a frozen header row. Read it back with st checklist validate,
              summary or score (which also read a CSV with the same columns).
  definition  the checklist's items, one row each, for a borough to edit into its own version
              of the checklist

Options:
  --out PATH.xlsx     where to write the workbook; an existing file is refused
  --force             replace an existing file at --out
  --kind KIND         records (default) or definition
  --definition PATH   the checklist (.json or .yaml) to write instead of the default
  --use USE           records only: just the items of one use (audit, supervision or cp-chair)
`,
    async run(args, io) {
      const { values } = parseOptions(
        args,
        {
          out: { type: "string" },
          kind: { type: "string" },
          definition: { type: "string" },
          use: { type: "string" },
          force: { type: "boolean" },
        },
        false,
      );
      const out = required("out", values.out);
      if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out must name an .xlsx file; found "${out}"`);
      const kind = oneOf("kind", values.kind, ["records", "definition"], "records");
      const use = values.use === undefined ? undefined : oneOf("use", values.use, checklistUses, "audit");
      if (use && kind === "definition") throw new UsageError("--use goes with --kind records");
      const definition = values.definition ? await loadDefinition(values.definition, io) : defaultChecklist;
      let bytes: Uint8Array;
      if (kind === "records") bytes = await writeTemplate(completedChecklistForm(definition, { use }));
      else {
        let rows: ReturnType<typeof definitionToItemRows>;
        try {
          rows = definitionToItemRows(definition);
        } catch (error) {
          throw new InputError(`cannot write ${values.definition} as a workbook: ${(error as Error).message}`);
        }
        bytes = await writeTemplate(checklistItemsForm, { records: rows });
      }
      await writeOutputFile(out, bytes, io, { force: values.force, inputs: [values.definition] });
      io.stderr(`wrote ${out}\n`);
      return ExitCode.ok;
    },
  };
}

/**
 * Check a borough's checklist kept as a workbook of items (as `template --kind definition` writes):
 * problems reading the sheet carry their cell; problems in the definition carry the field's label.
 */
export async function validateDefinitionWorkbook(path: string, format: "text" | "json", io: Io): Promise<ExitCode> {
  const read = await readWorkbookInput(checklistItemsForm, path, io);
  const checked = read.problems.length
    ? undefined
    : safeValidateChecklistDefinition(definitionFromItemRows(read.records));
  const problems = checked === undefined ? read.problems : checked.ok ? [] : checked.problems;
  if (format === "json") {
    io.stdout(
      `${JSON.stringify({
        valid: problems.length === 0,
        kind: "definition",
        ...(checked?.ok
          ? { id: checked.value.id, version: checked.value.version, items: checked.value.items.length }
          : {}),
        errors: problems,
      })}\n`,
    );
  } else if (checked?.ok) {
    io.stdout(
      `${path}: a valid checklist definition, ${checked.value.id} ${checked.value.version}: ${checked.value.items.length} items\n`,
    );
  } else {
    io.stdout(`${formatProblems(problems, path)}\n`);
  }
  return problems.length === 0 ? ExitCode.ok : ExitCode.problems;
}

/** A completed-checklist spreadsheet by its extension: the workbook `template` writes, or CSV with its columns. */
export function sheetKind(path: string): "xlsx" | "csv" | undefined {
  if (/\.xlsx$/i.test(path)) return "xlsx";
  if (/\.csv$/i.test(path)) return "csv";
  return undefined;
}

/**
 * Read completed checklists from a workbook (as `st checklist template` writes it) or CSV with its
 * columns, as records of `definition`: every problem carries its record, sheet and cell and the
 * field's label; blank rows between records come back in `skipped`.
 * A file that cannot be opened at all stops the command (exit 2).
 */
export async function readChecklistSheet(
  path: string,
  io: Io,
  definition: ChecklistDefinition,
  options: { requireAllAnswers?: boolean | undefined } = {},
): Promise<CheckedChecklistRows> {
  const form = completedChecklistForm(definition);
  let read: ReadResult;
  try {
    read =
      sheetKind(path) === "csv" ? readCsv(form, await readText(path, io)) : await readWorkbookInput(form, path, io);
  } catch (error) {
    if (isStValidationError(error)) throw new InputError(formatProblems(error.problems, inputName(path)));
    throw error;
  }
  return checkCompletedChecklistRows(read, definition, options);
}

/** Whether a workbook holds a checklist's items (as `template --kind definition` writes) rather than completed checklists. */
export async function isDefinitionWorkbook(path: string, io: Io): Promise<boolean> {
  try {
    const read = await readWorkbookInput(checklistItemsForm, path, io);
    return read.columns.question !== undefined && read.columns.principles !== undefined;
  } catch {
    // Not a workbook at all: the reader it is given to says so.
    return false;
  }
}

/**
 * A borough's checklist kept as a workbook of items (as `template --kind definition` writes it),
 * for every option that takes a definition. One that cannot be read or is invalid stops the
 * command (exit 2), its problems listed with their cells or field labels.
 */
export async function loadDefinitionWorkbook(path: string, io: Io): Promise<ChecklistDefinition> {
  let read: ReadResult;
  try {
    read = await readWorkbookInput(checklistItemsForm, path, io);
  } catch (error) {
    if (isStValidationError(error)) throw new InputError(formatProblems(error.problems, path));
    throw error;
  }
  if (read.problems.length) throw new InputError(formatProblems(read.problems, path));
  const checked = safeValidateChecklistDefinition(definitionFromItemRows(read.records));
  if (!checked.ok) throw new InputError(formatProblems(checked.problems, path));
  return checked.value;
}
