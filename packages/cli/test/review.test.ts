import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  caseListForm,
  parseCaseList,
  parseReviewRound,
  reviewedCaseForm,
  reviewedCaseToRow,
  writeReviewRound,
} from "@st/learning-review";
import { demoRounds } from "@st/learning-review/demo";
import { writeTemplate } from "@st/workbook";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { scratch } from "./scratch.js";

// Hand-made synthetic case list: 6 trained-consulted cases closed in Q2 2024, 3 untrained-unconsulted.
const cases = `caseId,workerId,closedDate,daFactor,workerTrained,consultation,outcome
T1,W1,2024-04-03,Y,Y,Y,CP plan
T2,W1,2024-04-19,Y,Y,Y,NFA
T3,W2,2024-05-07,Y,Y,Y,CIN plan
T4,W3,2024-05-21,Y,Y,Y,PLO
T5,W3,2024-06-02,Y,Y,Y,CP plan
T6,W4,2024-06-28,Y,Y,Y,NFA
U1,W5,2024-04-01,Y,N,N,NFA
U2,W6,2024-05-15,Y,N,N,Early help
U3,W6,2024-06-11,Y,N,N,CIN plan
X1,W5,2024-03-31,Y,N,N,NFA
X2,W6,,Y,N,N,
X3,W2,2024-05-01,N,Y,Y,NFA
`;

/** A new scratch directory holding cases.csv, with `st` run from it. */
function workspace() {
  const space = scratch("st-review-");
  space.file("cases.csv", cases);
  return space;
}

const period = ["--from", "2024-04-01", "--to", "2024-06-30"];

