/**
 * Findings rendered for people and tools: HTML with the excerpts marked, a readable text report,
 * and SARIF 2.1.0 for editors and pipelines.
 * @module
 */
import { escapeHtml as coreEscapeHtml } from "@st/core/report";
import { checkArg, FILES, FINDING, FINDINGS, SARIF_OPTIONS, TEXT, WIDTH } from "./arguments.js";
import type { Finding } from "./finding.js";
import type { Rule } from "./rule.js";

/**
 * Escape text for HTML element content and attribute values (`&`, `<`, `>`, `"`, `'`).
 * @deprecated Import `escapeHtml` from `@st/core`, the one escape every package uses; this
 * re-export is kept so existing imports keep working.
 */
export const escapeHtml: (text: string) => string = coreEscapeHtml;

/**
 * The text as HTML-escaped markup with each finding's excerpt in a `<mark>` element
 * (`class="st-lint st-lint-<category>"`, `data-rule-id`, and the message as `title`). Where findings
 * overlap, the first (then longest) is marked. Keep line breaks with CSS `white-space: pre-wrap`.
 */
export function markFindings(text: string, findings: readonly Finding[]): string {
  checkArg("markFindings", TEXT, text);
  checkArg("markFindings", FINDINGS, findings);
  const sorted = [...findings].sort((a, b) => a.offset - b.offset || b.length - a.length);
  let out = "";
  let at = 0;
  for (const f of sorted) {
    if (f.offset < at || f.offset + f.length > text.length) continue;
    out += escapeHtml(text.slice(at, f.offset));
    const cls = `st-lint st-lint-${f.category}${f.positive ? " st-lint-positive" : ""}`;
    out += `<mark class="${cls}" data-rule-id="${escapeHtml(f.ruleId)}" data-severity="${f.severity}" title="${escapeHtml(f.message)}">${escapeHtml(text.slice(f.offset, f.offset + f.length))}</mark>`;
    at = f.offset + f.length;
  }
  return out + escapeHtml(text.slice(at));
}

/** The line of `text` that holds `offset`, with the excerpt marked `[[like this]]`, cut to about `width` characters. */
export function excerptInContext(text: string, finding: Pick<Finding, "offset" | "length">, width = 100): string {
  checkArg("excerptInContext", TEXT, text);
  checkArg("excerptInContext", FINDING, finding);
  checkArg("excerptInContext", WIDTH, width);
  const { offset, length } = finding;
  let start = offset;
  while (start > 0 && text[start - 1] !== "\n" && text[start - 1] !== "\r") start--;
  let end = offset + length;
  while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
  let before = text.slice(start, offset).replace(/\s+/g, " ");
  let after = text.slice(offset + length, end).replace(/\s+/g, " ");
  const room = Math.max(10, Math.floor((width - length) / 2));
  if (before.length > room) before = `…${before.slice(before.length - room)}`;
  if (after.length > room) after = `${after.slice(0, room)}…`;
  return `${before}[[${text.slice(offset, offset + length).replace(/\s+/g, " ")}]]${after}`.trim();
}

/** One file's findings, for the report formats. */
export interface LintedFile {
  /** The file's path as given (`<stdin>` for standard input). */
  path: string;
  /** The file's text, for showing each finding in its sentence. */
  text?: string;
  /** The findings. */
  findings: readonly Finding[];
}

/**
 * A report for people: `path:line:column severity message [rule]`, the line with the excerpt marked,
 * and the first suggestion. Ends with a count.
 */
export function formatText(files: readonly LintedFile[]): string {
  checkArg("formatText", FILES, files);
  const lines: string[] = [];
  let total = 0;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const file of files) {
    for (const f of file.findings) {
      total++;
      counts[f.severity]++;
      lines.push(`${file.path}:${f.line}:${f.column}  ${f.severity}  ${f.message}  [${f.ruleId}]`);
      if (file.text !== undefined) lines.push(`    ${excerptInContext(file.text, f)}`);
      if (f.suggestions[0]) lines.push(`    suggestion: ${f.suggestions[0]}`);
    }
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  lines.push(
    total === 0
      ? `${plural(files.length, "file")} checked: no findings`
      : `${plural(total, "finding")} in ${plural(files.length, "file")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info)`,
  );
  return `${lines.join("\n")}\n`;
}

