import { appendAll, formatProblem, formatProblems, isStValidationError, type Problem } from "@st/core";
import { getLocalAuthority } from "@st/core/places";
import type { TerminologyProfile } from "@st/core/practice";
import { escapeHtml, formatShare, htmlPage } from "@st/core/report";
import {
  applyReviewedCaseRows,
  beforeAfterTrainingFrame,
  type CaseList,
  type CaseListReading,
  caseListForm,
  caseListHeaderAliases,
  compareRoundsByBorough,
  createReviewRound,
  defaultSampleSeed,
  defaultSamplingFrame,
  describeSample,
  documentToHtml,
  documentToMarkdown,
  isSeed,
  MAX_SEED,
  type ReviewRound,
  type RoundSummary,
  readCaseList,
  readCaseListSheet,
  readReviewRounds,
  reviewedCaseForm,
  reviewedCaseToRow,
  reviewRoundRecord,
  roundReport,
  type Sample,
  type SamplingFrame,
  safeDrawSample,
  safeParseSamplingFrame,
  safeReadReviewedCaseIds,
  samplingFrameRecord,
  seriesReport,
  summariseRound,
  writeReviewRound,
} from "@st/learning-review";
import type { ChecklistDefinition } from "@st/practice-checklist";
import { locateProblems, type ReadResult, readCsv, writeTemplate } from "@st/workbook";
import { loadDefinitions, loadProfile } from "../checklist-inputs.js";
import { type Command, ExitCode, isoDateOption, type OptionValues, oneOf, parseOptions, required } from "../command.js";
import { InputError, type Io, inputName, progress, readJson, readJsonLines, readText, UsageError } from "../io.js";
import { printJson, problemJson } from "../json-output.js";
import { writeOutputFile, writeOutputFolder } from "../output.js";
import { readWorkbookInput } from "../workbook-input.js";
import { summaries } from "./summaries.js";

const builtInFrames: readonly SamplingFrame[] = [defaultSamplingFrame, beforeAfterTrainingFrame];
const MAX_LISTED = 20;

/** Problems as one paragraph for stderr, the first few in full. */
function problemText(problems: readonly Problem[], subject: string): string {
  if (problems.length <= MAX_LISTED) return formatProblems(problems, subject);
  return `${formatProblems(problems.slice(0, MAX_LISTED), subject).replace(/^\d+ problems/, `${problems.length} problems`)}\n  ... and ${problems.length - MAX_LISTED} more`;
}

async function loadFrame(value: string | undefined, io: Io): Promise<SamplingFrame> {
  if (value === undefined) return defaultSamplingFrame;
  const builtIn = builtInFrames.find((f) => f.id === value);
  if (builtIn) return builtIn;
  const result = safeParseSamplingFrame(await readJson(value, io));
  if (!result.ok) throw new InputError(formatProblems(result.problems, `the frame ${inputName(value)}`));
  return result.value;
}

/** A case list kept in a workbook, read with the CSV reader's header names and other columns kept for frames' filters. */
async function readCaseListWorkbook(path: string, io: Io): Promise<CaseListReading> {
  try {
    return readCaseListSheet(
      await readWorkbookInput(caseListForm, path, io, { headerAliases: caseListHeaderAliases, otherColumns: "keep" }),
    );
  } catch (error) {
    if (isStValidationError(error)) throw new InputError(formatProblems(error.problems, inputName(path)));
    throw error;
  }
}

async function loadCaseList(path: string, io: Io, skipInvalid: boolean): Promise<CaseList> {
  const reading = /\.xlsx$/i.test(path)
    ? await readCaseListWorkbook(path, io)
    : /\.jsonl$/i.test(path)
      ? readCaseList(await readJsonLines(path, io))
      : readCaseList(await readText(path, io), {
          format: /\.json$/i.test(path) ? "json" : /\.(csv|tsv|txt)$/i.test(path) ? "csv" : undefined,
        });
  const rowProblems = reading.problems.filter((p) => p.record !== undefined);
  const fileProblems = reading.problems.filter((p) => p.record === undefined);
  if (fileProblems.length || (rowProblems.length && !skipInvalid)) {
    throw new InputError(
      `${problemText(reading.problems, `the case list ${inputName(path)}`)}${
        fileProblems.length ? "" : "\nFix the rows, or pass --skip-invalid to draw from the valid rows only."
      }`,
    );
  }
  if (reading.skipped.length) {
    io.stderr(
      `${problemText(rowProblems, `the case list ${inputName(path)}`)}\n` +
        `Left out ${reading.skipped.length} of ${reading.total} rows (--skip-invalid): ${reading.skipped
          .map((s) => s.caseId ?? `record ${s.record}`)
          .join(", ")}.\n`,
    );
  }
  return { cases: reading.cases, columns: reading.columns };
}

