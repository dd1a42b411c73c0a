import { createHash } from "node:crypto";
import { basename } from "node:path";
import { complaintsProforma } from "@st/complaints-proforma";
import { formatProblems, type Problem } from "@st/core";
import { defaultTerminology } from "@st/core/practice";
import { MIN_PSEUDONYM_KEY_BYTES } from "@st/core/records";
import { DA_FACTOR_CODES, parseIndicatorTable } from "@st/indicators";
import { computeIndicatorsFromFiles } from "@st/indicators/node";
import { parseCaseNoteExtracts } from "@st/language-lint/demo";
import { readReviewRounds, reviewChecklists } from "@st/learning-review";
import type { ReturnInputs, ReturnSource, SourceKind, SuppressionRule } from "@st/returns";
import { readRecords } from "../commands/checklist.js";
import { loadComplaints } from "../commands/complaints.js";
import { InputError, type Io, readBytes, readJson, readText, resolvePath, UsageError } from "../io.js";

/** The files `st return build` reads, as paths. */
export interface ReturnFiles {
  /** Borough: GSS code, DfE number or name. */
  borough: string;
  /** Quarter, `YYYY-Qn`. */
  quarter: string;
  /** The return's revision. */
  version?: number | undefined;
  /** Children in Need census XML files. */
  cin?: readonly string[] | undefined;
  /** SSDA903 episodes CSV, beside the census. */
  episodes?: string | undefined;
  /** Local element of CINdetails holding the referral issue. */
  referralIssueField?: string | undefined;
  /** Referral issues meaning DA. */
  daValues?: readonly string[] | undefined;
  /** An indicator table as `st indicators compute|import --format json` prints it. */
  indicators?: string | undefined;
  /** Complaints register (.json, .csv or .xlsx). */
  complaints?: string | undefined;
  /** Checklist audits (.json, .yaml, .csv or .xlsx). */
  checklists?: readonly string[] | undefined;
  /** A learning-review round (JSON). */
  review?: string | undefined;
  /** Case-note extracts (JSON). */
  notes?: readonly string[] | undefined;
  /** The file holding the borough's secret. */
  secretFile: string;
  /** The small-numbers rule. */
  suppression?: SuppressionRule | undefined;
}

/** The values meaning DA when a referral-issue field is named, as `st indicators compute` takes them. */
export const DEFAULT_DA_VALUES = ["DA", "DV", "Domestic abuse", "Domestic violence"];

async function source(kind: SourceKind, path: string, io: Io): Promise<ReturnSource> {
  const bytes = await readBytes(path, io);
  return { kind, name: basename(path), sha256: createHash("sha256").update(bytes).digest("hex") };
}

function refuse(problems: readonly Problem[], path: string): never {
  throw new InputError(
    `${formatProblems(problems, basename(path))}\nNo return was built: correct the records (or leave the file out) and build again.`,
  );
}

async function readIndicators(files: ReturnFiles, io: Io): Promise<ReturnInputs["indicators"]> {
  const cin = files.cin ?? [];
  if (files.indicators !== undefined && cin.length) throw new UsageError("give --cin or --indicators, not both");
  if (files.indicators !== undefined) {
    const json = await readJson(files.indicators, io);
    const table = parseIndicatorTable(json, basename(files.indicators));
    return { table, sources: [await source("indicator-table", files.indicators, io)] };
  }
  if (!cin.length) return undefined;
  const daValues = files.daValues ?? DEFAULT_DA_VALUES;
  // No borough is passed: the census header's LEA says whose it is, and buildReturn checks it is this borough's.
  const computation = await computeIndicatorsFromFiles({
    cin: cin.map((p) => resolvePath(p, io)),
    ...(files.episodes ? { episodesFile: resolvePath(files.episodes, io) } : {}),
    da: {
      factors: DA_FACTOR_CODES,
      ...(files.referralIssueField
        ? { referralIssue: { field: files.referralIssueField, daValues: [...daValues] } }
        : {}),
    },
  });
  const problems = [...computation.files.flatMap((f) => f.problems), ...computation.extractProblems];
  if (problems.length) refuse(problems, cin.join(", "));
  return {
    table: computation.table,
    sources: [
      ...(await Promise.all(cin.map((p) => source("census", p, io)))),
      ...(files.episodes ? [await source("care-episodes", files.episodes, io)] : []),
    ],
  };
}

async function readSecret(path: string, io: Io): Promise<string> {
  const secret = (await readText(path, io)).trim();
  if (new TextEncoder().encode(secret).length < MIN_PSEUDONYM_KEY_BYTES)
    throw new InputError(
      `${path}: the secret is shorter than ${MIN_PSEUDONYM_KEY_BYTES} bytes; generate one with \`node -e "console.log(require('node:crypto').randomBytes(32).toString('hex'))"\` and keep it inside the borough`,
    );
  return secret;
}

/** Read every file `st return build` was given, checking each record; any invalid record stops the build. */
export async function readReturnInputs(files: ReturnFiles, io: Io): Promise<ReturnInputs> {
  const inputs: ReturnInputs = {
    borough: files.borough,
    quarter: files.quarter,
    version: files.version,
    secret: await readSecret(files.secretFile, io),
    suppression: files.suppression,
    indicators: await readIndicators(files, io),
  };
  if (files.complaints !== undefined) {
    const loaded = await loadComplaints(files.complaints, io, {
      definition: complaintsProforma,
      terminology: defaultTerminology,
    });
    if (loaded.problems.length) refuse(loaded.problems, files.complaints);
    inputs.complaints = { records: loaded.records, source: await source("complaints", files.complaints, io) };
  }
  if (files.checklists?.length) {
    inputs.checklists = await Promise.all(
      files.checklists.map(async (path) => {
        const read = await readRecords(path, io, reviewChecklists);
        if (read.problems.length) refuse(read.problems, path);
        return { records: read.records, source: await source("checklists", path, io) };
      }),
    );
  }
  if (files.review !== undefined) {
    const reading = readReviewRounds(await readText(files.review, io));
    if (reading.problems.length) refuse(reading.problems, files.review);
    if (reading.valid.length !== 1)
      throw new InputError(
        `${files.review}: expected one learning-review round (the quarter's), found ${reading.valid.length}`,
      );
    inputs.review = { round: reading.valid[0]!, source: await source("learning-review", files.review, io) };
  }
  if (files.notes?.length) {
    inputs.caseNotes = await Promise.all(
      files.notes.map(async (path) => {
        let notes: ReturnType<typeof parseCaseNoteExtracts>;
        try {
          notes = parseCaseNoteExtracts(await readJson(path, io));
        } catch (error) {
          if (error instanceof InputError) throw error;
          throw new InputError(`${basename(path)}: ${(error as Error).message}`);
        }
        return { notes, source: await source("case-notes", path, io) };
      }),
    );
  }
  return inputs;
}
