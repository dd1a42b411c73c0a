/**
 * Reading a filled workbook back into records.
 * @module
 */
import { type Problem, StValidationError } from "@st/core";
import type { FormDefinition } from "@st/core/forms";
import { UnreadableCell } from "./answers.js";
import type { Workbook, Worksheet } from "./exceljs.js";
import { checkZipLimits, defaultWorkbookLimits, limitExceeded, type WorkbookLimits } from "./limits.js";
import { checkedDefinition, type HeaderAliases, type ReadResult, readTable, type TableRow } from "./table.js";
import { INSTRUCTIONS_SHEET, LISTS_SHEET, RECORDS_SHEET } from "./template.js";
import { resolverFor, type Terminology } from "./terminology.js";

/** Options for {@link readWorkbook}. */
export interface ReadWorkbookOptions {
  /**
   * The sheet holding the records (default `Records`; when there is no such sheet, the first
   * visible sheet other than the template's instructions and lists).
   */
  sheet?: string;
  /** The words the template was written with, so headers and options worded that way are recognised. */
  terminology?: Terminology;
  /**
   * Refuse a workbook with a sheet of more rows than this, before reading them all. Default
   * {@link defaultWorkbookLimits}' 100,000; the same as `limits.maxRows`, which it overrides.
   */
  maxRows?: number;
  /**
   * The most the file may weigh, zipped and unzipped, and the most rows a sheet may have; checked
   * before anything is inflated. Defaults: {@link defaultWorkbookLimits}.
   */
  limits?: Partial<WorkbookLimits> | undefined;
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

// Parts of a sheet the reader never needs. exceljs expands every data-validation range into one
// entry a cell as it reads, so a validation over a whole column (1,048,576 cells) could exhaust
// memory; skipping these keeps reading proportional to the data.
const IGNORED_PARTS = [
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "picture",
  "drawing",
  "headerFooter",
  "pageSetup",
  "printOptions",
  "rowBreaks",
  "hyperlinks",
];

function notAWorkbook(received: string, message: string, cause?: unknown): StValidationError {
  return new StValidationError(
    [{ path: "", field: "file", expected: "an Excel workbook (.xlsx)", received, message, code: "not_a_workbook" }],
    { subject: "file", ...(cause === undefined ? {} : { cause }) },
  );
}

/** Says what a file that is not an .xlsx workbook looks like, from its first bytes. */
function checkSignature(bytes: Uint8Array): void {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (bytes.length === 0) throw notAWorkbook("an empty file", "is empty");
  if (starts(0x50, 0x4b, 0x03, 0x04)) return;
  if (starts(0xd0, 0xcf, 0x11, 0xe0))
    throw notAWorkbook(
      "an Excel 97-2003 (.xls) file or another Office document",
      "is in the old Excel format: open it in Excel and save it as an Excel Workbook (.xlsx)",
    );
  if (starts(0x50, 0x4b)) throw notAWorkbook("an unusual zip file", "is a zip file but not an Excel workbook");
  const head = bytes.subarray(0, 512);
  if (head.every((b) => b > 0x1f || (b >= 0x09 && b <= 0x0d)))
    throw notAWorkbook("text", "is text, not a workbook: if it is CSV, read it with readCsv");
  throw notAWorkbook("a file of another kind", "is not an Excel workbook");
}

/** A cell's content as the answer readers take it: text, number, boolean, Date, or unreadable. */
function cellContent(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText))
    return v.richText.map((run) => String((run as { text?: unknown }).text ?? "")).join("");
  if ("hyperlink" in v) return cellContent(v.text);
  if ("formula" in v || "sharedFormula" in v) {
    if (v.result === undefined || v.result === null)
      return new UnreadableCell("a formula with no saved result (open the file in Excel and save it)");
    return cellContent(v.result);
  }
  if ("error" in v) return new UnreadableCell(`the error ${String(v.error)}`);
  return new UnreadableCell("content that is not a value");
}

function pickSheet(workbook: Workbook, name: string | undefined): Worksheet | undefined {
  const wanted = name ?? RECORDS_SHEET;
  const named = workbook.worksheets.find((ws) => ws.name === wanted);
  if (named || name !== undefined) return named;
  return workbook.worksheets.find(
    (ws) => ws.state === "visible" && ws.name !== INSTRUCTIONS_SHEET && ws.name !== LISTS_SHEET,
  );
}

/** What a template ({@link writeTemplate}) wrote in its lists sheet about the form it was made from, if anything. */
function templateMark(workbook: Workbook): { form: unknown; version: unknown } | undefined {
  const lists = workbook.worksheets.find((ws) => ws.name === LISTS_SHEET);
  if (lists?.getCell("A1").value !== "form") return undefined;
  return { form: lists.getCell("B1").value, version: lists.getCell("C1").value };
}

