/**
 * File helpers for Node.js (`@st/indicators/node`): stream census files from disk, read the
 * extracts beside them, and write synthetic census files of any size. The domain code they call is
 * the package's main entry, which runs in browsers too.
 * @packageDocumentation
 */

import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { appendAll, checkArgument, type Problem, StValidationError } from "@st/core";
import { checkRecordArgument, checkTextArgument } from "./arguments.js";
import {
  CinCensusReader,
  type CinCensusReadOptions,
  type CinCensusSummary,
  readCinCensus,
} from "./cin-census-reader.js";
import type { CinCensusHeader } from "./cin-records.js";
import { type CensusComputation, type ComputeIndicatorsOptions, computeIndicators } from "./compute.js";
import {
  type AssembledExtracts,
  assembleExtracts,
  type CareEpisode,
  type ColumnMapping,
  readCareEpisodes,
  readReferralReasons,
  ssdColumns,
  ssdFileNames,
} from "./extracts.js";
import type { ReadAccountingOptions, ReadSummary } from "./read-summary.js";
import {
  type CensusXmlOptions,
  censusXmlChunks,
  type SyntheticCensusOptions,
  syntheticChildren,
} from "./synthetic-census.js";

export type { CensusLayout } from "./synthetic-census.js";

const CHUNK = 1 << 20;

/**
 * Read a census file from disk, streaming, calling `onChild` for each child.
 * @throws {@link @st/core!index.StValidationError} (also a `TypeError`) coded `invalid_type`, before the
 * file is opened, when `path` is not text or `options` is not an object.
 */
export async function readCinCensusFile(
  path: string,
  options: Omit<CinCensusReadOptions, "fileName"> & { fileName?: string | undefined },
): Promise<CinCensusSummary> {
  checkFilePath("readCinCensusFile", "path", "Census file", path);
  checkRecordArgument("readCinCensusFile", "options", options);
  return readCinCensus(openFile(path), { ...options, fileName: options.fileName ?? basename(path) });
}

function openFile(path: string): AsyncIterable<Uint8Array> {
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  stream.on("error", () => {});
  return (async function* () {
    try {
      for await (const chunk of stream) yield chunk as Uint8Array;
    } catch (error) {
      throw unreadable(path, error);
    }
  })();
}

function unreadable(path: string, error: unknown): StValidationError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (error as Error).message;
  return new StValidationError(
    [
      {
        path: "",
        field: basename(path),
        expected: "a readable file",
        received: why,
        message: `cannot read ${path}: ${why}`,
        code: "unreadable_file",
      },
    ],
    { subject: basename(path) },
  );
}

/** The header of a census file, read without reading the rest of it. */
export async function readCinCensusHeader(path: string): Promise<CinCensusHeader | undefined> {
  checkFilePath("readCinCensusHeader", "path", "Census file", path);
  let header: CinCensusHeader | undefined;
  let seenChild = false;
  const reader = new CinCensusReader({
    fileName: basename(path),
    onHeader: (h) => {
      header = h;
    },
    onChild: () => {
      seenChild = true;
    },
  });
  for await (const chunk of openFile(path)) {
    reader.write(chunk);
    if (header || seenChild) break;
  }
  return header;
}

/** Options for {@link computeIndicatorsFromFiles}. */
export interface ComputeFromFilesOptions extends ComputeIndicatorsOptions {
  /** Census XML files, in any order: they are read oldest first, by their reference dates. */
  cin: readonly string[];
  /** An SSDA903 episodes CSV (or another episodes extract, with `episodeColumns`), for children taken into care. */
  episodesFile?: string | undefined;
  /** Column names of the episodes file, when they are not the SSDA903 ones. */
  episodeColumns?: ColumnMapping<keyof Omit<CareEpisode, "line">> | undefined;
  /** A referral-reason extract CSV (`child_id`, `referral_date`, `reason` by default). */
  referralReasonsFile?: string | undefined;
  /** Column names of the referral-reason extract. */
  referralReasonColumns?: ColumnMapping<"childId" | "referralDate" | "reason"> | undefined;
}

