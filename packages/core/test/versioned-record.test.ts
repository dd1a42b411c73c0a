import { StValidationError } from "@st/core";
import { isoDateSchema } from "@st/core/calendar";
import { defineMigration, defineRecord } from "@st/core/records";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as z from "zod";

// A synthetic record type at version 3, with the history such records really have:
// v1 -> v2 renamed `received` to `receivedOn`; v2 -> v3 turned a yes/no `upheld` into an answer list.
const v1 = z.strictObject({ borough: z.string().min(1), received: isoDateSchema, upheld: z.boolean() });
const v2 = z.strictObject({ borough: z.string().min(1), receivedOn: isoDateSchema, upheld: z.boolean() });
const v3 = z
  .strictObject({
    borough: z.string().min(1),
    receivedOn: isoDateSchema,
    upheld: z.enum(["Y in part", "Y in full", "N"]),
    respondedOn: isoDateSchema.optional(),
  })
  .refine((r) => r.respondedOn === undefined || r.respondedOn >= r.receivedOn, {
    path: ["respondedOn"],
    message: "is before the date received",
    params: { expected: "a date on or after the date received" },
  });

const complaint = defineRecord({
  name: "complaint",
  version: 3,
  schema: v3,
  labels: { borough: "Borough", receivedOn: "Date received", upheld: "Upheld?", respondedOn: "Date of response" },
  description: "A synthetic complaint record for tests.",
  migrations: {
    1: defineMigration(v1, ({ received, ...rest }) => ({ ...rest, receivedOn: received }), {
      labels: { received: "Date complaint received" },
    }),
    2: defineMigration(v2, (old) => ({ ...old, upheld: old.upheld ? "Y in full" : "N" })),
  },
});

const current = { borough: "Hackney", receivedOn: "2025-12-19", upheld: "N" as const };

