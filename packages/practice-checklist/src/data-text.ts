/**
 * Reading JSON or YAML text that a person wrote, with problems that point at lines.
 * @module
 */
import type { Problem } from "@st/core";
import { isMap, isNode, isSeq, LineCounter, parseDocument } from "yaml";
import type { PathSegment } from "./problems.js";

/** The text formats definitions and records may be written in. */
export type DataFormat = "json" | "yaml";

/** Parsed text, with a way to find the line of any path in it. @internal */
export interface ParsedText {
  value: unknown;
  lineOf(path: readonly PathSegment[]): number | undefined;
}

/** Guess the format of a text: JSON when it opens with `{` or `[`, otherwise YAML. @internal */
export function guessFormat(text: string): DataFormat {
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, "")) ? "json" : "yaml";
}

function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Parse JSON or YAML text into a plain value, or the problems that stopped it. `subject` names the
 * input in messages (a file name, "the checklist definition"). @internal
 */
export function parseDataText(
  text: string,
  format: DataFormat,
  subject: string,
): { ok: true; parsed: ParsedText } | { ok: false; problems: Problem[] } {
  const source = text.replace(/^\uFEFF/, "");
  if (source.trim() === "") {
    return {
      ok: false,
      problems: [
        {
          path: "",
          field: subject,
          expected: format === "json" ? "a JSON document" : "a YAML document",
          received: "an empty file",
          message: "is empty",
          code: "empty",
        },
      ],
    };
  }
  let lines = new LineCounter();
  // YAML 1.2 reads JSON too, so one parser gives line numbers for both formats. For JSON it runs
  // only when a line is asked for: most JSON is valid, and JSON.parse is far faster.
  const parseYaml = () => {
    lines = new LineCounter();
    return parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  };
  let doc: ReturnType<typeof parseDocument> | undefined;
  let value: unknown;
  if (format === "json") {
    try {
      value = JSON.parse(source);
    } catch (error) {
      const detail = (error as Error).message;
      const at = /position (\d+)/.exec(detail);
      const line = at ? lineAtOffset(source, Number(at[1])) : undefined;
      return {
        ok: false,
        problems: [
          {
            path: "",
            field: subject,
            expected: "valid JSON",
            received: "text that is not JSON",
            message: `is not valid JSON: ${detail.replace(/^JSON\.parse: /, "")}`,
            code: "syntax",
            ...(line === undefined ? {} : { line }),
          },
        ],
      };
    }
  } else {
    doc = parseYaml();
    if (doc.errors.length > 0) {
      return {
        ok: false,
        problems: doc.errors.map((error) => ({
          path: "",
          field: subject,
          expected: "valid YAML",
          received: "text that is not YAML",
          message: `is not valid YAML: ${error.message.split("\n")[0]}`,
          code: "syntax",
          line: lines.linePos(error.pos[0]).line,
        })),
      };
    }
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      return {
        ok: false,
        problems: [
          {
            path: "",
            field: subject,
            expected: "valid YAML",
            received: "text that is not YAML",
            message: `could not be read: ${(error as Error).message.split("\n")[0]}`,
            code: "syntax",
          },
        ],
      };
    }
  }
  return {
    ok: true,
    parsed: {
      value,
      lineOf(path) {
        doc ??= parseYaml();
        if (doc.errors.length > 0) return undefined;
        // Walk down as far as the path exists, so a missing field points at its parent.
        let node: unknown = doc.contents;
        for (const key of path) {
          if (!isMap(node) && !isSeq(node)) break;
          const next: unknown = node.get(key, true);
          if (next === undefined) break;
          node = next;
        }
        const start = isNode(node) ? node.range?.[0] : undefined;
        return start === undefined ? undefined : lines.linePos(start).line;
      },
    },
  };
}
