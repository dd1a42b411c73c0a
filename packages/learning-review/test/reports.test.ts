import { renderSvg } from "@st/charts";
import { StValidationError } from "@st/core";
import { personWhoUsesHarmTerminology } from "@st/core/practice";
import {
  barChartSpec,
  documentToMarkdown,
  roundReport,
  roundReportHtml,
  roundReportMarkdown,
  seriesReportHtml,
  seriesReportMarkdown,
} from "@st/learning-review";
import { demoRounds } from "@st/learning-review/demo";
import { describe, expect, it } from "vitest";
import { cohortCases, reviewedCase, round } from "./round-fixtures.js";

const rounds = demoRounds();
const period = { from: "2024-01-01", to: "2024-03-31" };

/** Every percentage in a text, with the words before it: each must follow "N of M (". */
function barePercentages(text: string): string[] {
  return [...text.matchAll(/(?<![\d.])\d+(?:\.\d+)?%/g)]
    .filter((m) => !/\d+ of \d+ \($/.test(text.slice(Math.max(0, m.index - 24), m.index)))
    .map((m) => text.slice(Math.max(0, m.index - 24), m.index + m[0].length));
}

describe("round reports", () => {
  it("refuses a missing round with a coded error naming the function and the argument", () => {
    // @ts-expect-error: a caller without types can pass nothing
    const call = () => roundReport(undefined);
    expect(call).toThrow(StValidationError);
    expect(call).toThrow(TypeError);
    expect(call).toThrow('1 problem in the arguments of roundReport:\n  - "Review round": is not a review round');
    try {
      call();
    } catch (error) {
      expect((error as StValidationError).problems).toEqual([
        expect.objectContaining({ path: "round", field: "Review round", code: "invalid_type", received: "nothing" }),
      ]);
    }
  });

  // What a reader sees: the text and the charts' labels, not the stylesheet's `max-width:100%`.
  const pageText = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, " ");

  it("never print a percentage without its count, in the text or the charts", async () => {
    for (const r of rounds) {
      expect(barePercentages(roundReportMarkdown(r))).toEqual([]);
      expect(barePercentages(pageText(await roundReportHtml(r)))).toEqual([]);
    }
    expect(barePercentages(pageText(await seriesReportHtml(rounds.slice(0, 2))))).toEqual([]);
    expect(barePercentages(seriesReportMarkdown(rounds.slice(0, 2)))).toEqual([]);
  });

  it("escape what reviewers typed, in HTML and SVG", async () => {
    const r = round("r", period, [
      reviewedCase("<b>A</b>", "trained-consulted", { improvements: ['<script>alert("x")</script> & more'] }),
    ]);
    const html = await roundReportHtml({
      ...r,
      cohorts: [{ id: "trained-consulted", label: "<i>trained</i>" }, r.cohorts[1]!],
    });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>A</b>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<i>trained</i>");
    expect(
      await renderSvg(
        barChartSpec({
          title: "<t>",
          description: '"d"',
          groups: [{ label: "&", bars: [{ label: "<x>", value: null }] }],
        }),
      ),
    ).not.toMatch(/<t>|<x>|"d"/);
  });

  it("chart each share as a bar with its counts beside it, and a share not recorded as no bar", async () => {
    const spec = barChartSpec({
      title: "Principles met",
      description: "Applicable answers met, by cohort.",
      groups: [
        {
          label: "Pattern of behaviour",
          bars: [
            { label: "Trained", value: { count: 3, total: 5, percent: 60 } },
            { label: "Untrained", value: null },
          ],
        },
        { label: "Partnering", bars: [{ label: "Trained", value: { count: 12, total: 20, percent: 60 } }] },
      ],
    });
    expect(spec.data.values.map((v) => [v.share, v.counts])).toEqual([
      [0.6, "3 of 5"],
      [null, "not recorded"],
      [0.6, "12 of 20 (60%)"],
    ]);
    const svg = await renderSvg(spec);
    expect((svg.match(/aria-roledescription="bar"/g) ?? []).length).toBe(2);
    for (const text of [">3 of 5<", ">not recorded<", ">12 of 20 (60%)<", ">Pattern of behaviour<", ">Untrained<"]) {
      expect(svg).toContain(text);
    }
  });

  it("flag the machine-derived language figures and the small samples", () => {
    const md = roundReportMarkdown(rounds[0]!);
    expect(md).toContain("## Language in the case files (machine-derived)");
    expect(md).toContain("> **Read this first**");
    expect(md).toContain("one case moves any share by 20 percentage points");
  });

  it("use the borough's words for people", () => {
    const r = round("r", period, cohortCases("A", "untrained-unconsulted", 2));
    const md = roundReportMarkdown(r, { profile: personWhoUsesHarmTerminology });
    expect(md).toContain("Intervene with the person who uses harm");
    expect(md).not.toMatch(/perpetrator/i);
  });

  it("can leave out the cases and the item table, and render as Markdown from the document", () => {
    const doc = roundReport(rounds[0]!, { includeCases: false, includeItems: false });
    const md = documentToMarkdown(doc);
    expect(md).not.toContain("## The cases");
    expect(md).not.toContain("## Every checklist item");
    expect(doc.title).toBe("Learning review: Hackney, round 1 (Apr-Jun 24)");
  });
});