/** Options of {@link toSarif}. */
export interface SarifOptions {
  /** The rules to describe in `tool.driver.rules` (e.g. `linter.rules`); by default only ids that occur. */
  rules?: readonly Rule[];
  /** The tool's version, written as `tool.driver.version`. */
  version?: string;
}

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

/**
 * A SARIF 2.1.0 log of the findings, for editors, code-scanning services and pipelines. Columns are
 * UTF-16 code units (`columnKind: "utf16CodeUnits"`); a fix is included where one rewrite is unambiguous.
 */
export function toSarif(files: readonly LintedFile[], options: SarifOptions = {}): Record<string, unknown> {
  checkArg("toSarif", FILES, files);
  checkArg("toSarif", SARIF_OPTIONS, options);
  const known = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const ids: string[] = [...known.keys()];
  for (const file of files) for (const f of file.findings) if (!ids.includes(f.ruleId)) ids.push(f.ruleId);
  const index = new Map(ids.map((id, i) => [id, i]));
  const explained = new Map<string, Finding>();
  for (const file of files) for (const f of file.findings) if (!explained.has(f.ruleId)) explained.set(f.ruleId, f);
  const rules = ids.map((id) => {
    const rule = known.get(id);
    const seen = explained.get(id);
    return {
      id,
      shortDescription: { text: rule?.message ?? seen?.message ?? id },
      fullDescription: { text: rule?.explanation ?? seen?.explanation ?? id },
      defaultConfiguration: { level: LEVEL[rule?.severity ?? seen?.severity ?? "warning"] },
      properties: {
        category: rule?.category ?? seen?.category,
        ...(rule?.kind === "positive" ? { positive: true } : {}),
      },
    };
  });
  const results = files.flatMap((file) =>
    file.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: f.suggestions[0] ? `${f.message} Suggestion: ${f.suggestions[0]}` : f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: file.path },
            region: {
              startLine: f.line,
              startColumn: f.column,
              endLine: f.endLine,
              endColumn: f.endColumn,
              charOffset: f.offset,
              charLength: f.length,
              snippet: { text: f.excerpt },
            },
          },
        },
      ],
      ...(f.fix
        ? {
            fixes: [
              {
                description: { text: `Replace with "${f.fix.text}"` },
                artifactChanges: [
                  {
                    artifactLocation: { uri: file.path },
                    replacements: [
                      {
                        deletedRegion: { charOffset: f.fix.offset, charLength: f.fix.length },
                        insertedContent: { text: f.fix.text },
                      },
                    ],
                  },
                ],
              },
            ],
          }
        : {}),
      properties: {
        category: f.category,
        suggestions: f.suggestions,
        ...(f.quoted ? { quoted: f.quoted } : {}),
        ...(f.positive ? { positive: true } : {}),
      },
    })),
  );
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "st lint",
            informationUri: "https://www.npmjs.com/package/@st/language-lint",
            ...(options.version ? { version: options.version } : {}),
            rules,
          },
        },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

/** A finding in the shape of a Language Server Protocol `Diagnostic` (0-based lines and UTF-16 characters). */
export interface EditorDiagnostic {
  /** Where: LSP positions, 0-based, counted in UTF-16 code units (LSP's default encoding). */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** LSP severity: 1 error, 2 warning, 3 information. */
  severity: 1 | 2 | 3;
  /** The rule id. */
  code: string;
  /** Always `st lint`. */
  source: string;
  /** The message, then the first suggestion. */
  message: string;
  /** The finding itself, for code actions (suggestions, fix). */
  data: Finding;
}

/** Convert a finding for an editor speaking the Language Server Protocol (VS Code, Neovim, ...). */
export function toDiagnostic(finding: Finding): EditorDiagnostic {
  checkArg("toDiagnostic", FINDING, finding);
  return {
    range: {
      start: { line: finding.line - 1, character: finding.column - 1 },
      end: { line: finding.endLine - 1, character: finding.endColumn - 1 },
    },
    severity: finding.severity === "error" ? 1 : finding.severity === "warning" ? 2 : 3,
    code: finding.ruleId,
    source: "st lint",
    message: finding.suggestions[0] ? `${finding.message}\nSuggestion: ${finding.suggestions[0]}` : finding.message,
    data: finding,
  };
}
