import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeComplaint } from "@st/complaints-proforma";
import { demoComplaints } from "@st/complaints-proforma/demo";
import { StValidationError } from "@st/core";
import { formatQuarter, quarterOf } from "@st/core/calendar";
import { personWhoUsesHarmTerminology } from "@st/core/practice";
import { indicatorSets } from "@st/indicators";
import { countWords, lint } from "@st/language-lint";
import { demoCaseNotes } from "@st/language-lint/demo";
import { completedChecklistRecord } from "@st/practice-checklist";
import { demoChecklists } from "@st/practice-checklist/demo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PartnershipReportInputs, partnershipReport } from "../src/partnership-report.js";
import { dataFiles, readInputs } from "../src/read-inputs.js";

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
  // A borough's own data folder, as its systems would export it: here, the demo records in their stored form.
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  function dataDir(files: Partial<Record<keyof typeof dataFiles, unknown>> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), "partnership-report-"));
    dirs.push(dir);
    const contents = {
      complaints: demoComplaints().slice(0, 20).map(writeComplaint),
      checklists: demoChecklists()
        .slice(0, 5)
        .map((c) => completedChecklistRecord.write(c)),
      caseNotes: demoCaseNotes().slice(0, 4),
      ...files,
    };
    for (const [key, file] of Object.entries(dataFiles)) {
      writeFileSync(join(dir, file), JSON.stringify(contents[key as keyof typeof dataFiles]));
    }
    return dir;
  }

  it("reads the packages' demo data by default, and says it is synthetic", () => {
    expect(inputs.complaints.length).toBeGreaterThan(100);
    expect(inputs.checklists.length).toBe(40);
    expect(inputs.caseNotes.length).toBe(24);
    expect(report).toContain("Every case, worker and perpetrator in the records below is synthetic");
    expect(report).toContain("A synthetic register written to show the monitoring");
  });

  it("reads a borough's own folder with --data through the packages' readers", async () => {
    const own = await readInputs(dataDir());
    expect(own.complaints).toEqual(demoComplaints().slice(0, 20));
    expect(own.checklists).toEqual(demoChecklists().slice(0, 5));
    expect(own.caseNotes).toEqual(demoCaseNotes().slice(0, 4));
    const text = partnershipReport(own);
    expect(text).toContain("in 5 audits");
    expect(text).toContain("Across all 20 complaints");
    // Only the learning-review rounds are still the demo's, and the report says so.
    expect(text).toContain("Synthetic demo data, not real records: the learning-review rounds;");
    expect(text).not.toContain("A synthetic register");
  });

  it("refuses a broken complaint, naming its record and field", async () => {
    const complaints = demoComplaints().slice(0, 5).map(writeComplaint) as unknown as {
      complaint: { received: string };
    }[];
    complaints[2]!.complaint.received = "31/12/2024";
    const error = await readInputs(dataDir({ complaints })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StValidationError);
    expect((error as StValidationError).problems[0]).toMatchObject({ record: 3, field: "Date received" });
  });

  it("refuses a broken case note, naming its record and field", async () => {
    const caseNotes = demoCaseNotes().slice(0, 3);
    (caseNotes[1] as { written: string }).written = "after";
    const error = await readInputs(dataDir({ caseNotes })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StValidationError);
    expect((error as StValidationError).problems[0]).toMatchObject({
      record: 2,
      path: "written",
      field: "Written before or after training",
    });
  });
});