/** The ids in a file of cases already reviewed; a file that cannot be read stops the sample. */
function caseIdsIn(text: string, path: string): string[] {
  const read = safeReadReviewedCaseIds(text);
  if (read.ok) return read.value;
  const [first] = read.problems;
  if (first?.code === "unparseable") throw new InputError(`cannot read ${path}: it ${first.message}`);
  throw new InputError(formatProblems(read.problems, path));
}

interface SampleInputs {
  caseList: CaseList;
  frame: SamplingFrame;
  sample: Sample;
}

const sampleOptions = {
  cases: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  seed: { type: "string" },
  frame: { type: "string" },
  exclude: { type: "string", multiple: true },
  "skip-invalid": { type: "boolean" },
  format: { type: "string" },
} as const;

async function drawFromArgs(values: OptionValues<typeof sampleOptions>, io: Io): Promise<SampleInputs> {
  const casesPath = required("cases", values.cases);
  const from = isoDateOption("from", required("from", values.from));
  const to = isoDateOption("to", required("to", values.to));
  if (from > to) throw new UsageError(`--to (${to}) is before --from (${from})`);
  const seed = values.seed === undefined ? defaultSampleSeed({ from }) : Number(values.seed);
  if (!/^\d+$/.test(values.seed ?? "0") || !isSeed(seed)) {
    throw new UsageError(`--seed must be a whole number from 0 to ${MAX_SEED}; found "${values.seed}"`);
  }
  const frame = await loadFrame(values.frame, io);
  const caseList = await loadCaseList(casesPath, io, values["skip-invalid"] === true);
  const exclude: string[] = [];
  for (const path of values.exclude ?? []) appendAll(exclude, caseIdsIn(await readText(path, io), path));
  const result = safeDrawSample(caseList, frame, { seed, period: { from, to }, exclude });
  if (!result.ok) throw new InputError(problemText(result.problems, "the sample"));
  return { caseList, frame, sample: result.value };
}

const sample: Command = {
  name: "sample",
  summary: "draw a learning review's sample from a case list",
  help: `
st review sample --cases PATH --from YYYY-MM-DD --to YYYY-MM-DD [--seed N] [--frame PATH|ID]
                 [--exclude PATH]... [--skip-invalid] [--format text|json]

Draws the cases for a learning review. With the default frame: cases closed from --from to --to
(both included) where domestic abuse was a factor; five whose worker was S&T Core trained and had a
case consultation (cohort trained-consulted), five whose worker had neither
(untrained-unconsulted). A case is drawn into one cohort at most. The same seed and case list give
the same sample, whatever the order of the rows. A cohort with too few eligible cases takes them
all and is reported as a shortfall.

--cases is a CSV, a JSON array, JSON Lines (.jsonl, one case a line), or an .xlsx workbook (as \`st review template --case-list\` writes
it) with at least the columns caseId, workerId, closedDate (empty
while open), daFactor (Y/N), workerTrained (Y/N) and consultation (Y/N); workerTrainedDate and
consultationDates may stand in for the last two; outcome, team and any other columns are kept and
can be used by a frame's filters. Dates are YYYY-MM-DD or DD/MM/YYYY.

Options:
  --seed N          the seed (default: the period's first day as a number, e.g. 20240401)
  --frame PATH|ID   a sampling frame (JSON), or a built-in one: st-default,
                    st-before-after-training (one worker's cases before and after Core training)
  --exclude PATH    leave out cases reviewed before: a previous sample or round (JSON), or a list of
                    case ids (one a line, or CSV with a caseId column); may be repeated
  --skip-invalid    draw from the valid rows when some rows are invalid (they are listed on stderr)
  --format FORMAT   text (default on a terminal) or json

JSON output: { "seed", "frame", "period", "population", "excludedAsReviewed",
"cohorts": [ { "id", "label", "wanted", "eligible", "cases": [...], "reserves": [...] } ],
"shortfalls": [ { "cohort", "wanted", "eligible", "message" } ] }.

Exit codes: 0 every cohort filled; 1 a cohort fell short; 2 the case list or frame could not be used.
`,
  async run(args, io) {
    const { values } = parseOptions(args, sampleOptions, false);
    const format = oneOf("format", values.format, ["text", "json"], io.stdoutIsTerminal ? "text" : "json");
    const { sample: drawn } = await drawFromArgs(values, io);
    if (format === "json") printJson(io, drawn);
    else io.stdout(describeSample(drawn));
    if (drawn.shortfalls.length && format === "json") {
      for (const s of drawn.shortfalls) io.stderr(`shortfall: ${s.message}\n`);
    }
    return drawn.shortfalls.length ? ExitCode.problems : ExitCode.ok;
  },
};