describe("st review sample", () => {
  it("prints the contract's JSON and exits 1 when a cohort falls short", async () => {
    const { st } = workspace();
    const { code, out, err } = await st([
      "review",
      "sample",
      "--cases",
      "cases.csv",
      ...period,
      "--seed",
      "42",
      "--format",
      "json",
    ]);
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json.seed).toBe(42);
    expect(json.cohorts.map((c: { id: string; cases: string[] }) => [c.id, c.cases.length])).toEqual([
      ["trained-consulted", 5],
      ["untrained-unconsulted", 3],
    ]);
    expect(json.shortfalls).toEqual([
      {
        cohort: "untrained-unconsulted",
        wanted: 5,
        eligible: 3,
        message: "only 3 eligible cases for cohort untrained-unconsulted (5 wanted)",
      },
    ]);
    const all = json.cohorts.flatMap((c: { cases: string[] }) => c.cases);
    expect(new Set(all).size).toBe(all.length);
    expect(err).toContain("shortfall: only 3 eligible cases");
  });

  it("gives the same sample for the same seed, and reads the case list from stdin", async () => {
    const { st } = workspace();
    const a = await st(["review", "sample", "--cases", "cases.csv", ...period, "--seed", "7", "--format", "json"]);
    const b = await st(["review", "sample", "--cases", "-", ...period, "--seed", "7", "--format", "json"], cases);
    expect(b.out).toBe(a.out);
  });

  it("exits 0 when every cohort is filled, with a frame from a file", async () => {
    const { dir, st } = workspace();
    const frame = {
      id: "small",
      version: "1",
      title: "Three and three",
      population: {
        all: [
          { field: "closedDate", inPeriod: true },
          { field: "daFactor", is: "yes" },
        ],
      },
      cohorts: [
        {
          id: "trained-consulted",
          label: "Trained and consulted",
          size: 3,
          where: { field: "workerTrained", is: "Y" },
        },
        { id: "untrained-unconsulted", label: "Neither", size: 3, where: { field: "workerTrained", is: "N" } },
      ],
    };
    writeFileSync(join(dir, "frame.json"), JSON.stringify(frame));
    const { code, out } = await st([
      "review",
      "sample",
      "--cases",
      "cases.csv",
      ...period,
      "--frame",
      "frame.json",
      "--format",
      "text",
    ]);
    expect(code).toBe(0);
    expect(out).toContain("Every cohort was filled.");
    expect(out).toContain("seed 20240401"); // the default seed: the period's first day
  });

  it("leaves out the cases of an earlier sample", async () => {
    const { dir, st } = workspace();
    const first = await st(["review", "sample", "--cases", "cases.csv", ...period, "--seed", "1", "--format", "json"]);
    writeFileSync(join(dir, "round1.json"), first.out);
    const second = await st([
      "review",
      "sample",
      "--cases",
      "cases.csv",
      ...period,
      "--seed",
      "2",
      "--exclude",
      "round1.json",
      "--format",
      "json",
    ]);
    const json = JSON.parse(second.out);
    expect(json.excludedAsReviewed).toBe(8);
    expect(json.cohorts.map((c: { cases: string[] }) => c.cases)).toEqual([
      ["T2"].filter(() => false).concat(json.cohorts[0].cases),
      [],
    ]);
    expect(json.cohorts[0].cases).toHaveLength(1);
  });

  it("leaves out the case ids of a list in quotes or tabs, and refuses an exclusion file it cannot read", async () => {
    const { dir, st } = workspace();
    const first = JSON.parse(
      (await st(["review", "sample", "--cases", "cases.csv", ...period, "--format", "json"])).out,
    );
    const drawn: string[] = first.cohorts.flatMap((c: { cases: string[] }) => c.cases);
    writeFileSync(
      join(dir, "ids.csv"),
      `"Note","Case ID"\n${drawn.map((id) => `"seen, in round 1","${id}"`).join("\n")}\n`,
    );
    writeFileSync(join(dir, "ids.tsv"), `team\tcaseId\n${drawn.map((id) => `T1\t${id}`).join("\n")}\n`);
    for (const list of ["ids.csv", "ids.tsv"]) {
      const again = await st([
        "review",
        "sample",
        "--cases",
        "cases.csv",
        ...period,
        "--exclude",
        list,
        "--format",
        "json",
      ]);
      expect(JSON.parse(again.out).excludedAsReviewed).toBe(drawn.length);
    }
    writeFileSync(join(dir, "broken.json"), '{"cohorts": [');
    const broken = await st(["review", "sample", "--cases", "cases.csv", ...period, "--exclude", "broken.json"]);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain("cannot read broken.json: it is not valid JSON");
  });

  it("names the problems of an invalid case list and exits 2, or draws from the valid rows when asked", async () => {
    const { dir, st } = workspace();
    writeFileSync(join(dir, "bad.csv"), `${cases}Z1,W9,2024-13-01,Y,Y,Y,\n`);
    const bad = await st(["review", "sample", "--cases", "bad.csv", ...period, "--format", "json"]);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe("");
    expect(bad.err).toContain('record 13, line 14: "Closed date": is not a date: there is no month 13');
    expect(bad.err).not.toMatch(/^\s+at /m);
    const skipped = await st([
      "review",
      "sample",
      "--cases",
      "bad.csv",
      ...period,
      "--skip-invalid",
      "--format",
      "json",
    ]);
    expect(skipped.code).toBe(1);
    expect(skipped.err).toContain("Left out 1 of 13 rows (--skip-invalid): Z1.");
  });

  it("reports usage errors with exit 2", async () => {
    const { st } = workspace();
    expect((await st(["review", "sample", "--from", "2024-04-01", "--to", "2024-06-30"])).err).toContain(
      "--cases is required",
    );
    expect(
      (await st(["review", "sample", "--cases", "cases.csv", "--from", "2024-04-31", "--to", "2024-06-30"])).code,
    ).toBe(2);
    expect((await st(["review", "sample", "--cases", "cases.csv", ...period, "--seed", "1.5"])).err).toContain(
      "--seed must be",
    );
    expect((await st(["review", "sample", "--cases", "nope.csv", ...period])).err).toContain(
      "cannot read nope.csv: no such file",
    );
    expect((await st(["review", "frobnicate"])).err).toMatch(/^unknown command: st review frobnicate/);
    const help = await st(["review", "sample", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("st review sample --cases PATH --from YYYY-MM-DD --to YYYY-MM-DD [--seed N]");
  });
});

describe("st review start, validate, summarise, report", () => {
  it("starts a round that validates, and names what is wrong with a bad one", async () => {
    const { dir, st } = workspace();
    const started = await st([
      "review",
      "start",
      "--cases",
      "cases.csv",
      ...period,
      "--seed",
      "42",
      "--borough",
      "Hackney",
      "--id",
      "hk-2024-q2",
      "--out",
      "round.json",
    ]);
    expect(started.code).toBe(1); // the untrained cohort fell short
    const round = JSON.parse(readFileSync(join(dir, "round.json"), "utf8"));
    expect(round.schemaVersion).toBe(2);
    expect(round.borough).toBe("E09000012");
    expect(round.cases).toHaveLength(8);
    const ok = await st(["review", "validate", "round.json", "--format", "json"]);
    expect([ok.code, JSON.parse(ok.out)]).toEqual([0, { valid: true, rounds: 1, errors: [] }]);
    const wrongAnswer = structuredClone(round);
    wrongAnswer.cases[0].answers = [{ item: "behaviours-named", answer: "maybe" }];
    const wrongCohort = structuredClone(round);
    wrongCohort.cases[1].cohort = "nobody";
    writeFileSync(join(dir, "a.json"), JSON.stringify(wrongCohort));
    writeFileSync(join(dir, "b.json"), JSON.stringify([round, wrongAnswer]));
    const bad = await st(["review", "validate", "a.json", "b.json", "--format", "json"]);
    expect(bad.code).toBe(1);
    const json = JSON.parse(bad.out);
    expect([json.valid, json.rounds]).toEqual([false, 3]);
    expect(json.errors.map((e: { record: number; path: string }) => [e.record, e.path])).toEqual([
      [1, "cases.1.cohort"],
      [3, "cases.0.answers.0.answer"],
    ]);
    const text = await st(["review", "validate", "b.json", "--format", "text"]);
    expect(text.out).toContain("is not an answer on the scale");
  });

  it("summarises rounds and compares a borough's rounds over time", async () => {
    const { dir, st } = workspace();
    writeFileSync(join(dir, "demo.json"), JSON.stringify(demoRounds().map(writeReviewRound)));
    const json = await st(["review", "summarise", "demo.json", "--format", "json"]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out);
    expect(parsed.rounds).toHaveLength(4);
    expect(parsed.series.map((s: { borough: string }) => s.borough)).toEqual(["E09000012", "E09000003"]);
    const text = await st(["review", "summarise", "demo.json", "--format", "text"]);
    expect(text.out).toContain("Hackney round 1 (Apr-Jun 24): 10 cases");
    const md = await st(["review", "summarise", "demo.json", "--format", "md", "--profile", "person-who-uses-harm"]);
    expect(md.out).toContain("# Learning reviews over time: Barnet");
    expect(md.out).not.toMatch(/perpetrator/i);
  });

  it("leads with what the reviewers found and tests significance only with --tests", async () => {
    const { dir, st } = workspace();
    writeFileSync(join(dir, "demo.json"), JSON.stringify(demoRounds().map(writeReviewRound)));
    const plain = (await st(["review", "summarise", "demo.json", "--format", "md"])).out;
    expect(plain).not.toMatch(/Fisher|p = \d|p < 0/);
    expect(plain.indexOf("## What the case files show, by principle")).toBeLessThan(
      plain.indexOf("## The counts, as context"),
    );
    expect(plain).toContain("## What the reviewers found, round by round");
    const tested = (await st(["review", "summarise", "demo.json", "--format", "md", "--tests"])).out;
    expect(tested).toContain("Fisher's exact test");
    const json = JSON.parse((await st(["review", "summarise", "demo.json", "--format", "json"])).out);
    expect(json.series[0].changes.every((c: { pValue: number | null }) => c.pValue === null)).toBe(true);
  });

  it("writes a report folder and prints the path of its index", async () => {
    const { dir, st } = workspace();
    writeFileSync(join(dir, "demo.json"), JSON.stringify(demoRounds().map(writeReviewRound)));
    const { code, out } = await st(["review", "report", "demo.json", "--out", "reports"]);
    expect(code).toBe(0);
    expect(out.trim()).toBe(join(dir, "reports", "index.html"));
    for (const file of ["hk-2024-q2.html", "hk-2024-q2.md", "hk-2024-q2.json", "series-E09000003.html"]) {
      expect(existsSync(join(dir, "reports", file))).toBe(true);
    }
    expect(readFileSync(join(dir, "reports", "index.html"), "utf8")).toContain('href="series-E09000012.html"');
  });

  it("refuses to summarise invalid rounds, pointing to validate", async () => {
    const { dir, st } = workspace();
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ schemaVersion: 1, id: "x" }));
    const { code, err } = await st(["review", "summarise", "bad.json"]);
    expect(code).toBe(2);
    expect(err).toContain("st review validate");
  });

  it("prints a built-in frame that sample reads back, and the JSON Schemas", async () => {
    const { dir, st } = workspace();
    const frame = await st(["review", "frame", "--name", "st-before-after-training"]);
    expect(JSON.parse(frame.out)).toMatchObject({
      schemaVersion: 1,
      id: "st-before-after-training",
      pairBy: "workerId",
    });
    writeFileSync(join(dir, "frame.json"), frame.out);
    const drawn = await st([
      "review",
      "sample",
      "--cases",
      "cases.csv",
      ...period,
      "--frame",
      "frame.json",
      "--format",
      "json",
    ]);
    expect(JSON.parse(drawn.out).frame.id).toBe("st-before-after-training");
    const schema = JSON.parse((await st(["review", "schema"])).out);
    expect(schema.required).toContain("cases");
    expect(JSON.parse((await st(["review", "schema", "--kind", "frame"])).out).required).toContain("cohorts");
  });

  it("writes a workbook for recording the round offline and brings the filled-in rows back", async () => {
    const { dir, st } = workspace();
    await st([
      "review",
      "start",
      "--cases",
      "cases.csv",
      ...period,
      "--seed",
      "42",
      "--borough",
      "Hackney",
      "--id",
      "hk-q2",
      "--out",
      "round.json",
    ]);
    const written = await st(["review", "template", "--round", "round.json", "--out", "cases.xlsx"]);
    expect(written.code).toBe(0);
    expect(written.out.trim()).toBe(join(dir, "cases.xlsx"));
    // Nothing filled in yet: importing changes nothing.
    const same = await st([
      "review",
      "import",
      "cases.xlsx",
      "--round",
      "round.json",
      "--out",
      "same.json",
      "--format",
      "json",
    ]);
    expect([same.code, JSON.parse(same.out).cases]).toEqual([0, 8]);
    expect(JSON.parse(readFileSync(join(dir, "same.json"), "utf8"))).toEqual(
      JSON.parse(readFileSync(join(dir, "round.json"), "utf8")),
    );

    // A reviewer fills in the first case (here, a workbook written with that row).
    const round = parseReviewRound(JSON.parse(readFileSync(join(dir, "round.json"), "utf8")));
    const form = reviewedCaseForm(round);
    const rows = round.cases.map((c) => reviewedCaseToRow(round, c));
    rows[0] = {
      ...rows[0]!,
      childrenAges: "6; 3",
      agencies: "police; school",
      improvements: "Name what Mr B did.",
      actions: "Discuss in supervision; Team manager; 2024-08-30",
      "answers.behaviours-named.answer": "partly",
      "answers.behaviours-named.note": "The assessment names one incident only.",
    };
    writeFileSync(join(dir, "filled.xlsx"), await writeTemplate(form, { records: rows, sheetName: "Cases" }));
    const imported = await st(["review", "import", "filled.xlsx", "--round", "round.json", "--out", "filled.json"]);
    expect(imported.code).toBe(0);
    const filled = JSON.parse(readFileSync(join(dir, "filled.json"), "utf8"));
    expect(filled.cases[0]).toMatchObject({
      context: { children: [{ age: 6 }, { age: 3 }], agencies: ["police", "school"] },
      improvements: ["Name what Mr B did."],
      actions: [{ action: "Discuss in supervision", owner: "Team manager", due: "2024-08-30" }],
      answers: [{ item: "behaviours-named", answer: "partly", note: "The assessment names one incident only." }],
    });

    // A row with problems is named, and nothing is written.
    rows[1] = { ...rows[1]!, actions: "Do something" };
    writeFileSync(join(dir, "bad.xlsx"), await writeTemplate(form, { records: rows, sheetName: "Cases" }));
    const bad = await st([
      "review",
      "import",
      "bad.xlsx",
      "--round",
      "round.json",
      "--out",
      "bad.json",
      "--format",
      "json",
    ]);
    expect(bad.code).toBe(1);
    // Each problem is located in the workbook, as the command's help promises: the second case is
    // on row 4, under the header and the template's hidden row of question ids.
    type Located = { record: number; sheet: string; cell: string; message: string };
    expect(JSON.parse(bad.out).errors.map((e: Located) => [e.record, e.sheet, e.cell, e.message])).toEqual([
      [2, "Cases", expect.stringMatching(/^[A-Z]+4$/), "has no owner: every action needs one"],
    ]);
    expect(existsSync(join(dir, "bad.json"))).toBe(false);
  });

  it("draws from a case list kept in a workbook", async () => {
    const { dir, st } = workspace();
    expect((await st(["review", "template", "--case-list", "--out", "empty.xlsx"])).code).toBe(0);
    expect(existsSync(join(dir, "empty.xlsx"))).toBe(true);
    const list = parseCaseList(cases);
    const records = list.cases.map((c) => ({
      caseId: c.caseId,
      workerId: c.workerId,
      ...(c.closedDate ? { closedDate: c.closedDate } : {}),
      daFactor: c.daFactor,
      workerTrained: c.workerTrained,
      consultation: c.consultation,
      ...(c.outcome ? { outcome: c.outcome } : {}),
    }));
    writeFileSync(join(dir, "cases.xlsx"), await writeTemplate(caseListForm, { records, sheetName: "Cases" }));
    const fromWorkbook = await st([
      "review",
      "sample",
      "--cases",
      "cases.xlsx",
      ...period,
      "--seed",
      "42",
      "--format",
      "json",
    ]);
    const fromCsv = await st([
      "review",
      "sample",
      "--cases",
      "cases.csv",
      ...period,
      "--seed",
      "42",
      "--format",
      "json",
    ]);
    expect(fromWorkbook.code).toBe(1);
    expect(fromWorkbook.out).toBe(fromCsv.out);
  });

  it("reads a workbook headed the way a case management export heads it, as the CSV reader does", async () => {
    const { dir, st } = workspace();
    // The same cases under export-style headers, with Excel dates, TRUE/FALSE, and a locality column.
    const headers = [
      "Case Ref",
      "Allocated worker",
      "Date closed",
      "DA factor",
      "S&T Core trained",
      "Consulted",
      "Reason for closure",
      "Locality",
    ];
    const list = parseCaseList(cases);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Export");
    sheet.addRow(headers);
    for (const c of list.cases) {
      sheet.addRow([
        c.caseId,
        c.workerId,
        c.closedDate ? new Date(`${c.closedDate}T00:00:00Z`) : null,
        c.daFactor === "yes" ? "Y" : "N",
        c.workerTrained === "yes",
        c.consultation === "yes" ? "Yes" : "No",
        c.outcome ?? null,
        c.caseId.startsWith("T") && c.caseId !== "T6" ? "North" : "South",
      ]);
    }
    writeFileSync(join(dir, "export.xlsx"), new Uint8Array(await workbook.xlsx.writeBuffer()));
    const aliasedCsv = [
      headers.join(","),
      ...list.cases.map((c) =>
        [
          c.caseId,
          c.workerId,
          c.closedDate ?? "",
          c.daFactor === "yes" ? "Y" : "N",
          c.workerTrained === "yes" ? "TRUE" : "FALSE",
          c.consultation === "yes" ? "Yes" : "No",
          c.outcome ?? "",
          c.caseId.startsWith("T") && c.caseId !== "T6" ? "North" : "South",
        ].join(","),
      ),
    ].join("\n");
    writeFileSync(join(dir, "export.csv"), aliasedCsv);
    const fromWorkbook = await st([
      "review",
      "sample",
      "--cases",
      "export.xlsx",
      ...period,
      "--seed",
      "7",
      "--format",
      "json",
    ]);
    const fromCsv = await st([
      "review",
      "sample",
      "--cases",
      "export.csv",
      ...period,
      "--seed",
      "7",
      "--format",
      "json",
    ]);
    const original = await st([
      "review",
      "sample",
      "--cases",
      "cases.csv",
      ...period,
      "--seed",
      "7",
      "--format",
      "json",
    ]);
    expect(fromWorkbook.err).toBe(fromCsv.err.replaceAll("export.csv", "export.xlsx"));
    expect(fromWorkbook.err).not.toContain("not read");
    expect(fromWorkbook.out).toBe(fromCsv.out);
    expect(JSON.parse(fromWorkbook.out).cohorts).toEqual(JSON.parse(original.out).cohorts);

    // Other columns are kept, so a frame can filter on them in a workbook as in a CSV.
    const frame = {
      id: "north",
      version: "1",
      title: "North only",
      population: {
        all: [
          { field: "closedDate", inPeriod: true },
          { field: "Locality", is: "north" },
        ],
      },
      cohorts: [
        {
          id: "trained-consulted",
          label: "Trained and consulted",
          size: 5,
          where: { field: "workerTrained", is: "yes" },
        },
      ],
    };
    writeFileSync(join(dir, "north.json"), JSON.stringify(frame));
    const north = await st([
      "review",
      "sample",
      "--cases",
      "export.xlsx",
      ...period,
      "--frame",
      "north.json",
      "--format",
      "json",
    ]);
    expect(north.code).toBe(0);
    expect(JSON.parse(north.out).cohorts[0].cases.sort()).toEqual(["T1", "T2", "T3", "T4", "T5"]);
  });
});
