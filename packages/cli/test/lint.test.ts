import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "@st/cli";
import { createLinter } from "@st/language-lint";
import { describe, expect, it, vi } from "vitest";
import { memoryIo } from "./memory-io.js";

const sample =
  "Home visit completed.\nThe parents have a volatile relationship and argue in front of the children.\r\nMs C was kicked on Friday.\n";

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), "st-lint-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

describe("st lint", () => {
  it("prints one JSON document whose offsets and line/columns slice to each excerpt", async () => {
    const io = memoryIo(sample);
    expect(await run(["lint", "--format", "json", "-"], io)).toBe(0);
    const doc = JSON.parse(io.out);
    expect(doc.files).toHaveLength(1);
    expect(doc.files[0].path).toBe("<stdin>");
    const findings = doc.files[0].findings;
    expect(findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      "mutualising/volatile-relationship",
      "mutualising/argument",
      "hidden-perpetrator/agentless-passive",
    ]);
    const lines = sample.split("\n");
    for (const f of findings) {
      expect(sample.slice(f.offset, f.offset + f.length)).toBe(f.excerpt);
      expect(lines[f.line - 1]!.slice(f.column - 1, f.column - 1 + f.length)).toBe(f.excerpt);
      expect(Object.keys(f).slice(0, 10)).toEqual([
        "ruleId",
        "category",
        "severity",
        "message",
        "line",
        "column",
        "offset",
        "length",
        "excerpt",
        "suggestions",
      ]);
    }
    expect(io.err).toBe("");
  });

  it("reads standard input when no path is given", async () => {
    const io = memoryIo("They had a row.");
    expect(await run(["lint", "--format", "json"], io)).toBe(0);
    expect(JSON.parse(io.out).files[0].findings[0].ruleId).toBe("mutualising/row");
  });

  it("exits 1 exactly when a finding has severity error", async () => {
    const io = memoryIo("Mother failed to protect the children.");
    expect(await run(["lint", "--format", "json"], io)).toBe(1);
    expect(JSON.parse(io.out).files[0].findings[0].severity).toBe("error");
    expect(await run(["lint", "--format", "json"], memoryIo("Mr B punched Ms A."))).toBe(0);
  });

  it("lints several files and names each", async () => {
    const d = dir({ "a.txt": "They had a row.", "b.md": "# Visit\n\n- Mr B punched Ms A." });
    const io = memoryIo("", d);
    expect(await run(["lint", "--format", "json", "a.txt", "b.md"], io)).toBe(0);
    const doc = JSON.parse(io.out);
    expect(doc.files.map((f: { path: string }) => f.path)).toEqual(["a.txt", "b.md"]);
    expect(doc.files[1].findings).toEqual([]);
  });

  it("prints a readable report with the excerpt marked and a suggestion", async () => {
    const io = memoryIo(sample);
    await run(["lint", "--format", "text"], io);
    expect(io.out).toContain("<stdin>:2:20  warning");
    expect(io.out).toContain("The parents have a [[volatile relationship]] and argue");
    expect(io.out).toContain("suggestion: [perpetrator]'s [what they did] towards [survivor]");
    expect(io.out).toMatch(/3 findings in 1 file \(0 errors, 3 warnings, 0 info\)\n$/);
  });

  it("writes SARIF 2.1.0", async () => {
    const io = memoryIo(sample);
    await run(["lint", "--format", "sarif"], io);
    const sarif = JSON.parse(io.out);
    expect(sarif.version).toBe("2.1.0");
    const [runLog] = sarif.runs;
    expect(runLog.columnKind).toBe("utf16CodeUnits");
    expect(runLog.results[0]).toMatchObject({
      ruleId: "mutualising/volatile-relationship",
      level: "warning",
      locations: [
        { physicalLocation: { artifactLocation: { uri: "<stdin>" }, region: { startLine: 2, startColumn: 20 } } },
      ],
    });
    expect(runLog.tool.driver.rules.length).toBeGreaterThanOrEqual(120);
    expect(runLog.tool.driver.rules[runLog.results[0].ruleIndex].id).toBe("mutualising/volatile-relationship");
  });

  it("applies a configuration file, a profile, a minimum severity and positive signals", async () => {
    const d = dir({
      "borough.json": JSON.stringify({ rules: { "mutualising/argument": "off" }, allow: ["volatile relationship"] }),
    });
    const io = memoryIo(sample, d);
    await run(["lint", "--format", "json", "--config", "borough.json"], io);
    expect(JSON.parse(io.out).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      "hidden-perpetrator/agentless-passive",
    ]);
    const letter = memoryIo("As the perpetrator, you must attend.");
    await run(["lint", "--format", "json", "--profile", "family-letter"], letter);
    expect(JSON.parse(letter.out).files[0].findings[0].ruleId).toBe("other/perpetrator-label");
    const min = memoryIo(sample);
    await run(["lint", "--format", "json", "--min-severity", "error"], min);
    expect(JSON.parse(min.out).files[0].findings).toEqual([]);
    const positives = memoryIo("Mr B punched Ms A.");
    await run(["lint", "--format", "json", "--positives"], positives);
    expect(JSON.parse(positives.out).files[0].findings[0]).toMatchObject({
      ruleId: "positive/named-behaviour",
      positive: true,
    });
  });

  it("explains a bad configuration and exits 2 without a stack trace", async () => {
    const d = dir({
      "bad.json": JSON.stringify({ rules: { "mutualising/volatil": "off" }, colour: "red" }),
      "broken.json": "{",
    });
    for (const [file, expected] of [
      ["bad.json", /colour/],
      ["broken.json", /not valid JSON/],
      ["missing.json", /no such file/],
    ] as const) {
      const io = memoryIo(sample, d);
      expect(await run(["lint", "--config", file], io)).toBe(2);
      expect(io.err).toMatch(expected);
      expect(io.err).not.toMatch(/^\s+at /m);
      expect(io.out).toBe("");
    }
    const unknownRule = memoryIo(
      sample,
      dir({ "c.json": JSON.stringify({ rules: { "mutualising/volatil": "off" } }) }),
    );
    expect(await run(["lint", "--config", "c.json"], unknownRule)).toBe(2);
    expect(unknownRule.err).toContain("mutualising/volatil");
  });

  it("reads a configuration saved with a byte-order mark, as Windows editors save it", async () => {
    // Refused as "not valid JSON" before: the configuration was read apart from every other input.
    const d = dir({
      "borough.json": `\uFEFF${JSON.stringify({ rules: { "mutualising/volatile-relationship": "off" } })}`,
    });
    const withRule = memoryIo("The relationship is volatile.", d);
    expect(await run(["lint", "--format", "json"], withRule)).toBe(0);
    expect(withRule.out).toContain("mutualising/volatile-relationship");
    const without = memoryIo("The relationship is volatile.", d);
    expect(await run(["lint", "--format", "json", "--config", "borough.json"], without)).toBe(0);
    expect(without.err).toBe("");
    expect(without.out).not.toContain("mutualising/volatile-relationship");
  });

  it("takes the configuration from standard input only when the notes come from files", async () => {
    const d = dir({ "note.txt": "The relationship is volatile." });
    const config = JSON.stringify({ rules: { "mutualising/volatile-relationship": "off" } });
    const fromStdin = memoryIo(config, d);
    expect(await run(["lint", "--format", "json", "--config", "-", "note.txt"], fromStdin)).toBe(0);
    expect(fromStdin.out).not.toContain("mutualising/volatile-relationship");
    const both = memoryIo(config, d);
    expect(await run(["lint", "--format", "json", "--config", "-"], both)).toBe(2);
    expect(both.err).toContain("cannot come from it too");
    expect(both.out).toBe("");
  });

  it("rejects a bad option value and an unreadable file with exit 2", async () => {
    const io = memoryIo(sample);
    expect(await run(["lint", "--format", "xml"], io)).toBe(2);
    expect(io.err).toContain("--format must be one of text, json, jsonl, sarif");
    const missing = memoryIo("");
    expect(await run(["lint", "nope.txt"], missing)).toBe(2);
    expect(missing.err).toContain("cannot read nope.txt: no such file");
  });

  it("prints help", async () => {
    const io = memoryIo();
    expect(await run(["lint", "--help"], io)).toBe(0);
    expect(io.out).toContain("st lint [PATH...]");
  });

  it("streams a long file a paragraph at a time into the same JSON document, positions and all", async () => {
    // Over 256 KB, so the file is read and linted in several pieces.
    const paragraph =
      "Visit completed.\nThe parents have a volatile relationship.\r\n\r\nMs C was kicked on Friday.\n\n";
    const long = paragraph.repeat(Math.ceil(300_000 / paragraph.length));
    const d = dir({ "long.txt": long, "clean.txt": "Mr B punched Ms A.\n" });
    const io = memoryIo("", d);
    expect(await run(["lint", "--format", "json", "long.txt", "clean.txt"], io)).toBe(0);
    const linter = createLinter();
    const fields = (text: string) =>
      linter.lint(text).map(({ ruleId, line, column, offset, endLine, endColumn }) => ({
        ruleId,
        line,
        column,
        offset,
        endLine,
        endColumn,
      }));
    const doc = JSON.parse(io.out);
    expect(doc.files.map((f: { path: string }) => f.path)).toEqual(["long.txt", "clean.txt"]);
    expect(doc.files[0].findings.length).toBeGreaterThan(2 * Math.floor(300_000 / paragraph.length));
    expect(
      doc.files[0].findings.map(
        fields.length
          ? (f: Record<string, unknown>) => ({
              ruleId: f.ruleId,
              line: f.line,
              column: f.column,
              offset: f.offset,
              endLine: f.endLine,
              endColumn: f.endColumn,
            })
          : () => 0,
      ),
    ).toEqual(fields(long));
    expect(doc.files[1].findings).toEqual([]);
    // Written as it goes, yet the very text one JSON.stringify of the document gives.
    expect(io.out).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  it("prints one finding a line with --format jsonl", async () => {
    const d = dir({ "a.txt": sample, "b.txt": "They had a row." });
    const io = memoryIo("", d);
    expect(await run(["lint", "--format", "jsonl", "a.txt", "b.txt"], io)).toBe(0);
    const lines = io.out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => `${l.path} ${l.ruleId} ${l.line}`)).toEqual([
      "a.txt mutualising/volatile-relationship 2",
      "a.txt mutualising/argument 2",
      "a.txt hidden-perpetrator/agentless-passive 3",
      "b.txt mutualising/row 1",
    ]);
  });

  it("lints a folder's case notes, at any depth, in name order (the help's own example)", async () => {
    const d = dir({ "b.md": "They had a row.", "a.txt": "Mr B punched Ms A.", "photo.jpg": "not text" });
    mkdirSync(join(d, "older"));
    writeFileSync(join(d, "older", "c.txt"), "There was a fight in the kitchen.");
    const io = memoryIo("", d);
    expect(await run(["lint", "--format", "json", "."], io)).toBe(0);
    expect(JSON.parse(io.out).files.map((f: { path: string }) => f.path)).toEqual(["a.txt", "b.md", "older/c.txt"]);
    const empty = dir({ "photo.jpg": "x" });
    const none = memoryIo("", empty);
    expect(await run(["lint", "--format", "json", empty], none)).toBe(2);
    expect(none.err).toContain("is a folder with no case notes in it");
  });

  it("prints nothing on stdout when one of several files cannot be read", async () => {
    const d = dir({ "a.txt": sample });
    const io = memoryIo("", d);
    expect(await run(["lint", "--format", "json", "a.txt", "missing.txt"], io)).toBe(2);
    expect(io.out).toBe("");
    expect(io.err).toContain("cannot read missing.txt: no such file");
  });

  it("waits for standard output to take each piece's findings before linting on, so a slow reader holds it back", async () => {
    const paragraph = "The parents have a volatile relationship.\n\n";
    const d = dir({ "long.txt": paragraph.repeat(Math.ceil(300_000 / paragraph.length)) });
    const io = memoryIo("", d);
    const printedWhenWaiting: number[] = [];
    let release = () => {};
    io.drained = () => {
      printedWhenWaiting.push(io.out.length);
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    };
    const running = run(["lint", "--format", "jsonl", "long.txt"], io);
    // Held at the first piece until the reader drains.
    await vi.waitFor(() => expect(printedWhenWaiting.length).toBe(1), { timeout: 30_000 });
    const held = io.out.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(io.out.length).toBe(held);
    io.drained = async () => {
      printedWhenWaiting.push(io.out.length);
    };
    release();
    expect(await running).toBe(0);
    expect(printedWhenWaiting.length).toBeGreaterThan(2);
    expect(io.out.trimEnd().split("\n").length).toBe(Math.ceil(300_000 / paragraph.length));
  });
});