const start: Command = {
  name: "start",
  summary: "draw the sample and write the round record for reviewers to fill in",
  help: `
st review start --cases PATH --from YYYY-MM-DD --to YYYY-MM-DD --borough NAME --id ID --out PATH
                [--round N] [--seed N] [--frame PATH|ID] [--exclude PATH]... [--skip-invalid]

Draws the sample as \`st review sample\` does and writes a review round (JSON) with one case for each
drawn case, carrying what the case list knew (cohort, worker, closure, training, consultation,
outcome). Reviewers add the context, their answers to the practice checklist, extracts, strengths,
improvements, learnings and actions; \`st review validate\` checks the result.

Options (besides those of st review sample):
  --borough NAME    the borough: a name ("Hackney") or GSS code
  --id ID           an id for the round, unique within the borough (e.g. hackney-2024-q2)
  --round N         the round's number in the borough's series
  --out PATH        where to write the round (JSON); an existing file is refused, so a round
                    reviewers have filled in is never replaced by an empty one
  --force           replace an existing file at --out (never one of the inputs)

Exit codes: 0 written, every cohort filled; 1 written, a cohort fell short; 2 nothing written.
`,
  async run(args, io) {
    const { values } = parseOptions(
      args,
      {
        ...sampleOptions,
        borough: { type: "string" },
        id: { type: "string" },
        round: { type: "string" },
        out: { type: "string" },
        force: { type: "boolean" },
      },
      false,
    );
    const borough = required("borough", values.borough);
    const id = required("id", values.id);
    const out = required("out", values.out);
    const round = values.round === undefined ? undefined : Number(values.round);
    if (round !== undefined && !(Number.isInteger(round) && round >= 1)) {
      throw new UsageError(`--round must be a whole number from 1; found "${values.round}"`);
    }
    try {
      getLocalAuthority(borough);
    } catch (error) {
      throw new UsageError(`--borough: ${isStValidationError(error) ? error.problems[0]!.message : String(error)}`);
    }
    const { caseList, sample: drawn } = await drawFromArgs(values, io);
    const record = createReviewRound(drawn, caseList, { id, borough, round });
    const written = await writeOutputFile(out, `${JSON.stringify(writeReviewRound(record), null, 2)}\n`, io, {
      force: values.force,
      inputs: [values.cases, values.frame, ...(values.exclude ?? [])],
    });
    io.stderr(describeSample(drawn));
    io.stdout(`${written}\n`);
    return drawn.shortfalls.length ? ExitCode.problems : ExitCode.ok;
  },
};

