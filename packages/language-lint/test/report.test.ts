import {
  countWords,
  createLinter,
  formatText,
  lint,
  markFindings,
  summariseFindings,
  toDiagnostic,
  toSarif,
} from "@st/language-lint";
import { describe, expect, it } from "vitest";

describe("summariseFindings", () => {
  it("counts concerns per category, severity and rule, per 1,000 words, and positive signals apart", () => {
    const text =
      "Mr B punched Ms A. Ms A called the police. There are DV concerns. They had a row. Mother failed to protect.";
    const findings = createLinter({ positives: true }).lint(text);
    const summary = summariseFindings(findings, text);
    expect(summary.words).toBe(countWords(text));
    expect(summary.words).toBe(22);
    expect(summary.concerns.count).toBe(3);
    expect(summary.byCategory.vague).toEqual({ count: 1, per1000Words: 45.45 });
    expect(summary.byCategory.mutualising.count).toBe(1);
    expect(summary.byCategory.minimising).toEqual({ count: 0, per1000Words: 0 });
    expect(summary.bySeverity).toEqual({ error: 1, warning: 2, info: 0 });
    expect(summary.byRule["responsibilising/failed-to-protect"]).toBe(1);
    expect(summary.positive.count).toBe(2);
    expect(summary.positive.byRule).toEqual({ "positive/named-behaviour": 1, "positive/protective-efforts": 1 });
  });

  it("reports zero rates for an empty text", () => {
    expect(summariseFindings([], "").concerns).toEqual({ count: 0, per1000Words: 0 });
  });

  it("counts a word with an apostrophe once", () => {
    expect(countWords("Mr B's partner doesn't live here.")).toBe(6);
  });
});

describe("markFindings", () => {
  it("escapes the text and marks each excerpt, keeping the first of overlapping findings", () => {
    const text = "<b>They</b> had a row & Ms A was hit.";
    const html = markFindings(text, lint(text));
    expect(html).toBe(
      '&lt;b&gt;They&lt;/b&gt; had <mark class="st-lint st-lint-mutualising" data-rule-id="mutualising/row" data-severity="warning" title="A &quot;row&quot; is a two-sided quarrel: describe what he did.">a row</mark> &amp; Ms A <mark class="st-lint st-lint-hidden-perpetrator" data-rule-id="hidden-perpetrator/agentless-passive" data-severity="warning" title="A passive with no one doing it (&quot;she was kicked&quot;) hides the perpetrator: say who did it.">was hit</mark>.',
    );
    const overlapping = "It was just a row.";
    expect(markFindings(overlapping, lint(overlapping)).match(/<mark/g)).toHaveLength(1);
  });
});

describe("formatText", () => {
  it("says when nothing was found", () => {
    expect(formatText([{ path: "a.txt", text: "Home visit.", findings: [] }])).toBe("1 file checked: no findings\n");
  });
});

describe("toSarif", () => {
  it("writes a fix only where one rewrite is unambiguous", () => {
    const text = "There is a history of domestic violence.";
    const sarif = toSarif([{ path: "a.txt", findings: lint(text) }]) as {
      runs: { results: { ruleId: string; fixes?: unknown[] }[] }[];
    };
    const results = sarif.runs[0]!.results;
    expect(results.find((r) => r.ruleId === "other/domestic-violence-term")?.fixes).toHaveLength(1);
    expect(results.find((r) => r.ruleId === "vague/history-of-da")?.fixes).toBeUndefined();
  });
});

describe("toDiagnostic", () => {
  it("gives 0-based LSP ranges and severities", () => {
    const [f] = lint("Home visit.\nThey had a row.");
    expect(toDiagnostic(f!)).toMatchObject({
      range: { start: { line: 1, character: 9 }, end: { line: 1, character: 14 } },
      severity: 2,
      code: "mutualising/row",
      source: "st lint",
    });
  });
});
