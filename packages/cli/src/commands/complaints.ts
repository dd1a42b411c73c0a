import {
  COMPLAINT_SCHEMA_VERSION,
  type ComplaintRecord,
  checkComplaints,
  complaintsProforma,
  complaintsSummaryToMarkdown,
  detect,
  proformaAdaptationProblems,
  proformaAtVersion,
  type QuarterReturn,
  type Stage,
  type SummaryDimension,
  safeReadQuarterReturns,
  stageDeadline,
  summariseComplaints,
} from "@st/complaints-proforma";
import { formatProblem, formatProblems, isStValidationError, type Problem } from "@st/core";
import type { FormDefinition } from "@st/core/forms";
import { builtInTerminologies, renderLabel, type TerminologyProfile } from "@st/core/practice";
import { nestRecord } from "@st/core/records";
import { locateProblems, type ReadResult, readCsv, writeTemplate } from "@st/workbook";
import { type Command, ExitCode, isoDateOption, oneOf, parseOptions, required } from "../command.js";
import { InputError, type Io, inputName, parseJsonText, readJson, readJsonLines, readText, UsageError } from "../io.js";
import { printJson } from "../json-output.js";
import { writeOutputFile } from "../output.js";
import { readWorkbookInput } from "../workbook-input.js";
import { summaries } from "./summaries.js";

type TextOrJson = "text" | "json";

function outputFormat(io: Io, value: string | undefined): TextOrJson {
  return oneOf("format", value, ["text", "json"], io.stdoutIsTerminal ? "text" : "json");
}

function terminologyOption(value: string | undefined): TerminologyProfile {
  const id = oneOf(
    "terminology",
    value,
    Object.keys(builtInTerminologies) as (keyof typeof builtInTerminologies)[],
    "default",
  );
  return builtInTerminologies[id];
}

/** Complaint records read from a file and checked, every problem located as precisely as the file allows. */
export interface LoadedComplaints {
  /** How many records the file holds (spreadsheet rows that are not blank). */
  count: number;
  /** The valid records. */
  records: ComplaintRecord[];
  /** Every problem, by record number (and, in spreadsheets, sheet and cell). */
  problems: Problem[];
  /** Rows not read, with why: blank rows between records. */
  skipped: { row: number; reason: string }[];
}

function extensionOf(path: string): string {
  return /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? "";
}

function parseJsonRecords(text: string, path: string): unknown[] {
  const data = parseJsonText(text, inputName(path));
  if (!Array.isArray(data)) {
    throw new InputError(
      `cannot read ${path}: expected a JSON array of complaint records, found ${data === null ? "null" : typeof data === "object" ? "an object" : typeof data}`,
    );
  }
  return data;
}

/** Options every command that reads records shares. */
export interface ProformaOptions {
  definition: FormDefinition;
  terminology: TerminologyProfile;
}

/** A borough's adapted proforma from `--definition FILE.json`, checked; the partnership's without it. */
async function definitionOption(path: string | undefined, io: Io): Promise<FormDefinition> {
  if (path === undefined) return complaintsProforma;
  const input = await readJson(path, io);
  const problems = proformaAdaptationProblems(input);
  if (problems.length)
    throw new InputError(
      `cannot use ${path} as the proforma: ${problems.length === 1 ? "1 problem" : `${problems.length} problems`}: ${problems
        .slice(0, 5)
        .map((p) => formatProblem(p))
        .join("; ")}${problems.length > 5 ? "; and more" : ""}`,
    );
  return input as FormDefinition;
}

/**
 * The earlier version of the partnership's proforma a workbook's template was made from, when the
 * workbook reader found one (`madeFrom`: the form and version the template recorded).
 */
function earlierTemplateVersion(read: ReadResult, definition: FormDefinition): number | undefined {
  const made = read.madeFrom;
  if (!made || made.form !== complaintsProforma.id || definition.id !== complaintsProforma.id) return undefined;
  if (made.version === definition.version) return undefined;
  return made.version >= 1 && made.version < COMPLAINT_SCHEMA_VERSION ? made.version : undefined;
}