function formProblems(mark: ReturnType<typeof templateMark>, definition: FormDefinition): Problem[] {
  if (!mark || (mark.form === definition.id && mark.version === definition.version)) return [];
  const { form, version } = mark;
  return [
    {
      path: "",
      field: "form",
      expected: `a workbook made from form ${definition.id}, version ${definition.version}`,
      received: `form ${String(form)}, version ${String(version)}`,
      message: `was made from form ${String(form)} version ${String(version)} but is being read as ${definition.id} version ${definition.version}: check that every column still means the same`,
      code: "form_mismatch",
      sheet: LISTS_SHEET,
      cell: "B1",
    },
  ];
}

/**
 * Read a filled workbook (`.xlsx` bytes, e.g. from {@link writeTemplate} after people filled it
 * in) into flat records keyed by question id.
 *
 * Columns are found by the template's hidden row of question ids, or else by headers that are
 * question labels (in the given terminology or as written) or ids. Answers are read as people
 * give them: options by label or value, yes/no as Yes, Y, No, N, TRUE or FALSE, dates as Excel
 * dates, serial numbers or typed text (`19/12/2025`, `2025-12-19`, `19 Dec 2025`). Every
 * problem is reported with its sheet, cell, record and the question's label: answers that cannot
 * be read, required answers missing, answers to questions that do not apply, unknown and missing
 * columns, merged cells, formulas with no saved value, and a workbook made from another form or
 * version. Blank rows between records are listed in `skipped`.
 *
 * @throws {@link @st/core!index.StValidationError} when the definition is not sound, or the bytes are not an
 * `.xlsx` workbook at all (an empty file, an old `.xls`, a CSV, a damaged zip), or a sheet has more
 * rows than `maxRows`, or the file is larger than its {@link WorkbookLimits} (code `too_large`).
 * Everything else is reported in the result.
 */
export async function readWorkbook(
  definition: FormDefinition,
  bytes: Uint8Array | ArrayBuffer,
  options: ReadWorkbookOptions = {},
): Promise<ReadResult> {
  const form = checkedDefinition(definition);
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  checkSignature(data);
  const limits: WorkbookLimits = {
    ...defaultWorkbookLimits,
    ...options.limits,
    ...(options.maxRows === undefined ? {} : { maxRows: options.maxRows }),
  };
  checkZipLimits(data, limits);
  const { ExcelJS } = await import("./exceljs.js");
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares a Node Buffer but hands the bytes to JSZip, which takes any Uint8Array.
    await workbook.xlsx.load(
      data as unknown as Parameters<typeof workbook.xlsx.load>[0],
      {
        ignoreNodes: IGNORED_PARTS,
        maxRows: limits.maxRows,
      } as Parameters<typeof workbook.xlsx.load>[1],
    );
  } catch (error) {
    if (error instanceof Error && /^Max row count/.test(error.message)) {
      throw limitExceeded(
        "maxRows",
        `at most ${limits.maxRows.toLocaleString("en-GB")} rows a sheet`,
        "a sheet with more rows",
      );
    }
    throw notAWorkbook(
      "a damaged or unsupported file",
      "could not be opened as an Excel workbook: it may be damaged, password-protected, or saved in another format",
      error,
    );
  }
  const resolve = resolverFor(options.terminology);
  const sheet = pickSheet(workbook, options.sheet);
  if (!sheet) {
    const names = workbook.worksheets.map((ws) => `"${ws.name}"`).join(", ") || "none";
    return {
      records: [],
      rows: [],
      skipped: [],
      columns: {},
      problems: [
        {
          path: "",
          field: "sheet",
          expected: `a sheet named "${options.sheet ?? RECORDS_SHEET}"`,
          received: `sheets ${names}`,
          message: "has no sheet of records",
          code: "no_sheet",
        },
      ],
    };
  }

  const rows: TableRow[] = [];
  const merges = new Map<string, string>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        merges.set(cell.master.address, cell.address);
        return;
      }
      cells[column - 1] = cellContent(cell.value);
    });
    rows.push({ row: rowNumber, cells });
  });
  const mark = templateMark(workbook);
  const problems = formProblems(mark, form);
  for (const [master, last] of merges)
    problems.push({
      path: "",
      field: `cells ${master}:${last}`,
      expected: "one answer a cell",
      received: "merged cells",
      message: `are merged, so only ${master} was read: unmerge them and give each row its own answer`,
      code: "merged_cells",
      sheet: sheet.name,
      cell: master,
    });
  const read = readTable(
    form,
    { sheet: sheet.name, rows, problems },
    {
      resolve,
      date1904: Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904),
      headerAliases: options.headerAliases,
      otherColumns: options.otherColumns,
    },
  );
  return mark && typeof mark.form === "string" && typeof mark.version === "number"
    ? { ...read, madeFrom: { form: mark.form, version: mark.version } }
    : read;
}