async function readRounds(
  paths: readonly string[],
  io: Io,
  definitions: readonly ChecklistDefinition[],
): Promise<{ rounds: ReviewRound[]; problems: Problem[]; total: number }> {
  const rounds: ReviewRound[] = [];
  const problems: Problem[] = [];
  let total = 0;
  for (const path of paths) {
    const reading = readReviewRounds(await readText(path, io), { definitions });
    if (reading.total === 0 && reading.problems.length) {
      throw new InputError(problemText(reading.problems, inputName(path)));
    }
    appendAll(rounds, reading.valid);
    appendAll(
      problems,
      reading.problems.map((p) => ({ ...p, record: (p.record ?? 1) + total })),
    );
    total += reading.total;
  }
  return { rounds, problems, total };
}

const validate: Command = {
  name: "validate",
  summary: "check review rounds against their schema and the practice checklist",
  help: `
st review validate PATH... [--definition PATH]... [--format text|json]

Checks review rounds (JSON: a round, or a list of rounds): every field against the round's schema
(unknown fields are errors that name them), every case's cohort, and every answer against the
practice checklist it answers (the partnership's default and the legacy RAG audit are built in).

Options:
  --definition PATH  a borough's checklist definition (JSON or YAML) that rounds may answer; may be repeated
  --format FORMAT    text (default on a terminal) or json

JSON output: { "valid": false, "rounds": 2, "errors": [ { "record": 1, "path": "cases.3.answers.0.answer",
"field": "...", "message": "..." } ] }, where record is the 1-based position of the round across the inputs.

Exit codes: 0 every round valid; 1 some round invalid; 2 an input could not be read.
`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      definition: { type: "string", multiple: true },
      format: { type: "string" },
    });
    if (!positionals.length) throw new UsageError("give at least one PATH (or - for stdin)");
    const format = oneOf("format", values.format, ["text", "json"], io.stdoutIsTerminal ? "text" : "json");
    const definitions = await loadDefinitions(values.definition ?? [], io);
    const { problems, total } = await readRounds(positionals, io, definitions);
    if (format === "json") {
      printJson(io, { valid: problems.length === 0, rounds: total, errors: problems.map(problemJson) });
    } else if (problems.length) {
      io.stdout(
        `${problems.map((p) => formatProblem(p)).join("\n")}\n${problems.length} problems in ${total} rounds.\n`,
      );
    } else {
      io.stdout(`${total} round${total === 1 ? "" : "s"} valid.\n`);
    }
    return problems.length ? ExitCode.problems : ExitCode.ok;
  },
};

const readOptions = {
  definition: { type: "string", multiple: true },
  profile: { type: "string" },
} as const;

async function validRounds(
  positionals: readonly string[],
  values: { definition?: string[] | undefined; profile?: string | undefined },
  io: Io,
): Promise<{ rounds: ReviewRound[]; definitions: ChecklistDefinition[]; profile: TerminologyProfile | undefined }> {
  if (!positionals.length) throw new UsageError("give at least one PATH (or - for stdin)");
  const definitions = await loadDefinitions(values.definition ?? [], io);
  const profile = await loadProfile(values.profile, io);
  const { rounds, problems } = await readRounds(positionals, io, definitions);
  if (problems.length) {
    throw new InputError(`${problemText(problems, "the review rounds")}\nRun \`st review validate\` to check them.`);
  }
  refuseRepeatedRounds(rounds);
  return { rounds, definitions, profile };
}

/** The same round given twice (one file twice, or a copy) would be compared with itself as a "series". */
function refuseRepeatedRounds(rounds: readonly ReviewRound[]): void {
  const seen = new Set<string>();
  for (const round of rounds) {
    const key = `${round.borough}\u0000${round.id}`;
    if (seen.has(key)) {
      throw new InputError(
        `the round "${round.id}" of ${round.borough} is given more than once; give each round once (a round's id is unique within its borough)`,
      );
    }
    seen.add(key);
  }
}

