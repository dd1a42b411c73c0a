import { formatProblems, type Problem } from "@st/core";
import { defaultTerminology } from "@st/core/practice";
import { lint as lintText, safeParseLintReport } from "@st/language-lint";
import {
  attachLanguageFindings,
  type ChecklistDefinition,
  type CompletedChecklist,
  checklistDefinitionRecord,
  checklistDefinitionToYaml,
  checklistFileKind,
  checklistSummaryToMarkdown,
  checklistToHtml,
  checklistToMarkdown,
  checklistUses,
  completedChecklistRecord,
  completedChecklistToHtml,
  completedChecklistToMarkdown,
  cpChairPrompts,
  defaultChecklist,
  diff,
  diffToMarkdown,
  findDefinition,
  type LanguageFinding,
  languageSuggestions,
  localiseDefinition,
  type MachineSuggestion,
  promptSheetToHtml,
  promptSheetToMarkdown,
  readCompletedChecklists,
  type SummaryGrouping,
  safeParseChecklistDefinition,
  score,
  summariseChecklists,
  summaryGroupings,
  supervisionPrompts,
} from "@st/practice-checklist";
import { formatOf, loadDefinition, loadDefinitions, loadProfile } from "../checklist-inputs.js";
import { type Command, ExitCode, oneOf, parseOptions } from "../command.js";
import { InputError, type Io, inputName, readJson, readText, UsageError } from "../io.js";
import { printJson, problemJson } from "../json-output.js";
import {
  checklistTemplateCommand,
  isDefinitionWorkbook,
  readChecklistSheet,
  sheetKind,
  validateDefinitionWorkbook,
} from "./checklist-template.js";
import { summaries } from "./summaries.js";

const definitionOption = { definition: { type: "string", multiple: true } } as const;

const show: Command = {
  name: "show",
  summary: "print the default checklist (or a borough's) as JSON, YAML, Markdown or HTML",
  help: `
st checklist show [--format json|yaml|md|html] [--use audit|supervision|cp-chair] [--profile ID|FILE]
                  [--definition PATH] [--template]

Prints the partnership's default S&T practice checklist: every item with its question, what good
practice looks like, where evidence is found, the S&T principles and critical components it serves
(by the ids @st/core gives them) and its uses. Markdown and HTML are the blank checklist to print.

Options:
  --format FORMAT     json, yaml, md (default) or html
  --use USE           only the items of one use: audit, supervision or cp-chair
  --profile ID|FILE   the words for people: default, person-who-uses-harm, or a terminology file
  --definition PATH   show this definition (.json, .yaml or .xlsx of items) instead of the default
  --template          keep placeholders such as {perpetrator} in JSON and YAML, to start a borough's
                      own definition: st checklist show --format yaml --template > ours.yaml

JSON output: the definition, { "schemaVersion", "id", "version", "title", "sections", "items":
[ { "id", "question", "principles", "components", ... } ] }.
`,
  async run(args, io) {
    const { values } = parseOptions(
      args,
      {
        format: { type: "string" },
        use: { type: "string" },
        profile: { type: "string" },
        definition: { type: "string" },
        template: { type: "boolean" },
      },
      false,
    );
    const format = oneOf("format", values.format, ["json", "yaml", "md", "html"], "md");
    const use = values.use === undefined ? undefined : oneOf("use", values.use, checklistUses, "audit");
    const profile = await loadProfile(values.profile, io);
    const definition = values.definition ? await loadDefinition(values.definition, io) : defaultChecklist;
    if (values.template && (format === "md" || format === "html")) {
      throw new UsageError("--template goes with --format json or yaml");
    }
    if (format === "md") io.stdout(checklistToMarkdown(definition, { profile, use }));
    else if (format === "html") io.stdout(checklistToHtml(definition, { profile, use }));
    else {
      const selected = use
        ? { ...definition, items: definition.items.filter((i) => i.uses.includes(use)) }
        : definition;
      const shown = values.template ? selected : localiseDefinition(selected, profile ?? defaultTerminology);
      if (format === "json") printJson(io, checklistDefinitionRecord.write(shown));
      else io.stdout(checklistDefinitionToYaml(shown));
    }
    return ExitCode.ok;
  },
};

