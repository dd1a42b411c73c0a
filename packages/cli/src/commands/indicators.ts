import { extname } from "node:path";
import type { ComplaintCount } from "@st/complaints-proforma";
import { formatProblem, formatProblems } from "@st/core";
import { quarterEnd, quarterOf, quarterStart } from "@st/core/calendar";
import {
  type ChildPopulation,
  type CountingUnit,
  complaintsIndicator,
  computeIndicators,
  computeIndicatorsFromChildren,
  DA_FACTOR_CODES,
  type DaDefinition,
  type DaFactorCode,
  INDICATOR_IDS,
  type IndicatorId,
  type IndicatorTable,
  indicatorTableMarkdown,
  parseActivityTable,
  parseIndicatorTable,
  publishedPartnershipActivity,
  publishedPartnershipReturns,
  readCareEpisodes,
  readPublishedReturns,
  readReferralReasons,
  safeReadChildPopulation,
  withReads,
} from "@st/indicators";
import { computeIndicatorsFromFiles, readSsdFolder } from "@st/indicators/node";
import { type Command, ExitCode, isoDateOption, oneOf, parseOptions } from "../command.js";
import {
  InputError,
  type Io,
  inputFileName,
  inputName,
  parseJsonText,
  progress,
  readJson,
  readText,
  resolvePath,
  UsageError,
} from "../io.js";
import { writeOutputFolder } from "../output.js";
import { summaries } from "./summaries.js";

const FORMATS = ["json", "md"] as const;

function formatFor(value: string | undefined, io: Io): "json" | "md" {
  return oneOf("format", value, FORMATS, io.stdoutIsTerminal ? "md" : "json");
}

function print(table: IndicatorTable, format: "json" | "md", io: Io, title?: string): void {
  io.stdout(format === "json" ? `${JSON.stringify(table, null, 2)}\n` : indicatorTableMarkdown(table, title));
}

const importCommand: Command = {
  name: "import",
  summary: "read published returns (messy labels, gaps and notes) into the indicator series",
  help: `
st indicators import PATH [--format json|md]

Reads published indicator returns laid out like the partnership's evaluation tables (a "header" row
per borough giving its quarter labels, one row per indicator, tab- or comma-separated; "-" for
standard input). Row labels are matched to indicators by meaning, every quarter label is parsed
("Jul-Sep 23", "July-sept 23", "April-June 24", ...), empty cells stay missing (null, never 0), and
the analysts' notes stay with their borough.

Prints { definition, series: [{ borough, indicator, quarter, value }], notes } (docs/CLI.md), with the
indicator definitions, the boroughs and their notes, and the caveats beside it.

Options:
  --format json|md   JSON (the default when piped) or Markdown tables (the default on a terminal)

Exit codes: 0 read; 2 the file could not be read, or a row or quarter label could not be matched
(the message quotes each one with its line).

Example:
  st indicators import partnership-indicators-as-published.tsv --format json
`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { format: { type: "string" } });
    const format = formatFor(values.format, io);
    if (positionals.length !== 1) throw new UsageError("give one file of published returns (or - for standard input)");
    const path = positionals[0]!;
    const table = readPublishedReturns(await readText(path, io), {
      fileName: inputFileName(path),
    });
    print(table, format, io, "Published indicator returns");
    return ExitCode.ok;
  },
};