/**
 * Read complaint records from \`.json\` (an array of stored records), \`.csv\` or \`.xlsx\` (the workbook
 * \`template\` writes), and check them. A spreadsheet's problems carry the sheet and cell: the
 * reader's own, and the record checks' too, placed in the column the question was read from.
 */
export async function loadComplaints(path: string, io: Io, options: ProformaOptions): Promise<LoadedComplaints> {
  const ext = path === "-" ? "json" : extensionOf(path);
  const name = inputName(path);
  if (ext === "json" || ext === "jsonl") {
    // JSON Lines (one record a line) is read as a stream: for files too large to be one JSON array.
    const inputs = ext === "jsonl" ? await readJsonLines(path, io) : parseJsonRecords(await readText(path, io), name);
    const checked = checkComplaints(inputs, options);
    return { count: inputs.length, records: checked.records, problems: checked.problems, skipped: [] };
  }
  if (ext !== "csv" && ext !== "xlsx")
    throw new InputError(`cannot read ${path}: expected a .json, .jsonl, .csv or .xlsx file`);
  let read: ReadResult;
  // Rows carry no schema version: they are read at the version of the template they were typed into.
  let version = COMPLAINT_SCHEMA_VERSION;
  try {
    if (ext === "csv")
      read = readCsv(options.definition, await readText(path, io), { terminology: options.terminology });
    else {
      read = await readWorkbookInput(options.definition, path, io, { terminology: options.terminology });
      // A workbook made from an earlier version of the partnership's template is read with that version's questions.
      const earlier = earlierTemplateVersion(read, options.definition);
      if (earlier !== undefined) {
        version = earlier;
        read = await readWorkbookInput(proformaAtVersion(options.definition, earlier), path, io, {
          terminology: options.terminology,
        });
      }
    }
  } catch (error) {
    if (isStValidationError(error))
      throw new InputError(`cannot read ${path}: ${error.problems.map((p) => `${p.field} ${p.message}`).join("; ")}`);
    throw error;
  }
  const checked = checkComplaints(
    read.records.map((flat) => nestRecord(flat)),
    { ...options, assumeVersion: version },
  );
  const reported = new Set(read.problems.map((p) => `${p.record}|${p.path}`));
  const located = locateProblems(
    read,
    checked.problems.filter((p) => !reported.has(`${p.record}|${p.path}`)),
  );
  const invalid = new Set([...read.problems, ...located].map((p) => p.record));
  const records = checked.records.filter((_, i) => !invalid.has(checked.recordNumbers[i]));
  const problems = [...read.problems, ...located].sort((a, b) => (a.record ?? 0) - (b.record ?? 0));
  return { count: read.records.length, records, problems, skipped: read.skipped };
}