/** What {@link computeIndicatorsFromFiles} returns: the computation and the problems in the extracts. */
export interface FilesComputation extends CensusComputation {
  /** Values in the CSV extracts that could not be read, and rows skipped, each with its file and line. */
  extractProblems: (Problem & { file: string })[];
}

/**
 * Compute the indicators from census files on disk (several years together, sorted oldest first
 * by their headers), with an episodes file and a referral-reason extract when given. Streams each
 * census file: memory stays flat however large they are.
 * @throws {@link @st/core!index.StValidationError} (also a `TypeError`) coded `invalid_type`, before any
 * file is opened, when `options` is not an object or a file's path is not text.
 */
export async function computeIndicatorsFromFiles(options: ComputeFromFilesOptions): Promise<FilesComputation> {
  checkRecordArgument("computeIndicatorsFromFiles", "options", options);
  if (!Array.isArray(options.cin))
    checkArgument(options.cin, "list", {
      fn: "computeIndicatorsFromFiles",
      argument: "options.cin",
      label: "Census files",
      expected: "a list of census file paths",
    });
  for (const [i, path] of options.cin.entries())
    checkFilePath("computeIndicatorsFromFiles", `options.cin.${i}`, "Census file", path);
  if (options.episodesFile !== undefined)
    checkFilePath("computeIndicatorsFromFiles", "options.episodesFile", "Episodes file", options.episodesFile);
  if (options.referralReasonsFile !== undefined)
    checkFilePath(
      "computeIndicatorsFromFiles",
      "options.referralReasonsFile",
      "Referral reasons file",
      options.referralReasonsFile,
    );
  const { cin, episodesFile, episodeColumns, referralReasonsFile, referralReasonColumns, ...rest } = options;
  const extractProblems: (Problem & { file: string })[] = [];
  const reads: ReadSummary[] = [];
  let careEpisodes = rest.careEpisodes;
  if (episodesFile !== undefined) {
    const read = readCareEpisodes(await readText(episodesFile), {
      fileName: basename(episodesFile),
      columns: episodeColumns,
      maxSkippedShare: rest.maxSkippedShare,
    });
    reads.push(read.summary);
    careEpisodes = read.episodes;
    appendAll(
      extractProblems,
      read.problems.map((p) => ({ ...p, file: episodesFile })),
    );
  }
  let referralReasons = rest.referralReasons;
  if (referralReasonsFile !== undefined) {
    const read = readReferralReasons(await readText(referralReasonsFile), {
      fileName: basename(referralReasonsFile),
      columns: referralReasonColumns,
      maxSkippedShare: rest.maxSkippedShare,
    });
    reads.push(read.summary);
    referralReasons = read.reasons;
    appendAll(
      extractProblems,
      read.problems.map((p) => ({ ...p, file: referralReasonsFile })),
    );
  }
  // Several files are read oldest first, by their headers; one file is read once.
  const paths = cin.length === 1 ? cin : await oldestFirst(cin);
  const computation = await computeIndicators(
    paths.map((path) => ({ source: openFile(path), fileName: basename(path) })),
    { ...rest, careEpisodes, referralReasons, reads: [...(rest.reads ?? []), ...reads] },
  );
  return { ...computation, extractProblems };
}

/** Census files sorted by the reference dates in their headers, oldest first. */
async function oldestFirst(paths: readonly string[]): Promise<string[]> {
  const dated = await Promise.all(
    paths.map(async (path) => ({ path, referenceDate: (await readCinCensusHeader(path))?.referenceDate ?? "" })),
  );
  dated.sort((a, b) => (a.referenceDate < b.referenceDate ? -1 : a.referenceDate > b.referenceDate ? 1 : 0));
  return dated.map(({ path }) => path);
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw unreadable(path, error);
  }
}

