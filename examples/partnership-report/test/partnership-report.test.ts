import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatQuarter, personWhoUsesHarmTerminology, quarterOf, StValidationError } from "@st/core";
import { indicatorSets } from "@st/indicators";
import { countWords, lint } from "@st/language-lint";
import { beforeAll, describe, expect, it } from "vitest";
import { type PartnershipReportInputs, partnershipReport } from "../src/partnership-report.js";
import { exampleData, readInputs } from "../src/read-inputs.js";

// Every expectation is worked out here from the inputs, independently of the report's code.
let inputs: PartnershipReportInputs;
let report: string;
beforeAll(async () => {
  inputs = await readInputs();
  report = partnershipReport(inputs);
  // A busy CI machine runs several projects at once: give the setup the tests' own time limit.
}, 60_000);

const short = (quarter: string) => formatQuarter(quarter as `${number}-Q${1 | 2 | 3 | 4}`, "short");
const row = (...cells: (string | number)[]) => `| ${cells.join(" | ")} |`;

describe("the partnership report", () => {
  it("gives each indicator's partnership total with how many boroughs it covers, quarter by quarter", () => {
    const { series } = inputs.indicators;
    const boroughs = new Set(series.map((p) => p.borough)).size;
    const quarters = [...new Set(series.map((p) => p.quarter))].sort();
    for (const indicator of indicatorSets["2023"].indicators) {
      const cells = quarters.map((quarter) => {
        const values = series
          .filter((p) => p.indicator === indicator.id && p.quarter === quarter && p.value !== null)
          .map((p) => p.value as number);
        return values.length === 0 ? "—" : `${values.reduce((a, b) => a + b, 0)} (${values.length}/${boroughs})`;
      });
      expect(report).toContain(row(indicator.shortLabel, ...cells));
    }
    // The published returns have gaps: the latest quarter is not covered by every borough, and says so.
    expect(report).toMatch(/\(3\/6\)/);
  });

  it("carries every caveat of the indicators, and findings", () => {
    expect(inputs.indicators.caveats?.length).toBeGreaterThan(0);
    for (const caveat of inputs.indicators.caveats ?? []) expect(report).toContain(`- ${caveat.text}`);
    expect(report).toMatch(/\*\*Findings\*\* \(\d+ of \d+/);
  });

  it("counts complaints from perpetrators per quarter received, with the boroughs recording", () => {
    const byQuarter = new Map<string, { count: number; boroughs: Set<string> }>();
    for (const record of inputs.complaints) {
      const quarter = quarterOf(record.complaint.received);
      const entry = byQuarter.get(quarter) ?? { count: 0, boroughs: new Set() };
      entry.count++;
      entry.boroughs.add(record.complaint.borough);
      byQuarter.set(quarter, entry);
    }
    const all = new Set(inputs.complaints.map((c) => c.complaint.borough)).size;
    for (const [quarter, { count, boroughs }] of byQuarter) {
      expect(report).toContain(row(short(quarter), count, `${boroughs.size} of ${all}`));
    }
    expect(report).toContain(`Across all ${inputs.complaints.length} complaints`);
  });

  it("gives the checklist's share of applicable answers met, with its n", () => {
    const answers = inputs.checklists.flatMap((c) => c.answers).filter((a) => a.answer !== "not-applicable");
    const met = answers.filter((a) => a.answer === "yes").length;
    const percent = Math.round((met / answers.length) * 1000) / 10;
    expect(report).toContain(
      `Overall ${percent}% (${met} of ${answers.length}) of applicable answers were met in ${inputs.checklists.length} audits`,
    );
  });

  it("contrasts each borough's learning-review rounds with the cases behind every share", () => {
    for (const round of inputs.rounds) {
      const cases = round.cases.length;
      expect(report).toContain(`of ${cases})`);
    }
    expect(report).toContain("Fisher's exact test");
    expect(report).toContain("not tested (answers, not cases)");
  });

  it("gives language-lint concerns per 1,000 words before and after training", () => {
    for (const [written, name] of [
      ["before-training", "Before training"],
      ["after-training", "After training"],
    ] as const) {
      const notes = inputs.caseNotes.filter((n) => n.written === written);
      const words = notes.reduce((n, note) => n + countWords(note.text), 0);
      const concerns = notes.reduce((n, note) => n + lint(note.text).filter((f) => !f.positive).length, 0);
      expect(report).toContain(
        row(name, notes.length, words, `${concerns} (${((concerns / words) * 1000).toFixed(1)})`),
      );
    }
  });

  it("uses the borough's words when given a terminology profile", () => {
    const words = partnershipReport({ ...inputs, terminology: personWhoUsesHarmTerminology });
    expect(words).toContain("Complaints from people who use harm");
    expect(words).not.toMatch(/perpetrator/i);
  });
});

describe("reading the inputs", () => {
  it("reads the example's data folder through the packages' readers", () => {
    expect(inputs.complaints.length).toBeGreaterThan(100);
    expect(inputs.checklists.length).toBe(40);
  });

  it("refuses a broken record, naming its field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "partnership-report-"));
    for (const file of ["checklists.json", "case-notes.json"]) {
      writeFileSync(join(dir, file), readFileSync(join(exampleData, file)));
    }
    const complaints = JSON.parse(readFileSync(join(exampleData, "complaints.json"), "utf8"));
    complaints[2].complaint.received = "31/12/2024";
    writeFileSync(join(dir, "complaints.json"), JSON.stringify(complaints));
    const error = await readInputs(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StValidationError);
    expect((error as StValidationError).problems[0]).toMatchObject({ record: 3, field: "Date received" });
  });
});