function summaryText(summary: RoundSummary): string {
  const lines = [
    `${summary.round.boroughName} ${summary.round.round !== null ? `round ${summary.round.round} ` : ""}(${summary.round.periodLabel}): ${summary.cases} cases`,
  ];
  for (const c of summary.cohorts) {
    const mutualising = c.language.byCategory.find((x) => x.category === "mutualising")!;
    lines.push(
      `  ${c.id}: ${c.cases} cases; checklist answers met ${formatShare(c.checklist.overall.met)}; ` +
        `closed after assessment ${formatShare(c.outcomes.closedAfterAssessment)}` +
        (c.language.casesWithEvidence
          ? `; mutualising language in ${formatShare(mutualising.cases)} cases (machine-derived)`
          : ""),
    );
  }
  lines.push(`  ${summary.outcomeContrast.statement}`);
  for (const w of summary.warnings) lines.push(`  ! ${w}`);
  return lines.join("\n");
}

const summarise: Command = {
  name: "summarise",
  summary: "summarise review rounds per cohort, and each borough's rounds over time",
  help: `
st review summarise PATH... [--definition PATH]... [--profile ID|FILE] [--tests] [--format json|md|text]

Summarises each round: per cohort, the reviewers' evidence against the practice checklist (per
item, principle and critical component), the machine-derived language evidence (per category:
cases with a finding and findings per 1,000 words), the outcomes and the contrast of outcomes by
consultation, with the counts behind every share and a warning wherever the numbers are small.
Rounds of one borough are compared over time, each change told in plain language, as context for
what the reviewers found: learning reviews do not set out to measure change.

Options:
  --definition PATH  a borough's checklist definition that rounds may answer; may be repeated
  --profile ID|FILE  the words for people: default, person-who-uses-harm, or a terminology file
  --tests            add Fisher's exact test to changes between rounds in measures that count cases
                     (off by default: five cases against five can show direction, not significance)
  --format FORMAT    json (default when not a terminal), md, or text (default on a terminal)

JSON output: { "rounds": [ round summaries ], "series": [ one comparison per borough ] }.

Exit codes: 0 done; 2 an input could not be read or a round is invalid (see st review validate).
`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      ...readOptions,
      tests: { type: "boolean" },
      format: { type: "string" },
    });
    const format = oneOf("format", values.format, ["json", "md", "text"], io.stdoutIsTerminal ? "text" : "json");
    const { rounds, definitions, profile } = await validRounds(positionals, values, io);
    const options = { definitions, profile, tests: values.tests === true };
    const summaries = rounds.map((r) => summariseRound(r, options));
    const series = compareRoundsByBorough(rounds, options);
    if (format === "json") printJson(io, { rounds: summaries, series });
    else if (format === "md") {
      const parts = [
        ...rounds.map((r) =>
          documentToMarkdown(roundReport(r, { ...options, includeCases: false, includeItems: false })),
        ),
        ...series
          .filter((s) => s.rounds.length > 1)
          .map((s) => documentToMarkdown(seriesReport(roundsOf(rounds, s.borough), options))),
      ];
      io.stdout(parts.join("\n"));
    } else {
      const lines = summaries.map(summaryText);
      for (const s of series.filter((x) => x.rounds.length > 1)) {
        lines.push(`${s.boroughName}, ${s.rounds.length} rounds:`);
        const counted = new Set(s.series.filter((x) => x.unit === "cases").map((x) => x.measure));
        for (const c of s.changes.filter(
          (x) => x.direction !== "same" && x.cohort !== "all" && counted.has(x.measure),
        )) {
          lines.push(`  ${c.statement} ${c.caution}`);
        }
      }
      io.stdout(`${lines.join("\n\n")}\n`);
    }
    return ExitCode.ok;
  },
};