const computeCommand: Command = {
  name: "compute",
  summary: "compute the indicators from Children in Need census files (and extracts beside them)",
  help: `
st indicators compute --cin PATH [--cin PATH ...] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                      [--definition 2023|2025] [--format json|md] [options]

Computes the indicator set from Children in Need census XML files, streaming them (a whole
authority's file in flat memory). Give several years' files to let re-referrals look back across
the census year boundary; they are read oldest first whatever the order given. Each event counts in
the census year that covers its date; quarters no file covers are null.

Options:
  --cin PATH                census XML file; repeat for several years ("-" for standard input)
  --ssd DIR                 instead of --cin: a folder of Standard Safeguarding Dataset CSV exports
                            (ssd_cin_episodes.csv, ssd_cin_assessments.csv, ssd_assessment_factors.csv,
                            ssd_cp_plans.csv, ssd_cla_episodes.csv, ssd_legal_status.csv)
  --borough CODE            the borough (GSS code, DfE number or name): required with --ssd; with --cin,
                            instead of the header's LEA (e.g. for an authority outside London)
  --episodes PATH           SSDA903 episodes CSV (CHILD, DECOM, RNE, LS; dd/mm/yyyy dates), for
                            children taken into care; without it that indicator is null
  --referral-reasons PATH   referral-reason extract CSV (child_id, referral_date, reason), for DA as
                            the referral issue on intake; the census does not record why a child was referred
  --referral-issue-field N  or: the local element inside CINdetails (or --ssd column) holding the reason
  --da-values LIST          the referral issues that mean DA, comma-separated (default: DA,DV,Domestic abuse,
                            Domestic violence when a reason source is given)
  --da-factors LIST         the DA assessment factors that count (default 3A,3B,3C; 3B is the nearest
                            proxy for intimate partner violence)
  --unit INDICATOR=UNIT     count children (or referrals, episodes, plans, care-starts) for an indicator; repeatable
  --from, --to              the period, widened to whole quarters (default: what the data covers)
  --definition 2023|2025    the indicator set (default 2023)
  --format json|md          JSON (the default when piped) or Markdown tables (the default on a terminal)
  --max-skipped PERCENT     refuse a file when more than this share of its records is skipped (default 1)
  --strict                  also count census elements the reader does not recognise as problems (exit 1)

Every output says what was read from each file (its "reads" and a note per file): records read,
records skipped and why (no id, a repeated id, a row joining no referral), values left out, and
elements not recognised. A file from which no record was read, or more than --max-skipped percent
of records skipped, is refused: no figure is printed from data that was not read.

Exit codes: 0 computed; 1 computed, but some records were skipped or values could not be read
(listed on stderr, left out of the counts), or with --strict some elements were not recognised;
2 could not compute (unreadable or malformed file, no records read, too many skipped, bad usage).

Example:
  st indicators compute --cin cin-2024.xml --cin cin-2025.xml --episodes ssda903-episodes.csv \\
    --referral-reasons referral-reasons.csv --definition 2025 --format json
`,
  async run(args, io) {
    const { values } = parseOptions(
      args,
      {
        cin: { type: "string", multiple: true },
        ssd: { type: "string" },
        borough: { type: "string" },
        episodes: { type: "string" },
        "referral-reasons": { type: "string" },
        "referral-issue-field": { type: "string" },
        "da-values": { type: "string" },
        "da-factors": { type: "string" },
        unit: { type: "string", multiple: true },
        from: { type: "string" },
        to: { type: "string" },
        definition: { type: "string" },
        format: { type: "string" },
        // Read accounting (census helper): how much may be skipped, and whether unknown elements count.
        "max-skipped": { type: "string" },
        strict: { type: "boolean" },
      },
      false,
    );
    const format = formatFor(values.format, io);
    const accounting = readAccountingOptions(values["max-skipped"], values.strict === true);
    const definition = oneOf("definition", values.definition, ["2023", "2025"] as const, "2023");
    const from = values.from === undefined ? undefined : isoDateOption("from", values.from);
    const to = values.to === undefined ? undefined : isoDateOption("to", values.to);
    if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
    const cin = values.cin ?? [];
    if (cin.length === 0 && values.ssd === undefined) throw new UsageError("--cin is required (or --ssd DIR)");
    if (cin.length > 0 && values.ssd !== undefined) throw new UsageError("give --cin or --ssd, not both");
    const reasonSource = values["referral-reasons"] ?? values["referral-issue-field"];
    const da: DaDefinition = {
      factors: parseFactors(values["da-factors"]),
      ...(reasonSource !== undefined || values["da-values"] !== undefined
        ? {
            referralIssue: {
              ...(values["referral-issue-field"] !== undefined ? { field: values["referral-issue-field"] } : {}),
              daValues: (values["da-values"] ?? "DA,DV,Domestic abuse,Domestic violence")
                .split(",")
                .map((v) => v.trim())
                .filter((v) => v !== ""),
            },
          }
        : {}),
    };
    if (da.referralIssue && da.referralIssue.daValues.length === 0) throw new UsageError("--da-values lists no values");
    const units = parseUnits(values.unit ?? []);
    const common = { definition, da, units, ...(from ? { from } : {}), ...(to ? { to } : {}) };

    let table: IndicatorTable;
    const problems: string[] = [];
    const extract = async <T>(path: string | undefined, read: (text: string, fileName: string) => T) =>
      path === undefined ? undefined : read(await readText(path, io), inputFileName(path));
    const reasons = await extract(values["referral-reasons"], (text, fileName) =>
      readReferralReasons(text, { fileName, ...accounting }),
    );
    for (const p of reasons?.problems ?? []) problems.push(`${values["referral-reasons"]}: ${formatProblem(p)}`);
    if (values.ssd !== undefined) {
      if (values.borough === undefined) {
        throw new UsageError("--borough is required with --ssd (the extracts do not say which borough)");
      }
      progress(io, `reading ${values.ssd}`);
      const extracts = await readSsdFolder(resolvePath(values.ssd, io), {
        referralIssueColumn: values["referral-issue-field"],
        ...accounting,
      });
      for (const p of extracts.problems) problems.push(formatProblem(p));
      const dates = extracts.children.flatMap((c) =>
        c.episodes.flatMap((e) => (e.referralDate ? [e.referralDate] : [])),
      );
      const first = from ?? dates.reduce((a, b) => (b < a ? b : a), dates[0] ?? "");
      const last = to ?? dates.reduce((a, b) => (b > a ? b : a), dates[0] ?? "");
      if (first === "" || last === "") throw new InputError(`${values.ssd}: the referrals table holds no referrals`);
      const period = { from: quarterStart(quarterOf(first)), to: quarterEnd(quarterOf(last)) };
      table = computeIndicatorsFromChildren(
        extracts.children,
        { name: values.ssd, borough: values.borough, ...period },
        {
          ...common,
          ...(extracts.careEpisodes.length > 0 ? { careEpisodes: extracts.careEpisodes } : {}),
          ...(reasons ? { referralReasons: reasons.reasons } : {}),
        },
      );
      withReads(table, [...(reasons ? [reasons.summary] : []), ...extracts.reads]);
      if (from === undefined || to === undefined) {
        table.notes.unshift(
          `The extracts carry no census year, so the period is that of their referrals, ${period.from} to ${period.to}; give --from and --to to set it.`,
        );
      }
    } else {
      if (cin.includes("-") && cin.length > 1)
        throw new UsageError("standard input (-) can only be the one --cin file");
      progress(io, `reading ${cin.join(", ")}`);
      const episodes = await extract(values.episodes, (text, fileName) =>
        readCareEpisodes(text, { fileName, ...accounting }),
      );
      for (const p of episodes?.problems ?? []) problems.push(`${values.episodes}: ${formatProblem(p)}`);
      const options = {
        ...common,
        ...(values.borough !== undefined ? { borough: values.borough } : {}),
        ...(episodes ? { careEpisodes: episodes.episodes } : {}),
        ...(reasons ? { referralReasons: reasons.reasons } : {}),
        ...accounting,
        reads: [...(episodes ? [episodes.summary] : []), ...(reasons ? [reasons.summary] : [])],
      };
      const computation =
        cin[0] === "-"
          ? await computeIndicators(
              // Streamed as a file is: the census reader decodes by the XML declaration, in flat memory.
              [{ source: io.stdinStream ? io.stdinStream() : await io.readStdin(), fileName: "<stdin>" }],
              options,
            )
          : await computeIndicatorsFromFiles({ ...options, cin: cin.map((p) => resolvePath(p, io)) });
      table = computation.table;
      for (const file of computation.files) {
        for (const p of file.problems) problems.push(`${file.fileName}: ${formatProblem(p)}`);
        if (file.problemCount > file.problems.length) {
          problems.push(`${file.fileName}: ${file.problemCount - file.problems.length} more values could not be read`);
        }
      }
    }
    print(table, format, io);
    if (problems.length > 0) {
      io.stderr(
        `st indicators compute: ${problems.length} value${problems.length === 1 ? "" : "s"} could not be read and ${problems.length === 1 ? "was" : "were"} left out of the counts:\n${problems
          .slice(0, 50)
          .map((p) => `  - ${p}`)
          .join("\n")}${problems.length > 50 ? `\n  ... and ${problems.length - 50} more` : ""}\n`,
      );
      return ExitCode.problems;
    }
    return ExitCode.ok;
  },
};