const validate: Command = {
  name: "validate",
  summary: "check proforma records (.json, .jsonl, .csv or .xlsx) and report every problem",
  help: `
st complaints validate PATH [--format text|json] [--definition FILE.json] [--terminology default|person-who-uses-harm]

Reads complaint records from PATH: a .json file holding an array of records (each with its
schemaVersion), a .jsonl file holding one record a line (read as a stream, for large files), a .csv
file, or the .xlsx workbook \`st complaints template\` writes. Reports every
problem of every record, with the record's number (1-based, counting data rows from the first
record in a spreadsheet), the field's label, and the cell where there is one.

Options:
  --definition FILE.json  a borough's adapted proforma (checked first); its labels are used
  --terminology ID        the words for labels: default or person-who-uses-harm

JSON output: { "valid": false, "records": 12, "errors": [ { "record": 3, "path": "investigation.stageReached",
"field": "If Y, what stage did it get to?", "message": "…", "expected": "…", "received": "…", "code": "…",
"sheet": "Records", "cell": "P5" } ], "skipped": [ { "row": 9, "reason": "blank row" } ] }

Exit codes: 0 every record is valid; 1 a record is invalid; 2 the file could not be read.
`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      format: { type: "string" },
      terminology: { type: "string" },
      definition: { type: "string" },
    });
    const format = outputFormat(io, values.format);
    const terminology = terminologyOption(values.terminology);
    if (positionals.length !== 1) throw new UsageError("give exactly one PATH to validate");
    const path = positionals[0]!;
    const definition = await definitionOption(values.definition, io);
    const read = await loadComplaints(path, io, { definition, terminology });
    const errors = read.problems;
    const valid = errors.length === 0;
    if (format === "json") {
      printJson(io, {
        valid,
        records: read.count,
        errors: errors.map(({ record, path: p, field, message, expected, received, code, sheet, cell, line }) => ({
          record,
          path: p,
          field,
          message,
          expected,
          received,
          code,
          ...(sheet !== undefined ? { sheet } : {}),
          ...(cell !== undefined ? { cell } : {}),
          ...(line !== undefined ? { line } : {}),
        })),
        ...(read.skipped.length ? { skipped: read.skipped } : {}),
      });
    } else {
      const invalid = new Set(errors.map((e) => e.record)).size;
      const count = read.count === 1 ? "1 record" : `${read.count} records`;
      const skipped = read.skipped.map((s) => `  row ${s.row} skipped: ${s.reason}\n`).join("");
      io.stdout(
        valid
          ? `${path}: ${count}, all valid\n${skipped}`
          : `${path}: ${count}, ${invalid} invalid, ${errors.length} ${errors.length === 1 ? "problem" : "problems"}:\n${errors.map((e) => `  ${formatProblem(e)}`).join("\n")}\n${skipped}`,
      );
    }
    return valid ? ExitCode.ok : ExitCode.problems;
  },
};

const deadline: Command = {
  name: "deadline",
  summary: "the statutory due date of a stage of the Children Act 1989 complaints procedure",
  help: `
st complaints deadline --stage 1|2|3 --from YYYY-MM-DD [--extended] [--closure YYYY-MM-DD]... [--format text|json]

Counts the working days a stage allows after --from (receipt for stage 1, the request for stages
2 and 3; the day itself is not counted) and prints the working day on which the period ends.
Working days exclude Saturdays, Sundays and the bank holidays of England and Wales.

  stage 1  local resolution: 10 working days (--extended: 20), regulation 14
  stage 2  investigation: 25 working days (--extended: 65), regulation 17
  stage 3  the review panel meets within 30 working days of the request, regulation 19(4)

Regulations: The Children Act 1989 Representations Procedure (England) Regulations 2006 (SI 2006/1738).

Options:
  --extended        the longest period the regulations allow for the stage
  --closure DATE    a day the borough is closed (repeat for more)

JSON output: { "stage": 1, "from": "2025-12-19", "workingDays": 10, "due": "2026-01-07", "rule": "…" }
`,
  async run(args, io) {
    const { values } = parseOptions(
      args,
      {
        stage: { type: "string" },
        from: { type: "string" },
        extended: { type: "boolean" },
        closure: { type: "string", multiple: true },
        format: { type: "string" },
      },
      false,
    );
    const format = outputFormat(io, values.format);
    const stage = Number(oneOf("stage", required("stage", values.stage), ["1", "2", "3"], "1")) as Stage;
    const from = isoDateOption("from", required("from", values.from));
    const closures = (values.closure ?? []).map((d) => isoDateOption("closure", d));
    let result: ReturnType<typeof stageDeadline>;
    try {
      result = stageDeadline(stage, from, { extended: values.extended === true, closures });
    } catch (error) {
      // Dates are checked above, so what is left is a date beyond the known bank holidays.
      if (isStValidationError(error))
        throw new UsageError(`--from: ${error.problems.map((p) => p.message).join("; ")}`);
      throw error;
    }
    if (format === "json") printJson(io, result);
    else
      io.stdout(
        `Stage ${stage} from ${from}: ${result.workingDays} working days, due ${result.due}\n(${result.rule})\n`,
      );
    return ExitCode.ok;
  },
};

