import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { complaintsProforma } from "@st/complaints-proforma";
import { demoComplaints } from "@st/complaints-proforma/demo";
import { demoCaseNotes } from "@st/language-lint/demo";
import { demoRounds } from "@st/learning-review/demo";
import { demoChecklists } from "@st/practice-checklist/demo";
import { checkReturn, type PartnershipReturn } from "@st/returns";
import { writeTemplate } from "@st/workbook";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCommand, demoReturns } from "../src/returns/demo-returns.js";
import { scratch } from "./scratch.js";

const { dir, st } = scratch("st-returns-");
const demo = join(dir, "st-report");
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const returnFiles = (folder: string) =>
  readdirSync(folder)
    .filter((n) => n.endsWith(".json"))
    .sort();

beforeAll(async () => {
  const r = await st(["demo"]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
}, 120_000);

describe("from the demo's files per borough, st return build then st report --returns", () => {
  const again = join(dir, "again");
  beforeAll(async () => {
    // An analyst's run: each borough's build on the files st demo wrote, then the partnership's merge.
    mkdirSync(join(again, "returns"), { recursive: true });
    for (const build of demoReturns().builds) {
      const args = buildCommand({ ...build, out: join(again, build.out) });
      const r = await st(args, "", demo);
      expect(r.code, `${args.join(" ")}: ${r.err}`).toBe(0);
    }
    const r = await st(["report", "--returns", join(again, "returns"), "--out", join(again, "report")]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(join(again, "report", "index.html"));
  }, 120_000);

  it("builds the same returns, byte for byte", () => {
    const names = returnFiles(join(demo, "returns"));
    expect(names.length).toBeGreaterThanOrEqual(48);
    expect(returnFiles(join(again, "returns"))).toEqual(names);
    for (const name of names)
      expect(readFileSync(join(again, "returns", name), "utf8"), name).toBe(
        readFileSync(join(demo, "returns", name), "utf8"),
      );
  });

  it("reproduces every figure st demo shows, each traced to the same return", () => {
    for (const page of ["indicators", "complaints", "checklist", "learning-reviews", "language"]) {
      const shown = readJson(join(demo, `${page}.json`));
      const reproduced = readJson(join(again, "report", `${page}.json`));
      expect(reproduced.figures.length, page).toBeGreaterThan(0);
      expect(reproduced.figures, page).toEqual(shown.figures);
      expect(
        reproduced.returns.map((r: { id: string; checksum: string }) => [r.id, r.checksum]),
        page,
      ).toEqual(shown.returns.map((r: { id: string; checksum: string }) => [r.id, r.checksum]));
    }
    expect(readJson(join(again, "report", "indicators.json")).indicators.series).toEqual(
      readJson(join(demo, "indicators.json")).indicators.series,
    );
    expect(readFileSync(join(again, "report", "coverage.md"), "utf8")).toBe(
      readFileSync(join(demo, "coverage.md"), "utf8"),
    );
  });
});

describe("every return the demo builds", () => {
  const returns = () =>
    returnFiles(join(demo, "returns")).map((name) => ({
      name,
      value: readJson(join(demo, "returns", name)) as PartnershipReturn,
    }));

  it("holds no person-level identifier and no text from a record", () => {
    const rounds = demoRounds();
    const identifiers = new Set<string>([
      ...demoComplaints().map((c) => c.complaint.reference),
      ...demoChecklists().flatMap((c) => [c.caseId, ...(c.reviewer.id ? [c.reviewer.id] : [])]),
      ...rounds.flatMap((r) => [
        ...r.cases.flatMap((c) => [c.caseId, c.workerId].filter((x): x is string => typeof x === "string")),
        ...(r.reviewers ?? []).flatMap((x) => (x.id ? [x.id] : [])),
      ]),
      ...demoCaseNotes().flatMap((n) => [n.id, n.text]),
      ...rounds.flatMap((r) => r.cases.flatMap((c) => (c.context?.summary ? [c.context.summary] : []))),
    ]);
    expect(identifiers.size).toBeGreaterThan(200);
    const strings: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === "string") strings.push(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === "object") Object.values(v).forEach(collect);
    };
    for (const { name, value } of returns()) {
      strings.length = 0;
      collect(value);
      for (const s of strings)
        for (const id of identifiers) if (s.includes(id)) expect.fail(`${name} holds "${id}" in "${s.slice(0, 80)}"`);
    }
  });

  it("holds no unsuppressed small count, and passes its check", async () => {
    let withheld = 0;
    for (const { name, value } of returns()) {
      const { threshold, complements, exempt } = value.suppression;
      expect(threshold, name).toBe(5);
      const small = (x: number | null) => x !== null && x >= 1 && x < threshold;
      for (const f of value.figures) {
        if (f.status !== "shown") {
          withheld++;
          expect(f.value, `${name} ${f.id}`).toBeNull();
          continue;
        }
        if (exempt.includes(f.unit)) continue;
        expect(
          small(f.value) || small(f.n) || (complements && f.kind === "share" && small(f.n! - f.value!)),
          `${name} ${f.id} ${f.display}`,
        ).toBe(false);
      }
      expect((await checkReturn(value, { file: name })).ok, name).toBe(true);
    }
    expect(withheld).toBeGreaterThan(100);
  });
});

