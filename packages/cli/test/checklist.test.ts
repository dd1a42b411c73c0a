import { readFileSync } from "node:fs";
import { criticalComponentIds, principleIds } from "@st/core/practice";
import { completedChecklistRecord, defaultChecklist } from "@st/practice-checklist";
import { fixturesDir } from "@st-internal/test-fixtures";
import { describe, expect, it } from "vitest";
import { scratch } from "./scratch.js";

function record(answers: Record<string, string>, extra: Record<string, unknown> = {}) {
  return completedChecklistRecord.write({
    checklist: { id: "st-practice-checklist", version: "1.0.0" },
    caseId: "case-0001",
    borough: "E09000012",
    team: "Assessment 1",
    reviewer: { role: "qa-auditor" },
    use: "audit",
    date: "2025-05-14",
    answers: Object.entries(answers).map(([item, answer]) => ({ item, answer })),
    ...extra,
  } as never);
}

// Commands run from the shared fixtures (borough-checklist.yaml); the files a test writes go in a scratch directory.
const { file: tempFile, st } = scratch("st-checklist-", { cwd: fixturesDir });

describe("st checklist's PATH", () => {
  it("validate, summary and score each take one PATH, and say so", async () => {
    for (const sub of ["validate", "summary", "score"]) {
      const none = await st(["checklist", sub]);
      expect([none.code, none.err]).toEqual([2, expect.stringContaining("give the PATH of ")]);
      const two = await st(["checklist", sub, "a.json", "b.json"]);
      expect([two.code, two.err]).toEqual([2, expect.stringContaining("one PATH at a time; found also b.json")]);
    }
  });
});