const validate: Command = {
  name: "validate",
  summary: "check a borough's checklist definition, or completed checklists, listing every problem",
  help: `
st checklist validate PATH [--format text|json] [--kind definition|records] [--definition PATH...]
                           [--require-all]

Checks PATH (.json or .yaml; - for standard input; or an .xlsx of items written by
st checklist template --kind definition): a checklist definition (a borough's own
version of the checklist), or completed checklists (one record or a list), told apart by their
shape unless --kind says. Every problem is listed with the field's label and, for text files, its line.

Options:
  --format FORMAT     text (default) or json
  --kind KIND         definition or records
  --definition PATH   for records: a definition they may answer besides the default (repeatable)
  --require-all       for records: an item of the record's use left unanswered is a problem

JSON output: { "valid": false, "kind": "definition", "id": ..., "version": ..., "items": 34,
"errors": [ "path", "field", "message", "expected", "received", "code", "line" ] }; for records
{ "valid", "kind": "records", "records": 12, "errors": [ { "record": 3, ... } ] }.
Exit 1 when anything is invalid.
`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      format: { type: "string" },
      kind: { type: "string" },
      "require-all": { type: "boolean" },
      ...definitionOption,
    });
    const format = oneOf("format", values.format, ["text", "json"], "text");
    const path = onePath(positionals, "a checklist definition or of completed checklists");
    const name = inputName(path);
    let kind =
      values.kind === undefined ? undefined : oneOf("kind", values.kind, ["definition", "records"], "definition");
    const sheet = sheetKind(path);
    if (sheet === "csv") kind ??= "records";
    if (sheet === "xlsx") kind ??= (await isDefinitionWorkbook(path, io)) ? "definition" : "records";
    if (sheet && kind === "definition") {
      if (sheet === "csv") throw new UsageError("a checklist definition is read from .json, .yaml or .xlsx, not .csv");
      return validateDefinitionWorkbook(path, format, io);
    }
    const text = sheet ? "" : await readText(path, io);
    if (kind === undefined) kind = checklistFileKind(text, formatOf(path)) ?? "definition";

    if (kind === "definition") {
      const result = safeParseChecklistDefinition(text, { format: formatOf(path), source: name });
      if (format === "json") {
        printJson(io, {
          valid: result.ok,
          kind,
          ...(result.ok
            ? { id: result.value.id, version: result.value.version, items: result.value.items.length }
            : {}),
          errors: result.ok ? [] : result.problems.map(problemJson),
        });
      } else if (result.ok) {
        const d = result.value;
        io.stdout(
          `${name}: a valid checklist definition, ${d.id} ${d.version}: ${d.items.length} items in ${d.sections.length} sections\n`,
        );
      } else {
        io.stdout(`${formatProblems(result.problems, name)}\n`);
      }
      return result.ok ? ExitCode.ok : ExitCode.problems;
    }

    const definitions = await loadDefinitions(values.definition ?? [], io);
    const checked = await readRecords(path, io, definitions, {
      requireAllAnswers: values["require-all"] ?? false,
      allowEmpty: true,
      ...(sheet ? {} : { text }),
    });
    const valid = checked.problems.length === 0;
    if (format === "json") {
      printJson(io, {
        valid,
        kind,
        records: checked.total,
        errors: checked.problems.map(problemJson),
        ...(checked.skipped.length ? { skipped: checked.skipped } : {}),
      });
    } else {
      io.stdout(
        valid
          ? `${name}: ${checked.total} completed checklist${checked.total === 1 ? "" : "s"}, all valid\n`
          : `${formatProblems(checked.problems, name)}\n`,
      );
      reportSkippedRows(io, checked.skipped, path);
    }
    return valid ? ExitCode.ok : ExitCode.problems;
  },
};

