/**
 * What reading a file found, told alongside every figure computed from it: how many records were
 * read, how many were skipped and why, how many values were left out, and what the reader did not
 * recognise. A figure is only as good as the share of the file it was computed from; a file where
 * nothing (or too much) could be read is an error, never a zero.
 * @module
 */
import {
  argumentError,
  argumentTypeError,
  checkArgument,
  type Problem,
  type ProblemCode,
  StValidationError,
} from "@st/core";
import { checkRecordArgument } from "./arguments.js";
import { countText } from "./count-text.js";

/** Records of one kind skipped for one reason. */
export interface SkippedRecords {
  /** A stable code, e.g. `missing_id`, `duplicate_id`, `misplaced_record`, `required`. */
  code: ProblemCode;
  /** Why, in words. */
  reason: string;
  /** How many records. */
  count: number;
}

/** An element (or column) the reader did not recognise, and how often it appeared. */
export interface UnknownElement {
  /** The element's name as written. */
  name: string;
  /** The element it appeared inside. */
  parent: string;
  /** How many times. */
  count: number;
  /** Where it first appeared. */
  line: number;
  /** Column of its content's start on that line. */
  column: number;
}

/** The accounting of one file's read. */
export interface ReadSummary {
  /** The file's name. */
  file: string;
  /** What kind of records it holds, in words: "children", "episodes of care", "referral reasons", ... */
  records: string;
  /** Records read and counted. */
  read: number;
  /** Records skipped, in all. */
  skipped: number;
  /** Skipped records by reason. */
  skippedBy: SkippedRecords[];
  /** Values that could not be read and were left out (the records holding them were kept). */
  valuesLeftOut: number;
  /** Elements the reader did not recognise (census XML only), with counts. */
  unknownElements?: UnknownElement[] | undefined;
}

/** The default for the largest share of a file's records that may be skipped before it is refused: 1%. */
export const DEFAULT_MAX_SKIPPED_SHARE = 0.01;

/** Options shared by every reader that accounts for its records. */
export interface ReadAccountingOptions {
  /**
   * The largest share of records (0 to 1) that may be skipped before the file is refused as
   * unusable. Default {@link DEFAULT_MAX_SKIPPED_SHARE} (1%). Zero records read is always refused.
   */
  maxSkippedShare?: number | undefined;
}

/** A tally of skipped records by code, in the order first met. */
export class SkipTally {
  readonly #byCode = new Map<ProblemCode, SkippedRecords>();
  #total = 0;

  /** Count one record skipped for `reason`. */
  add(code: ProblemCode, reason: string): void {
    this.#total++;
    const entry = this.#byCode.get(code);
    if (entry) entry.count++;
    else this.#byCode.set(code, { code, reason, count: 1 });
  }

  /** Records skipped in all. */
  get total(): number {
    return this.#total;
  }

  /** The tally, by reason. */
  list(): SkippedRecords[] {
    return [...this.#byCode.values()].map((s) => ({ ...s }));
  }
}

/** One sentence saying what a read found, for the notes that travel with the figures. */
export function describeRead(summary: ReadSummary): string {
  checkRecordArgument("describeRead", "summary", summary);
  const n = countText;
  const parts = [`${summary.file}: ${summary.records} read: ${n(summary.read)}`];
  if (summary.skipped > 0) {
    parts.push(
      `records skipped: ${n(summary.skipped)} (${summary.skippedBy.map((s) => `${n(s.count)} ${s.reason}`).join("; ")})`,
    );
  } else {
    parts.push("records skipped: none");
  }
  if (summary.valuesLeftOut > 0) parts.push(`values left out: ${n(summary.valuesLeftOut)}`);
  const unknown = summary.unknownElements ?? [];
  if (unknown.length > 0) {
    parts.push(
      `elements not recognised and ignored: ${unknown
        .slice(0, 10)
        .map((u) => `<${u.name}> in <${u.parent}> ×${countText(u.count)} (first at line ${u.line})`)
        .join(", ")}${unknown.length > 10 ? `, and ${unknown.length - 10} more` : ""}`,
    );
  }
  return `${parts.join("; ")}.`;
}

/**
 * Refuse a read that cannot support a figure: nothing read, or more than the allowed share of
 * records skipped. The error names the file, what was found instead, and the limit. With
 * `allowEmpty`, a file with no records at all (none read, none skipped) passes.
 * @throws {@link @st/core!index.StValidationError} coded `no_records` or `too_many_skipped`.
 */
export function checkRead(summary: ReadSummary, options: ReadAccountingOptions = {}, allowEmpty = false): void {
  checkRecordArgument("checkRead", "summary", summary);
  checkRecordArgument("checkRead", "options", options);
  if (typeof allowEmpty !== "boolean")
    checkArgument(allowEmpty, "boolean", { fn: "checkRead", argument: "allowEmpty", label: "Allow empty" });
  const limit = options.maxSkippedShare ?? DEFAULT_MAX_SKIPPED_SHARE;
  // An optional table with no rows at all says "none"; one whose rows were all skipped says nothing.
  if (allowEmpty && summary.read === 0 && summary.skipped === 0) return;
  if (!(limit >= 0 && limit <= 1))
    throw argumentError("checkRead", {
      argument: "options.maxSkippedShare",
      label: "Largest share of records skipped",
      expected: "a number from 0 to 1",
      received: limit,
      message: `maxSkippedShare must be from 0 to 1: got ${limit}`,
    });
  const total = summary.read + summary.skipped;
  const found = describeRead(summary).replace(`${summary.file}: `, "").replace(/\.$/, "");
  if (summary.read === 0) {
    throw refusal(
      summary,
      `no ${summary.records} were read from ${summary.file}, so no figure can be computed from it (${found})`,
      `at least one of the ${summary.records} read`,
      `${summary.records} read: 0`,
      "no_records",
    );
  }
  if (summary.skipped / total > limit) {
    const share = (summary.skipped / total) * 100;
    throw refusal(
      summary,
      `${summary.skipped.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} records in ${summary.file} (${share.toFixed(1)}%) were skipped, more than the ${(limit * 100).toLocaleString("en-GB")}% allowed, so figures from it would undercount (${found})`,
      `at most ${(limit * 100).toLocaleString("en-GB")}% of records skipped`,
      `${share.toFixed(1)}% skipped`,
      "too_many_skipped",
    );
  }
}

function refusal(summary: ReadSummary, message: string, expected: string, received: string, code: ProblemCode) {
  const problem: Problem = { path: "", field: summary.file, expected, received, message, code };
  return new StValidationError([problem], { subject: summary.file });
}

/**
 * Attach what reading found to a table: `reads` holds each file's accounting, and one note per
 * file says it in words, so the figures never travel without it.
 */
export function withReads<T extends { notes: string[]; reads?: ReadSummary[] | undefined }>(
  table: T,
  reads: readonly ReadSummary[],
): T {
  checkRecordArgument("withReads", "table", table);
  if (!Array.isArray(table.notes))
    throw argumentTypeError("withReads", {
      argument: "table",
      label: "Indicator table",
      expected: "an indicator table (with its notes)",
      received: table,
      message: "has no notes",
    });
  if (!Array.isArray(reads))
    checkArgument(reads, "list", {
      fn: "withReads",
      argument: "reads",
      label: "Read summaries",
      expected: "a list of read summaries",
    });
  if (reads.length === 0) return table;
  table.reads = [...(table.reads ?? []), ...reads];
  table.notes.push(...reads.map((r) => `Read: ${describeRead(r)}`));
  return table;
}
