/**
 * The Excel template of a form: a sheet with one row a record, drop-downs and checks on every
 * answer, a sheet of instructions written from the form's own help text, and a hidden sheet of the
 * drop-down lists.
 * @module
 */
import { StValidationError } from "@st/core";
import {
  CLOSED_ANSWER_TYPES,
  describeCondition,
  type FormDefinition,
  type FormQuestion,
  findQuestion,
  MULTI_CHOICE_SEPARATOR,
  type TextResolver,
  type YesNoUnknown,
  yesNoLabels,
  yesNoUnknownLabels,
  yesNoUnknownValues,
  yesNoValues,
} from "@st/core/forms";
import type { AnswerCodec } from "./answers.js";
import { escapeCellText } from "./answers.js";
import { cellAddress, columnLetters } from "./cell-address.js";
import type { DataValidation, Worksheet } from "./exceljs.js";
import { checkedDefinition, codecsFor, recordAnswers, TEMPLATE_FIRST_DATA_ROW } from "./table.js";
import { resolverFor, type Terminology } from "./terminology.js";

/** The most characters an Excel cell holds. */
export const EXCEL_CELL_LIMIT = 32_767;

/** The name of the sheet that holds the records, unless {@link TemplateOptions.sheetName} says otherwise. */
export const RECORDS_SHEET = "Records";
/** The name of the sheet of instructions. */
export const INSTRUCTIONS_SHEET = "Instructions";
/** The name of the hidden sheet holding the drop-down lists and the form's id and version. */
export const LISTS_SHEET = "Lists";

/** Options for {@link writeTemplate}. */
export interface TemplateOptions {
  /** Records to fill the template with (flat, keyed by question id, or nested). Default: none. */
  records?: readonly Readonly<Record<string, unknown>>[];
  /** The words to put in labels holding placeholders such as `{perpetrator}`. */
  terminology?: Terminology;
  /** The name of the records sheet (default `Records`). */
  sheetName?: string;
  /** How many empty rows below the records carry drop-downs and checks (default 2,000). */
  blankRows?: number;
}

const HEADER_FILLS = ["FFDDEBF7", "FFE2EFDA"];
const NOT_APPLICABLE_FILL = "FFEDEDED";
const ANSWERED_NOT_APPLICABLE_FILL = "FFF8CBAD";

function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === "" || name.length > 31) return "must be 1 to 31 characters long";
  if (/[[\]:*?/\\]/.test(name)) return "must not contain [ ] : * ? / or \\";
  if ([INSTRUCTIONS_SHEET, LISTS_SHEET].includes(name)) return `must not be "${name}", which the template uses itself`;
  return undefined;
}

function columnWidth(question: FormQuestion, label: string, resolve: TextResolver): number {
  let width: number;
  switch (question.type) {
    case "longText":
      width = 60;
      break;
    case "text":
      width = 30;
      break;
    case "date":
      width = 14;
      break;
    case "integer":
    case "number":
    case "yesNo":
    case "yesNoUnknown":
      width = 12;
      break;
    case "choice":
      width = Math.max(...question.options.map((o) => resolve(o.label).length)) + 4;
      break;
    case "multiChoice":
      width = 40;
      break;
  }
  // Headers wrap; a long label widens its column a little rather than standing ten lines tall.
  return Math.min(60, Math.max(10, width, Math.ceil(label.length / 4)));
}