/** Names the report folder keeps for its own pages (and names some systems keep for devices). */
const reservedStem = /^(index|series-.*|con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A round id as a safe file name: letters, digits, `.`, `_` and `-` only, no leading dot, at most 100
 * characters. An id that would take the place of the index or a series page is refused.
 */
function roundFileStem(id: string): string {
  const stem =
    id
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .replace(/^[-.]+|[-.]+$/g, "")
      .slice(0, 100) || "round";
  if (reservedStem.test(stem)) {
    throw new InputError(
      `the round id "${id}" would be written as ${stem}.html, a name the report keeps for its own pages; give the round another id`,
    );
  }
  return stem;
}

/** The rounds of one borough, for a series report that leads with what the reviewers found. */
const roundsOf = (rounds: readonly ReviewRound[], borough: string) => rounds.filter((r) => r.borough === borough);

const report: Command = {
  name: "report",
  summary: "write Markdown, HTML and JSON reports of review rounds and of each borough's series",
  help: `
st review report PATH... [--out DIR] [--force] [--definition PATH]... [--profile ID|FILE] [--no-cases] [--tests]

Writes a report folder: for each round, <round-id>.md, .html and .json (the round's summary); for
each borough with more than one round, series-<GSS code>.md, .html and .json (the comparison over
time); and index.html linking them. Prints the path of index.html. Reports hold no case-file
extracts, only the machine-derived counts made from them. A round id becomes a file name (other
characters as "-"); an id that would be written as index or series-... is refused, and so is a
round given twice. The folder is written whole or not at all.

Options:
  --out DIR          where to write (default: ./review-report); a folder that is not empty is refused
  --force            replace the report an earlier run wrote in DIR (only when st wrote every file in it)
  --definition PATH  a borough's checklist definition that rounds may answer; may be repeated
  --profile ID|FILE  the words for people: default, person-who-uses-harm, or a terminology file
  --no-cases         leave out the section on each case (for sharing beyond the borough)
  --tests            add Fisher's exact test to changes between rounds (off by default; never the headline)

Each report leads with what the reviewers found (what the files show by principle, how
consultations shaped practice, improvements, learnings, actions with owners); the counts follow.

Exit codes: 0 written; 2 an input could not be read or a round is invalid.
`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      ...readOptions,
      out: { type: "string" },
      "no-cases": { type: "boolean" },
      force: { type: "boolean" },
      tests: { type: "boolean" },
    });
    const { rounds, definitions, profile } = await validRounds(positionals, values, io);
    const options = { definitions, profile, includeCases: values["no-cases"] !== true, tests: values.tests === true };
    // File names first, so a round id that cannot be written stops the command before anything is.
    const used = new Set<string>();
    const stems = rounds.map((round, i) => {
      let stem = roundFileStem(round.id);
      // Names are compared without case: on Windows and macOS "A.html" and "a.html" are one file.
      while (used.has(stem.toLowerCase())) stem = `${stem}-${i + 1}`;
      used.add(stem.toLowerCase());
      return stem;
    });
    const link = (stem: string, title: string) =>
      `<li><a href="${escapeHtml(stem)}.html">${escapeHtml(title)}</a> (<a href="${escapeHtml(stem)}.md">Markdown</a>, <a href="${escapeHtml(stem)}.json">JSON</a>)</li>`;
    const out = await writeOutputFolder(
      values.out ?? "review-report",
      io,
      "st review report",
      async (folder) => {
        const links: string[] = [];
        for (const [i, round] of rounds.entries()) {
          progress(io, `[${i + 1}/${rounds.length}] ${round.id}`);
          const stem = stems[i]!;
          const doc = roundReport(round, options);
          await folder.write(`${stem}.md`, documentToMarkdown(doc));
          await folder.write(`${stem}.html`, await documentToHtml(doc));
          await folder.write(`${stem}.json`, `${JSON.stringify(summariseRound(round, options), null, 2)}\n`);
          links.push(link(stem, doc.title));
        }
        for (const comparison of compareRoundsByBorough(rounds, options)) {
          if (comparison.rounds.length < 2) continue;
          const stem = `series-${comparison.borough}`;
          const doc = seriesReport(roundsOf(rounds, comparison.borough), options);
          await folder.write(`${stem}.md`, documentToMarkdown(doc));
          await folder.write(`${stem}.html`, await documentToHtml(doc));
          await folder.write(`${stem}.json`, `${JSON.stringify(comparison, null, 2)}\n`);
          links.push(link(stem, doc.title));
        }
        await folder.write(
          "index.html",
          htmlPage({ title: "Learning reviews", body: `<h1>Learning reviews</h1>\n<ul>\n${links.join("\n")}\n</ul>` }),
        );
      },
      { force: values.force, inputs: [...positionals, ...(values.definition ?? []), values.profile] },
    );
    io.stdout(`${out}/index.html\n`);
    return ExitCode.ok;
  },
};