const diffCommand: Command = {
  name: "diff",
  summary: "show what one checklist definition changed from another, item by item",
  help: `
st checklist diff PATH_A PATH_B [--format text|json]

Compares two checklist definitions (.json, .yaml, or an .xlsx of items as st checklist template
--kind definition writes it; the word "default" for the partnership's default): items added, removed, renamed (same question, new id), reworded or remapped to other
principles or components, and moved; sections; the answer scale.

Example: st checklist diff default ours.yaml

Options:
  --format FORMAT   text (default) or json

JSON output: { "from": { "id", "version" }, "to": { ... }, "identical": false, "checklist": [...],
"sections": { "added", "removed", "changed" }, "items": { "added", "removed", "renamed", "changed",
"moved", "unchanged" } }. Exit 0 whether or not they differ; 2 when a definition cannot be read.
`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { format: { type: "string" } });
    const format = oneOf("format", values.format, ["text", "json"], "text");
    if (positionals.length !== 2) throw new UsageError("give two definitions to compare: PATH_A PATH_B");
    const [a, b] = await Promise.all(positionals.map((path) => loadDefinition(path, io)));
    const result = diff(a!, b!);
    if (format === "json") printJson(io, result);
    else io.stdout(diffToMarkdown(result));
    return ExitCode.ok;
  },
};

function parseGroupings(value: string | undefined): SummaryGrouping[] {
  if (value === undefined) return [];
  const parts = value.split(",").map((p) => p.trim());
  for (const part of parts) {
    if (!(summaryGroupings as readonly string[]).includes(part)) {
      throw new UsageError(`--by takes ${summaryGroupings.join(", ")} (or several, comma-separated); found "${part}"`);
    }
  }
  return parts as SummaryGrouping[];
}

/**
 * Read language-lint findings as `st lint --format json` prints them, and attach them to a record's
 * language items as machine suggestions, each marked with the file it came from.
 */
/** The one PATH a subcommand takes, or a {@link UsageError} saying what to give. */
function onePath(positionals: readonly string[], what: string): string {
  const [path, ...extra] = positionals;
  if (path === undefined) throw new UsageError(`give the PATH of ${what}`);
  if (extra.length) throw new UsageError(`one PATH at a time; found also ${extra.join(" ")}`);
  return path;
}

/** Language-lint findings and the file (or, for st lint's output, the file linted) they are about. */
interface SourcedFindings {
  source: string;
  findings: LanguageFinding[];
}

/**
 * Language-lint findings on case-note text files (plain text or Markdown, as st lint reads them),
 * each with the file it came from.
 */
async function notesFindings(paths: readonly string[], io: Io): Promise<SourcedFindings[]> {
  const found: SourcedFindings[] = [];
  for (const path of paths) found.push({ source: inputName(path), findings: lintText(await readText(path, io)) });
  return found;
}

/** Machine suggestions from case-note text files, for the language items of `definition`. */
async function notesSuggestions(
  paths: readonly string[],
  definition: ChecklistDefinition,
  io: Io,
): Promise<MachineSuggestion[]> {
  return (await notesFindings(paths, io)).flatMap(({ source, findings }) =>
    languageSuggestions(findings, { definition, source }),
  );
}

/** A record with each source's language findings attached to its language items. */
function attachFindings(
  record: CompletedChecklist,
  found: readonly SourcedFindings[],
  definition: ChecklistDefinition,
): CompletedChecklist {
  return found.reduce(
    (result, { source, findings }) => attachLanguageFindings(result, findings, { definition, source }),
    record,
  );
}

/** The findings in files written by `st lint --format json`, each with the file it is about. */
async function lintOutputFindings(paths: readonly string[], io: Io): Promise<SourcedFindings[]> {
  const found: SourcedFindings[] = [];
  for (const path of paths) {
    const report = safeParseLintReport(await readJson(path, io));
    if (!report.ok) {
      // The first few problems, each with its field, what was expected and what was found.
      const shown = report.problems.slice(0, 3).map((p) => (p.path ? `${p.path} ${p.message}` : p.message));
      const more = report.problems.length - shown.length;
      throw new InputError(
        `cannot read ${inputName(path)}: expected the output of st lint --format json ({ "files": [ { "path", "findings": [...] } ] }); ${shown.join("; ")}${more > 0 ? ` (and ${more} more)` : ""}`,
      );
    }
    for (const file of report.value.files) found.push({ source: file.path, findings: file.findings });
  }
  return found;
}

/** Completed checklists read and checked, with the rows a spreadsheet reader left out. */
export interface ReadRecords {
  records: CompletedChecklist[];
  problems: Problem[];
  total: number;
  skipped: { row: number; reason: string; line?: number | undefined }[];
}

