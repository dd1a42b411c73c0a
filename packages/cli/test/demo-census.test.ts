import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { INDICATOR_IDS, indicatorSets, parseIndicatorTable } from "@st/indicators";
import { beforeAll, describe, expect, it } from "vitest";
import { scratch } from "./scratch.js";

const { dir, st } = scratch("st-demo-census-");
const report = join(dir, "st-report");

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };
const decodeEntities = (html: string) =>
  html.replace(/&(#\d+|amp|lt|gt|quot);/g, (_, e: string) =>
    e.startsWith("#") ? String.fromCharCode(Number(e.slice(1))) : (entities[e] as string),
  );

describe("st demo: the indicators computed from a synthetic census extract", () => {
  beforeAll(async () => {
    expect((await st(["demo"])).code).toBe(0);
    // The whole demo runs here: give it the tests' own time limit, not the hooks' ten seconds.
  }, 60_000);

  it("shows the four indicators computed from record-level data, with the run notes and caveats", () => {
    const html = readFileSync(join(report, "indicators.html"), "utf8");
    expect(html).toContain("Computed from record-level data (synthetic)");
    const { computedFromRecords } = JSON.parse(readFileSync(join(report, "indicators.json"), "utf8"));
    const table = parseIndicatorTable(computedFromRecords.table);
    // The 2023 set's four indicators, each with a figure in every quarter of the census year.
    const set = indicatorSets["2023"].indicators.map((i) => i.id);
    expect(set).toHaveLength(4);
    expect(new Set(table.series.map((p) => p.indicator))).toEqual(new Set(set));
    expect(new Set(table.series.map((p) => p.quarter))).toEqual(new Set(["2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"]));
    expect(table.series.every((p) => p.value !== null && p.value >= 0)).toBe(true);
    expect(table.series.every((p) => p.borough === "E09000012")).toBe(true);
    // Every caveat and run note that travels with the figures is on the page.
    expect(table.caveats?.length).toBeGreaterThan(0);
    const text = decodeEntities(html);
    for (const caveat of table.caveats ?? []) expect(text).toContain(caveat.text);
    for (const note of table.notes.filter((n) => !n.startsWith("Caveat: "))) expect(text).toContain(note);
    expect(readFileSync(join(report, "indicators.md"), "utf8")).toContain("### Run notes");
    expect(INDICATOR_IDS).toEqual(expect.arrayContaining(set));
  });

  it("writes the census XML beside the report, and the command on the page computes the same figures from it", async () => {
    const { computedFromRecords } = JSON.parse(readFileSync(join(report, "indicators.json"), "utf8"));
    for (const file of computedFromRecords.files) expect(existsSync(join(report, file))).toBe(true);
    const xml = readFileSync(join(report, computedFromRecords.files[0]), "utf8");
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toContain("<LEA>204</LEA>");

    const command: string = computedFromRecords.command;
    const html = decodeEntities(readFileSync(join(report, "indicators.html"), "utf8"));
    expect(html).toContain(command);
    expect(readFileSync(join(report, "indicators.md"), "utf8")).toContain(command);
    const args = command
      .split(" ")
      .slice(1)
      .map((a) => (a === "md" ? "json" : a));
    const { code, out, err } = await st(args, "", report);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(out).series).toEqual(computedFromRecords.table.series);
  });
});
