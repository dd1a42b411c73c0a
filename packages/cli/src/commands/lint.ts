import { readFile } from "node:fs/promises";
import { createLinter, type Finding, formatText, type LintConfig, parseLintConfig, toSarif } from "@st/language-lint";
import { type Command, ExitCode, oneOf, parseOptions } from "../command.js";
import { InputError, progress, readText, resolvePath } from "../io.js";
import { version } from "../version.js";
import { summaries } from "./summaries.js";

/** The fields of a finding in `st lint --format json`: the contract's, then the extras. */
function jsonFinding(f: Finding) {
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    offset: f.offset,
    length: f.length,
    excerpt: f.excerpt,
    suggestions: f.suggestions,
    endLine: f.endLine,
    endColumn: f.endColumn,
    explanation: f.explanation,
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.quoted ? { quoted: f.quoted } : {}),
    ...(f.positive ? { positive: true } : {}),
  };
}

async function readConfig(path: string, io: Parameters<NonNullable<Command["run"]>>[1]): Promise<LintConfig> {
  let raw: string;
  try {
    raw = await readFile(resolvePath(path, io), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      `cannot read the configuration ${path}: ${code === "ENOENT" ? "no such file" : (error as Error).message}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new InputError(`the configuration ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseLintConfig(json);
}

/** `st lint`: find mutualising, victim-blaming, minimising and perpetrator-hiding language. */
export const lint: Command = {
  name: "lint",
  summary: summaries.lint,
  help: `
st lint [PATH...] [--format text|json|sarif] [--profile case-record|family-letter] [--config FILE]
        [--min-severity error|warning|info] [--positives]

Reads each PATH (plain text or Markdown; standard input when there is none or PATH is -) and reports
wording that works against Safe & Together practice: abuse framed as mutual, the survivor held
responsible, abuse minimised, the perpetrator hidden, vague labels. Each finding says why, and
suggests better wording; text in [square brackets] is for the writer to fill in.

Options:
  --format FORMAT       text (the default on a terminal), json (the default otherwise) or sarif (SARIF 2.1.0)
  --profile PROFILE     case-record (the default) or family-letter (writing to a family)
  --config FILE         a JSON configuration: rules turned off or re-graded, accepted phrases,
                        the borough's own rules, its terminology and the people in the text
  --min-severity LEVEL  leave out findings below LEVEL
  --positives           also report positive signals of S&T practice, at info

Inline, <!-- st-lint-disable RULE... --> and <!-- st-lint-enable --> turn rules off and on.

Exit codes: 0 no finding at severity error; 1 at least one; 2 could not run.

Examples:
  st lint notes/*.txt
  st lint --format json - < note.txt
  st lint --format sarif --config borough.json notes/ > lint.sarif
`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      format: { type: "string" },
      profile: { type: "string" },
      config: { type: "string" },
      "min-severity": { type: "string" },
      positives: { type: "boolean" },
    });
    const format = oneOf("format", values.format, ["text", "json", "sarif"], io.stdoutIsTerminal ? "text" : "json");
    const config: LintConfig = values.config ? await readConfig(values.config, io) : {};
    if (values.profile !== undefined)
      config.profile = oneOf("profile", values.profile, ["case-record", "family-letter"], "case-record");
    if (values["min-severity"] !== undefined)
      config.minSeverity = oneOf("min-severity", values["min-severity"], ["error", "warning", "info"], "info");
    if (values.positives) config.positives = true;
    const linter = createLinter(config);
    const paths = positionals.length ? positionals : ["-"];
    const files: { path: string; text: string; findings: Finding[] }[] = [];
    for (const [i, path] of paths.entries()) {
      if (paths.length > 1) progress(io, `[${i + 1}/${paths.length}] ${path}`);
      const text = await readText(path, io);
      files.push({ path: path === "-" ? "<stdin>" : path, text, findings: linter.lint(text) });
    }
    if (format === "json")
      io.stdout(
        `${JSON.stringify({ files: files.map((f) => ({ path: f.path, findings: f.findings.map(jsonFinding) })) }, null, 2)}\n`,
      );
    else if (format === "sarif")
      io.stdout(`${JSON.stringify(toSarif(files, { rules: linter.rules, version }), null, 2)}\n`);
    else io.stdout(formatText(files));
    return files.some((f) => f.findings.some((x) => x.severity === "error")) ? ExitCode.problems : ExitCode.ok;
  },
};