describe("st checklist show", () => {
  it("prints the default as JSON with @st/core's principle and component ids (the contract)", async () => {
    const { code, out, err } = await st(["checklist", "show", "--format", "json"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    const shown = JSON.parse(out);
    expect(shown.id).toBe("st-practice-checklist");
    expect(shown.version).toBe("1.0.0");
    expect(shown.items.length).toBe(defaultChecklist.items.length);
    for (const item of shown.items) {
      expect(typeof item.id).toBe("string");
      expect(item.question).not.toMatch(/[{}]/);
      for (const p of item.principles) expect(principleIds).toContain(p);
      for (const c of item.components) expect(criticalComponentIds).toContain(c);
    }
    expect(shown.items[0].question).toContain("the perpetrator's pattern");
  });

  it("speaks a profile's words, and keeps placeholders with --template", async () => {
    const words = JSON.parse(
      (await st(["checklist", "show", "--format", "json", "--profile", "person-who-uses-harm"])).out,
    );
    expect(words.items[0].question).toContain("the person who uses harm's pattern");
    const template = await st(["checklist", "show", "--format", "yaml", "--template"]);
    expect(template.out).toContain("{perpetrator}");
    expect(template.out.startsWith("schemaVersion: 1\n")).toBe(true);
    // What --template prints reads back as a valid definition.
    const path = tempFile("ours.yaml", template.out);
    expect((await st(["checklist", "validate", path])).code).toBe(0);
  });

  it("prints the blank checklist as Markdown or HTML, for one use", async () => {
    const md = await st(["checklist", "show", "--use", "cp-chair"]);
    expect(md.out).toMatch(/^# Safe & Together practice checklist/);
    const html = await st(["checklist", "show", "--format", "html"]);
    expect(html.out).toMatch(/^<!doctype html>/);
  });

  it("rejects an unknown format or profile with exit 2", async () => {
    const bad = await st(["checklist", "show", "--format", "pdf"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--format must be one of json, yaml, md, html");
    expect((await st(["checklist", "show", "--profile", "polite"])).code).toBe(2);
  });
});

describe("st checklist validate", () => {
  it("accepts a valid borough definition", async () => {
    const { code, out } = await st(["checklist", "validate", "borough-checklist.yaml"]);
    expect(code).toBe(0);
    expect(out).toContain("a valid checklist definition, example-borough-checklist 2.1: 3 items in 2 sections");
  });

  it("exits 1 on an invalid definition, listing each problem with its line", async () => {
    const path = tempFile(
      "broken.yaml",
      "id: Broken Id\nversion: 2\ntitle: T\nsections:\n  - id: a\n    title: A\nitems:\n  - id: one\n    section: b\n",
    );
    const text = await st(["checklist", "validate", path]);
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/problems in .*broken\.yaml/);
    expect(text.out).toContain("line 1");
    const json = await st(["checklist", "validate", path, "--format", "json"]);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.out);
    expect(result.valid).toBe(false);
    expect(result.kind).toBe("definition");
    expect(result.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(["id", "version", "items.0.question", "items.0.section"]),
    );
    for (const error of result.errors) expect(error).toHaveProperty("field");
  });

  it("validates completed checklists, telling them from a definition", async () => {
    const path = tempFile(
      "audits.json",
      JSON.stringify([record({ "child-voice": "yes" }), record({ "child-voice": "sometimes" })]),
    );
    const result = JSON.parse((await st(["checklist", "validate", path, "--format", "json"])).out);
    expect(result).toMatchObject({ valid: false, kind: "records", records: 2 });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ record: 2, path: "answers.0.answer", code: "invalid_answer" });
  });

  it("reads standard input and exits 2 on a file that is not there", async () => {
    const stdin = await st(["checklist", "validate", "-", "--format", "json"], JSON.stringify(record({})));
    expect(JSON.parse(stdin.out)).toMatchObject({ valid: true, kind: "records", records: 1 });
    const missing = await st(["checklist", "validate", "nope.yaml"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("cannot read nope.yaml: no such file");
    expect(missing.err).not.toMatch(/^\s+at /m);
  });
});

describe("st checklist diff", () => {
  it("shows what a borough changed from the default, as text or JSON", async () => {
    const text = await st(["checklist", "diff", "default", "borough-checklist.yaml"]);
    expect(text.code).toBe(0);
    expect(text.out).toContain("st-practice-checklist 1.0.0 → example-borough-checklist 2.1");
    expect(text.out).toContain("- added **mash-information-shared**");
    const json = JSON.parse(
      (await st(["checklist", "diff", "default", "borough-checklist.yaml", "--format", "json"])).out,
    );
    expect(json.items.added.map((i: { id: string }) => i.id)).toEqual(["mash-information-shared"]);
    expect(json.identical).toBe(false);
  });

  it("needs exactly two definitions", async () => {
    expect((await st(["checklist", "diff", "default"])).code).toBe(2);
  });
});

describe("st checklist summary", () => {
  const records = [
    record({ "child-voice": "yes" }, { caseId: "c1", date: "2025-01-10" }),
    record({ "child-voice": "no" }, { caseId: "c2", borough: "E09000025", date: "2025-04-10" }),
    record({ "child-voice": "partly" }, { caseId: "c3", date: "2025-05-10", team: "Child protection" }),
  ];

  it("groups by borough, quarter or team, with counts behind every percentage", async () => {
    const path = tempFile("audits.json", JSON.stringify(records));
    const byBorough = JSON.parse((await st(["checklist", "summary", path, "--by", "borough", "--format", "json"])).out);
    expect(byBorough.by).toEqual(["borough"]);
    expect(byBorough.groups.map((g: { key: unknown; records: number }) => [g.key, g.records])).toEqual([
      [{ borough: "E09000012" }, 2],
      [{ borough: "E09000025" }, 1],
    ]);
    const item = byBorough.groups[0].items.find((i: { id: string }) => i.id === "child-voice");
    expect(item.met).toEqual({ count: 1, total: 2, percent: 50 });
    expect(byBorough.errors).toEqual([]);
    const byQuarter = JSON.parse((await st(["checklist", "summary", path, "--by", "quarter", "--format", "json"])).out);
    expect(byQuarter.groups.map((g: { key: { quarter: string } }) => g.key.quarter)).toEqual(["2025-Q1", "2025-Q2"]);
    const byTeam = await st(["checklist", "summary", path, "--by", "team"]);
    expect(byTeam.code).toBe(0);
    expect(byTeam.out).toContain("## team Assessment 1");
  });

  it("leaves invalid records out, names them, and exits 1", async () => {
    const path = tempFile("audits.json", JSON.stringify([...records, { ...record({}), use: "inspection" }]));
    const result = await st(["checklist", "summary", path, "--format", "json"]);
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.out);
    expect(summary.records).toBe(3);
    expect(summary.errors).toEqual([expect.objectContaining({ record: 4, path: "use" })]);
  });

  it("rejects an unknown grouping", async () => {
    const path = tempFile("audits.json", JSON.stringify(records));
    const result = await st(["checklist", "summary", path, "--by", "colour"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("--by takes borough, quarter, team");
  });
});

describe("st checklist score, prompts and schema", () => {
  it("scores each record per principle and component", async () => {
    const path = tempFile("audit.json", JSON.stringify(record({ "child-voice": "yes", "worker-safety": "no" })));
    const result = JSON.parse((await st(["checklist", "score", path, "--format", "json"])).out);
    expect(result.scores).toHaveLength(1);
    expect(result.scores[0].overall.met).toEqual({ count: 1, total: 2, percent: 50 });
    const html = await st(["checklist", "score", path, "--format", "html"]);
    expect(html.out).toContain("<h1>Safe &amp; Together practice checklist: completed</h1>");
  });

  it("gives prompts, not scores, starting from a record's weakest answers", async () => {
    const path = tempFile("audit.yaml", JSON.stringify(record({ "invitation-to-change": "no" })));
    const result = JSON.parse((await st(["checklist", "prompts", "--record", path, "--format", "json"])).out);
    expect(result.use).toBe("supervision");
    expect(result.startWith.map((i: { id: string }) => i.id)).toEqual(["invitation-to-change"]);
    const chair = await st(["checklist", "prompts", "--use", "cp-chair"]);
    expect(chair.out).toContain("prompts for the CP chair");
  });

  it("states the checklist's provenance and numbers items the same in show and in the chair's prompts", async () => {
    const show = (await st(["checklist", "show", "--format", "md"])).out;
    expect(show).toContain("Based on the partnership's published principles");
    expect(show).toContain("not the partnership's Appendix 4");
    const chair = (await st(["checklist", "prompts", "--use", "cp-chair", "--format", "md"])).out;
    expect(chair).toContain("not the partnership's Appendix 4");
    const numbers = (md: string) => new Map([...md.matchAll(/^\*\*(\d+\.\d+) (.+?)\*\*/gm)].map((m) => [m[2], m[1]]));
    const all = numbers(show);
    const asked = [...numbers(chair)];
    expect(asked.length).toBeGreaterThan(5);
    for (const [question, number] of asked) expect([question, number]).toEqual([question, all.get(question)]);
  });

  it("attaches language-lint findings on the case notes as machine suggestions", async () => {
    const path = tempFile("audit.json", JSON.stringify(record({ "language-names-behaviour": "partly" })));
    const findings = tempFile(
      "lint.json",
      JSON.stringify({
        files: [
          {
            path: "note-1.txt",
            findings: [
              {
                ruleId: "mutualising/volatile-relationship",
                category: "mutualising",
                severity: "warning",
                message: "Describes abuse as a relationship problem.",
                line: 2,
                column: 5,
                offset: 30,
                length: 21,
                excerpt: "volatile relationship",
                suggestions: ["name what he did"],
              },
            ],
          },
        ],
      }),
    );
    const md = await st(["checklist", "score", path, "--findings", findings]);
    expect(md.code).toBe(0);
    expect(md.out).toContain("Machine suggestions (language lint; check each before relying on it)");
    expect(md.out).toContain("“volatile relationship” (note-1.txt, line 2)");
    const sheet = JSON.parse(
      (await st(["checklist", "prompts", "--record", path, "--findings", findings, "--format", "json"])).out,
    );
    const item = sheet.sections
      .flatMap((s: { items: { id: string }[] }) => s.items)
      .find((i: { id: string }) => i.id === "language-names-behaviour");
    expect(item.suggestions).toHaveLength(1);
    const bad = tempFile("not-lint.json", JSON.stringify({ findings: [] }));
    const refused = await st(["checklist", "score", path, "--findings", bad]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("expected the output of st lint --format json");
    // A damaged report is refused, naming the file, the field, what was expected and what was found.
    const damaged = JSON.parse(readFileSync(findings, "utf8"));
    damaged.files[0].findings[0].line = "2";
    delete damaged.files[0].findings[0].severity;
    const broken = await st([
      "checklist",
      "score",
      path,
      "--findings",
      tempFile("damaged-lint.json", JSON.stringify(damaged)),
    ]);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain("damaged-lint.json");
    expect(broken.err).toContain("expected the output of st lint --format json");
    expect(broken.err).toContain("files.0.findings.0.severity is missing: expected one of error, warning, info");
    expect(broken.err).toContain('files.0.findings.0.line expected a whole number, 1 or more, found "2"');
    expect(broken.err).not.toMatch(/\n\s+at /);
    expect((await st(["checklist", "prompts", "--findings", findings])).code).toBe(2);
    // With case notes as well, the suggestions of both are attached, each naming its source.
    const notes = tempFile("notes-2.txt", "The parents have a volatile relationship.\n");
    const both = JSON.parse(
      (await st(["checklist", "score", path, "--findings", findings, "--notes", notes, "--format", "json"])).out,
    );
    const sources = new Set(both.records[0].suggestions.map((s: { source: string }) => s.source));
    expect(sources).toEqual(new Set(["note-1.txt", notes]));
  });

  it("reads back what st lint --format json prints, as its schema in @st/language-lint reads it", async () => {
    const path = tempFile("audit-lint.json", JSON.stringify(record({ "language-names-behaviour": "partly" })));
    const notes = tempFile(
      "note-3.txt",
      "The parents have a volatile relationship. She failed to protect the children.\n",
    );
    const linted = await st(["lint", notes, "--format", "json", "--positives"]);
    const report = tempFile("lint-3.json", linted.out);
    const scored = await st(["checklist", "score", path, "--findings", report, "--format", "json"]);
    expect(scored.code).toBe(0);
    const sources = new Set(
      scored.out && JSON.parse(scored.out).records[0].suggestions.map((s: { source: string }) => s.source),
    );
    expect(sources).toEqual(new Set([notes]));
  });

  it("--notes runs the language lint over the case's notes and attaches its findings as machine suggestions", async () => {
    const path = tempFile("audit.json", JSON.stringify(record({ "language-names-behaviour": "partly" })));
    // Synthetic case note: no real family.
    const notes = tempFile(
      "case-notes.txt",
      "Home visit.\nThe parents have a volatile relationship and the children witnessed domestic violence.\n",
    );
    const json = await st(["checklist", "score", path, "--notes", notes, "--format", "json"]);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.out);
    const suggestions = result.records[0].suggestions;
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) {
      expect(s.origin).toBe("language-lint");
      expect(s.source).toBe(notes);
      expect(["language-names-behaviour", "language-no-blame", "language-not-minimising"]).toContain(s.item);
    }
    expect(suggestions).toContainEqual(
      expect.objectContaining({ item: "language-names-behaviour", category: "mutualising", line: 2 }),
    );
    // Suggestions never change a score.
    const plain = JSON.parse((await st(["checklist", "score", path, "--format", "json"])).out);
    expect(result.scores).toEqual(plain.scores);

    const md = await st(["checklist", "score", path, "--notes", notes]);
    expect(md.out).toContain("Machine suggestions (language lint; check each before relying on it)");

    // Prompts from the notes alone, with no completed checklist yet.
    const sheet = JSON.parse((await st(["checklist", "prompts", "--notes", notes, "--format", "json"])).out);
    const item = sheet.sections
      .flatMap((s: { items: { id: string }[] }) => s.items)
      .find((i: { id: string }) => i.id === "language-names-behaviour");
    expect(item.suggestions.length).toBeGreaterThan(0);
    expect(sheet.startWith).toEqual([]);
    // CP chairs' prompts have no language items: the suggestions are kept, not lost.
    const chair = await st(["checklist", "prompts", "--use", "cp-chair", "--notes", notes]);
    expect(chair.out).toContain("Machine suggestions for items outside these prompts");
    expect(chair.out).toContain("language-names-behaviour");

    const two = tempFile("two.json", JSON.stringify([record({}), record({}, { caseId: "case-0002" })]));
    const refused = await st(["checklist", "score", two, "--notes", notes]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("--notes goes with one completed checklist");
    expect((await st(["checklist", "score", path, "--notes", "missing.txt"])).code).toBe(2);
  });

  it("prints the JSON Schema of definitions and of completed checklists", async () => {
    const definition = JSON.parse((await st(["checklist", "schema"])).out);
    expect(definition.required).toContain("schemaVersion");
    const records = JSON.parse((await st(["checklist", "schema", "--kind", "records"])).out);
    expect(records.properties.answers.type).toBe("array");
  });

  it("lists its subcommands, and names an unknown one", async () => {
    const help = await st(["checklist", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("validate");
    const unknown = await st(["checklist", "frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^unknown command: st checklist frobnicate/);
  });
});