/**
 * The definition the rows of a spreadsheet answer: its columns are one definition's items, so only
 * one may be named besides the default.
 */
function sheetDefinition(path: string, definitions: readonly ChecklistDefinition[]): ChecklistDefinition {
  if (definitions.length > 2) {
    throw new UsageError(
      `${inputName(path)} is a spreadsheet, whose columns answer one checklist: give at most one --definition`,
    );
  }
  return definitions.at(-1)!;
}

/**
 * Completed checklists from JSON or YAML text, or from a spreadsheet (.xlsx as \`template\` writes it,
 * or .csv with its columns) answering the last definition given. A file holding no record that
 * could be read stops the command.
 */
export async function readRecords(
  path: string,
  io: Io,
  definitions: readonly ChecklistDefinition[],
  options: { requireAllAnswers?: boolean | undefined; allowEmpty?: boolean; text?: string } = {},
): Promise<ReadRecords> {
  let checked: ReadRecords;
  if (sheetKind(path)) {
    checked = await readChecklistSheet(path, io, sheetDefinition(path, definitions), options);
  } else {
    const text = options.text ?? (await readText(path, io));
    checked = {
      ...readCompletedChecklists(text, {
        format: formatOf(path),
        source: inputName(path),
        definitions,
        requireAllAnswers: options.requireAllAnswers ?? false,
      }),
      skipped: [],
    };
  }
  if (!options.allowEmpty && checked.total === 0 && checked.problems.length) {
    throw new InputError(formatProblems(checked.problems, inputName(path)));
  }
  return checked;
}

/** Rows a spreadsheet reader did not read, said on stderr so nothing goes unmentioned. */
function reportSkippedRows(io: Io, skipped: ReadRecords["skipped"], path: string): void {
  if (!skipped.length) return;
  io.stderr(
    `${inputName(path)}: ${skipped.length} row${skipped.length === 1 ? "" : "s"} not read: ${skipped
      .map((s) => `row ${s.row} (${s.reason})`)
      .join(", ")}\n`,
  );
}

function reportSkipped(io: Io, checked: ReadRecords, path: string): void {
  reportSkippedRows(io, checked.skipped, path);
  const { problems } = checked;
  if (!problems.length) return;
  const records = new Set(problems.map((p) => p.record));
  io.stderr(
    `${records.size} record${records.size === 1 ? "" : "s"} left out because invalid:\n${formatProblems(problems, inputName(path))}\n`,
  );
}

const summary: Command = {
  name: "summary",
  summary: "summariseChecklists completed checklists by borough, quarter or team, with counts behind every percentage",
  help: `
st checklist summary PATH [--by borough|quarter|team|case|use|checklist[,...]] [--format json|md]
                          [--definition PATH...] [--profile ID|FILE]

Reads completed checklists (.json or .yaml, one record or a list) and gives, for each group and in
total, per item, per S&T principle and per critical component: how many applicable answers show
the practice ("met"), partly show it, or could not be evidenced, each as "count of total" with the
percentage. Answers "not applicable" are left out of every share.

Options:
  --by GROUPING       borough, quarter (calendar, YYYY-Qn), team, case, use or checklist; several
                      comma-separated (--by borough,quarter); the total only when absent
  --format FORMAT     md (default) or json
  --definition PATH   a definition the records answer besides the default (repeatable)
  --profile ID|FILE   the words for people in labels

Invalid records are left out of the summary and listed on stderr (and under "errors" in JSON);
the exit code is then 1.
`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      by: { type: "string" },
      format: { type: "string" },
      profile: { type: "string" },
      ...definitionOption,
    });
    const format = oneOf("format", values.format, ["json", "md"], "md");
    const by = parseGroupings(values.by);
    const path = onePath(positionals, "the completed checklists");
    const definitions = await loadDefinitions(values.definition ?? [], io);
    const profile = await loadProfile(values.profile, io);
    const checked = await readRecords(path, io, definitions);
    const result = summariseChecklists(checked.records, { by, definitions, profile });
    if (format === "json")
      printJson(io, {
        ...result,
        errors: checked.problems.map(problemJson),
        ...(checked.skipped.length ? { skipped: checked.skipped } : {}),
      });
    else {
      io.stdout(checklistSummaryToMarkdown(result));
      reportSkipped(io, checked, path);
    }
    return checked.problems.length ? ExitCode.problems : ExitCode.ok;
  },
};

