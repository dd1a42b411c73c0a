import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import {
  createLinter,
  type Finding,
  formatText,
  type LintConfig,
  type Linter,
  lintStream,
  parseLintConfig,
  toSarif,
} from "@st/language-lint";
import { type Command, ExitCode, oneOf, parseOptions } from "../command.js";
import { InputError, type Io, inputName, progress, readJson, readText, resolvePath, UsageError } from "../io.js";
import { version } from "../version.js";
import { summaries } from "./summaries.js";

/** The fields of a finding in `st lint --format json`: the contract's, then the extras. */
export function jsonFinding(f: Finding) {
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

async function readConfig(path: string, io: Io): Promise<LintConfig> {
  return parseLintConfig(await readJson(path, io));
}

/** The case-note files a folder holds: plain text and Markdown. */
const NOTE_FILE = /\.(txt|text|md|markdown)$/i;

/**
 * Each PATH, with a folder replaced by the case-note files in it at any depth, in name order. Every
 * file is checked to exist first, so that an unreadable one stops `st lint` before it prints anything.
 */
async function expandFolders(paths: readonly string[], io: Io): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    if (path === "-") {
      out.push(path);
      continue;
    }
    const full = resolvePath(path, io);
    const info = await stat(full).catch(() => undefined);
    if (!info) throw new InputError(`cannot read ${path}: no such file`);
    if (!info.isDirectory()) {
      out.push(path);
      continue;
    }
    const notes = (await readdir(full, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && NOTE_FILE.test(e.name) && !e.name.startsWith("."))
      // `parentPath` from Node.js 20.12, `path` before.
      .map((e) => join(path, relative(full, join(e.parentPath ?? (e as { path: string }).path, e.name))))
      .sort();
    if (notes.length === 0) throw new InputError(`${path} is a folder with no case notes in it (.txt or .md files)`);
    out.push(...notes);
  }
  return out;
}

/** A file's text as it is read, in pieces: memory stays flat however long the file. */
async function* readPieces(path: string, io: Io): AsyncGenerator<string> {
  if (path === "-") {
    yield await io.readStdin();
    return;
  }
  const stream = createReadStream(resolvePath(path, io), { encoding: "utf8", highWaterMark: 1 << 16 });
  try {
    for await (const piece of stream) yield piece as string;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (error as Error).message;
    throw new InputError(`cannot read ${path}: ${why}`);
  }
}

/** JSON string literals already written: a rule's explanation and message recur in every finding of the rule. */
const literals = new Map<string, string>();
function literal(text: string): string {
  let out = literals.get(text);
  if (out === undefined) {
    out = JSON.stringify(text);
    // Bounded: suggestions and messages can carry a note's own names.
    if (literals.size < 10_000) literals.set(text, out);
  }
  return out;
}

// The constant text between a finding's values in `st lint --format json`, eight spaces in.
const P = "        ";
const RULE_ID = `${P}{\n${P}  "ruleId": `;
const CATEGORY = `,\n${P}  "category": `;
const SEVERITY = `,\n${P}  "severity": `;
const MESSAGE = `,\n${P}  "message": `;
const LINE = `,\n${P}  "line": `;
const COLUMN = `,\n${P}  "column": `;
const OFFSET = `,\n${P}  "offset": `;
const LENGTH = `,\n${P}  "length": `;
const EXCERPT = `,\n${P}  "excerpt": `;
const SUGGESTIONS = `,\n${P}  "suggestions": `;
const SUGGESTION = `\n${P}    `;
const SUGGESTIONS_END = `\n${P}  ]`;
const END_LINE = `,\n${P}  "endLine": `;
const END_COLUMN = `,\n${P}  "endColumn": `;
const EXPLANATION = `,\n${P}  "explanation": `;
const FIX_OFFSET = `,\n${P}  "fix": {\n${P}    "offset": `;
const FIX_LENGTH = `,\n${P}    "length": `;
const FIX_TEXT = `,\n${P}    "text": `;
const FIX_END = `\n${P}  }`;
const QUOTED = `,\n${P}  "quoted": {\n${P}    "attributed": `;
const POSITIVE = `,\n${P}  "positive": true`;
const FINDING_END = `\n${P}}`;

/**
 * The text of a finding as it sits in `st lint --format json`, pushed onto `out` in pieces (joined
 * once a batch, the pieces are copied once: no string is built up by concatenation).
 */
function pushFindingText(f: Finding, out: string[]): void {
  out.push(RULE_ID, literal(f.ruleId), CATEGORY, literal(f.category), SEVERITY, literal(f.severity));
  out.push(MESSAGE, literal(f.message), LINE, `${f.line}`, COLUMN, `${f.column}`, OFFSET, `${f.offset}`);
  out.push(LENGTH, `${f.length}`, EXCERPT, JSON.stringify(f.excerpt), SUGGESTIONS);
  if (f.suggestions.length === 0) out.push("[]");
  else {
    out.push("[");
    for (let i = 0; i < f.suggestions.length; i++) out.push(i ? "," : "", SUGGESTION, literal(f.suggestions[i]!));
    out.push(SUGGESTIONS_END);
  }
  out.push(END_LINE, `${f.endLine}`, END_COLUMN, `${f.endColumn}`, EXPLANATION, literal(f.explanation));
  if (f.fix)
    out.push(
      FIX_OFFSET,
      `${f.fix.offset}`,
      FIX_LENGTH,
      `${f.fix.length}`,
      FIX_TEXT,
      JSON.stringify(f.fix.text),
      FIX_END,
    );
  if (f.quoted) out.push(QUOTED, `${f.quoted.attributed}`, FIX_END);
  if (f.positive) out.push(POSITIVE);
  out.push(FINDING_END);
}

