/**
 * Answers in cells: what a person may type or pick for each answer type, read into the typed
 * value a record holds, and the typed value written back as a cell or CSV field.
 * @module
 */
import { checkArgument, type ProblemCode } from "@st/core";
import { dateTextProblem, type IsoDate, isIsoDate, parseDateText } from "@st/core/calendar";
import {
  type AnswerValue,
  describeExpectedAnswer,
  type FormQuestion,
  MULTI_CHOICE_SEPARATOR,
  safeParseYesNo,
  safeParseYesNoUnknown,
  type TextResolver,
  type YesNoUnknown,
  yesNoUnknownLabels,
} from "@st/core/forms";

/** A cell whose content cannot stand for an answer (an Excel error, a formula never calculated). */
export class UnreadableCell {
  /** @param description What the cell holds, for the problem report, e.g. `the error #N/A`. */
  constructor(readonly description: string) {}
}

/** The outcome of reading one cell: no answer, an answer, or why it is not one. */
export type CellReading =
  | { kind: "blank" }
  | { kind: "answer"; value: AnswerValue }
  | { kind: "problem"; expected: string; message: string; code: ProblemCode };

/** Reads and writes the answers to one question. */
export interface AnswerCodec {
  /** The question. */
  readonly question: FormQuestion;
  /** The question's label in the chosen terminology. */
  readonly label: string;
  /** What an answer must be, in words. */
  readonly expected: string;
  /** Read a cell value (text from CSV; text, number, boolean or Date from a workbook). */
  read(raw: unknown): CellReading;
  /** The answer as a workbook cell: text, a number or a Date. */
  toCell(value: AnswerValue): string | number | Date;
  /** The answer as a CSV field, with options by their value or by their label. */
  toText(value: AnswerValue, style: "value" | "label"): string;
}

const BLANK: CellReading = { kind: "blank" };

/** Makes text comparable as people type it: case, spacing, curly quotes and dashes do not matter. */
export function normaliseForMatching(text: string): string {
  // Most answers are plain ASCII, which Unicode normalisation and quote folding cannot change.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is "any ASCII character"
  const folded = /^[\x00-\x7F]*$/.test(text) ? text : text.normalize("NFKC");
  return folded
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** The last day Excel can hold, 9999-12-31, as a serial number. */
const LAST_EXCEL_SERIAL = 2_958_465;

/**
 * The date of an Excel serial day number (the time of day, if any, is dropped). In the 1900 date
 * system Excel counts a 29 February 1900 that never was (serial 60), so serials from 61 count
 * from 30 December 1899 and earlier ones from 31 December 1899. Workbooks in the 1904 date
 * system count from 1 January 1904.
 */
export function excelSerialToIsoDate(serial: number, date1904 = false): IsoDate | undefined {
  // Not finite is a number all the same: such a cell is no date (undefined), not a wrong argument.
  if (typeof serial !== "number")
    checkArgument(serial, "number", { fn: "excelSerialToIsoDate", argument: "serial", label: "Excel date serial" });
  checkArgument(date1904, "boolean", { fn: "excelSerialToIsoDate", argument: "date1904", label: "1904 date system" });
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1) || serial >= LAST_EXCEL_SERIAL + 1) return undefined;
  const day = Math.floor(serial);
  if (!date1904 && day === 60) return undefined;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + day * 86_400_000).toISOString().slice(0, 10);
}

/** The calendar day of a `Date` read from a workbook: spreadsheet dates carry no time zone, so UTC. */
function isoFromDate(date: Date): IsoDate | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const iso = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** A number typed as text: `12`, `-3.5`, `1e3`, `1,250` (thousands separated by commas). */
export function parseNumberText(text: string): number | undefined {
  checkArgument(text, "text", { fn: "parseNumberText", argument: "text", label: "Number text" });
  let s = text.trim();
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) s = s.replaceAll(",", "");
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function rawText(raw: unknown): string | undefined {
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" && Number.isFinite(raw)) return String(raw);
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (raw instanceof Date) return isoFromDate(raw);
  return undefined;
}