/** `--max-skipped PERCENT` and `--strict`, as the readers' options. */
function readAccountingOptions(maxSkipped: string | undefined, strict: boolean) {
  let maxSkippedShare: number | undefined;
  if (maxSkipped !== undefined) {
    const percent = Number(maxSkipped.trim().replace(/%$/, ""));
    if (maxSkipped.trim() === "" || !Number.isFinite(percent) || percent < 0 || percent > 100) {
      throw new UsageError(`--max-skipped must be a percentage from 0 to 100; found "${maxSkipped}"`);
    }
    maxSkippedShare = percent / 100;
  }
  return { maxSkippedShare, strict };
}

function parseFactors(value: string | undefined): DaFactorCode[] {
  if (value === undefined) return [...DA_FACTOR_CODES];
  const list = value
    .split(",")
    .map((v) => v.trim().toUpperCase())
    .filter((v) => v !== "");
  const bad = list.filter((v) => !(DA_FACTOR_CODES as readonly string[]).includes(v));
  if (bad.length > 0 || list.length === 0) {
    throw new UsageError(`--da-factors must list some of ${DA_FACTOR_CODES.join(", ")}; found "${value}"`);
  }
  return [...new Set(list)] as DaFactorCode[];
}

const UNITS: readonly CountingUnit[] = ["referrals", "episodes", "plans", "care-starts", "children"];