const scoreCommand: Command = {
  name: "score",
  summary: "score completed checklists per principle and critical component, or print them",
  help: `
st checklist score PATH [--format json|md|html] [--definition PATH...] [--profile ID|FILE]
                        [--notes FILE...] [--findings LINT.json...]

Scores each completed checklist in PATH (.json or .yaml; .xlsx as st checklist template writes it,
or .csv with its columns): coverage per S&T principle, per critical component and per section, with the counts behind every percentage and the rule stated. Markdown and HTML print each
completed checklist in full (answers, evidence notes, where found, machine suggestions marked as such).

Options:
  --format FORMAT     json, md (default) or html
  --definition PATH   a definition the records answer besides the default (repeatable)
  --profile ID|FILE   the words for people in labels
  --notes FILE        the case's notes (plain text or Markdown; repeatable): st lint runs over them and
                      its findings are attached to the language items as machine suggestions, marked
                      as such and never counted in a score (in JSON: the record's "suggestions");
                      one record only
  --findings FILE     the same from findings already made (the output of st lint --format json)

Example: st checklist score audit.json --notes case-notes.txt --format html > audit.html

JSON output: { "scores": [ ... ], "records": [ the records with their suggestions, when --notes or
--findings is given ], "errors": [ ... ] }.
Invalid records are listed on stderr and left out; the exit code is then 1.
`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      format: { type: "string" },
      profile: { type: "string" },
      ...definitionOption,
      findings: { type: "string", multiple: true },
      notes: { type: "string", multiple: true },
    });
    const format = oneOf("format", values.format, ["json", "md", "html"], "md");
    const path = onePath(positionals, "the completed checklists");
    const definitions = await loadDefinitions(values.definition ?? [], io);
    const profile = await loadProfile(values.profile, io);
    const checked = await readRecords(path, io, definitions);
    let pairs = checked.records.map((record) => ({
      record,
      definition: findDefinition(definitions, record.checklist)!,
    }));
    const attaching = Boolean(values.findings?.length || values.notes?.length);
    if (attaching) {
      const option = values.notes?.length ? "--notes" : "--findings";
      if (pairs.length !== 1) {
        throw new UsageError(`${option} goes with one completed checklist; ${path} holds ${pairs.length} valid ones`);
      }
      const { definition } = pairs[0]!;
      let { record } = pairs[0]!;
      if (values.findings?.length) {
        record = attachFindings(record, await lintOutputFindings(values.findings, io), definition);
      }
      if (values.notes?.length) record = attachFindings(record, await notesFindings(values.notes, io), definition);
      pairs = [{ record, definition }];
    }
    if (format === "json") {
      printJson(io, {
        scores: pairs.map(({ record, definition }) => score(record, definition, { profile })),
        ...(attaching ? { records: pairs.map(({ record }) => completedChecklistRecord.write(record)) } : {}),
        errors: checked.problems.map(problemJson),
        ...(checked.skipped.length ? { skipped: checked.skipped } : {}),
      });
    } else if (format === "md") {
      io.stdout(
        pairs
          .map(({ record, definition }) => completedChecklistToMarkdown(record, definition, { profile }))
          .join("\n---\n\n"),
      );
    } else {
      if (pairs.length !== 1) {
        throw new UsageError(`--format html prints one completed checklist a page; ${path} holds ${pairs.length}`);
      }
      io.stdout(completedChecklistToHtml(pairs[0]!.record, pairs[0]!.definition, { profile }));
    }
    if (format !== "json") reportSkipped(io, checked, path);
    return checked.problems.length ? ExitCode.problems : ExitCode.ok;
  },
};