function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

/**
 * A Date for a workbook cell when Excel can show the date as one (from 1 March 1900, after the
 * day Excel invented); earlier dates stay text, which {@link parseDateText} reads back.
 */
function dateCell(date: IsoDate): string | Date {
  if (date < "1900-03-01") return date;
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * Characters XML 1.0 cannot carry, or that an XML parser would change (CR), or that exceljs drops
 * (DEL); Excel writes them as `_xHHHH_`, and so do we.
 */
const UNSAFE =
  "[\\u0000-\\u0008\\u000B-\\u001F\\u007F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]";
/** Unsafe characters, and underscores that would otherwise begin something that reads as an escape. */
const NEEDS_ESCAPE = new RegExp(`_(?=x[0-9A-F]{4}(?:_|${UNSAFE}))|${UNSAFE}`, "g");

/**
 * Text as it must be stored in a workbook cell so that it reads back exactly: characters XML
 * cannot hold are written `_xHHHH_`, and an underscore that would start such a sequence is itself
 * escaped as `_x005F_` (the convention Excel uses; exceljs decodes it on reading).
 */
export function escapeCellText(text: string): string {
  return text.replace(NEEDS_ESCAPE, (c) =>
    c === "_" ? "_x005F_" : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

/** Options for {@link answerCodec}. */
export interface AnswerCodecOptions {
  /** Resolves terminology placeholders in labels. */
  resolve: TextResolver;
  /** The workbook counts serial dates from 1904 (old Mac Excel). */
  date1904?: boolean;
}

/** The reader and writer of answers to `question`. */
export function answerCodec(question: FormQuestion, options: AnswerCodecOptions): AnswerCodec {
  const { resolve } = options;
  const expected = describeExpectedAnswer(question, resolve);
  const label = resolve(question.label);
  const problem = (message: string, code: ProblemCode = "invalid_type"): CellReading => ({
    kind: "problem",
    expected,
    message,
    code,
  });
  const unreadable = (raw: unknown): CellReading | undefined =>
    raw instanceof UnreadableCell ? problem(`holds ${raw.description}, not an answer`, "unreadable_cell") : undefined;
  const base = { question, label, expected };

  switch (question.type) {
    case "text":
    case "longText":
      return {
        ...base,
        read(raw) {
          if (isBlank(raw)) return BLANK;
          const text = rawText(raw);
          return text === undefined ? (unreadable(raw) ?? problem("is not text")) : { kind: "answer", value: text };
        },
        toCell: (value) => escapeCellText(String(value)),
        toText: (value) => String(value),
      };
    case "integer":
    case "number": {
      const whole = question.type === "integer";
      return {
        ...base,
        read(raw) {
          if (isBlank(raw)) return BLANK;
          const n = typeof raw === "number" ? raw : typeof raw === "string" ? parseNumberText(raw) : undefined;
          if (n === undefined || !Number.isFinite(n))
            return unreadable(raw) ?? problem(whole ? "is not a whole number" : "is not a number");
          if (whole && !Number.isSafeInteger(n)) return problem("is not a whole number");
          return { kind: "answer", value: n === 0 ? 0 : n };
        },
        toCell: (value) => Number(value),
        toText: (value) => String(value),
      };
    }
    case "date":
      return {
        ...base,
        read(raw) {
          if (isBlank(raw)) return BLANK;
          let date: IsoDate | undefined;
          if (raw instanceof Date) date = isoFromDate(raw);
          else if (typeof raw === "number") date = excelSerialToIsoDate(raw, options.date1904);
          else if (typeof raw === "string") date = parseDateText(raw);
          if (date !== undefined) return { kind: "answer", value: date };
          return unreadable(raw) ?? problem((typeof raw === "string" && dateTextProblem(raw)) || "is not a date");
        },
        toCell: (value) => dateCell(String(value)),
        toText: (value) => String(value),
      };
    case "yesNo":
    case "yesNoUnknown": {
      // The spellings are @st/core's, shared by every reader of yes/no answers in the project.
      const parse = question.type === "yesNo" ? safeParseYesNo : safeParseYesNoUnknown;
      const labelOf = (value: AnswerValue) => yesNoUnknownLabels[value as YesNoUnknown] ?? String(value);
      return {
        ...base,
        read(raw) {
          if (isBlank(raw)) return BLANK;
          if (raw === "Yes") return { kind: "answer", value: "yes" };
          if (raw === "No") return { kind: "answer", value: "no" };
          if (raw instanceof UnreadableCell) return unreadable(raw)!;
          const result = parse(raw instanceof Date ? rawText(raw) : raw, label);
          if (result.ok) return { kind: "answer", value: result.value };
          return problem(result.problems[0]?.message.replace(/^".*?" /, "") ?? "is not an answer", "invalid_option");
        },
        toCell: labelOf,
        toText: (value, style) => (style === "label" ? labelOf(value) : String(value)),
      };
    }
    case "choice":
    case "multiChoice": {
      // Values match exactly first; then labels (in the chosen words and as written) and values,
      // loosely. validateFormDefinition keeps these unique within a question.
      const exact = new Map<string, string | number>();
      const loose = new Map<string, string | number>();
      for (const option of question.options) {
        exact.set(String(option.value), option.value);
        // What the template's drop-down puts in a cell: matched before any normalising.
        if (!exact.has(resolve(option.label))) exact.set(resolve(option.label), option.value);
        for (const text of [resolve(option.label), option.label, String(option.value)]) {
          const key = normaliseForMatching(text);
          if (!loose.has(key)) loose.set(key, option.value);
        }
      }
      const match = (text: string) => exact.get(text) ?? loose.get(normaliseForMatching(text));
      const labelOf = new Map(question.options.map((o) => [o.value, resolve(o.label)]));
      const toLabel = (v: string | number) => labelOf.get(v) ?? String(v);
      const joiner = `${MULTI_CHOICE_SEPARATOR} `;

      if (question.type === "choice")
        return {
          ...base,
          read(raw) {
            if (isBlank(raw)) return BLANK;
            const text = rawText(raw);
            const value = text === undefined ? undefined : match(text);
            return value === undefined
              ? (unreadable(raw) ?? problem("is not one of the options", "invalid_option"))
              : { kind: "answer", value };
          },
          toCell: (value) => escapeCellText(toLabel(value as string | number)),
          toText: (value, style) => (style === "label" ? toLabel(value as string | number) : String(value)),
        };

      return {
        ...base,
        read(raw) {
          if (isBlank(raw)) return BLANK;
          const text = rawText(raw);
          if (text === undefined) return unreadable(raw) ?? problem("is not a list of options", "invalid_option");
          const values: (string | number)[] = [];
          const unknown: string[] = [];
          for (const part of text.split(/[;\r\n]/)) {
            if (part.trim() === "") continue;
            const whole = match(part);
            // People also separate with commas; accept that when every piece is an option.
            const pieces = whole === undefined && part.includes(",") ? part.split(",").map(match) : [whole];
            if (pieces.every((p) => p !== undefined)) {
              for (const p of pieces) if (!values.includes(p!)) values.push(p!);
            } else unknown.push(part.trim());
          }
          if (unknown.length)
            return problem(`holds ${unknown.map((u) => `"${u}"`).join(", ")}, not among the options`, "invalid_option");
          return values.length ? { kind: "answer", value: values } : BLANK;
        },
        toCell: (value) => escapeCellText((value as readonly (string | number)[]).map(toLabel).join(joiner)),
        toText: (value, style) =>
          (value as readonly (string | number)[]).map((v) => (style === "label" ? toLabel(v) : String(v))).join(joiner),
      };
    }
  }
}