function parseUnits(list: readonly string[]): Partial<Record<IndicatorId, CountingUnit>> {
  const units: Partial<Record<IndicatorId, CountingUnit>> = {};
  for (const item of list) {
    const [id, unit] = item.split("=").map((s) => s.trim());
    if (
      !id ||
      !unit ||
      !(INDICATOR_IDS as readonly string[]).includes(id) ||
      !(UNITS as readonly string[]).includes(unit)
    ) {
      throw new UsageError(
        `--unit must be INDICATOR=UNIT, with an indicator id (${INDICATOR_IDS.join(", ")}) and a unit (${UNITS.join(", ")}); found "${item}"`,
      );
    }
    units[id as IndicatorId] = unit as CountingUnit;
  }
  return units;
}

const reportCommand: Command = {
  name: "report",
  summary: "write an HTML report of the indicators: charts, tables, findings and caveats",
  help: `
st indicators report [--data PATH] [--out DIR] [--force] [--population PATH] [--complaints PATH] [--activity PATH]
                     [--totals] [--title TEXT]

Writes a self-contained report folder and prints the path of its HTML page:
  index.html                  the evaluators' caveats first, then each borough separately by stage of
                              implementation (its figures under its own row labels, its counting notes),
                              plain-language findings with the figures behind them, charts (a panel a borough)
  report.md                   the same as Markdown
  indicators.json, findings.json
  charts/<indicator>.svg      each chart as SVG
  charts/<indicator>.vl.json  its Vega-Lite specification, to embed elsewhere

Options:
  --data PATH         published returns (.tsv or .csv, as for "import") or the JSON that "import" or
                      "compute" prints; default: the partnership's published returns (June 2025 evaluation)
  --out DIR           where to write (default: ./st-indicators-report); a folder that is not empty is
                      refused, and the folder is written whole or not at all
  --force             replace the report an earlier run wrote in DIR (only when st wrote every file in it)
  --population PATH   CSV of child population (columns borough, children, and optionally year), to add
                      rates per 10,000 children
  --complaints PATH   JSON from "st complaints summary --by borough,quarter --format json", shown as an
                      implementation indicator alongside
  --activity PATH     JSON of implementation activity (training, consultations, perpetrator engagement
                      forms, hub visits; see parseActivityTable in @st/indicators), shown beside each
                      borough's figures; default with the published returns: the evaluation's own
  --totals            add partnership totals (after the caveat that the boroughs' figures are not
                      comparable); by default each borough is shown separately, as the evaluators do
  --title TEXT        the report's title

Example:
  st indicators compute --cin cin-2025.xml --format json > figures.json
  st indicators report --data figures.json --out board-report
`,
  async run(args, io) {
    const { values } = parseOptions(
      args,
      {
        data: { type: "string" },
        out: { type: "string" },
        population: { type: "string" },
        complaints: { type: "string" },
        activity: { type: "string" },
        totals: { type: "boolean" },
        title: { type: "string" },
        force: { type: "boolean" },
      },
      false,
    );
    let table: IndicatorTable;
    let source: string;
    if (values.data === undefined) {
      table = publishedPartnershipReturns();
      source =
        "Figures as the boroughs published them in the partnership's evaluation (Garner & Kelly, CWASU, June 2025, Tables 6 to 11), each counted by the borough's own query.";
    } else {
      const text = await readText(values.data, io);
      const name = inputFileName(values.data);
      if (extname(values.data).toLowerCase() === ".json" || text.trimStart().startsWith("{")) {
        table = parseIndicatorTable(parseJsonText(text, inputName(values.data)), name);
        source = `Figures from ${name}.`;
      } else {
        table = readPublishedReturns(text, { fileName: name });
        source = `Figures from ${name}, as the boroughs published them.`;
      }
    }
    const population =
      values.population === undefined
        ? undefined
        : readPopulation(await readText(values.population, io), values.population);
    const complaints =
      values.complaints === undefined
        ? undefined
        : await readComplaints(await readText(values.complaints, io), values.complaints);
    const activity =
      values.activity !== undefined
        ? parseActivityTable(await readJson(values.activity, io), values.activity)
        : values.data === undefined
          ? publishedPartnershipActivity()
          : undefined;
    // Loaded here, not with the command: the charts (and vega) are for the report only, so
    // `st indicators compute` starts without them.
    const { indicatorReport } = await import("@st/indicators/charts");
    const report = await indicatorReport(table, {
      source,
      ...(activity ? { activity } : {}),
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(population ? { population } : {}),
      ...(complaints ? { complaints: complaintsIndicator(complaints) } : {}),
      totals: values.totals === true,
    });
    const shown = values.out ?? "st-indicators-report";
    progress(io, `writing ${shown}`);
    const out = await writeOutputFolder(
      shown,
      io,
      "st indicators report",
      async (folder) => {
        await folder.write("index.html", report.html);
        await folder.write("report.md", report.markdown);
        await folder.write("indicators.json", `${JSON.stringify(table, null, 2)}\n`);
        await folder.write("findings.json", `${JSON.stringify(report.findings, null, 2)}\n`);
        for (const chart of report.charts) {
          await folder.write(`charts/${chart.indicator}.svg`, chart.svg);
          await folder.write(`charts/${chart.indicator}.vl.json`, `${JSON.stringify(chart.spec, null, 2)}\n`);
        }
      },
      { force: values.force, inputs: [values.data, values.population, values.complaints] },
    );
    io.stdout(`${out}/index.html\n`);
    return ExitCode.ok;
  },
};

