import {
  complaintRecordSchema,
  complaintRecordSchemaV1,
  complaintRecordType,
  complaintsProforma,
  safeParseComplaint,
} from "@st/complaints-proforma";
import { builtInTerminologies } from "@st/core/practice";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { acceptorOf, UNSURE } from "../src/quick-accept.js";
import { complaintRecord, complaintRecordV1, stored, storedV1 } from "./arbitraries.js";

/** Every key of a value in order, all the way down: what `toEqual` does not compare. */
const keyOrder = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(keyOrder)
    : typeof value === "object" && value !== null
      ? Object.entries(value).map(([k, v]) => [k, keyOrder(v)])
      : value;

/** The acceptor either gives up or returns exactly what zod returns, keys in zod's order. */
function agreesWithZod(schema: z.ZodType, value: unknown): boolean {
  const accepted = acceptorOf(schema)(value);
  if (accepted === UNSURE) return false;
  const read = schema.safeParse(value);
  expect(read.success).toBe(true);
  expect(accepted).toStrictEqual(read.data);
  expect(keyOrder(accepted)).toEqual(keyOrder(read.data));
  return true;
}

// Values a field may hold in an untrusted record: answers, near answers, and the wrong kinds.
const oddValue = fc.oneof(
  fc.constantFrom("yes", "no", "other", "mp", "", " ", "\u000b", "2024-02-30", "2024-02-29", "2205-01-01"),
  fc.constantFrom(0, -1, 2.5, 3, Number.NaN, Number.POSITIVE_INFINITY, null, undefined, true),
  fc.constantFrom([], ["mp", "mp"], ["mp"], ["mp", undefined], {}, { yes: 1 }),
  fc.string({ maxLength: 3 }),
);

/** A record with one answer replaced (or added) by an odd value, or an unknown section. */
function spoilt(record: Record<string, unknown>) {
  const sections = Object.keys(record).filter((k) => k !== "schemaVersion");
  return fc
    .tuple(
      fc.constantFrom(...sections, "extra"),
      fc.constantFrom("status", "upheld", "emails", "copiedIn", "x"),
      oddValue,
    )
    .map(([section, field, value]) => {
      const current = record[section];
      const copy = { ...record };
      copy[section] = typeof current === "object" && current !== null ? { ...current, [field]: value } : value;
      return copy;
    });
}

describe("accepting sound records quickly", () => {
  it("accepts every sound record, returning exactly what zod returns", () => {
    fc.assert(
      fc.property(complaintRecord, (record) => {
        const { schemaVersion: _, ...fields } = stored(record);
        expect(agreesWithZod(complaintRecordSchema, fields)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(complaintRecordV1, (record) => {
        const { schemaVersion: _, ...fields } = storedV1(record);
        expect(agreesWithZod(complaintRecordSchemaV1, fields)).toBe(true);
      }),
    );
  });

  it("never accepts what zod rejects, and reads a spoilt record as the record type does", () => {
    const type = complaintRecordType();
    fc.assert(
      fc.property(
        complaintRecord.map(stored).chain((r) => fc.oneof(fc.constant(r), spoilt(r))),
        (input) => {
          const { schemaVersion: _, ...fields } = input;
          agreesWithZod(complaintRecordSchema, fields);
          // The package's reader (quick when it can) and the record type (zod always) agree.
          const read = safeParseComplaint(input);
          const byType = type.safeParse(input);
          expect(read.ok).toBe(byType.ok);
          if (read.ok) expect(keyOrder(read)).toEqual(keyOrder(byType));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads as zod does under another definition's labels and a version 1 record", () => {
    const profile = builtInTerminologies["person-who-uses-harm"];
    fc.assert(
      fc.property(complaintRecordV1.map(storedV1), (input) => {
        const read = safeParseComplaint(input, { terminology: profile });
        expect(keyOrder(read)).toEqual(keyOrder(complaintRecordType(complaintsProforma, profile).safeParse(input)));
      }),
      { numRuns: 200 },
    );
  });

  it("copies zod's rules for each kind of schema it knows, and leaves the rest to zod", () => {
    const schemas = [
      z.int().min(0),
      z.number(),
      z.string().min(2),
      z.email(),
      z.string().trim(),
      z.coerce.number(),
      z.literal([1, 2]),
      z.enum(["a", "b"]),
      z.array(z.enum(["a", "b"])).min(1),
      z.strictObject({ a: z.string().optional(), b: z.number().default(3), c: z.string().prefault("x") }),
      z.object({ a: z.string() }),
      z.union([z.string(), z.number()]),
      z.record(z.string(), z.number()),
    ];
    const values = fc.oneof(
      oddValue,
      fc.constantFrom("a", " a ", "x@example.org", 1, 2, "3", { a: "x" }, { a: "x", z: 1 }, { b: 1, c: "y" }),
      fc.constant(Object.assign(new Array(2), { 1: "a" })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...schemas), values, (schema, value) => {
        agreesWithZod(schema, value);
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves every object to zod where zod is set to compile no code (as under a strict Content Security Policy)", () => {
    const jitless = z.config().jitless;
    z.config({ jitless: true });
    try {
      const schema = z.strictObject({ a: z.string() });
      expect(acceptorOf(schema)({ a: "x" })).toBe(UNSURE);
      expect(acceptorOf(z.strictObject({ a: z.string() }).optional())(undefined)).toBeUndefined();
    } finally {
      z.config({ jitless });
    }
    expect(acceptorOf(z.strictObject({ a: z.string() }))({ a: "x" })).toEqual({ a: "x" });
  });
});
