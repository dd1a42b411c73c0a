import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { formatProblem } from "@st/core";
import { buildReturn, returnId, smallNumbersRule } from "@st/returns";
import { type Command, ExitCode, oneOf, parseOptions, required } from "../command.js";
import { type Io, resolvePath, UsageError } from "../io.js";
import { readReturnInputs } from "../returns/read-return-inputs.js";
import { readReturnFile } from "../returns/read-returns.js";
import { summaries } from "./summaries.js";

function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value))
    throw new UsageError(`--${name} must be a whole number of 1 or more; found "${value}"`);
  return Number(value);
}

/** `st return build`. */
export const buildReturnCommand: Command = {
  name: "build",
  summary: "build a borough's quarterly return from its files",
  help: `
st return build --borough CODE --quarter YYYY-Qn --secret-file PATH --out FILE
                [--cin PATH]... [--episodes PATH] [--referral-issue-field NAME] [--da-values LIST]
                [--indicators PATH] [--complaints PATH] [--checklists PATH]... [--review PATH]
                [--notes PATH]... [--version N] [--suppress-below N]

Computes one borough's figures for one quarter from any subset of its files, with the partnership's
shared definitions, and writes the partnership return: aggregates only, every figure with its n,
its definition and version, its caveats, and the SHA-256 of every source file. Small numbers are
withheld (counts 1 to 4 shown as "<5", with secondary suppression so totals cannot reveal them).
Case identifiers never leave the borough: a learning review's cases appear only as pseudonyms keyed
by the borough's own secret. Records of another borough stop the build; records of other quarters
are left out and the return's notes say how many.

Options:
  --borough CODE              the borough: GSS code, DfE number or name
  --quarter YYYY-Qn           the calendar quarter (2024-Q3 is July to September 2024)
  --secret-file PATH          the borough's own secret for pseudonyms (16 bytes or more; never shared)
  --out FILE                  where to write the return (name it CODE-YYYY-Qn-vN.json)
  --cin PATH                  Children in Need census XML; repeatable (the header's LEA must be this borough's)
  --episodes PATH             SSDA903 episodes CSV beside the census, for children taken into care
  --referral-issue-field NAME the local element of CINdetails holding the referral issue
  --da-values LIST            referral issues meaning DA (default: DA,DV,Domestic abuse,Domestic violence)
  --indicators PATH           instead of --cin: an indicator table as \`st indicators compute|import --format json\` prints it
  --complaints PATH           the complaints register (.json, .csv or .xlsx)
  --checklists PATH           completed checklist audits (.json, .yaml, .csv or .xlsx); repeatable
  --review PATH               the quarter's learning-review round (JSON)
  --notes PATH                case-note extracts written before and after training (JSON); repeatable
  --version N                 the return's revision: 1 (default), or one more than the return it corrects
  --suppress-below N          withhold counts from 1 to N-1 (default 5)

Prints the path of the return written.
Exit codes: 0 written; 2 an input could not be read or is not this borough's.
`,
  async run(args, io) {
    const { values } = parseOptions(
      args,
      {
        borough: { type: "string" },
        quarter: { type: "string" },
        "secret-file": { type: "string" },
        out: { type: "string" },
        cin: { type: "string", multiple: true },
        episodes: { type: "string" },
        "referral-issue-field": { type: "string" },
        "da-values": { type: "string" },
        indicators: { type: "string" },
        complaints: { type: "string" },
        checklists: { type: "string", multiple: true },
        review: { type: "string" },
        notes: { type: "string", multiple: true },
        version: { type: "string" },
        "suppress-below": { type: "string" },
      },
      false,
    );
    const borough = required("borough", values.borough);
    const quarter = required("quarter", values.quarter);
    const out = required("out", values.out);
    const threshold = positiveInteger("suppress-below", values["suppress-below"]);
    const inputs = await readReturnInputs(
      {
        borough,
        quarter,
        version: positiveInteger("version", values.version),
        secretFile: required("secret-file", values["secret-file"]),
        cin: values.cin,
        episodes: values.episodes,
        referralIssueField: values["referral-issue-field"],
        daValues: values["da-values"]
          ?.split(",")
          .map((v) => v.trim())
          .filter(Boolean),
        indicators: values.indicators,
        complaints: values.complaints,
        checklists: values.checklists,
        review: values.review,
        notes: values.notes,
        suppression: threshold === undefined ? undefined : smallNumbersRule(threshold),
      },
      io,
    );
    const value = await buildReturn(inputs);
    await mkdir(dirname(resolvePath(out, io)), { recursive: true });
    await writeFile(resolvePath(out, io), `${JSON.stringify(value, null, 2)}\n`);
    const withheld = value.figures.filter((f) => f.status !== "shown").length;
    io.stderr(
      `${returnId(value)}: ${value.figures.length} figures from ${value.sources.length} files, ${withheld} withheld as small numbers\n`,
    );
    io.stdout(`${resolvePath(out, io)}\n`);
    return ExitCode.ok;
  },
};

const check: Command = {
  name: "check",
  summary: "check returns: schema, definitions, borough and quarter, small numbers, checksum",
  help: `
st return check FILE... [--format text|json]

Checks each return: its schema version (a return from a newer release is refused) and fields, that
every definition it cites is one this release knows, that its borough and quarter agree with each
other and with the file's name, that small numbers were withheld, and that its checksum matches its
contents (a figure edited by hand is caught).

JSON output: { "valid": false, "returns": [ { "file": "...", "valid": false, "errors": [ { "path":
"checksum", "field": "Checksum", "message": "..." } ] } ] }

Exit codes: 0 every return valid; 1 problems found; 2 a file could not be read or is not JSON.
`,
  async run(args, io: Io) {
    const { values, positionals } = parseOptions(args, { format: { type: "string" } });
    const format = oneOf("format", values.format, ["text", "json"], io.stdoutIsTerminal ? "text" : "json");
    if (positionals.length === 0) throw new UsageError("give at least one return file");
    const results = [];
    for (const path of positionals) results.push(await readReturnFile(path, io));
    const valid = results.every((r) => r.problems.length === 0);
    if (format === "json") {
      io.stdout(
        `${JSON.stringify(
          {
            valid,
            returns: results.map((r) => ({
              file: r.file,
              valid: r.problems.length === 0,
              errors: r.problems.map((p) => ({
                path: p.path,
                field: p.field,
                message: p.message,
                expected: p.expected,
                found: p.received,
              })),
            })),
          },
          null,
          2,
        )}\n`,
      );
    } else {
      for (const r of results)
        io.stdout(
          r.problems.length === 0
            ? `${r.file}: valid (${r.value!.boroughName} ${r.value!.quarter}, version ${r.value!.version}, ${r.value!.figures.length} figures)\n`
            : `${r.file}: ${r.problems.length} problem${r.problems.length === 1 ? "" : "s"}\n${r.problems.map((p) => `  - ${formatProblem(p)}`).join("\n")}\n`,
        );
    }
    return valid ? ExitCode.ok : ExitCode.problems;
  },
};

/** `st return`: build and check a borough's quarterly partnership return. */
export const returnCommand: Command = {
  name: "return",
  summary: summaries.return,
  help: `
st return build --borough CODE --quarter YYYY-Qn --secret-file PATH --out FILE [inputs...]
st return check FILE... [--format text|json]

Run \`st return build --help\` or \`st return check --help\` for each.
`,
  subcommands: [buildReturnCommand, check],
};