const frame: Command = {
  name: "frame",
  summary: "print a built-in sampling frame as JSON, to start a borough's own",
  help: `
st review frame [--name st-default|st-before-after-training]

Prints a built-in sampling frame as JSON (with its schemaVersion): the population, the cohorts, their
sizes and conditions. Save it, change it, and pass it to \`st review sample --frame PATH\`.
`,
  async run(args, io) {
    const { values } = parseOptions(args, { name: { type: "string" } }, false);
    const name = oneOf(
      "name",
      values.name,
      builtInFrames.map((f) => f.id),
      defaultSamplingFrame.id,
    );
    printJson(io, samplingFrameRecord.write(builtInFrames.find((f) => f.id === name)!));
    return ExitCode.ok;
  },
};

const schema: Command = {
  name: "schema",
  summary: "print the JSON Schema of review rounds or sampling frames",
  help: `
st review schema [--kind round|frame]

Prints the JSON Schema (draft 2020-12) of a stored review round (default) or sampling frame, for
tools not written in TypeScript. Rules across fields (a case's cohort must be one of the round's)
cannot be expressed in JSON Schema; \`st review validate\` checks them.
`,
  async run(args, io) {
    const { values } = parseOptions(args, { kind: { type: "string" } }, false);
    const kind = oneOf("kind", values.kind, ["round", "frame"], "round");
    printJson(io, kind === "round" ? reviewRoundRecord.jsonSchema() : samplingFrameRecord.jsonSchema());
    return ExitCode.ok;
  },
};

async function readOneRound(path: string, io: Io, definitions: readonly ChecklistDefinition[]): Promise<ReviewRound> {
  const { rounds, problems, total } = await readRounds([path], io, definitions);
  if (problems.length) throw new InputError(problemText(problems, inputName(path)));
  if (total !== 1) throw new InputError(`${inputName(path)} holds ${total} rounds; give a file with one round`);
  return rounds[0]!;
}

const template: Command = {
  name: "template",
  summary: "write an Excel workbook for recording a round's cases offline",
  help: `
st review template --round PATH --out PATH.xlsx [--force] [--definition PATH]... [--profile ID|FILE]
st review template --case-list --out PATH.xlsx [--force]

Writes an Excel workbook with one row a case of the round (as \`st review start\` wrote it, or as far
as it has been filled in): the case, its context, how the consultation shaped practice, what went
well, improvements, learnings, actions (one a line: action; owner; due date), and an answer
(drop-down), evidence note and place found for every item of the round's practice checklist.
Instructions are on a sheet of their own. Read it back with \`st review import\`.

With --case-list, writes an empty case-list workbook instead (case id, worker, closed date, DA
factor, training, consultation, outcome, ...) for \`st review sample --cases PATH.xlsx\`.

Options:
  --round PATH       the round (JSON)
  --out PATH.xlsx    where to write the workbook; an existing file is refused
  --force            replace an existing workbook at --out (a filled-in one is lost: think first)
  --definition PATH  a borough's checklist definition the round answers; may be repeated
  --profile ID|FILE  the words for people in labels: default, person-who-uses-harm, or a terminology file
`,
  async run(args, io) {
    const { values } = parseOptions(
      args,
      {
        ...readOptions,
        round: { type: "string" },
        out: { type: "string" },
        "case-list": { type: "boolean" },
        force: { type: "boolean" },
      },
      false,
    );
    const out = required("out", values.out);
    const target = {
      force: values.force,
      extension: "xlsx",
      inputs: [values.round, values.profile, ...(values.definition ?? [])],
    };
    if (values["case-list"]) {
      io.stdout(
        `${await writeOutputFile(out, await writeTemplate(caseListForm, { sheetName: "Cases" }), io, target)}\n`,
      );
      return ExitCode.ok;
    }
    const definitions = await loadDefinitions(values.definition ?? [], io);
    const profile = await loadProfile(values.profile, io);
    const round = await readOneRound(required("round", values.round), io, definitions);
    const form = reviewedCaseForm(round, { definitions });
    const bytes = await writeTemplate(form, {
      records: round.cases.map((c) => reviewedCaseToRow(round, c)),
      ...(profile ? { terminology: profile } : {}),
      sheetName: "Cases",
    });
    io.stdout(`${await writeOutputFile(out, bytes, io, target)}\n`);
    return ExitCode.ok;
  },
};

