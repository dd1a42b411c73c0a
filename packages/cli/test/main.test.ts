import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isoDateOption, run, UsageError, version } from "@st/cli";
import { isIsoDate } from "@st/core";
import { patternMapForm, patternMapsFromRows } from "@st/pattern-map";
import { demoPatternMap } from "@st/pattern-map/demo";
import { readCsv } from "@st/workbook";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memoryIo } from "./memory-io.js";

describe("st conventions", () => {
  it("prints its version", async () => {
    const io = memoryIo();
    expect(await run(["--version"], io)).toBe(0);
    expect(io.out.trim()).toBe(version);
  });

  it("rejects an unknown command with exit 2 and names it", async () => {
    const io = memoryIo();
    expect(await run(["frobnicate"], io)).toBe(2);
    expect(io.err).toMatch(/^unknown command: frobnicate/);
    expect(io.out).toBe("");
  });

  it("prints help for a command and exits 0", async () => {
    const io = memoryIo();
    expect(await run(["demo", "--help"], io)).toBe(0);
    expect(io.out).toContain("st demo [--out DIR]");
  });

  it("reports an unknown option as a usage error without a stack trace", async () => {
    const io = memoryIo();
    expect(await run(["demo", "--bogus"], io)).toBe(2);
    expect(io.err).toContain("Unknown option '--bogus'");
    expect(io.err).not.toMatch(/^\s+at /m);
  });
});

describe("isoDateOption", () => {
  it("takes exactly the real dates @st/core takes, and names the option otherwise (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        ),
        (value) => {
          if (isIsoDate(value)) expect(isoDateOption("from", value)).toBe(value);
          else expect(() => isoDateOption("from", value)).toThrow(UsageError);
        },
      ),
    );
    expect(() => isoDateOption("from", "2025-02-30")).toThrow(
      '--from must be a date written YYYY-MM-DD; found "2025-02-30"',
    );
    expect(isoDateOption("from", "2024-02-29")).toBe("2024-02-29");
  });
});

describe("st demo", () => {
  it("writes a report folder and prints the path of its index page", async () => {
    const dir = mkdtempSync(join(tmpdir(), "st-demo-"));
    const io = memoryIo("", dir);
    expect(await run(["demo"], io)).toBe(0);
    const index = io.out.trim();
    expect(index).toBe(join(dir, "st-report", "index.html"));
    expect(existsSync(index)).toBe(true);
    expect(readFileSync(index, "utf8")).toContain("<title>Partnership report</title>");
    expect(readFileSync(index, "utf8")).toContain('href="language.html"');
    // The language page shows the shift the partnership saw: fewer concerns after training, more good practice.
    const language = JSON.parse(readFileSync(join(dir, "st-report", "language.json"), "utf8"));
    const [before, after] = language.totals;
    const concerns = (t: { byCategory: Record<string, number> }) =>
      Object.values(t.byCategory).reduce((a, b) => a + b, 0);
    expect(concerns(before)).toBeGreaterThan(concerns(after));
    expect(after.positives).toBeGreaterThan(before.positives);
    expect(readFileSync(join(dir, "st-report", "language.html"), "utf8")).toContain("<mark");
    // The complaints register: about 150 synthetic complaints, all valid proforma records.
    const complaints = JSON.parse(readFileSync(join(dir, "st-report", "complaints.json"), "utf8"));
    expect(complaints.byBorough.total.complaints).toBeGreaterThan(120);
    expect(complaints.byBorough.total.complaints).toBeLessThan(180);
    expect(complaints.byBorough.groups).toHaveLength(6);
    // Every checklist percentage on the page carries its n.
    const checklist = readFileSync(join(dir, "st-report", "checklist.html"), "utf8").replace(
      /<style>[\s\S]*?<\/style>/,
      "",
    );
    expect(checklist).toMatch(/\d+(\.\d)?% \(\d+ of \d+\)/);
    expect(checklist.match(/\d+(\.\d)?%(?! \(\d+ of \d+\))/g) ?? []).toEqual([]);
    // One synthetic pattern map, linked from the index, its workbook rows beside it.
    expect(readFileSync(index, "utf8")).toContain('href="pattern-map.html"');
    const map = readFileSync(join(dir, "st-report", "pattern-map.html"), "utf8");
    for (const heading of [
      "The perpetrator&#39;s pattern of behaviour",
      "Impact on each child, by pathway",
      "The non-abusive parent&#39;s protective efforts",
      "Engagement with the perpetrator and invitations to change",
    ])
      expect(map).toContain(`<h2>${heading}</h2>`);
    const csv = readFileSync(join(dir, "st-report", "data", "pattern-map.csv"), "utf8");
    const back = patternMapsFromRows(readCsv(patternMapForm, csv).records);
    expect(back).toEqual({ maps: [demoPatternMap()], problems: [] });
  });
});