/**
 * A finding as it sits in `st lint --format json`: exactly `JSON.stringify(jsonFinding(f), null, 2)`
 * indented by eight spaces, written directly. Re-indenting the stringified object line by line took
 * longer than linting on a large file; the equality is a test.
 */
export function jsonFindingText(f: Finding): string {
  const out: string[] = [];
  pushFindingText(f, out);
  return out.join("");
}

/** Findings written at a time with `--format json`: about 40 KB. */
const WRITE_FINDINGS = 32;

/**
 * Lint each file a paragraph-bounded piece at a time and print findings as they are found: `json`
 * as the one document the contract fixes, written as it goes (the same text `JSON.stringify` with
 * two-space indentation gives), `jsonl` as one finding a line with its file's `path`.
 */
async function streamFindings(paths: readonly string[], format: "json" | "jsonl", linter: Linter, io: Io) {
  let errors = false;
  if (format === "json") io.stdout(paths.length ? '{\n  "files": [\n' : '{\n  "files": []\n}\n');
  for (const [i, path] of paths.entries()) {
    if (paths.length > 1) progress(io, `[${i + 1}/${paths.length}] ${path}`);
    const name = inputName(path);
    let count = 0;
    if (format === "json")
      io.stdout(`${i ? ",\n" : ""}    {\n      "path": ${JSON.stringify(name)},\n      "findings": [`);
    for await (const findings of lintStream(linter, readPieces(path, io), { size: 1 << 16 })) {
      if (findings.length === 0) continue;
      errors ||= findings.some((f) => f.severity === "error");
      if (format === "jsonl")
        io.stdout(`${findings.map((f) => JSON.stringify({ path: name, ...jsonFinding(f) })).join("\n")}\n`);
      else {
        // Joined from its pieces and written a few findings at a time: a string (and the buffer
        // it is encoded into) under about 128 KB comes from the young generation's reused pages,
        // while a larger one is mapped afresh, page faults and all, for every write.
        const out: string[] = [];
        for (let k = 0; k < findings.length; k++) {
          out.push(k || count ? ",\n" : "\n");
          pushFindingText(findings[k]!, out);
          if (k % WRITE_FINDINGS === WRITE_FINDINGS - 1 || k === findings.length - 1) {
            io.stdout(out.join(""));
            out.length = 0;
          }
        }
      }
      count += findings.length;
      await io.drained?.();
    }
    if (format === "json") io.stdout(count ? "\n      ]\n    }" : "]\n    }");
  }
  if (format === "json" && paths.length) io.stdout("\n  ]\n}\n");
  return errors ? ExitCode.problems : ExitCode.ok;
}

/** `st lint`: find mutualising, victim-blaming, minimising and perpetrator-hiding language. */
export const lint: Command = {
  name: "lint",
  summary: summaries.lint,
  help: `
st lint [PATH...] [--format text|json|jsonl|sarif] [--profile case-record|family-letter] [--config FILE]
        [--min-severity error|warning|info] [--positives]

Reads each PATH (plain text or Markdown; a folder's .txt and .md files; standard input when there is
none or PATH is -) and reports wording that works against Safe & Together practice: abuse framed as
mutual, the survivor held responsible, abuse minimised, the perpetrator hidden, vague labels. Each finding says why, and
suggests better wording; text in [square brackets] is for the writer to fill in.

Options:
  --format FORMAT       text (the default on a terminal), json (the default otherwise), jsonl (one
                        finding a line, with its file's path) or sarif (SARIF 2.1.0)
  --profile PROFILE     case-record (the default) or family-letter (writing to a family)
  --config FILE         a JSON configuration: rules turned off or re-graded, accepted phrases,
                        the borough's own rules, its terminology and the people in the text
  --min-severity LEVEL  leave out findings below LEVEL
  --positives           also report positive signals of S&T practice, at info

Inline, <!-- st-lint-disable RULE... --> and <!-- st-lint-enable --> turn rules off and on.

With json and jsonl, a file is read and linted a paragraph at a time (pieces of about 64 KB, cut at
blank lines) and findings are printed as they are found, so memory stays flat however long the file;
text and sarif read each file whole.

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
    const format = oneOf(
      "format",
      values.format,
      ["text", "json", "jsonl", "sarif"],
      io.stdoutIsTerminal ? "text" : "json",
    );
    const notePaths = positionals.length ? positionals : ["-"];
    if (values.config === "-" && notePaths.includes("-"))
      throw new UsageError(
        "--config - reads the configuration from standard input, so the case notes cannot come from it too: give them as files",
      );
    const config: LintConfig = values.config ? await readConfig(values.config, io) : {};
    if (values.profile !== undefined)
      config.profile = oneOf("profile", values.profile, ["case-record", "family-letter"], "case-record");
    if (values["min-severity"] !== undefined)
      config.minSeverity = oneOf("min-severity", values["min-severity"], ["error", "warning", "info"], "info");
    if (values.positives) config.positives = true;
    const linter = createLinter(config);
    const paths = await expandFolders(notePaths, io);
    if (format === "json" || format === "jsonl") return streamFindings(paths, format, linter, io);
    const files: { path: string; text: string; findings: Finding[] }[] = [];
    for (const [i, path] of paths.entries()) {
      if (paths.length > 1) progress(io, `[${i + 1}/${paths.length}] ${path}`);
      const text = await readText(path, io);
      files.push({ path: inputName(path), text, findings: linter.lint(text) });
    }
    if (format === "sarif") io.stdout(`${JSON.stringify(toSarif(files, { rules: linter.rules, version }), null, 2)}\n`);
    else io.stdout(formatText(files));
    return files.some((f) => f.findings.some((x) => x.severity === "error")) ? ExitCode.problems : ExitCode.ok;
  },
};