/**
 * Read a folder of Standard Safeguarding Dataset CSV exports (`ssd_cin_episodes.csv`,
 * `ssd_cin_assessments.csv`, `ssd_assessment_factors.csv`, `ssd_cp_plans.csv`,
 * `ssd_cla_episodes.csv`, `ssd_legal_status.csv`; all but the first optional) into children and
 * care episodes.
 */
export async function readSsdFolder(
  dir: string,
  options: { referralIssueColumn?: string | undefined } & ReadAccountingOptions = {},
): Promise<AssembledExtracts> {
  checkFilePath("readSsdFolder", "dir", "SSD export folder", dir, "the path of a folder");
  checkRecordArgument("readSsdFolder", "options", options);
  const files = new Set(await readdir(dir).catch((error: unknown) => Promise.reject(unreadable(dir, error))));
  const load = async (name: string) => (files.has(name) ? readFile(join(dir, name), "utf8") : undefined);
  const referrals = await load(ssdFileNames.referrals);
  if (referrals === undefined) {
    throw new StValidationError(
      [
        {
          path: "",
          field: dir,
          expected: `a file ${ssdFileNames.referrals}`,
          received: [...files].filter((f) => f.endsWith(".csv")).join(", ") || "no CSV files",
          message: `${dir} has no ${ssdFileNames.referrals}, the one table the indicators cannot do without`,
          code: "missing_table",
        },
      ],
      { subject: dir },
    );
  }
  const table = async <C>(key: keyof typeof ssdFileNames, columns: C) => {
    const text = await load(ssdFileNames[key]);
    return text === undefined ? undefined : { text, fileName: ssdFileNames[key], columns };
  };
  return assembleExtracts(
    {
      referrals: {
        text: referrals,
        fileName: ssdFileNames.referrals,
        columns: {
          ...ssdColumns.referrals,
          ...(options.referralIssueColumn ? { referralIssue: options.referralIssueColumn } : {}),
        },
      },
      assessments: await table("assessments", ssdColumns.assessments),
      assessmentFactors: await table("assessmentFactors", ssdColumns.assessmentFactors),
      cpPlans: await table("cpPlans", ssdColumns.cpPlans),
      careEpisodes: await table("careEpisodes", ssdColumns.careEpisodes),
      legalStatuses: await table("legalStatuses", ssdColumns.legalStatuses),
    },
    options,
  );
}

/** Options for {@link writeSyntheticCensusFile}. */
export interface SyntheticFileOptions extends SyntheticCensusOptions, CensusXmlOptions {
  /** The DfE LA number written in the header. Default 204 (Hackney). */
  laNumber?: number | undefined;
}

/** Write a synthetic census file of any size to disk, streaming. Returns its size in bytes. */
export async function writeSyntheticCensusFile(path: string, options: SyntheticFileOptions): Promise<number> {
  checkFilePath("writeSyntheticCensusFile", "path", "Census file", path);
  checkRecordArgument("writeSyntheticCensusFile", "options", options);
  checkTextArgument(
    "writeSyntheticCensusFile",
    "options.referenceDate",
    "Census reference date",
    options.referenceDate,
    "a date written YYYY-MM-DD",
  );
  const out = createWriteStream(path);
  let bytes = 0;
  const header = {
    collection: "CIN",
    year: options.referenceDate.slice(0, 4),
    referenceDate: options.referenceDate,
    laNumber: options.laNumber ?? 204,
    softwareCode: "@st/indicators synthetic",
    serialNo: "001",
  };
  for (const chunk of censusXmlChunks(header, syntheticChildren(options), options)) {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return bytes;
}

/** Refuse a path that is not text, before any file is touched. */
function checkFilePath(
  fn: string,
  argument: string,
  label: string,
  path: unknown,
  expected = "the path of a file",
): void {
  checkTextArgument(fn, argument, label, path, expected);
}