const template: Command = {
  name: "template",
  summary: "write the proforma as an Excel workbook, one row per complaint",
  help: `
st complaints template --out PATH.xlsx [--force] [--definition FILE.json] [--terminology default|person-who-uses-harm]

Writes the proforma as an .xlsx workbook: one row per complaint, a drop-down for every closed
question, an instructions sheet with the help text. \`st complaints validate\` reads it back.
Prints the path of the workbook.

Options:
  --out PATH.xlsx         where to write; an existing file (a filled-in workbook) is refused
  --force                 replace an existing file at --out
  --definition FILE.json  a borough's adapted proforma (checked first)
  --terminology ID        the words for labels: default or person-who-uses-harm
`,
  async run(args, io) {
    const { values } = parseOptions(
      args,
      {
        out: { type: "string" },
        terminology: { type: "string" },
        definition: { type: "string" },
        force: { type: "boolean" },
      },
      false,
    );
    const out = required("out", values.out);
    const terminology = terminologyOption(values.terminology);
    const definition = await definitionOption(values.definition, io);
    const bytes = await writeTemplate(definition, { terminology });
    const path = await writeOutputFile(out, bytes, io, {
      force: values.force,
      extension: "xlsx",
      inputs: [values.definition],
    });
    io.stdout(`${path}\n`);
    return ExitCode.ok;
  },
};

function parseBy(value: string | undefined): SummaryDimension[] {
  const by = oneOf("by", value, ["borough", "quarter", "borough,quarter", "quarter,borough"], "borough,quarter");
  return by.split(",") as SummaryDimension[];
}

/** Read the quarters boroughs returned: a CSV with `borough` and `quarter` columns, or a JSON array of such objects. */
async function readReturns(path: string, io: Io): Promise<QuarterReturn[]> {
  const format = extensionOf(path) === "json" ? "json" : "csv";
  const read = safeReadQuarterReturns(await readText(path, io), { format });
  if (!read.ok) throw new InputError(formatProblems(read.problems, inputName(path)));
  return read.value;
}

const summary: Command = {
  name: "summary",
  summary: "the monitoring summary per borough and quarter",
  help: `
st complaints summary PATH [--by borough|quarter|borough,quarter] [--format json|md]
                           [--returns PATH] [--as-of YYYY-MM-DD] [--definition FILE.json]
                           [--terminology default|person-who-uses-harm]

Summarises valid complaint records per borough and quarter (of the date received): complaints,
how often each convention appears, how far complaints went, upheld rates, the median and 90th
percentile of emails and calls, early team meetings, and stages that ran late.

A quarter with no records is zero complaints only when the borough returned it: give the returns
with --returns (a CSV with borough and quarter columns, or a JSON array of { borough, quarter });
otherwise it is shown as missing, never as zero.

Options:
  --as-of DATE   also count steps not done by DATE that were due before it as late

Invalid records are left out, each listed on stderr, and the exit code is 1.
`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      by: { type: "string" },
      format: { type: "string" },
      returns: { type: "string" },
      "as-of": { type: "string" },
      terminology: { type: "string" },
      definition: { type: "string" },
    });
    const format = oneOf("format", values.format, ["json", "md"], io.stdoutIsTerminal ? "md" : "json");
    const by = parseBy(values.by);
    const terminology = terminologyOption(values.terminology);
    const asOf = values["as-of"] === undefined ? undefined : isoDateOption("as-of", values["as-of"]);
    if (positionals.length !== 1) throw new UsageError("give exactly one PATH of complaint records");
    const definition = await definitionOption(values.definition, io);
    const read = await loadComplaints(positionals[0]!, io, { definition, terminology });
    const returns = values.returns === undefined ? undefined : await readReturns(values.returns, io);
    const { problems, records } = read;
    const invalid = new Set(problems.map((p) => p.record ?? 0));
    const result = summariseComplaints(records, {
      by,
      ...(returns ? { returns } : {}),
      ...(asOf ? { asOf } : {}),
    });
    if (problems.length > 0) {
      io.stderr(
        `${invalid.size} of ${read.count} records left out of the summary:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}\n`,
      );
    }
    if (format === "json")
      printJson(io, {
        ...result,
        records: read.count,
        excludedRecords: [...invalid].sort((a, b) => (a ?? 0) - (b ?? 0)),
      });
    else io.stdout(complaintsSummaryToMarkdown(result, { terminology }));
    return problems.length > 0 ? ExitCode.problems : ExitCode.ok;
  },
};