const importCases: Command = {
  name: "import",
  summary: "bring a filled-in workbook (or CSV) of cases into the round",
  help: `
st review import PATH.xlsx|PATH.csv --round PATH --out PATH [--definition PATH]... [--profile ID|FILE]
                 [--format text|json]

Reads the workbook \`st review template\` wrote (or a CSV with its columns), after reviewers have filled
it in, into the round: each row updates the case of its case id; extracts and language evidence
already in the round are kept. The result is checked as \`st review validate\` checks a round and
written to --out only when it is valid. --out may not be the round read (write a new file, check
it, then replace the old one); an existing file is refused unless --force is given.

Exit codes: 0 written; 1 problems in the rows (each named by sheet, cell or row), nothing written;
2 an input could not be read.
`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      ...readOptions,
      round: { type: "string" },
      out: { type: "string" },
      format: { type: "string" },
      force: { type: "boolean" },
    });
    const [path] = positionals;
    if (!path || positionals.length > 1) throw new UsageError("give one PATH: the filled-in workbook or CSV");
    const format = oneOf("format", values.format, ["text", "json"], io.stdoutIsTerminal ? "text" : "json");
    const out = required("out", values.out);
    const definitions = await loadDefinitions(values.definition ?? [], io);
    const profile = await loadProfile(values.profile, io);
    const round = await readOneRound(required("round", values.round), io, definitions);
    const form = reviewedCaseForm(round, { definitions });
    const terminology = profile ? { terminology: profile } : {};
    let read: ReadResult;
    if (/\.csv$/i.test(path)) read = readCsv(form, await readText(path, io), terminology);
    else {
      try {
        read = await readWorkbookInput(form, path, io, { sheet: "Cases", ...terminology });
      } catch (error) {
        if (isStValidationError(error)) throw new InputError(formatProblems(error.problems, inputName(path)));
        throw error;
      }
    }
    const applied = read.problems.length ? read : applyReviewedCaseRows(round, read.records, { definitions });
    const problems = "ok" in applied ? (applied.ok ? [] : locateProblems(read, applied.problems)) : applied.problems;
    if (problems.length) {
      if (format === "json")
        printJson(io, { valid: false, cases: read.records.length, errors: problems.map(problemJson) });
      else
        io.stdout(
          `${problems.map((p) => formatProblem(p)).join("\n")}\n${problems.length} problems; nothing written.\n`,
        );
      return ExitCode.problems;
    }
    const updated = (applied as { ok: true; value: ReviewRound }).value;
    const written = await writeOutputFile(out, `${JSON.stringify(writeReviewRound(updated), null, 2)}\n`, io, {
      force: values.force,
      inputs: [path, values.round, values.profile, ...(values.definition ?? [])],
    });
    if (format === "json") printJson(io, { valid: true, cases: read.records.length, errors: [], out: written });
    else io.stdout(`${read.records.length} cases read into ${written}\n`);
    return ExitCode.ok;
  },
};

/** `st review`: learning reviews, from the sample to the reports. */
export const review: Command = {
  name: "review",
  summary: summaries.review,
  help: `
st review <subcommand> [options]

Subcommands:
  sample     draw a learning review's sample from a case list
  start      draw the sample and write the round record for reviewers to fill in
  validate   check review rounds against their schema and the practice checklist
  summarise  summarise review rounds per cohort, and each borough's rounds over time
  report     write Markdown, HTML and JSON reports of review rounds and series
  template   write an Excel workbook for recording a round's cases offline
  import     bring a filled-in workbook (or CSV) of cases into the round
  frame      print a built-in sampling frame as JSON, to start a borough's own
  schema     print the JSON Schema of review rounds or sampling frames

Run \`st review <subcommand> --help\` for a subcommand's options.
`,
  subcommands: [sample, start, template, importCases, validate, summarise, report, frame, schema],
};