/** Double quotes for a string inside an Excel formula. */
function formulaString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * An Excel formula, relative to the first data row, that is TRUE when `question` applies to the
 * row: its condition, and the conditions that condition depends on, hold. Approximate for
 * multi-choice triggers (it looks for the option's label in the cell) but only used for shading.
 */
function appliesFormula(
  definition: FormDefinition,
  question: FormQuestion,
  columnOf: ReadonlyMap<string, number>,
  resolve: TextResolver,
): string | undefined {
  const parts: string[] = [];
  for (let q: FormQuestion | undefined = question; q?.when; q = findQuestion(definition, q.when.question)) {
    const trigger = findQuestion(definition, q.when.question);
    const column = columnOf.get(q.when.question);
    if (!trigger || column === undefined) return undefined;
    const cell = `$${columnLetters(column)}${TEMPLATE_FIRST_DATA_ROW}`;
    const tests = q.when.equals.flatMap((value) => {
      const option =
        "options" in trigger
          ? trigger.options.find((o) => o.value === value)
          : { value, label: yesNoUnknownLabels[value as YesNoUnknown] ?? String(value) };
      // Excel compares text without regard to case, so one test a spelling is enough.
      const candidates = option ? [resolve(option.label), String(option.value)] : [String(value)];
      const texts = candidates.filter((t, i) => candidates.findIndex((u) => u.toLowerCase() === t.toLowerCase()) === i);
      if (trigger.type === "multiChoice") return texts.map((t) => `ISNUMBER(SEARCH(${formulaString(t)},${cell}))`);
      return [
        ...texts.map((t) => `${cell}=${formulaString(t)}`),
        ...(typeof value === "number" ? [`${cell}=${value}`] : []),
      ];
    });
    parts.push(tests.length === 1 ? tests[0]! : `OR(${tests.join(",")})`);
  }
  if (!parts.length) return undefined;
  return parts.length === 1 ? parts[0] : `AND(${parts.join(",")})`;
}

/** Excel allows at most 255 characters in a validation message and 32 in its title. */
function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 3)}...`;
}

function headerNote(definition: FormDefinition, codec: AnswerCodec, resolve: TextResolver): string {
  const q = codec.question;
  const lines = [codec.label];
  if (q.help) lines.push("", resolve(q.help));
  lines.push("", `Answer: ${codec.expected}.`);
  const condition = describeCondition(definition, q, resolve);
  if (condition) lines.push(`Answer ${condition}; leave empty otherwise.`);
  if (q.required) lines.push(condition ? "Required when it applies." : "Required.");
  lines.push(`Question id: ${q.id}`);
  return lines.join("\n");
}

/**
 * Write the Excel workbook (`.xlsx`) for a form, as bytes:
 *
 * - **Records** (first, active): row 1 holds the question labels (frozen, wrapped, shaded by
 *   section, each with a note giving the help text, the answer expected, when it applies and the
 *   question id); row 2, hidden, holds the question ids the readers match columns by, so
 *   rewording a header does not break reading; records start on row 3, one a row. Every
 *   closed question has a drop-down (yes/no and choices; for multi-choice questions pick one and
 *   type more after it separated by `;`); whole numbers, numbers and dates are checked by
 *   Excel; text columns are formatted as text so Excel does not turn "1-2" into a date; cells of a
 *   question that does not apply to the row are shaded grey (red when answered anyway).
 * - **Instructions**: how to fill in the sheet, then every question with its column, answer,
 *   whether it is required, when it applies and its help text.
 * - **Lists** (hidden): the drop-down lists, and the form's id and version, which
 *   {@link readWorkbook} checks.
 *
 * @throws {@link @st/core!index.StValidationError} when the definition is not sound, or a record holds an answer
 * that cannot be written (unknown field, wrong type, option not in the form, text longer than a
 * cell holds). Missing or out-of-range answers are written as they are.
 */
export async function writeTemplate(definition: FormDefinition, options: TemplateOptions = {}): Promise<Uint8Array> {
  const form = checkedDefinition(definition);
  const resolve = resolverFor(options.terminology);
  const sheetName = options.sheetName ?? RECORDS_SHEET;
  const nameProblem = sheetNameProblem(sheetName);
  if (nameProblem)
    throw new StValidationError([
      {
        path: "sheetName",
        field: "sheet name",
        expected: "a sheet name Excel accepts",
        received: JSON.stringify(sheetName),
        message: nameProblem,
        code: "invalid_sheet_name",
      },
    ]);
  const codecs = codecsFor(form, { resolve });
  const rows = recordAnswers(form, options.records ?? [], codecs, { maxTextLength: EXCEL_CELL_LIMIT, resolve });

  const { ExcelJS, dataValidations, writeXlsxBytes } = await import("./exceljs.js");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "@st/workbook";
  workbook.title = resolve(form.title);
  workbook.subject = `${form.id} version ${form.version}`;
  const sheet = workbook.addWorksheet(sheetName, {
    views: [
      { state: "frozen", ySplit: TEMPLATE_FIRST_DATA_ROW - 1, activeCell: cellAddress(1, TEMPLATE_FIRST_DATA_ROW) },
    ],
  });
  const instructions = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });

  const columnOf = new Map(codecs.map((c, i) => [c.question.id, i + 1]));
  const sectionOf = new Map(form.sections.flatMap((s, i) => s.questions.map((q) => [q.id, i])));
  const blankRows = Math.max(0, Math.floor(options.blankRows ?? 2000));
  // Checks reach at least one row, so even a template with no room left keeps its first row checked.
  const lastRow = TEMPLATE_FIRST_DATA_ROW + Math.max(1, rows.length + blankRows) - 1;

  const listRefs = writeLists(lists, form, codecs, resolve);

  sheet.columns = codecs.map((codec) => ({
    key: codec.question.id,
    width: columnWidth(codec.question, codec.label, resolve),
    style: {
      numFmt: numberFormat(codec.question),
      alignment: { vertical: "top", wrapText: codec.question.type === "longText" },
    },
  }));
  const header = sheet.getRow(1);
  const ids = sheet.getRow(2);
  codecs.forEach((codec, i) => {
    const cell = header.getCell(i + 1);
    cell.value = escapeCellText(codec.label);
    cell.note = headerNote(form, codec, resolve);
    cell.font = { bold: true };
    cell.alignment = { vertical: "top", wrapText: true };
    cell.fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: HEADER_FILLS[(sectionOf.get(codec.question.id) ?? 0) % 2]! },
    };
    cell.numFmt = "@";
    const idCell = ids.getCell(i + 1);
    idCell.value = codec.question.id;
    idCell.numFmt = "@";
  });
  ids.hidden = true;
  const widest = Math.max(...codecs.map((c, i) => c.label.length / (sheet.getColumn(i + 1).width ?? 10)));
  header.height = Math.min(150, 15 * Math.max(1, Math.ceil(widest * 1.1)));

  rows.forEach((answers, r) => {
    const row = sheet.getRow(TEMPLATE_FIRST_DATA_ROW + r);
    answers.forEach((value, i) => {
      if (value !== undefined) row.getCell(i + 1).value = codecs[i]!.toCell(value);
    });
  });

  // Excel wants every conditional-formatting rule of a sheet to have its own priority.
  let priority = 1;
  codecs.forEach((codec, i) => {
    const column = columnLetters(i + 1);
    const range = `${column}${TEMPLATE_FIRST_DATA_ROW}:${column}${lastRow}`;
    const validation = validationFor(codec, listRefs.get(codec.question.id));
    if (validation) dataValidations(sheet).add(range, validation);
    const applies = appliesFormula(form, codec.question, columnOf, resolve);
    if (applies) {
      const cell = `${column}${TEMPLATE_FIRST_DATA_ROW}`;
      sheet.addConditionalFormatting({
        ref: range,
        rules: [
          {
            type: "expression",
            priority: priority++,
            formulae: [`AND(NOT(${applies}),LEN(${cell})>0)`],
            style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: ANSWERED_NOT_APPLICABLE_FILL } } },
          },
          {
            type: "expression",
            priority: priority++,
            formulae: [`NOT(${applies})`],
            style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: NOT_APPLICABLE_FILL } } },
          },
        ],
      });
    }
  });

  writeInstructions(instructions, form, codecs, resolve, sheetName);
  return writeXlsxBytes(workbook);
}

function numberFormat(question: FormQuestion): string {
  switch (question.type) {
    case "date":
      return "yyyy-mm-dd";
    case "integer":
      return "0";
    case "number":
      return "General";
    default:
      return "@";
  }
}

function validationFor(codec: AnswerCodec, listRef: string | undefined): DataValidation | undefined {
  const q = codec.question;
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: cut(codec.label, 32),
    error: cut(`Expected ${codec.expected}.`, 255),
  } as const;
  switch (q.type) {
    case "yesNo":
    case "yesNoUnknown":
    case "choice":
      return { ...common, type: "list", formulae: [listRef] };
    case "multiChoice":
      // A list validation holds one item; several answers are typed after it, so Excel must not refuse them.
      return {
        type: "list",
        allowBlank: true,
        formulae: [listRef],
        showErrorMessage: false,
        showInputMessage: true,
        promptTitle: "Several answers",
        prompt: cut(`Pick one, then type any others after it, separated by "${MULTI_CHOICE_SEPARATOR} ".`, 255),
      };
    case "integer":
      return {
        ...common,
        type: "whole",
        operator: "between",
        formulae: [q.min ?? -999_999_999_999_999, q.max ?? 999_999_999_999_999],
      };
    case "number":
      return { ...common, type: "decimal", operator: "between", formulae: [q.min ?? -1e307, q.max ?? 1e307] };
    case "date": {
      const utc = (iso: string) => {
        const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
        return new Date(Date.UTC(y, m - 1, d));
      };
      return {
        ...common,
        type: "date",
        operator: "between",
        formulae: [utc(q.min && q.min > "1900-03-01" ? q.min : "1900-03-01"), utc(q.max ?? "9999-12-31")],
      };
    }
    case "text":
    case "longText":
      return q.maxLength === undefined
        ? undefined
        : { ...common, type: "textLength", operator: "lessThanOrEqual", formulae: [q.maxLength] };
  }
}

/** Writes the form's id and version and one column a drop-down list; returns each question's list reference. */
function writeLists(
  lists: Worksheet,
  form: FormDefinition,
  codecs: readonly AnswerCodec[],
  resolve: TextResolver,
): Map<string, string> {
  lists.getCell("A1").value = "form";
  lists.getCell("B1").value = form.id;
  lists.getCell("C1").value = form.version;
  const refs = new Map<string, string>();
  const yesNo = yesNoValues.map((v) => yesNoLabels[v]);
  const yesNoUnknown = yesNoUnknownValues.map((v) => yesNoUnknownLabels[v]);
  const columns: { key: string; items: string[] }[] = [
    { key: "yesNo", items: yesNo },
    { key: "yesNoUnknown", items: yesNoUnknown },
  ];
  const ref = (column: number, count: number) => {
    const letters = columnLetters(column);
    return `${LISTS_SHEET}!$${letters}$4:$${letters}$${3 + count}`;
  };
  for (const codec of codecs) {
    const q = codec.question;
    if (!CLOSED_ANSWER_TYPES.includes(q.type)) continue;
    if (q.type === "yesNo") refs.set(q.id, ref(1, yesNo.length));
    else if (q.type === "yesNoUnknown") refs.set(q.id, ref(2, yesNoUnknown.length));
    else if (q.type === "choice" || q.type === "multiChoice") {
      const items = q.options.map((o) => resolve(o.label));
      columns.push({ key: q.id, items });
      refs.set(q.id, ref(columns.length, items.length));
    }
  }
  columns.forEach(({ key, items }, i) => {
    lists.getCell(3, i + 1).value = key;
    items.forEach((item, j) => {
      lists.getCell(4 + j, i + 1).value = escapeCellText(item);
    });
  });
  return refs;
}

function writeInstructions(
  sheet: Worksheet,
  form: FormDefinition,
  codecs: readonly AnswerCodec[],
  resolve: TextResolver,
  recordsSheet: string,
): void {
  sheet.columns = [
    { width: 8 },
    { width: 50 },
    { width: 40 },
    { width: 11 },
    { width: 40 },
    { width: 60 },
    { width: 30 },
  ];
  const wrap = { vertical: "top", wrapText: true } as const;
  let r = 1;
  const line = (text: string, style: { bold?: boolean; size?: number } = {}) => {
    const cell = sheet.getCell(r, 1);
    cell.value = escapeCellText(text);
    cell.font = style;
    r++;
  };
  line(resolve(form.title), { bold: true, size: 14 });
  if (form.description) line(resolve(form.description));
  line(`Form ${form.id}, version ${form.version}`);
  r++;
  line("How to fill in this workbook", { bold: true });
  for (const text of [
    `Enter one record a row on the "${recordsSheet}" sheet, starting on row ${TEMPLATE_FIRST_DATA_ROW}. Do not change or delete the hidden row 2: it holds the question ids the workbook is read by.`,
    `Pick answers from the drop-down lists. Where several answers are allowed, pick one and type the others after it, separated by "${MULTI_CHOICE_SEPARATOR} ".`,
    "Type dates as 19/12/2025 or 2025-12-19, and whole numbers without decimals.",
    "Leave a question empty when it does not apply: grey cells do not apply to that row, and a red cell has an answer it should not have.",
    "Do not leave blank rows between records: they are reported when the workbook is read. Hover over a header to see its help.",
  ])
    line(`• ${text}`);
  r++;
  const headings = ["Column", "Question", "Answer", "Required", "When to answer", "Help", "Question id"];
  const head = sheet.getRow(r);
  headings.forEach((h, i) => {
    const cell = head.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILLS[0]! } };
  });
  r++;
  let index = 0;
  for (const section of form.sections) {
    const row = sheet.getRow(r++);
    row.getCell(2).value = escapeCellText(resolve(section.title));
    row.getCell(2).font = { bold: true };
    if (section.help) row.getCell(6).value = escapeCellText(resolve(section.help));
    row.getCell(6).alignment = wrap;
    for (const _question of section.questions) {
      const codec = codecs[index]!;
      const q = codec.question;
      const questionRow = sheet.getRow(r++);
      const values = [
        columnLetters(index + 1),
        codec.label,
        codec.expected,
        q.required ? "Yes" : "No",
        describeCondition(form, q, resolve) ?? "always",
        q.help ? resolve(q.help) : "",
        q.id,
      ];
      values.forEach((v, i) => {
        const cell = questionRow.getCell(i + 1);
        cell.value = escapeCellText(v);
        cell.alignment = wrap;
      });
      index++;
    }
  }
}
