/**
 * Records as CSV: the form's questions as columns, one record a row.
 * @module
 */

import { checkArgument } from "@st/core";
import type { FormDefinition } from "@st/core/forms";
import { parseCsv, stringifyCsv } from "@st/core/records";
import {
  checkedDefinition,
  codecsFor,
  type HeaderAliases,
  type ReadResult,
  readTable,
  recordAnswers,
} from "./table.js";
import { resolverFor, type Terminology } from "./terminology.js";

/** Options for {@link readCsv}. */
export interface ReadCsvOptions {
  /**
   * The character between fields. Default: guessed from the header row among `,`, `;` and tab
   * (Excel writes `;` where the comma is the decimal mark).
   */
  delimiter?: string;
  /** The words the file was written with, so headers and options worded that way are recognised. */
  terminology?: Terminology;
  /**
   * More headers each question's column may carry, by question id (e.g. a case management
   * system's export names), matched ignoring case, spaces and punctuation.
   */
  headerAliases?: HeaderAliases | undefined;
  /**
   * Columns that are no question of the form: `report` (default) each as an `unknown_column`
   * problem, or `keep` them, without a problem, as text in the result's `others`.
   */
  otherColumns?: "report" | "keep" | undefined;
}

/** Options for {@link writeCsv}. */
export interface WriteCsvOptions {
  /** Head columns with question ids (default, stable for systems) or with labels (for people). */
  headers?: "id" | "label";
  /** Write options (and yes/no answers) by their value, `yes` (default), or by their label, `Yes`. */
  answers?: "value" | "label";
  /** The words to put in labels holding placeholders such as `{perpetrator}`. */
  terminology?: Terminology;
  /** The character between fields (default `,`). */
  delimiter?: string;
  /** Start with a byte order mark so Excel reads the file as UTF-8 (default true). */
  bom?: boolean;
  /**
   * Put an apostrophe before text answers that start with `=`, `+`, `-`, `@`, tab or CR, so a
   * spreadsheet opening the file does not run them as formulas (CSV injection). {@link readCsv}
   * takes the apostrophe off again. Default true.
   */
  guardFormulas?: boolean;
}

const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** Text that a spreadsheet would run as a formula, with an apostrophe before it; reversible by {@link unguardFormula}. */
export function guardFormula(text: string): string {
  checkArgument(text, "text", { fn: "guardFormula", argument: "text", label: "Cell text" });
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undo {@link guardFormula}. */
export function unguardFormula(text: string): string {
  checkArgument(text, "text", { fn: "unguardFormula", argument: "text", label: "Cell text" });
  return GUARDED.test(text) ? text.slice(1) : text;
}

function guessDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const header = (end === -1 ? text : text.slice(0, end)).replace(/"[^"]*"/g, "");
  let best = ",";
  let most = 0;
  for (const candidate of [",", ";", "\t"]) {
    const count = header.split(candidate).length - 1;
    if (count > most) {
      best = candidate;
      most = count;
    }
  }
  return best;
}

/**
 * Read CSV text into flat records keyed by question id, as {@link readWorkbook} does for
 * workbooks: the first row heads the columns with question ids or labels (a template's row of
 * ids saved as CSV is recognised too), every other non-blank row is a record. Each problem
 * carries the `line` of the file and the `cell` a spreadsheet would show (`F4`: column F, the
 * fourth row, counting the header as row 1). Never throws on any text; a quote left open is
 * reported.
 *
 * @throws {@link @st/core!index.StValidationError} only when the definition is not sound.
 */
export function readCsv(definition: FormDefinition, text: string, options: ReadCsvOptions = {}): ReadResult {
  const form = checkedDefinition(definition);
  const parsed = parseCsv(text, { delimiter: options.delimiter ?? guessDelimiter(text) });
  return readTable(
    form,
    {
      rows: parsed.rows.map((cells, i) => ({ row: i + 1, line: parsed.lines[i]!, cells })),
      unescapeText: unguardFormula,
      problems: parsed.problems,
    },
    {
      resolve: resolverFor(options.terminology),
      headerAliases: options.headerAliases,
      otherColumns: options.otherColumns,
    },
  );
}

/**
 * Write records (flat, keyed by question id, or nested) as CSV text, a header row then one row a
 * record, lines ending CRLF. {@link readCsv} reads it back to the same records.
 *
 * @throws {@link @st/core!index.StValidationError} when the definition is not sound or a record holds an answer
 * that cannot be written (unknown field, wrong type, option not in the form).
 */
export function writeCsv(
  definition: FormDefinition,
  records: readonly Readonly<Record<string, unknown>>[],
  options: WriteCsvOptions = {},
): string {
  const form = checkedDefinition(definition);
  const resolve = resolverFor(options.terminology);
  const codecs = codecsFor(form, { resolve });
  const rows = recordAnswers(form, records, codecs, { resolve });
  const style = options.answers ?? "value";
  const guard = options.guardFormulas ?? true;
  const header = codecs.map((c) => (options.headers === "label" ? c.label : c.question.id));
  const body = rows.map((answers) =>
    answers.map((value, i) => {
      if (value === undefined) return "";
      const codec = codecs[i]!;
      const text = codec.toText(value, style);
      const isText = codec.question.type === "text" || codec.question.type === "longText";
      return guard && isText ? guardFormula(text) : text;
    }),
  );
  const csv = stringifyCsv([header, ...body], { delimiter: options.delimiter ?? "," });
  return options.bom === false ? csv : `\uFEFF${csv}`;
}
