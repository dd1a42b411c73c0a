import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isStValidationError } from "@st/core";
import { computeIndicators } from "@st/indicators";
import {
  computeIndicatorsFromFiles,
  readCinCensusFile,
  readCinCensusHeader,
  writeSyntheticCensusFile,
} from "@st/indicators/node";
import { describe, expect, it } from "vitest";

const fixtures = new URL("./fixtures/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "st-indicators-node-"));

describe("@st/indicators/node", () => {
  it("streams a census file from disk", async () => {
    const ids: string[] = [];
    const summary = await readCinCensusFile(join(fixtures, "synthetic-cin-2025.xml"), {
      onChild: (c) => ids.push(c.childId),
    });
    expect(summary.fileName).toBe("synthetic-cin-2025.xml");
    expect(ids).toEqual(["SYN-C4", "SYN-C7", "SYN-C8", "SYN-C9", "SYN-C10", "SYN-C13", "SYN-C14"]);
  });

  it("reads a header without reading the file", async () => {
    expect(await readCinCensusHeader(join(fixtures, "synthetic-cin-2024.xml"))).toMatchObject({
      referenceDate: "2024-03-31",
      laNumber: 204,
    });
  });

  it("computes from files in any order, with the extracts beside them", async () => {
    const { table, extractProblems } = await computeIndicatorsFromFiles({
      cin: [join(fixtures, "synthetic-cin-2025.xml"), join(fixtures, "synthetic-cin-2024.xml")],
      episodesFile: join(fixtures, "synthetic-ssda903-episodes.csv"),
      referralReasonsFile: join(fixtures, "synthetic-referral-reasons.csv"),
      da: { factors: ["3A", "3B", "3C"], referralIssue: { daValues: ["DA", "DV", "Domestic abuse"] } },
    });
    expect(extractProblems).toEqual([]);
    const value = (indicator: string, quarter: string) =>
      table.series.find((p) => p.indicator === indicator && p.quarter === quarter)?.value;
    expect(value("da-referral-on-intake", "2025-Q1")).toBe(5);
    expect(value("children-into-care-with-da", "2024-Q3")).toBe(1);
  });

  it("reports extract rows it could not read, with their file and line", async () => {
    const episodes = join(dir, "episodes.csv");
    writeFileSync(episodes, "CHILD,DECOM,RNE,LS\nSYN-C4,31/02/2024,S,C2\nSYN-C5,01/02/2024,S,C2\n");
    const { extractProblems, table } = await computeIndicatorsFromFiles({
      cin: [join(fixtures, "synthetic-cin-2024.xml")],
      episodesFile: episodes,
      maxSkippedShare: 0.5,
    });
    expect(table.reads?.map((r) => [r.file, r.read, r.skipped])).toEqual([
      ["episodes.csv", 1, 1],
      ["synthetic-cin-2024.xml", expect.any(Number), 0],
    ]);
    expect(table.notes).toContain(
      "Read: episodes.csv: episodes of care read: 1; records skipped: 1 (1 with the date the episode started unreadable).",
    );
    expect(extractProblems).toMatchObject([{ file: episodes, line: 2, field: "DECOM", received: '"31/02/2024"' }]);
  });

  it("names a file it cannot read", async () => {
    try {
      await readCinCensusFile(join(dir, "missing.xml"), { onChild: () => {} });
      expect.unreachable();
    } catch (error) {
      expect(isStValidationError(error)).toBe(true);
      expect((error as Error).message).toContain("no such file");
    }
  });

  it("writes a synthetic census file that reads back, the same for the same seed", async () => {
    const a = join(dir, "a.xml");
    const b = join(dir, "b.xml");
    const options = { children: 300, referenceDate: "2026-03-31", seed: 7, referralIssues: true };
    const bytes = await writeSyntheticCensusFile(a, options);
    expect(await writeSyntheticCensusFile(b, options)).toBe(bytes);
    let episodes = 0;
    const summary = await readCinCensusFile(a, { onChild: (c) => (episodes += c.episodes.length) });
    expect(summary.children).toBe(300);
    expect(summary.problemCount).toBe(0);
    expect(summary.header?.laNumber).toBe(204);
    expect(episodes).toBe(summary.episodes);
  });

  it("refuses arguments of the wrong kind with a coded error naming the function and the argument", async () => {
    const refusal = await computeIndicators(undefined as never).catch((error: unknown) => error);
    expect(isStValidationError(refusal)).toBe(true);
    expect(refusal).toBeInstanceOf(TypeError);
    expect((refusal as Error).message).toContain("computeIndicators");
    expect((refusal as Error).message).toContain('"Census files": is not a list of census files');
    expect(isStValidationError(refusal) && refusal.problems[0]).toMatchObject({ path: "files", code: "invalid_type" });
    // A path that is not text is refused before any file is opened.
    await expect(readCinCensusFile(42 as never, { onChild: () => {} })).rejects.toThrow(
      /readCinCensusFile[\s\S]*"Census file": is not the path of a file/,
    );
  });
});
