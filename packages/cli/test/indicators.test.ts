import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { publishedReturnsTsv } from "@st/indicators";
import { describe, expect, it } from "vitest";
import { scratch } from "./scratch.js";

// The synthetic census files and extracts written by hand for @st/indicators' known-answer tests.
const fixtures = new URL("../../indicators/test/fixtures/", import.meta.url).pathname;
const { dir, file, st } = scratch("st-indicators-");
const tsv = file("published.tsv", publishedReturnsTsv);

type Point = { borough: string; indicator: string; quarter: string; value: number | null };
const find = (series: Point[], borough: string, indicator: string, quarter: string) =>
  series.find((p) => p.borough === borough && p.indicator === indicator && p.quarter === quarter);

describe("st indicators import", () => {
  it("prints the contract's JSON for the published returns", async () => {
    const { code, out, err } = await st(["indicators", "import", tsv, "--format", "json"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    const doc = JSON.parse(out);
    expect(doc.definition).toBe("2023");
    expect(find(doc.series, "E09000012", "da-referral-on-intake", "2023-Q3")?.value).toBe(294);
    expect(find(doc.series, "E09000025", "cp-plans-with-da", "2025-Q1")?.value).toBeNull();
    expect(doc.series.every((p: Point) => /^E09\d{6}$/.test(p.borough) && /^\d{4}-Q[1-4]$/.test(p.quarter))).toBe(true);
    expect(doc.notes.some((n: string) => n.startsWith("Caveat: "))).toBe(true);
  });

  it("reads standard input and prints Markdown tables", async () => {
    const { code, out } = await st(["indicators", "import", "-", "--format", "md"], publishedReturnsTsv);
    expect(code).toBe(0);
    expect(out).toContain("| Hackney | 294 | 245 |");
    expect(out).toContain("| Newham | 289 | 283 | 287 | 280 | — | — | — |");
  });

  it("exits 2 quoting a row label it cannot match, without a stack trace", async () => {
    const bad = join(dir, "bad.tsv");
    writeFileSync(bad, "header\tHackney\t\tJul-Sep 23\n6\tHackney\tHome visits completed\t12\n");
    const { code, out, err } = await st(["indicators", "import", bad]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain('the row label "Home visits completed" matches no indicator');
    expect(err).toContain("line 2");
    expect(err).not.toMatch(/^\s+at /m);
  });
});

describe("st indicators compute", () => {
  const cin2024 = join(fixtures, "synthetic-cin-2024.xml");
  const cin2025 = join(fixtures, "synthetic-cin-2025.xml");
  const episodes = join(fixtures, "synthetic-ssda903-episodes.csv");
  const reasons = join(fixtures, "synthetic-referral-reasons.csv");

  it("computes the set from census files given in any order", async () => {
    const { code, out, err } = await st([
      "indicators",
      "compute",
      "--cin",
      cin2025,
      "--cin",
      cin2024,
      "--episodes",
      episodes,
      "--referral-reasons",
      reasons,
      "--format",
      "json",
    ]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.definition).toBe("2023");
    expect(find(doc.series, "E09000012", "da-referral-on-intake", "2023-Q3")?.value).toBe(3);
    expect(find(doc.series, "E09000012", "cp-plans-with-da", "2024-Q2")?.value).toBe(1);
    expect(find(doc.series, "E09000012", "children-into-care-with-da", "2023-Q4")?.value).toBe(1);
  });

  it("computes the 2025 set with re-referrals, counting children when asked", async () => {
    const { code, out } = await st([
      "indicators",
      "compute",
      "--cin",
      cin2024,
      "--cin",
      cin2025,
      "--referral-reasons",
      reasons,
      "--definition",
      "2025",
      "--unit",
      "da-referral-on-intake=children",
      "--from",
      "2025-01-01",
      "--to",
      "2025-03-31",
    ]);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.series.map((p: Point) => [p.indicator, p.value])).toEqual([
      ["da-referral-on-intake", 5],
      ["da-flagged-after-assessment", 0],
      ["cp-plans-with-da", 0],
      ["da-re-referrals", 3],
    ]);
  });

  it("leaves DA on intake null without a referral-reason source, and says why", async () => {
    const { code, out } = await st(["indicators", "compute", "--cin", cin2024]);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(
      doc.series.filter((p: Point) => p.indicator === "da-referral-on-intake").every((p: Point) => p.value === null),
    ).toBe(true);
    expect(doc.notes.join(" ")).toContain("does not record why a child was referred");
  });

  it("reads the local referral-issue element of a borough's own export", async () => {
    const { out } = await st([
      "indicators",
      "compute",
      "--cin",
      cin2024,
      "--referral-issue-field",
      "LocalReferralIssue",
      "--da-values",
      "DA,DV,domestic abuse",
    ]);
    expect(find(JSON.parse(out).series, "E09000012", "da-referral-on-intake", "2024-Q1")?.value).toBe(4);
  });

  it("exits 1 and lists values it could not read, still printing the figures", async () => {
    const odd = join(dir, "odd.xml");
    writeFileSync(
      odd,
      readFileSync(cin2024, "utf8").replace(
        "<CINreferralDate>2023-10-01</CINreferralDate>",
        "<CINreferralDate>01/10/2023</CINreferralDate>",
      ),
    );
    const { code, out, err } = await st(["indicators", "compute", "--cin", odd]);
    expect(code).toBe(1);
    expect(JSON.parse(out).series.length).toBeGreaterThan(0);
    expect(err).toContain("odd.xml: line");
    expect(err).toContain('"CINreferralDate"');
    expect(err).toContain('"01/10/2023"');
  });

  it("exits 2 naming the file and line of malformed XML", async () => {
    const broken = join(dir, "broken.xml");
    writeFileSync(broken, "<Message>\n<Children>\n<Child>\n</Children>\n</Message>\n");
    const { code, out, err } = await st(["indicators", "compute", "--cin", broken]);
    expect(code).toBe(2);
    expect(out).toBe("");
    // The file named once, then the line and column of the fault.
    expect(err).toMatch(
      /^st indicators compute: 1 problem in broken\.xml:\n {2}- line 4, column 11: "XML": unexpected close tag/,
    );
    expect(err.match(/broken\.xml/g)).toHaveLength(1);
  });

  it("exits 2 on an entity bomb", async () => {
    const bomb = join(dir, "bomb.xml");
    writeFileSync(
      bomb,
      '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><Message>&b;</Message>',
    );
    const { code, err } = await st(["indicators", "compute", "--cin", bomb]);
    expect(code).toBe(2);
    expect(err).toContain("DOCTYPE declaration is not allowed");
  });

  it("reads a census file from standard input", async () => {
    const { code, out } = await st(["indicators", "compute", "--cin", "-"], readFileSync(cin2024, "utf8"));
    expect(code).toBe(0);
    expect(find(JSON.parse(out).series, "E09000012", "da-flagged-after-assessment", "2023-Q2")?.value).toBe(2);
  });

  it("computes from Standard Safeguarding Dataset extracts", async () => {
    const ssd = join(dir, "ssd");
    mkdirSync(ssd, { recursive: true });
    writeFileSync(
      join(ssd, "ssd_cin_episodes.csv"),
      "cine_referral_id,cine_person_id,cine_referral_date,cine_referral_source_code,cine_referral_nfa,cine_close_date\nR1,P1,2024-04-03 00:00:00.000,6,N,\nR2,P2,2024-05-20,3A,N,2024-06-01\nR3,P1,2024-08-01,6,N,\n",
    );
    writeFileSync(
      join(ssd, "ssd_cin_assessments.csv"),
      "cina_assessment_id,cina_person_id,cina_referral_id,cina_assessment_start_date,cina_assessment_auth_date\nA1,P1,R1,2024-04-04,2024-04-30\nA2,P2,R2,2024-05-21,2024-05-30\n",
    );
    writeFileSync(
      join(ssd, "ssd_assessment_factors.csv"),
      'cinf_table_id,cinf_assessment_id,cinf_assessment_factors_json\nF1,A1,"[""3B"",""4B""]"\nF2,A2,"[""1B""]"\n',
    );
    writeFileSync(
      join(ssd, "ssd_cp_plans.csv"),
      "cppl_cp_plan_id,cppl_referral_id,cppl_person_id,cppl_cp_plan_start_date\nC1,R1,P1,2024-06-10\n",
    );
    const { code, out, err } = await st([
      "indicators",
      "compute",
      "--ssd",
      ssd,
      "--borough",
      "Newham",
      "--definition",
      "2025",
    ]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(find(doc.series, "E09000025", "da-flagged-after-assessment", "2024-Q2")?.value).toBe(1);
    expect(find(doc.series, "E09000025", "cp-plans-with-da", "2024-Q2")?.value).toBe(1);
    // P1 referred again on 1 August, within 12 months, in a DA episode? No: R3 has no DA factor.
    expect(find(doc.series, "E09000025", "da-re-referrals", "2024-Q3")?.value).toBe(0);
    expect(doc.notes[0]).toContain("The extracts carry no census year");
  });

  it("takes the borough from --borough when the header's LEA is not one it knows", async () => {
    const other = join(dir, "other-la.xml");
    writeFileSync(other, readFileSync(cin2024, "utf8").replace("<LEA>204</LEA>", "<LEA>330</LEA>"));
    const unknown = await st(["indicators", "compute", "--cin", other]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('"330" is not a local authority this package knows');
    expect(unknown.err).not.toContain("internal error");
    const { code, out } = await st(["indicators", "compute", "--cin", other, "--borough", "E08000025"]);
    expect(code).toBe(0);
    expect(JSON.parse(out).series[0].borough).toBe("E08000025");
  });

  it("rejects two files for the same census year", async () => {
    const { code, err } = await st(["indicators", "compute", "--cin", cin2024, "--cin", cin2024]);
    expect(code).toBe(2);
    expect(err).toContain("give census files oldest first, one per year");
  });

  it("rejects bad usage with exit 2", async () => {
    expect((await st(["indicators", "compute"])).err).toContain("--cin is required");
    expect((await st(["indicators", "compute", "--cin", "x.xml", "--definition", "2024"])).code).toBe(2);
    expect((await st(["indicators", "compute", "--cin", "x.xml", "--unit", "da-re-referrals=families"])).err).toContain(
      "--unit must be INDICATOR=UNIT",
    );
    expect((await st(["indicators", "compute", "--cin", "x.xml", "--da-factors", "3D"])).code).toBe(2);
    const missing = await st(["indicators", "compute", "--cin", "no-such.xml"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("no such file");
  });
});

describe("st indicators report", () => {
  it("writes the report from the published returns and prints the page's path", async () => {
    const out = join(dir, "report");
    const { code, out: printed } = await st(["indicators", "report", "--out", out]);
    expect(code).toBe(0);
    expect(printed.trim()).toBe(join(out, "index.html"));
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html).toContain("<svg");
    expect(html).toContain("Read these figures with care");
    expect(html).toContain("Waltham Forest: children taken into care where DA was a factor fell from 19 to 10");
    expect(html).not.toContain("<script");
    for (const file of [
      "report.md",
      "indicators.json",
      "findings.json",
      "charts/children-into-care-with-da.svg",
      "charts/children-into-care-with-da.vl.json",
    ]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    const spec = JSON.parse(readFileSync(join(out, "charts/cp-plans-with-da.vl.json"), "utf8"));
    expect(spec.$schema).toContain("vega-lite");
    // Each chart file is a standalone, accessible SVG drawn by vega from that specification.
    const svg = readFileSync(join(out, "charts/cp-plans-with-da.svg"), "utf8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*role="img"/);
    expect(svg).toContain(">Hackney</text>");
    expect(readFileSync(join(out, "report.md"), "utf8")).not.toContain("Partnership total");
  });

  it("shows a borough's own activity figures with --activity, and names what is wrong in a bad file", async () => {
    const activity = join(dir, "activity.json");
    writeFileSync(
      activity,
      JSON.stringify({
        source: "Our own log.",
        figures: [
          { borough: "Hackney", activity: "case-consultations", period: "years-3-4", value: 40, months: 6 },
          { borough: "Hackney", activity: "core-training", period: "years-3-4", value: null },
        ],
        hubVisits: [],
        notes: [],
      }),
    );
    const out = join(dir, "report-activity");
    expect((await st(["indicators", "report", "--activity", activity, "--out", out])).code).toBe(0);
    const md = readFileSync(join(out, "report.md"), "utf8");
    const hackney = md.slice(md.indexOf("### Hackney\n"), md.indexOf("### Waltham Forest\n"));
    expect(hackney).toContain("| Case consultations | — | — | 40 over 6 months |");
    // A figure not given is never shown as a count: a row with no figure at all is left out.
    expect(hackney).not.toContain("Core training attendance");
    writeFileSync(
      activity,
      JSON.stringify({
        source: "x",
        figures: [{ borough: "Hackney", activity: "coffee", period: "year-1", value: -2 }],
        hubVisits: [],
        notes: [],
      }),
    );
    const bad = await st(["indicators", "report", "--activity", activity, "--out", join(dir, "r-bad")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/coffee/);
    expect(bad.err).not.toMatch(/^\s+at /m);
  });

  it("adds partnership totals only with --totals, after the comparability caveat", async () => {
    const out = join(dir, "report-totals");
    expect((await st(["indicators", "report", "--totals", "--out", out])).code).toBe(0);
    const md = readFileSync(join(out, "report.md"), "utf8");
    expect(md.indexOf("The boroughs' figures are not comparable")).toBeGreaterThan(-1);
    expect(md.indexOf("Partnership total")).toBeGreaterThan(md.indexOf("The boroughs' figures are not comparable"));
  });

  it("reads computed JSON, a child population and a complaints summary", async () => {
    const json = join(dir, "figures.json");
    writeFileSync(json, (await st(["indicators", "import", tsv, "--format", "json"])).out);
    const population = join(dir, "population.csv");
    writeFileSync(population, 'borough,children\nHackney,58000\nNewham,"82,000"\n');
    const complaints = join(dir, "complaints.json");
    writeFileSync(
      complaints,
      JSON.stringify({
        groups: [
          { borough: "E09000012", quarter: "2024-Q1", complaints: 4 },
          { borough: "E09000012", quarter: "2024-Q2", complaints: null },
        ],
      }),
    );
    const out = join(dir, "report2");
    const { code } = await st([
      "indicators",
      "report",
      "--data",
      json,
      "--population",
      population,
      "--complaints",
      complaints,
      "--out",
      out,
    ]);
    expect(code).toBe(0);
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html).toContain("Rates per 10,000 children");
    expect(html).toContain("50.7"); // Hackney, Jul-Sep 23: 294 / 58,000 × 10,000
    expect(html).toContain("Complaints from perpetrators recorded on the proforma");
  });

  it("refuses a damaged complaints summary, naming the file, the group, what was expected and what was found", async () => {
    const json = join(dir, "figures-c.json");
    writeFileSync(json, (await st(["indicators", "import", tsv, "--format", "json"])).out);
    const damaged = join(dir, "damaged-complaints.json");
    writeFileSync(
      damaged,
      JSON.stringify({
        groups: [
          { borough: "E09000012", quarter: "2024-Q1", complaints: 4 },
          { borough: "E09000012", complaints: "4" },
        ],
      }),
    );
    const { code, err } = await st([
      "indicators",
      "report",
      "--data",
      json,
      "--complaints",
      damaged,
      "--out",
      join(dir, "rc"),
    ]);
    expect(code).toBe(2);
    expect(err).toContain("damaged-complaints.json: expected a complaints summary");
    expect(err).toMatch(/groups\.1\.complaints: expected .*, found "4"/);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it("exits 2 on JSON that is not an indicator table", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ series: [{ borough: "Hackney" }] }));
    const { code, err } = await st(["indicators", "report", "--data", bad, "--out", join(dir, "r3")]);
    expect(code).toBe(2);
    expect(err).toContain("bad.json");
  });
});

describe("st demo", () => {
  it("has an indicators page with the charts, the findings and the caveats", async () => {
    const { code, out } = await st(["demo", "--out", join(dir, "demo")]);
    expect(code).toBe(0);
    const html = readFileSync(join(dir, "demo", "indicators.html"), "utf8");
    expect(html).toContain("<svg");
    expect(html).toContain("Read these figures with care");
    expect(readFileSync(out.trim(), "utf8")).toContain('href="indicators.html"');
    expect(readFileSync(join(dir, "demo", "indicators.md"), "utf8")).not.toContain("](charts/");
  });

  it("reads as the partnership's documents do (the issue's acceptance)", async () => {
    const page = (name: string) => readFileSync(join(dir, "demo", name), "utf8");
    if (!existsSync(join(dir, "demo", "index.html"))) await st(["demo", "--out", join(dir, "demo")]);
    // Learning reviews: the qualitative findings first, no p-value unless asked.
    const reviews = page("learning-reviews.md");
    expect(reviews.indexOf("What the case files show, by principle")).toBeGreaterThan(-1);
    expect(reviews.indexOf("What the case files show, by principle")).toBeLessThan(
      reviews.indexOf("The counts, as context"),
    );
    expect(page("learning-reviews.html")).not.toMatch(/Fisher|p-value|p = \d|p &lt; 0/);
    // Indicators: boroughs separately, the comparability caveat first, no total unless asked.
    const indicators = page("indicators.md");
    expect(indicators.indexOf("The boroughs' figures are not comparable")).toBeLessThan(
      indicators.indexOf("### Hackney"),
    );
    expect(indicators).not.toContain("Partnership total");
    expect(indicators).toContain("| Case consultations | 81 over 9 months |");
    // The index gives each borough's stage; the checklist page says where the checklist comes from.
    expect(page("index.html")).toContain("S&amp;T before the partnership");
    expect(page("checklist.md")).toContain("not the partnership's Appendix 4");
  });
});