const prompts: Command = {
  name: "prompts",
  summary: "the checklist as prompts for supervision or for a CP chair: questions, not scores",
  help: `
st checklist prompts [--use supervision|cp-chair] [--record PATH] [--notes FILE...]
                     [--findings LINT.json...] [--format md|html|json] [--definition PATH]
                     [--profile ID|FILE]

Prints the items used in supervision (default) or by child protection conference chairs, with their
prompts and what good practice looks like. With --record (a completed checklist for the case), the
items it found least evidenced come first, in the reviewer's own words. Never a score.

Options:
  --use USE           supervision (default) or cp-chair
  --record PATH       a completed checklist for the case (.json, .yaml, .xlsx or .csv; one record)
  --notes FILE        the case's notes (plain text or Markdown; repeatable): st lint runs over them and
                      its findings are shown under the language items as machine suggestions to
                      talk through, marked as such (with or without --record)
  --findings FILE     with --record: the same from findings already made (st lint --format json)
  --format FORMAT     md (default), html or json
  --definition PATH   use this definition instead of the default
  --profile ID|FILE   the words for people in labels
`,
  async run(args, io) {
    const { values } = parseOptions(
      args,
      {
        use: { type: "string" },
        record: { type: "string" },
        findings: { type: "string", multiple: true },
        notes: { type: "string", multiple: true },
        format: { type: "string" },
        definition: { type: "string" },
        profile: { type: "string" },
      },
      false,
    );
    const use = oneOf("use", values.use, ["supervision", "cp-chair"], "supervision");
    const format = oneOf("format", values.format, ["md", "html", "json"], "md");
    const definition = values.definition ? await loadDefinition(values.definition, io) : defaultChecklist;
    const profile = await loadProfile(values.profile, io);
    let record: CompletedChecklist | undefined;
    if (values.record) {
      const checked = await readRecords(values.record, io, [definition]);
      if (checked.problems.length) throw new InputError(formatProblems(checked.problems, inputName(values.record)));
      if (checked.records.length !== 1) {
        throw new InputError(`${inputName(values.record)} holds ${checked.records.length} records; give one`);
      }
      record = checked.records[0];
      if (record && values.findings?.length) {
        record = attachFindings(record, await lintOutputFindings(values.findings, io), definition);
      }
    } else if (values.findings?.length) {
      throw new UsageError("--findings goes with --record");
    }
    const suggestions = values.notes?.length ? await notesSuggestions(values.notes, definition, io) : [];
    const sheet = (use === "supervision" ? supervisionPrompts : cpChairPrompts)(definition, {
      record,
      profile,
      suggestions,
    });
    if (format === "json") printJson(io, sheet);
    else io.stdout(format === "md" ? promptSheetToMarkdown(sheet) : promptSheetToHtml(sheet));
    return ExitCode.ok;
  },
};

const schema: Command = {
  name: "schema",
  summary: "print the JSON Schema of checklist definitions or of completed checklists",
  help: `
st checklist schema [--kind definition|records]

Prints the JSON Schema (draft 2020-12) of a checklist definition (default) or of a completed
checklist, for validating them in tools not written in TypeScript. Rules across fields (unique ids,
answers on the definition's scale) cannot be expressed in JSON Schema: st checklist validate checks them.
`,
  async run(args, io) {
    const { values } = parseOptions(args, { kind: { type: "string" } }, false);
    const kind = oneOf("kind", values.kind, ["definition", "records"], "definition");
    printJson(io, (kind === "definition" ? checklistDefinitionRecord : completedChecklistRecord).jsonSchema());
    return ExitCode.ok;
  },
};

/** `st checklist`: the S&T practice checklist. */
export const checklist: Command = {
  name: "checklist",
  summary: summaries.checklist,
  help: `
st checklist <subcommand> [options]

The Safe & Together practice checklist for audit, supervision and CP chairs.

Subcommands:
  show       print the default checklist (JSON, YAML, Markdown or HTML)
  validate   check a borough's definition, or completed checklists, listing every problem
  diff       what one definition changed from another, item by item
  summary    summariseChecklists completed checklists by borough, quarter or team
  score      score completed checklists, or print them in full
  prompts    the checklist as prompts for supervision or a CP chair
  schema     the JSON Schema of definitions or completed checklists
  template   an Excel workbook to record checklists offline, or to edit the items

Run \`st checklist <subcommand> --help\` for each one's options.
`,
  subcommands: [
    show,
    validate,
    diffCommand,
    summary,
    scoreCommand,
    prompts,
    schema,
    checklistTemplateCommand(loadDefinition),
  ],
};
