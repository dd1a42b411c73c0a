import { readQuarterReturns, safeReadQuarterReturns } from "@st/complaints-proforma";
import { isStValidationError } from "@st/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("reading the quarters boroughs made their return for", () => {
  it("reads a CSV by its header, boroughs by name or code, quarters by any label", () => {
    const csv = "Quarter,Borough,Notes\r\n2025-Q2,Hackney,\n\nQ3 2025/26,E09000003,late\n";
    expect(readQuarterReturns(csv)).toEqual([
      { borough: "E09000012", quarter: "2025-Q2" },
      { borough: "E09000003", quarter: "2025-Q4" },
    ]);
  });

  it("reads a JSON array of { borough, quarter }", () => {
    const json = JSON.stringify([{ borough: "Barnet", quarter: "2025-Q1" }]);
    expect(readQuarterReturns(json, { format: "json" })).toEqual([{ borough: "E09000003", quarter: "2025-Q1" }]);
  });

  it("reports every bad entry with its line or item, field, expectation and finding", () => {
    const csv = "borough,quarter\nHackney,2025-Q2\nGotham,2025-Q2\nBarnet,spring\n,2025-Q3\n";
    const read = safeReadQuarterReturns(csv);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => [p.line, p.path, p.field, p.code])).toEqual([
      [3, "borough", "Borough", "unknown_local_authority"],
      [4, "quarter", "Quarter", expect.any(String)],
      [5, "borough", "Borough", "blank"],
    ]);
    expect(read.problems[0]!.received).toBe('"Gotham"');

    const json = safeReadQuarterReturns(JSON.stringify([{ borough: 7, quarter: "2025-Q1" }, "x"]), { format: "json" });
    expect(json.ok).toBe(false);
    if (json.ok) return;
    expect(json.problems.map((p) => [p.record, p.path, p.code])).toEqual([
      [1, "borough", "invalid_type"],
      [2, "borough", "invalid_type"],
      [2, "quarter", "invalid_type"],
    ]);
  });

  it("says what is wrong with the whole file: no columns, not JSON, not a list", () => {
    const noColumns = safeReadQuarterReturns("la,period\nHackney,2025-Q1\n");
    expect(noColumns.ok ? [] : noColumns.problems.map((p) => [p.code, p.line, p.message])).toEqual([
      ["missing_column", 1, "the first line must name a borough column"],
      ["missing_column", 1, "the first line must name a quarter column"],
    ]);
    const notJson = safeReadQuarterReturns("{", { format: "json" });
    expect(notJson.ok ? "" : notJson.problems[0]!.code).toBe("invalid_json");
    const notList = safeReadQuarterReturns('{"borough":"Hackney"}', { format: "json" });
    expect(notList.ok ? "" : notList.problems[0]!.code).toBe("invalid_type");
    expect(() => readQuarterReturns("borough\n")).toThrow(/quarter column/);
  });

  it("refuses a format it cannot read, naming it (wrong kinds of argument: scripts/argument-fuzz.test.mjs)", () => {
    let error: unknown;
    try {
      safeReadQuarterReturns("", { format: "xlsx" as never });
    } catch (e) {
      error = e;
    }
    expect(isStValidationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/xlsx/);
  });

  it("never throws on any text, and keeps every entry or reports a problem for it (fuzz)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom("csv" as const, "json" as const), (text, format) => {
        const read = safeReadQuarterReturns(text, { format });
        if (read.ok) for (const r of read.value) expect(r.borough).toMatch(/^E\d{8}$/);
        else expect(read.problems.length).toBeGreaterThan(0);
      }),
    );
    const rows = fc.array(
      fc.tuple(fc.constantFrom("Hackney", "Barnet", "E09000020", "Nowhere"), fc.constantFrom("2025-Q1", "Q2", "x")),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(rows, (pairs) => {
        const csv = `borough,quarter\n${pairs.map(([b, q]) => `${b},${q}`).join("\n")}\n`;
        const read = safeReadQuarterReturns(csv);
        // Nothing is dropped silently: every row is read, or named by a problem on its line.
        if (read.ok) expect(read.value).toHaveLength(pairs.length);
        else for (const p of read.problems) expect(p.line).toBeGreaterThanOrEqual(2);
      }),
    );
  });
});
