import { renderSvg } from "@st/charts";
import {
  findings,
  type IndicatorTable,
  indicatorTableMarkdown,
  publishedPartnershipActivity,
  publishedPartnershipReturns,
} from "@st/indicators";
import { indicatorChartSpec, indicatorReport } from "@st/indicators/charts";
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

  it("adds no partnership totals unless asked: the boroughs count in different ways", () => {
    expect(list.filter((f) => f.borough === undefined)).toEqual([]);
  });

  it("on request, compares totals only over quarters every borough returned, saying they are not comparable", () => {
    const withTotals = findings(published, { totals: true });
    const total = (id: string) => withTotals.find((f) => f.id === id)?.text;
    expect(total("partnership/cp-plans-with-da/change")).toBe(
      "Added up across all six boroughs (figures each borough counts its own way, so not comparable), new child protection plans where DA was a factor rose from 164 to 189 (Jul-Sep 23 to Apr-Jun 24, the first and last quarters every borough returned).",
    );
    expect(total("partnership/partial-totals")).toContain("Jan-Mar 25 (3 of 6 boroughs)");
  });

  it("marks each borough's findings with its stage of implementation", () => {
    expect(list.find((f) => f.borough === "E09000031")?.stage).toBe("before-partnership");
    expect(list.find((f) => f.borough === "E09000002")?.stage).toBe("joined-year-3");
    expect(list.every((f) => f.stage !== undefined)).toBe(true);
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
    expect(report.html).toContain("Domestic abuse is rarely selectable as a factor in a care plan");
    expect(report.html).toContain('<abbr title="no figure">—</abbr>');
    expect(report.html).toContain("Analyst notes there would be no plans/LAC due to DV");
    expect(report.body).not.toContain("<html");
  });

  it("never gives two charts of the page the same id", () => {
    const ids = [...report.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives the same content as Markdown, with chart links", () => {
    expect(report.markdown).toContain(
      "| New cases where DA is the referral issue on intake | 294 | 245 | 263 | 255 | 253 | 256 | 230 |",
    );
    expect(report.markdown).toContain("](charts/da-referral-on-intake.svg)");
    expect(report.markdown).toContain("## Read these figures with care");
  });

  it("shows each borough separately and no partnership total unless asked", () => {
    expect(report.html).not.toContain("Partnership total");
    expect(report.markdown).not.toContain("Partnership total");
    for (const name of [
      "Hackney",
      "Waltham Forest",
      "Newham",
      "Hammersmith and Fulham",
      "Barnet",
      "Barking and Dagenham",
    ]) {
      expect(report.markdown).toContain(`### ${name}\n`);
    }
  });

  it("puts the comparability caveat before any total when totals are asked for", async () => {
    const withTotals = await indicatorReport(published, { totals: true });
    for (const text of [withTotals.html, withTotals.markdown]) {
      const caveat = text.indexOf(
        "The boroughs' figures are not comparable".replace("'", text === withTotals.html ? "&#39;" : "'"),
      );
      const total = text.indexOf("Partnership total");
      expect(caveat).toBeGreaterThan(-1);
      expect(total).toBeGreaterThan(caveat);
    }
    expect(withTotals.markdown).toContain("| Partnership total | 164 | 183 | 193 | 189 | 164 | 146 | 118 |");
  });

  it("carries the evaluators' caveats whole: not comparable, not the only metric, no attribution, identification", () => {
    const caveats = report.markdown.slice(0, report.markdown.indexOf("## Stages of implementation"));
    expect(caveats).toContain("The boroughs' figures are not comparable");
    expect(caveats).toContain("should be the only metric");
    expect(caveats).toContain("cannot be said to show the specific impact of Safe & Together");
    expect(caveats).toContain(
      "can dampen the expected fall in children taken into care where DA was a factor, or offset it",
    );
    expect(caveats).not.toContain("may reflect better identification rather than a change in need");
  });

  it("groups the boroughs by stage of implementation, Hackney and Waltham Forest first", () => {
    const md = report.markdown;
    const at = (s: string) => md.indexOf(s);
    expect(at("\n## S&T before the partnership")).toBeGreaterThan(-1);
    expect(at("\n## S&T before the partnership")).toBeLessThan(at("### Hackney\n"));
    expect(at("### Waltham Forest\n")).toBeLessThan(at("\n## Founder member (2021)"));
    expect(at("\n## Joined in Year 3 (2023)")).toBeLessThan(at("### Barnet\n"));
  });

  it("shows each borough's own row labels and counting notes beside its figures, not the census definitions", () => {
    const md = report.markdown;
    const newham = md.slice(md.indexOf("### Newham\n"), md.indexOf("\n## Joined in Year 2"));
    expect(newham).toContain("| New cases in this period where DA/DV is the referral issue on intake | 289 |");
    expect(newham).toContain("Analyst notes there would be no plans/LAC due to DV");
    const barnet = md.slice(md.indexOf("### Barnet\n"), md.indexOf("### Barking and Dagenham\n"));
    expect(barnet).toContain("There are three types of DA that can be recorded on the form");
    expect(md).not.toContain("CIN episodes whose first assessment recording a DA factor");
  });

  it("shows implementation activity beside each borough's figures, a figure not given never as zero", async () => {
    const withActivity = await indicatorReport(published, { activity: publishedPartnershipActivity() });
    const md = withActivity.markdown;
    const hackney = md.slice(md.indexOf("### Hackney\n"), md.indexOf("### Waltham Forest\n"));
    expect(hackney).toContain("| Case consultations | 81 over 9 months | 63 over 8 months | 113 over 18 months |");
    expect(hackney).toContain("| Perpetrator engagement forms completed | — | — | 12 (Live with 12 completions) |");
    const barnet = md.slice(md.indexOf("### Barnet\n"), md.indexOf("### Barking and Dagenham\n"));
    expect(barnet).toContain("| Core training attendance | — | — | 86 |");
    expect(barnet).toContain("| Perpetrator engagement forms completed | — | — | Live and currently being piloted |");
    expect(barnet).not.toContain("Refresher training attendance");
    expect(md).toContain("| Resources | Engaging with perpetrators | 317 | 909 |");
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
    expect(md).toContain("| Hackney | 294 |");
    expect(md).not.toContain("Partnership total");
    const withTotals = indicatorTableMarkdown(published, undefined, { totals: true });
    expect(withTotals.indexOf("not comparable")).toBeLessThan(withTotals.indexOf("Partnership total"));
    expect(withTotals).toContain("| Partnership total | 164 | 183 | 193 | 189 | 164 | 146 | 118 |");
    expect(withTotals).toContain(
      "| Boroughs in the total | 6 of 6 | 6 of 6 | 6 of 6 | 6 of 6 | 5 of 6 | 4 of 6 | 3 of 6 |",
    );
  });
});
