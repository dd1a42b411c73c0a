import { demoComplaints } from "@st/complaints-proforma/demo";
import { isStValidationError } from "@st/core";
import { publishedPartnershipReturns } from "@st/indicators";
import { demoRounds } from "@st/learning-review/demo";
import { buildReturn, checkReturn, RETURN_SCHEMA_VERSION } from "@st/returns";
import { describe, expect, it } from "vitest";
import { hackneyAudits, hackneyInputs, SECRET, source } from "./fixtures.js";

describe("buildReturn", () => {
  it("refuses missing inputs with a coded error naming the function and the argument", async () => {
    // @ts-expect-error: a caller without types can pass nothing
    const error = await buildReturn(undefined).catch((e: unknown) => e);
    expect(isStValidationError(error)).toBe(true);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      "1 problem in the arguments of buildReturn:\n  - \"Return inputs\": is not a borough's inputs for one quarter's return (expected a borough's inputs for one quarter's return, found nothing)",
    );
    expect((error as { problems: unknown }).problems).toEqual([
      expect.objectContaining({ path: "inputs", field: "Return inputs", code: "invalid_type" }),
    ]);
  });

  it("builds a valid, sealed return of aggregates for one borough and quarter", async () => {
    const value = await buildReturn(hackneyInputs());
    expect(value).toMatchObject({
      borough: "E09000012",
      boroughName: "Hackney",
      quarter: "2024-Q4",
      version: 1,
      schemaVersion: RETURN_SCHEMA_VERSION,
    });
    expect(new Set(value.figures.map((f) => f.section))).toEqual(
      new Set(["indicators", "complaints", "learning-review", "language"]),
    );
    // Hackney published 256 new cases with DA as the referral issue in Oct-Dec 24.
    expect(value.figures.find((f) => f.id === "indicators/da-referral-on-intake")).toMatchObject({
      value: 256,
      n: 256,
      status: "shown",
    });
    // Every figure names its definition, its caveats (all defined) and its sources (all listed).
    for (const f of value.figures) {
      expect(f.definition.id).not.toBe("");
      for (const c of f.caveats) expect(value.caveats.map((x) => x.id)).toContain(c);
    }
    expect((await checkReturn(JSON.parse(JSON.stringify(value)))).ok).toBe(true);
  });

  it("is deterministic: the same files and secret give the same return, byte for byte", async () => {
    expect(JSON.stringify(await buildReturn(hackneyInputs()))).toBe(JSON.stringify(await buildReturn(hackneyInputs())));
  });

  it("holds no case, worker, reviewer or complaint identifier; cases only as keyed pseudonyms", async () => {
    const value = await buildReturn(hackneyInputs());
    const text = JSON.stringify(value);
    const round = demoRounds().find((r) => r.id === "hk-2024-q4")!;
    const identifiers = [
      ...round.cases.flatMap((c) => [c.caseId, c.workerId]),
      ...(round.reviewers ?? []).flatMap((r) => (r.id ? [r.id] : [])),
      ...demoComplaints()
        .filter((c) => c.complaint.borough === "E09000012")
        .map((c) => c.complaint.reference),
    ].filter((id): id is string => typeof id === "string");
    expect(identifiers.length).toBeGreaterThan(10);
    for (const id of identifiers) expect(text).not.toContain(`"${id}"`);
    expect(value.pseudonyms.reviewedCases).toHaveLength(round.cases.length);
    // Another borough's secret gives other pseudonyms: the key is what makes them unlinkable.
    const other = await buildReturn(hackneyInputs({ secret: "another-borough-secret-0002-synthetic-mnop" }));
    expect(other.pseudonyms.reviewedCases).not.toEqual(value.pseudonyms.reviewedCases);
  });

  it("refuses a census or table for another borough, naming the file and the field", async () => {
    const published = publishedPartnershipReturns();
    const newham = { ...published, series: published.series.filter((p) => p.borough === "E09000025") };
    const error = await buildReturn(
      hackneyInputs({ indicators: { table: newham, sources: [source("census", "cin-2025.xml", 9)] } }),
    ).catch((e: unknown) => e);
    expect(isStValidationError(error)).toBe(true);
    if (!isStValidationError(error)) return;
    expect(error.problems[0]).toMatchObject({
      field: "Borough of the figures (census header LEA)",
      code: "wrong_borough",
    });
    expect(error.message).toContain("cin-2025.xml holds figures for Newham, not for Hackney");
  });

  it("refuses another borough's complaints and a round of another quarter, every problem at once", async () => {
    const error = await buildReturn(
      hackneyInputs({
        complaints: { records: demoComplaints().slice(0, 40), source: source("complaints", "register.xlsx", 5) },
        review: {
          round: demoRounds().find((r) => r.id === "hk-2024-q2")!,
          source: source("learning-review", "q2.json", 6),
        },
      }),
    ).catch((e: unknown) => e);
    if (!isStValidationError(error)) throw new Error("expected a validation error");
    const codes = new Set(error.problems.map((p) => p.code));
    expect(codes).toEqual(new Set(["wrong_borough", "wrong_quarter"]));
    expect(error.message).toMatch(/register\.xlsx: complaint \d+ is \w[\w ]*'s, not Hackney's/);
    expect(error.message).toContain("q2.json: the round reviewed 2024-04-01 to 2024-06-30");
  });

  it("counts only the quarter's complaints and audits, and says how many it left out", async () => {
    const value = await buildReturn(
      hackneyInputs({
        quarter: "2025-Q2",
        checklists: [{ records: hackneyAudits(), source: source("checklists", "audits.json", 7) }],
        review: undefined,
        caseNotes: undefined,
        indicators: undefined,
      }),
    );
    const received = demoComplaints().filter(
      (c) =>
        c.complaint.borough === "E09000012" &&
        c.complaint.received >= "2025-04-01" &&
        c.complaint.received <= "2025-06-30",
    ).length;
    const complaints = value.figures.find((f) => f.id === "complaints/complaints")!;
    expect(complaints.value ?? complaints.display).toBe(received >= 5 || received === 0 ? received : "<5");
    expect(value.notes.some((n) => /complaints received outside 2025-Q2 were left out/.test(n))).toBe(true);
    expect(value.figures.find((f) => f.id === "checklist/audits")).toMatchObject({ value: 10 });
    expect(value.notes.some((n) => /audits dated outside 2025-Q2 were left out/.test(n))).toBe(true);
  });

  it("refuses a borough it does not know and a quarter not written YYYY-Qn", async () => {
    const error = await buildReturn({ borough: "Narnia", quarter: "Q3 2024", secret: SECRET }).catch((e: unknown) => e);
    if (!isStValidationError(error)) throw new Error("expected a validation error");
    expect(error.problems.map((p) => p.field)).toEqual(["Borough", "Quarter"]);
  });
});