describe("round reports read as learning", () => {
  const md = roundReportMarkdown(rounds[0]!);
  const at = (heading: string) => md.indexOf(`\n## ${heading}\n`);

  it("lead with what the files show, consultations, improvements, learnings and actions; counts after", () => {
    const order = [
      "What the case files show, by principle",
      "How case consultations shaped practice",
      "Areas for improvement",
      "Key learnings",
      "Actions, with owners",
      "The counts, as context",
    ].map(at);
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(md.indexOf("Keep the child safe and together with the non-abusive parent")).toBeLessThan(
      at("The counts, as context"),
    );
    expect(md).toContain("Across trained and untrained workers, the files keep the children with their mother");
    expect(md).toContain(
      "| Round | Offer S&T Core training to every worker in the untrained cohort | Principal social worker |",
    );
  });

  it("say the borough's stage of implementation and what five and five cases can and cannot show", () => {
    expect(md).toContain('Hackney is in the track "S&T before the partnership"');
    expect(md).toContain("It cannot give a rate for the borough's practice");
    expect(md).toContain("This round reviewed 5 cases (Worker S&T Core trained, case consultation held) and 5 cases");
    expect(md).not.toMatch(/\{(perpetrator|nonAbusiveParent|child)/);
    const barnet = roundReportMarkdown(rounds[2]!);
    expect(barnet).toContain('Barnet is in the track "Joined in Year 3 (2023)"');
  });

  it("print no p-value or significance test", () => {
    for (const r of rounds) expect(roundReportMarkdown(r)).not.toMatch(/Fisher|p-value|p = \d|p < 0|chance alone/);
  });

  it("still read a round with no round-level qualitative record", () => {
    const bare = roundReportMarkdown(round("r", period, cohortCases("T", "trained-consulted", 0)));
    expect(bare).toContain("Nothing recorded for this principle.");
    expect(bare).toContain("## How case consultations shaped practice\n\nNot recorded for this round.");
  });
});

describe("series reports", () => {
  it("list what changed, in plain language, and every measure round by round", async () => {
    const md = seriesReportMarkdown(rounds.slice(0, 2));
    expect(md).toContain("# Learning reviews over time: Hackney");
    expect(md).toContain("## What the reviewers found, round by round");
    expect(md.indexOf("## What the reviewers found")).toBeLessThan(
      md.indexOf("## The counts across rounds, as context"),
    );
    expect(md).not.toMatch(/Fisher|p = \d|p < 0/);
    expect(md).toContain(
      "- Mutualising language was found in 3 of 5 untrained-unconsulted cases in round 1 (Apr-Jun 24) and 1 of 5 in round 2 (Oct-Dec 24): a fall, for the better.",
    );
    expect(md).toContain(
      "| Cases with mutualising language (machine-derived) | Worker not trained, no case consultation | 3 of 5 | 1 of 5 |",
    );
    const html = await seriesReportHtml(rounds.slice(0, 2));
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it("say when there is only one round", () => {
    expect(seriesReportMarkdown([rounds[0]!])).toContain("Only one round so far");
  });
});