describe("bad input gets a clear error naming the file and field; nothing is merged silently", () => {
  const one = () => returnFiles(join(demo, "returns")).find((n) => n.startsWith("E09000012-2024-Q4"))!;

  it("a return from a newer schema version", async () => {
    const value = { ...readJson(join(demo, "returns", one())), schemaVersion: 2 };
    const path = join(dir, "newer", one());
    mkdirSync(join(dir, "newer"), { recursive: true });
    writeFileSync(path, JSON.stringify(value));
    const r = await st(["return", "check", path, "--format", "text"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(path);
    expect(r.out).toContain('"Schema version": the return was written by a newer release (schema version 2)');
    const report = await st(["report", "--returns", join(dir, "newer"), "--out", join(dir, "newer-report")]);
    expect(report.code).toBe(1);
    expect(report.err).toContain("no report was written");
    expect(existsSync(join(dir, "newer-report"))).toBe(false);
  });

  it("a tampered checksum, and a figure changed by hand", async () => {
    const value = readJson(join(demo, "returns", one()));
    value.figures[0].value += 1;
    const path = join(dir, one());
    writeFileSync(path, JSON.stringify(value));
    const r = await st(["return", "check", path, "--format", "json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.valid).toBe(false);
    expect(json.returns[0].file).toBe(path);
    expect(json.returns[0].errors).toEqual([expect.objectContaining({ path: "checksum", field: "Checksum" })]);
  });

  it("a duplicate borough-quarter: both files named, no report written", async () => {
    const folder = join(dir, "dupes");
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(demo, "returns", one()), join(folder, one()));
    copyFileSync(join(demo, "returns", one()), join(folder, "hackney-q4-resent.json"));
    const r = await st(["report", "--returns", folder, "--out", join(dir, "dupes-report")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `${join(folder, one())} and ${join(folder, "hackney-q4-resent.json")} are both version 1 of Hackney's 2024-Q4 return`,
    );
    expect(existsSync(join(dir, "dupes-report"))).toBe(false);
  });

  it("a corrected return with a higher version replaces the first", async () => {
    const folder = join(dir, "corrected");
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(demo, "returns", one()), join(folder, one()));
    const b = demoReturns().builds.find((x) => x.out.endsWith(one()))!;
    const args = buildCommand({ ...b, out: join(folder, one().replace("-v1", "-v2")) });
    expect((await st([...args, "--version", "2"], "", demo)).code).toBe(0);
    const r = await st(["report", "--returns", folder, "--out", join(dir, "corrected-report")]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`${join(folder, one())} is replaced by ${join(folder, one().replace("-v1", "-v2"))}`);
    expect(readJson(join(dir, "corrected-report", "coverage.json")).returns.map((x: { id: string }) => x.id)).toEqual([
      "E09000012-2024-Q4-v2",
    ]);
  });

  it("a census for the wrong borough", async () => {
    const r = await st(
      [
        "return",
        "build",
        "--borough",
        "Newham",
        "--quarter",
        "2024-Q3",
        "--cin",
        "data/cin-census-synthetic-hackney-2024-25.xml",
        "--secret-file",
        "data/demo-secret.txt",
        "--out",
        join(dir, "newham.json"),
      ],
      "",
      demo,
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('"Borough of the figures (census header LEA)"');
    expect(r.err).toContain("cin-census-synthetic-hackney-2024-25.xml holds figures for Hackney, not for Newham");
    expect(existsSync(join(dir, "newham.json"))).toBe(false);
  });

  it("a file that is not JSON, and a short secret", async () => {
    writeFileSync(join(dir, "notjson.json"), "{ nope");
    const r = await st(["return", "check", join(dir, "notjson.json")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("notjson.json: it is not valid JSON");
    writeFileSync(join(dir, "short-secret.txt"), "abc\n");
    const s = await st([
      "return",
      "build",
      "--borough",
      "E09000012",
      "--quarter",
      "2024-Q4",
      "--secret-file",
      join(dir, "short-secret.txt"),
      "--out",
      join(dir, "x.json"),
    ]);
    expect(s.code).toBe(2);
    expect(s.err).toContain("short-secret.txt: the secret is shorter than 32 bytes");
  });
});

describe("the census route and the tidy export", () => {
  it("builds Hackney's return from its census and episodes files, the figures st indicators compute gives", async () => {
    const cin = "data/cin-census-synthetic-hackney-2024-25.xml";
    const episodes = "data/ssda903-episodes-synthetic-hackney-2024-25.csv";
    const out = join(dir, "E09000012-2024-Q3-v1.json");
    const r = await st(
      [
        "return",
        "build",
        "--borough",
        "E09000012",
        "--quarter",
        "2024-Q3",
        "--cin",
        cin,
        "--episodes",
        episodes,
        "--referral-issue-field",
        "ReferralIssue",
        "--secret-file",
        "data/demo-secret.txt",
        "--out",
        out,
      ],
      "",
      demo,
    );
    expect(r.err).toMatch(/^E09000012-2024-Q3-v1: 4 figures from 2 files/);
    expect(r.code).toBe(0);
    const built = readJson(out) as PartnershipReturn;
    expect(built.sources.map((s) => s.kind)).toEqual(["census", "care-episodes"]);
    expect(built.sources[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const computed = JSON.parse(
      (
        await st(
          [
            "indicators",
            "compute",
            "--cin",
            cin,
            "--episodes",
            episodes,
            "--referral-issue-field",
            "ReferralIssue",
            "--format",
            "json",
          ],
          "",
          demo,
        )
      ).out,
    );
    for (const f of built.figures) {
      const point = computed.series.find(
        (p: { indicator: string; quarter: string }) => `indicators/${p.indicator}` === f.id && p.quarter === "2024-Q3",
      );
      expect(f.value === null ? "<5" : f.value, f.id).toBe(point.value >= 1 && point.value < 5 ? "<5" : point.value);
    }
  });

  it("reads the complaints register as the proforma workbook: the same figures as from JSON", async () => {
    const register = demoComplaints().filter((c) => c.complaint.borough === "E09000012");
    writeFileSync(join(dir, "register.xlsx"), await writeTemplate(complaintsProforma, { records: register }));
    const common = [
      "return",
      "build",
      "--borough",
      "E09000012",
      "--quarter",
      "2024-Q4",
      "--secret-file",
      "data/demo-secret.txt",
    ];
    const fromXlsx = join(dir, "xlsx", "E09000012-2024-Q4-v1.json");
    const fromJson = join(dir, "json", "E09000012-2024-Q4-v1.json");
    expect((await st([...common, "--complaints", join(dir, "register.xlsx"), "--out", fromXlsx], "", demo)).code).toBe(
      0,
    );
    expect(
      (await st([...common, "--complaints", "data/boroughs/E09000012/complaints.json", "--out", fromJson], "", demo))
        .code,
    ).toBe(0);
    const figures = (path: string) => (readJson(path) as PartnershipReturn).figures.map(({ sources: _, ...f }) => f);
    expect(figures(fromXlsx).length).toBeGreaterThan(10);
    expect(figures(fromXlsx)).toEqual(figures(fromJson));
    expect(readJson(fromXlsx).sources[0]).toMatchObject({ kind: "complaints", name: "register.xlsx" });
  });

  it("st report --export csv writes the long table and the coverage for Excel and Power BI", async () => {
    const r = await st(["report", "--returns", join(demo, "returns"), "--out", join(dir, "csv"), "--export", "csv"]);
    expect(r.code).toBe(0);
    const csv = readFileSync(join(dir, "csv", "export", "figures.csv"), "utf8").split("\r\n");
    expect(csv[0]).toBe(
      "borough,boroughName,quarter,section,indicator,label,value,n,status,display,unit,definition,returnId",
    );
    expect(csv).toContain(
      "E09000012,Hackney,2024-Q4,indicators,indicators/da-referral-on-intake,Number of new cases in the period where DA is the referral issue on intake,256,256,shown,256,children,indicator-set:2023@1,E09000012-2024-Q4-v1",
    );
    expect(csv.some((l) => l.startsWith("E09000025,Newham,2025-Q1,indicators,") && l.includes(",not-returned,"))).toBe(
      true,
    );
    const coverage = readFileSync(join(dir, "csv", "export", "coverage.csv"), "utf8");
    expect(coverage).toContain(
      'E09000012,"Hackney",2024-Q4,E09000012-2024-Q4-v1,indicators complaints learning-review language',
    );
    expect((await st(["report", "--returns", join(demo, "returns"), "--export", "xlsx"])).code).toBe(2);
  });
});