const detectCommand: Command = {
  name: "detect",
  summary: "suggest proforma answers from the text of a complaint, with the evidence",
  help: `
st complaints detect [PATH] [--format text|json] [--terminology default|person-who-uses-harm]

Reads the text of an incoming complaint (a file, or standard input when PATH is absent or -) and
suggests proforma answers, each with the spans of text that triggered it, and the conventions of
complaints it shows (threats to "take it all the way", copying others in, counter-allegations,
claims of bias, unrealistic deadlines, demands). It suggests; it never decides.

JSON output: { "path": "<stdin>", "suggestions": [ { "question", "field", "answer", "evidence": [ { "ruleId",
"excerpt", "offset", "length", "line", "column" } ] } ], "conventions": [ … ], "demands": { "count", "evidence" }, "words" }
`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { format: { type: "string" }, terminology: { type: "string" } });
    const format = outputFormat(io, values.format);
    const terminology = terminologyOption(values.terminology);
    if (positionals.length > 1) throw new UsageError("give at most one PATH");
    const path = positionals[0] ?? "-";
    const text = (await readText(path, io)).replace(/^\uFEFF/, "");
    const found = detect(text);
    const name = inputName(path);
    if (format === "json") {
      printJson(io, { path: name, ...found });
      return ExitCode.ok;
    }
    const render = (text: string) => renderLabel(text, terminology);
    const lines = [`${name}: ${found.words} words`];
    if (found.suggestions.length === 0) lines.push("No proforma answers suggested.");
    else lines.push("Suggested answers (check each against the complaint):");
    for (const s of found.suggestions) {
      lines.push(`  - ${render(s.field)} ${s.answerLabels.map(render).join("; ")}`);
      // A lengthy complaint's evidence is its length, not a span of it.
      if (s.evidence.length === 0) {
        lines.push(`      from its length: ${found.words} words`);
        continue;
      }
      const shown = s.evidence.slice(0, 3).map((e) => `line ${e.line}: "${e.excerpt.replace(/\s+/g, " ")}"`);
      if (s.evidence.length > 3) shown.push(`and ${s.evidence.length - 3} more`);
      lines.push(`      ${shown.join("; ")}`);
    }
    if (found.conventions.length)
      lines.push(`Conventions seen: ${found.conventions.map((c) => render(c.label)).join("; ")}.`);
    lines.push(`Demands: ${found.demands.count}.`);
    io.stdout(`${lines.join("\n")}\n`);
    return ExitCode.ok;
  },
};

/** `st complaints`: the perpetrator-complaints proforma from the terminal. */
export const complaints: Command = {
  name: "complaints",
  summary: summaries.complaints,
  help: `
st complaints <subcommand> [options]

  validate PATH       check proforma records (.json, .jsonl, .csv or .xlsx) and report every problem
  deadline            the statutory due date of a stage (--stage 1|2|3 --from YYYY-MM-DD [--extended])
  template --out F    write the proforma as an Excel workbook
  summary PATH        the monitoring summary per borough and quarter (--by, --format json|md)
  detect [PATH]       suggest proforma answers from the text of a complaint

Run \`st complaints <subcommand> --help\` for each. The proforma: ${complaintsProforma.title}, version ${complaintsProforma.version}.
`,
  subcommands: [validate, deadline, template, summary, detectCommand],
};
