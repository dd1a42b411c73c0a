/**
 * Compute the indicators straight from Children in Need census files, streaming: each file is read
 * once, one child at a time, and counted as it is read.
 * @module
 */
import { checkArgument, StValidationError } from "@st/core";
import type { IsoDate } from "@st/core/calendar";
import { checkCensusSource, checkRecordArgument } from "./arguments.js";
import { type CinCensusSource, chunksOf } from "./census-source.js";
import { CinCensusReader, type CinCensusReadOptions, type CinCensusSummary } from "./cin-census-reader.js";
import type { CinCensusHeader } from "./cin-records.js";
import { censusYear } from "./dates.js";
import { IndicatorRun, type IndicatorRunOptions } from "./indicator-run.js";
import type { IndicatorTable } from "./indicator-table.js";
import { type ReadAccountingOptions, type ReadSummary, withReads } from "./read-summary.js";

/** One census file to compute from. */
export interface CensusFile {
  /** The file's content: text, bytes or a stream. */
  source: CinCensusSource;
  /** The file's name, for notes and errors. */
  fileName?: string | undefined;
  /** The borough (GSS code, DfE LA number or name), when the header's `LEA` is missing or wrong. */
  borough?: string | number | undefined;
  /** The census reference date (31 March), when the header's is missing. */
  referenceDate?: IsoDate | undefined;
}

/** Options for {@link computeIndicators}. */
export interface ComputeIndicatorsOptions extends IndicatorRunOptions, ReadAccountingOptions {
  /**
   * The borough of every file (GSS code, DfE LA number or name), instead of the header's `LEA`:
   * for an authority outside London, whose DfE number this package does not know, or a header
   * that is wrong. A file's own {@link CensusFile.borough} wins over this.
   */
  borough?: string | number | undefined;
  /**
   * A local element inside `CINdetails` holding the borough's referral issue. Default: the DA
   * definition's `referralIssue.field`, when it has one.
   */
  referralIssueElement?: string | undefined;
  /** Report census elements the reader does not recognise as problems, not only count them. Default false. */
  strict?: boolean | undefined;
  /** The accounting of other files the records came from (an episodes or referral-reason extract), to carry in the table. */
  reads?: readonly ReadSummary[] | undefined;
}

/** A computed table and what reading the census files found. */
export interface CensusComputation {
  /** The indicator table (docs/CLI.md shape, with notes and caveats). */
  table: IndicatorTable;
  /** One summary a file: header, counts, values that could not be read. */
  files: CinCensusSummary[];
}

/**
 * Compute an indicator set from one or more Children in Need census files (several years' files
 * oldest first, so re-referrals can look back across the census year boundary). Each file is
 * streamed: memory stays flat however large it is.
 *
 * Each event is counted from the file whose census year (1 April to the reference date) covers its
 * date. Quarters no file covers are `null`, as are indicators the data cannot support (DA as the
 * referral issue without a mapping; children into care without an episodes file), each with a note.
 *
 * @throws {@link @st/core!index.StValidationError} (also a `TypeError`) coded `invalid_type`, before any
 * file is read, when `files` is not a list of census files or `options` is not an object.
 */
export async function computeIndicators(
  files: readonly (CensusFile | CinCensusSource)[],
  options: ComputeIndicatorsOptions = {},
): Promise<CensusComputation> {
  if (!Array.isArray(files))
    checkArgument(files, "list", {
      fn: "computeIndicators",
      argument: "files",
      label: "Census files",
      expected: "a list of census files",
    });
  for (const [i, item] of files.entries()) {
    if (isCensusFile(item)) checkCensusSource("computeIndicators", item.source, `files.${i}.source`);
    else checkCensusSource("computeIndicators", item, `files.${i}`);
  }
  checkRecordArgument("computeIndicators", "options", options);
  const run = new IndicatorRun(options);
  const summaries: CinCensusSummary[] = [];
  const element = options.referralIssueElement ?? options.da?.referralIssue?.field;
  for (const [index, item] of files.entries()) {
    const file: CensusFile = isCensusFile(item) ? item : { source: item };
    const fileName = file.fileName ?? `census file ${index + 1}`;
    let begun = false;
    const begin = (header: CinCensusHeader | undefined) => {
      if (begun) return;
      begun = true;
      const borough = file.borough ?? options.borough ?? header?.laNumber;
      const referenceDate = file.referenceDate ?? header?.referenceDate;
      if (borough === undefined || referenceDate === undefined) {
        throw new StValidationError(
          [
            {
              path: "Header",
              field: borough === undefined ? "LEA" : "ReferenceDate",
              expected:
                borough === undefined
                  ? "the authority's DfE LA number in Header/Source/LEA"
                  : "the census reference date in Header/CollectionDetails/ReferenceDate",
              received: "nothing",
              message: `${fileName} does not say ${borough === undefined ? "which authority it is for" : "which census year it is"}; give it with the file`,
              code: "missing_header",
            },
          ],
          { subject: fileName },
        );
      }
      const year = censusYear(referenceDate);
      run.beginSource({
        name: fileName,
        borough,
        from: year.from,
        to: year.to,
        keepHistory: index < files.length - 1,
      });
    };
    const readOptions: CinCensusReadOptions = {
      fileName,
      referralIssueElement: element,
      referenceDate: file.referenceDate,
      strict: options.strict,
      maxSkippedShare: options.maxSkippedShare,
      onHeader: (header) => begin(header),
      onChild: (child) => {
        begin(undefined);
        run.addChild(child);
      },
    };
    const reader = new CinCensusReader(readOptions);
    for await (const chunk of chunksOf(file.source)) reader.write(chunk);
    const summary = reader.end();
    begin(summary.header);
    checkCensusYear(summary, fileName, file.referenceDate ?? summary.header?.referenceDate);
    run.endSource();
    summaries.push(summary);
  }
  const table = withReads(run.result(), [...(options.reads ?? []), ...summaries.map((s) => s.read)]);
  for (const s of summaries.filter((s) => s.problemCount > 0)) {
    const first = s.problems[0];
    table.notes.push(
      `${s.fileName}: ${s.problemCount} problem${s.problemCount === 1 ? "" : "s"} (records skipped or values left out of the counts; first: line ${first?.line}, column ${first?.column}, ${first?.field}: ${first?.message}).`,
    );
  }
  return { table, files: summaries };
}

/**
 * A census whose every referral is more than a year before its reference date has the wrong
 * reference date (or is the wrong file): counted, its census year would show confident zeros.
 */
function checkCensusYear(summary: CinCensusSummary, fileName: string, referenceDate: string | undefined): void {
  const latest = summary.latestReferralDate;
  if (referenceDate === undefined || latest === undefined) return;
  if (latest > `${Number(referenceDate.slice(0, 4)) - 1}${referenceDate.slice(4)}`) return;
  throw new StValidationError(
    [
      {
        path: "Header.CollectionDetails.ReferenceDate",
        field: "ReferenceDate",
        expected: `referrals in the census year ending ${referenceDate}`,
        received: `referrals up to ${latest} only`,
        message: `no referral in ${fileName} falls in the census year ending ${referenceDate} (the latest is ${latest}): the reference date is probably wrong; give the right one with the file`,
        code: "no_referrals_in_year",
      },
    ],
    { subject: fileName },
  );
}

function isCensusFile(value: CensusFile | CinCensusSource): value is CensusFile {
  return typeof value === "object" && value !== null && !(value instanceof Uint8Array) && "source" in value;
}