describe("defineRecord", () => {
  it("reads every earlier version into the current shape", () => {
    expect(complaint.parse({ schemaVersion: 1, borough: "Hackney", received: "2025-12-19", upheld: true })).toEqual({
      borough: "Hackney",
      receivedOn: "2025-12-19",
      upheld: "Y in full",
    });
    expect(complaint.parse({ schemaVersion: 2, borough: "Hackney", receivedOn: "2025-12-19", upheld: false })).toEqual(
      current,
    );
    expect(complaint.parse({ schemaVersion: 3, ...current })).toEqual(current);
    expect(complaint.safeParse({ schemaVersion: 1, borough: "Barnet", received: "2025-01-02", upheld: false })).toEqual(
      {
        ok: true,
        value: { borough: "Barnet", receivedOn: "2025-01-02", upheld: "N" },
        fromVersion: 1,
      },
    );
    expectTypeOf<ReturnType<typeof complaint.parse>>().toEqualTypeOf<z.output<typeof v3>>();
  });

  it("writes the current version, schemaVersion first, and round-trips", () => {
    const stored = complaint.write(current);
    expect(stored).toEqual({ schemaVersion: 3, ...current });
    expect(Object.keys(stored)[0]).toBe("schemaVersion");
    expect(complaint.parse(JSON.parse(JSON.stringify(stored)))).toEqual(current);
    expectTypeOf(stored.schemaVersion).toEqualTypeOf<3>();
  });

  it("refuses to write a bad record", () => {
    expect(() => complaint.write({ ...current, upheld: "yes" as never })).toThrow(StValidationError);
    expect(() => complaint.write({ ...current, respondedOn: "2025-12-01" })).toThrow(
      /"Date of response": is before the date received/,
    );
  });

  it("reports problems against the version the record was written at, by label", () => {
    const result = complaint.safeParse(
      { schemaVersion: 1, borough: "", received: "19/12/2025", upheld: true, colour: "red" },
      { record: 4 },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.record, p.path, p.field, p.code])).toEqual([
      [4, "borough", "Borough", "required"],
      [4, "received", "Date complaint received", "invalid_format"],
      [4, "colour", "Colour", "unknown_field"],
    ]);
  });

  it("names unknown fields and keeps refinements", () => {
    const result = complaint.safeParse({
      schemaVersion: 3,
      ...current,
      recievedOn: "2025-12-19",
      respondedOn: "2025-12-01",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'recievedOn: is not a known field (did you mean "receivedOn"?)',
      "respondedOn: is before the date received",
    ]);
    const refined = complaint.safeParse({ schemaVersion: 3, ...current, respondedOn: "2025-12-01" });
    expect(refined.ok || refined.problems[0]).toMatchObject({ path: "respondedOn", field: "Date of response" });
  });

  it("says which versions it knows when schemaVersion is missing, newer or not a version", () => {
    const missing = complaint.safeParse(current);
    expect(missing.ok || missing.problems).toEqual([
      {
        path: "schemaVersion",
        field: "Schema version",
        expected: "the version the record was written at (1 to 3)",
        received: "nothing",
        message: "is missing: every stored complaint record says which version of its schema it follows",
        code: "required",
      },
    ]);
    const newer = complaint.safeParse({ schemaVersion: 4, ...current }, { record: 2 });
    expect(newer.ok || newer.problems[0]).toMatchObject({
      record: 2,
      code: "unsupported_version",
      received: "4",
      expected: "a version this software reads (1 to 3)",
    });
    expect(() => complaint.parse({ schemaVersion: 4, ...current })).toThrow(/upgrade to read it/);
    for (const bad of [0, -1, 1.5, "3", null]) {
      const result = complaint.safeParse({ schemaVersion: bad, ...current });
      expect(result.ok || result.problems[0]?.code).toBe("invalid_value");
    }
    const notRecord = complaint.safeParse([current]);
    expect(notRecord.ok || notRecord.problems[0]).toMatchObject({ code: "invalid_type", received: "a list of 1" });
  });

  it("reads unversioned input as a stated version when told to", () => {
    // e.g. a spreadsheet row typed into the version 2 template.
    const row = { borough: "Newham", receivedOn: "2025-03-03", upheld: true };
    expect(complaint.parse(row, { assumeVersion: 2 })).toEqual({ ...row, upheld: "Y in full" });
    const legacy = defineRecord({
      name: "note",
      version: 1,
      schema: z.strictObject({ text: z.string() }),
      assumeVersion: 1,
    });
    expect(legacy.parse({ text: "x" })).toEqual({ text: "x" });
    expect(() => complaint.parse(row, { assumeVersion: 9 })).toThrow(RangeError);
  });

  it("reads lists, numbering the records from 1", () => {
    const result = complaint.safeParseAll([
      { schemaVersion: 3, ...current },
      { schemaVersion: 3 },
      { schemaVersion: 9 },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(new Set(result.problems.map((p) => p.record))).toEqual(new Set([2, 3]));
    expect(complaint.parseAll([complaint.write(current)])).toEqual([current]);
    expect(() => complaint.parseAll([{}])).toThrow(/1 problem in complaint records:\n {2}- record 1: "Schema version"/);
  });

  it("reports a migration that fails or gives a bad shape", () => {
    const broken = defineRecord({
      name: "broken",
      version: 2,
      schema: z.strictObject({ n: z.int() }),
      migrations: { 1: defineMigration(z.strictObject({ n: z.string() }), (old) => ({ n: Number(old.n) })) },
    });
    const result = broken.safeParse({ schemaVersion: 1, n: "abc" });
    expect(result.ok || result.problems[0]?.message).toBe(
      "is not a number (after upgrading the record from version 1)",
    );
    const throwing = defineRecord({
      name: "throwing",
      version: 2,
      schema: z.strictObject({}),
      migrations: {
        1: defineMigration(z.strictObject({}), () => {
          throw new Error("no rule for this case");
        }),
      },
    });
    const failed = throwing.safeParse({ schemaVersion: 1 });
    expect(failed.ok || failed.problems[0]).toMatchObject({
      code: "migration_failed",
      message: "could not be upgraded from version 1 to 2: no rule for this case",
    });
  });

  it("refuses definitions that would lose data", () => {
    const strict = z.strictObject({ a: z.string() });
    expect(() => defineRecord({ name: "x", version: 2, schema: strict })).toThrow(/no migration from version 1/);
    expect(() => defineRecord({ name: "x", version: 1, schema: z.object({ a: z.string() }) })).toThrow(
      /z.strictObject/,
    );
    expect(() =>
      defineRecord({ name: "x", version: 1, schema: z.strictObject({ schemaVersion: z.literal(1) }) }),
    ).toThrow(/must not declare schemaVersion/);
    expect(() => defineRecord({ name: "x", version: 0, schema: strict })).toThrow(/whole number from 1/);
    expect(() =>
      defineRecord({ name: "x", version: 1, schema: strict, migrations: { 1: defineMigration(strict, (v) => v) } }),
    ).toThrow(/not an earlier version/);
  });

  it("gives a JSON Schema of the stored form of each version", () => {
    const json = complaint.jsonSchema();
    expect(json).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      title: "complaint record, version 3",
      description: "A synthetic complaint record for tests.",
      type: "object",
      required: ["schemaVersion", "borough", "receivedOn", "upheld"],
      additionalProperties: false,
    });
    expect(Object.keys(json.properties as object)).toEqual([
      "schemaVersion",
      "borough",
      "receivedOn",
      "upheld",
      "respondedOn",
    ]);
    expect((json.properties as Record<string, unknown>).upheld).toEqual({
      type: "string",
      enum: ["Y in part", "Y in full", "N"],
    });
    expect(complaint.jsonSchema(1).properties).toHaveProperty("received");
    expect(() => complaint.jsonSchema(4)).toThrow(/known versions are 1 to 3/);
  });

  it("writes each version's fields as z.toJSONSchema does (it asks the schema, which bundles less)", () => {
    for (const [version, schema] of [
      [1, v1],
      [2, v2],
      [3, v3],
    ] as const) {
      const { properties, required } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
      const json = complaint.jsonSchema(version);
      expect(json.properties).toEqual({ schemaVersion: expect.anything(), ...properties });
      expect(json.required).toEqual(["schemaVersion", ...(required ?? [])]);
    }
  });

  it("reads back whatever it writes (property)", () => {
    const value = fc.record(
      {
        borough: fc.string({ minLength: 1 }),
        receivedOn: fc
          .date({ min: new Date("1995-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        upheld: fc.constantFrom("Y in part" as const, "Y in full" as const, "N" as const),
      },
      { requiredKeys: ["borough", "receivedOn", "upheld"] },
    );
    fc.assert(
      fc.property(value, (v) => {
        expect(complaint.parse(JSON.parse(JSON.stringify(complaint.write(v))))).toEqual(v);
      }),
    );
  });
});
