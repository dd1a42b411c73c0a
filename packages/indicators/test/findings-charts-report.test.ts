import { renderSvg } from "@st/charts";
import {
  findings,
  type IndicatorTable,
  indicatorChartSpec,
  indicatorReport,
  indicatorTableMarkdown,
  publishedPartnershipReturns,
} from "@st/indicators";
import { beforeAll, describe, expect, it } from "vitest";

const published = publishedPartnershipReturns();

describe("findings from the published returns", () => {
  const list = findings(published);
  const text = (id: string) => list.find((f) => f.id === id)?.text;

  it("says what changed, in the evaluators' manner, with the figures behind it", () => {
    const wf = list.find((f) => f.id === "E09000031/children-into-care-with-da/change")!;
    expect(wf.text).toBe(
      "Waltham Forest: children taken into care where DA was a factor fell from 19 to 10 (Jul-Sep 23 to Oct-Dec 24).",
    );
    expect(wf.evidence).toEqual([
      { borough: "E09000031", indicator: "children-into-care-with-da", quarter: "2023-Q3", value: 19 },
      { borough: "E09000031", indicator: "children-into-care-with-da", quarter: "2024-Q4", value: 10 },
    ]);
  });

  it("flags a quarter that stands out", () => {
    expect(text("E09000002/children-into-care-with-da/outlier")).toBe(
      "Barking and Dagenham: one quarter stands out for children taken into care where DA was a factor: Oct-Dec 24 (35), against a median of 15 over the borough's quarters.",
    );
  });

  it("says which boroughs stopped returning, never reading the gap as zero", () => {
    expect(text("E09000025/missing")).toBe(
      "Newham returned no figures after Apr-Jun 24; those quarters are missing, not zero.",
    );
  });

  it("compares partnership totals only over quarters every borough returned, and says so", () => {
    expect(text("partnership/cp-plans-with-da/change")).toBe(
      "Across all six boroughs, new child protection plans where DA was a factor rose from 164 to 189 (Jul-Sep 23 to Apr-Jun 24, the first and last quarters every borough returned).",
    );
    expect(text("partnership/partial-totals")).toContain("Jan-Mar 25 (3 of 6 boroughs)");
  });

  it("traces every finding to figures that are in the table", () => {
    for (const f of list) {
      for (const e of f.evidence) {
        if (e.borough === "partnership") continue;
        const point = published.series.find(
          (p) => p.borough === e.borough && p.indicator === e.indicator && p.quarter === e.quarter,
        );
        expect(point?.value, f.id).toBe(e.value);
      }
    }
  });

  it("says 'decreases in the last two quarters across all four indicators' when they all fall", () => {
    const table: IndicatorTable = {
      definition: "2023",
      notes: [],
      series: (
        [
          "da-referral-on-intake",
          "da-flagged-after-assessment",
          "cp-plans-with-da",
          "children-into-care-with-da",
        ] as const
      ).flatMap((indicator, i) =>
        (["2024-Q2", "2024-Q3", "2024-Q4"] as const).map((quarter, q) => ({
          borough: "E09000012",
          indicator,
          quarter,
          value: 30 + i - q * 5,
        })),
      ),
    };
    expect(findings(table).find((f) => f.kind === "recent-direction")?.text).toBe(
      "Hackney: decreases in the last two quarters across all four indicators, Apr-Jun 24 to Oct-Dec 24.",
    );
  });
});

