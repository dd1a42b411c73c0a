import { writeFile } from "node:fs/promises";
import { formatProblems } from "@st/core";
import {
  checklistItemsForm,
  completedChecklistForm,
  defaultChecklist,
  definitionFromItemRows,
  definitionToItemRows,
  safeValidateChecklistDefinition,
} from "@st/practice-checklist";
import { readWorkbook, writeTemplate } from "@st/workbook";
import { type Command, ExitCode, oneOf, parseOptions, required } from "../command.js";
import { type Io, readBytes, resolvePath } from "../io.js";

/** `st checklist template`: the checklist as an Excel workbook, for audits offline or a borough's own definition. */
export const checklistTemplate: Command = {
  name: "template",
  summary: "write an Excel workbook: a sheet to record completed checklists, or the checklist's items to edit",
  help: `
st checklist template --out PATH.xlsx [--kind records|definition]

Writes an Excel workbook through @st/workbook:
  records     (default) one row per completed checklist of the default checklist: drop-downs for
              every answer, an instructions sheet, a frozen header row
  definition  the default checklist's items, one row each, for a borough to edit into its own
              version of the checklist
`,
  async run(args, io) {
    const { values } = parseOptions(args, { out: { type: "string" }, kind: { type: "string" } }, false);
    const out = required("out", values.out);
    const kind = oneOf("kind", values.kind, ["records", "definition"], "records");
    const bytes =
      kind === "records"
        ? await writeTemplate(completedChecklistForm(defaultChecklist))
        : await writeTemplate(checklistItemsForm, { records: definitionToItemRows(defaultChecklist) });
    await writeFile(resolvePath(out, io), bytes);
    io.stderr(`wrote ${out}\n`);
    return ExitCode.ok;
  },
};

/**
 * Check a borough's checklist kept as a workbook of items (as `template --kind definition` writes):
 * problems reading the sheet carry their cell; problems in the definition carry the field's label.
 */
export async function validateDefinitionWorkbook(path: string, format: "text" | "json", io: Io): Promise<ExitCode> {
  const read = await readWorkbook(checklistItemsForm, await readBytes(path, io));
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