function readPopulation(text: string, path: string): ChildPopulation {
  const read = safeReadChildPopulation(text, { fileName: inputFileName(path) });
  if (!read.ok) throw new InputError(formatProblems(read.problems, inputName(path)));
  return read.value;
}

/**
 * The complaint counts of a summary, as `st complaints summary --by borough,quarter --format json`
 * prints it (or the list of its groups), read with @st/complaints-proforma's schema of the counts.
 */
async function readComplaints(text: string, path: string): Promise<{ groups: ComplaintCount[] }> {
  // Loaded only with --complaints: st indicators compute starts without the proforma's schemas.
  const { safeParseComplaintCounts } = await import("@st/complaints-proforma");
  const counts = safeParseComplaintCounts(parseJsonText(text, inputName(path)));
  if (!counts.ok) {
    // The first few problems, each with its field, what was expected and what was found.
    const shown = counts.problems
      .slice(0, 3)
      .map((p) => `${p.path || "the document"}: expected ${p.expected}, found ${p.received}`);
    const more = counts.problems.length - shown.length;
    throw new InputError(
      `${path}: expected a complaints summary ({ "groups": [{ "borough", "quarter", "complaints" }] }, as "st complaints summary --by borough,quarter --format json" prints); ${shown.join("; ")}${more > 0 ? ` (and ${more} more)` : ""}`,
    );
  }
  return counts.value;
}

/** `st indicators`: import published returns, compute from census files, write the report. */
export const indicators: Command = {
  name: "indicators",
  summary: summaries.indicators,
  help: `
st indicators <command>

Commands:
  import PATH      read published returns (messy labels, gaps and notes) into the indicator series
  compute --cin P  compute the indicators from Children in Need census files
  report           write an HTML report: charts, tables, findings and caveats

Run "st indicators <command> --help" for each command's options.
`,
  subcommands: [importCommand, computeCommand, reportCommand],
};