describe("charts", () => {
  const spec = indicatorChartSpec(published, "children-into-care-with-da");
  const json = spec as unknown as {
    facet: { sort: unknown };
    spec: { layer: { mark: { invalid: string } }[] };
    transform: { calculate: string }[];
  };

  it("is a Vega-Lite small-multiples specification with gaps for missing quarters", () => {
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v6.json");
    const boroughs = [
      "Hackney",
      "Waltham Forest",
      "Newham",
      "Hammersmith and Fulham",
      "Barnet",
      "Barking and Dagenham",
    ];
    // Panels in the boroughs' order, by each row's position in it.
    expect(json.transform.some((t) => t.calculate.includes(JSON.stringify(boroughs)))).toBe(true);
    expect(json.spec.layer[0]!.mark.invalid).toBe("break-paths-show-domains");
    expect(spec.data.values.filter((d) => d.value === null)).toHaveLength(6);
    expect(spec.description).toContain("6 borough-quarters have no figure and are shown as gaps");
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it("draws an accessible SVG with a panel a borough, breaking the line at a gap with no point there", async () => {
    const svg = await renderSvg(spec);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="[^"]+"/);
    expect(svg).toMatch(/<title id="[^"]+">Children into care with DA<\/title>/);
    for (const name of ["Hackney", "Newham", "Hammersmith and Fulham", "Barking and Dagenham"]) {
      expect(svg).toContain(`>${name}</text>`);
    }
    // One point a figure: 6 boroughs x 7 quarters, less the 6 missing.
    expect((svg.match(/aria-roledescription="point"/g) ?? []).length).toBe(6 * 7 - 6);
    // A real zero is drawn as a point.
    expect(svg).toContain("Borough: Hammersmith and Fulham; Quarter: Jul-Sep 23; Figure: 0");
    expect(svg).toContain("Borough: Newham; Quarter: Apr-Jun 24; Figure: 2");
    expect(svg).not.toContain("Borough: Newham; Quarter: Jul-Sep 24");
    expect(await renderSvg(indicatorChartSpec(published, "children-into-care-with-da"))).toBe(svg);
  });

  it("splits a line into runs around a missing quarter in the middle", async () => {
    const table: IndicatorTable = {
      definition: "2023",
      notes: [],
      series: [5, 6, null, 8, 9].map((value, i) => ({
        borough: "E09000012",
        indicator: "cp-plans-with-da" as const,
        quarter: (["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"] as const)[i]!,
        value,
      })),
    };
    const svg = await renderSvg(indicatorChartSpec(table, "cp-plans-with-da"));
    const line = [...svg.matchAll(/aria-roledescription="line mark" d="([^"]*)"/g)].map((m) => m[1]!);
    expect(line).toHaveLength(1);
    expect(line[0]!.match(/M/g)).toHaveLength(2);
    expect((svg.match(/aria-roledescription="point"/g) ?? []).length).toBe(4);
  });
});

describe("the report", () => {
  let report: Awaited<ReturnType<typeof indicatorReport>>;
  beforeAll(async () => {
    report = await indicatorReport(published, { source: "As published." });
  });

  it("is one self-contained page with charts, tables, findings and caveats", () => {
    expect(report.html).toMatch(/^<!doctype html>/);
    expect(report.html).not.toMatch(/<script|<link |src="http/);
    expect((report.html.match(/<svg /g) ?? []).length).toBe(4);
    expect(report.html).toContain("Read these figures with care");
    expect(report.html).toContain("Domestic abuse is rarely selectable as a factor in a care decision");
    expect(report.html).toContain('<abbr title="no figure">—</abbr>');
    expect(report.html).toContain('<th scope="row">Boroughs in the total</th>');
    expect(report.html).toContain("Analyst notes there would be no plans/LAC due to DV");
    expect(report.body).not.toContain("<html");
  });

  it("never gives two charts of the page the same id", () => {
    const ids = [...report.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives the same content as Markdown, with chart links", () => {
    expect(report.markdown).toContain("| Hackney | 294 | 245 | 263 | 255 | 253 | 256 | 230 |");
    expect(report.markdown).toContain("](charts/da-referral-on-intake.svg)");
    expect(report.markdown).toContain("## Read these figures with care");
  });

  it("escapes text from the data", async () => {
    const table = {
      ...published,
      boroughs: [{ gss: "E09000012", name: "Hackney", notes: ["<script>alert(1)</script>"] }],
    };
    expect((await indicatorReport(table)).html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("Markdown tables", () => {
  it("shows each indicator's figures with totals and their coverage", () => {
    const md = indicatorTableMarkdown(published);
    expect(md).toContain("| Partnership total | 164 | 183 | 193 | 189 | 164 | 146 | 118 |");
    expect(md).toContain("| Boroughs in the total | 6 of 6 | 6 of 6 | 6 of 6 | 6 of 6 | 5 of 6 | 4 of 6 | 3 of 6 |");
  });
});
