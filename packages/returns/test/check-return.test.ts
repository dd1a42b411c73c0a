import { demoRounds } from "@st/learning-review/demo";
import { buildReturn, checkReturn, type PartnershipReturn, returnChecksum } from "@st/returns";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { hackneyReturn, SECRET, source } from "./fixtures.js";

let built: PartnershipReturn;
beforeAll(async () => {
  built = await hackneyReturn();
}, 60_000);

const copy = (): Record<string, unknown> & PartnershipReturn => JSON.parse(JSON.stringify(built));
/** Edit a return and seal it again, as someone who knows the checksum rule would. */
const resealed = async (edit: (r: PartnershipReturn) => void) => {
  const r = copy();
  edit(r);
  r.checksum = await returnChecksum(r);
  return r;
};
const problemsOf = async (json: unknown, file?: string) => {
  const result = await checkReturn(json, { file });
  return result.ok ? [] : result.problems;
};

describe("checkReturn", () => {
  it("accepts a return as built", async () => {
    expect(await problemsOf(copy(), "E09000012-2024-Q4-v1.json")).toEqual([]);
  });

  it("refuses a return from a newer schema version before reading anything else", async () => {
    const problems = await problemsOf({ ...copy(), schemaVersion: 2, newField: true });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: "schemaVersion", field: "Schema version", code: "newer_schema_version" });
    expect(problems[0]!.message).toContain("update st");
  });

  it("catches a figure edited after the return was built (the checksum no longer matches)", async () => {
    const r = copy();
    const f = r.figures.find((x) => x.id === "indicators/da-referral-on-intake")!;
    f.value = 999;
    f.n = 999;
    f.display = "999";
    expect(await problemsOf(r)).toEqual([
      expect.objectContaining({ path: "checksum", field: "Checksum", code: "checksum_mismatch" }),
    ]);
  });

  it("catches a tampered checksum", async () => {
    expect(await problemsOf({ ...copy(), checksum: "0".repeat(64) })).toEqual([
      expect.objectContaining({ path: "checksum", code: "checksum_mismatch" }),
    ]);
  });

  it("catches a figure withheld for another's sake shown again, even when resealed", async () => {
    // Barnet's first demo round reviewed 9 cases: 4 in one cohort (withheld), so the other 5 are withheld too.
    const barnet = await buildReturn({
      borough: "Barnet",
      quarter: "2024-Q2",
      secret: SECRET,
      review: {
        round: demoRounds().find((r) => r.id === "bn-2024-q2")!,
        source: source("learning-review", "round.json", 1),
      },
    });
    const secondary = barnet.figures.find((f) => f.status === "secondary");
    expect(secondary, "the round has a figure withheld for another's sake").toBeDefined();
    const r = JSON.parse(JSON.stringify(barnet)) as PartnershipReturn;
    {
      const f = r.figures.find((x) => x.id === secondary!.id)!;
      f.status = "shown";
      f.value = 7;
      f.n = f.kind === "count" ? 7 : (f.n ?? 20);
      f.display = "7";
    }
    r.checksum = await returnChecksum(r);
    expect((await problemsOf(r)).map((p) => p.code)).toContain("secondary_suppression_missing");
  });

  it("catches an unsuppressed small number, even when resealed", async () => {
    const shown = await resealed((r) => {
      const f = r.figures.find((x) => x.status === "suppressed" && x.kind === "count")!;
      f.value = 3;
      f.n = 3;
      f.status = "shown";
      f.display = "3";
    });
    const codes = (await problemsOf(shown)).map((p) => p.code);
    expect(codes).toContain("unsuppressed_small_number");
  });

  it("refuses a definition version it does not know, naming the figure", async () => {
    const r = await resealed((r) => {
      r.figures[0]!.definition.version = "7";
    });
    const problems = await problemsOf(r);
    expect(problems[0]).toMatchObject({ path: "figures.0.definition.version", code: "unknown_definition_version" });
    expect(problems[0]!.message).toContain("indicators/da-referral-on-intake");
  });

  it("catches a borough name that does not match its code, and a file named for another borough-quarter", async () => {
    const r = await resealed((r) => {
      r.boroughName = "Newham";
    });
    expect((await problemsOf(r)).map((p) => p.code)).toEqual(["borough_mismatch"]);
    expect((await problemsOf(copy(), "E09000025-2024-Q4-v1.json")).map((p) => [p.code, p.field])).toEqual([
      ["file_name_mismatch", "Borough"],
    ]);
    expect((await problemsOf(copy(), "returns/E09000012-2024-Q3-v1.json")).map((p) => p.field)).toEqual(["Quarter"]);
  });

  it("names unknown fields and wrong values by their labels", async () => {
    const problems = await problemsOf({ ...copy(), quarter: "Q4 2024", extra: 1 });
    expect(problems.map((p) => p.field).sort()).toEqual(["Extra", "Quarter"]);
  });

  it("never throws, whatever JSON it is given (fuzz)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.jsonValue().map((v) => ({ ...copy(), figures: [v] })),
          fc.jsonValue().map((v) => ({ ...copy(), groups: v })),
          fc
            .dictionary(
              fc.constantFrom("kind", "schemaVersion", "borough", "quarter", "version", "checksum", "pseudonyms"),
              fc.jsonValue(),
            )
            .map((patch) => ({ ...copy(), ...patch })),
        ),
        async (json) => {
          const result = await checkReturn(json);
          if (!result.ok) for (const p of result.problems) expect(typeof p.message).toBe("string");
        },
      ),
      { numRuns: 300 },
    );
  });
});
