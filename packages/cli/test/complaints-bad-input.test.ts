import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "@st/cli";
import { describe, expect, it } from "vitest";
import { memoryIo } from "./memory-io.js";

/**
 * Bad input for `st complaints validate`: whatever arrives, the outcome is a clear error (exit 2,
 * one paragraph, no stack trace) or a clean result (exit 0 or 1, one JSON document that accounts
 * for every record), never a crash, a hang or a dropped row.
 */
const dir = mkdtempSync(join(tmpdir(), "st-complaints-bad-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function validate(path: string) {
  const io = memoryIo("", dir);
  const code = await run(["complaints", "validate", path, "--format", "json"], io);
  expect(io.err).not.toMatch(/^\s+at /m);
  expect(io.err).not.toContain("internal error");
  if (code === 2) {
    expect(io.out).toBe("");
    expect(io.err.trim().split("\n").length).toBeLessThanOrEqual(3);
    return { code, err: io.err, out: undefined };
  }
  return {
    code,
    err: io.err,
    out: JSON.parse(io.out) as { valid: boolean; records: number; errors: { record: number }[] },
  };
}

const record = (i: number) => ({
  schemaVersion: 1,
  complaint: {
    reference: `R-${i}`,
    borough: "E09000012",
    received: "2025-03-03",
    complainantRole: "perpetrator",
    status: "open",
  },
  process: { emails: i % 50 },
  learnings: { forPractice: `An early meeting with the team kept the response consistent (case ${i}).` },
});

describe("malformed JSON is a clear error", () => {
  for (const [name, content] of [
    ["empty.json", ""],
    ["truncated.json", '[{"schemaVersion": 1, "complaint": {'],
    ["trailing-comma.json", "[{},]"],
    ["not-utf8.json", new Uint8Array([0x5b, 0xff, 0xfe, 0x5d])],
    ["a-number.json", "42"],
    ["null.json", "null"],
    ["object.json", JSON.stringify(record(1))],
    ["nul-bytes.json", "\u0000\u0000\u0000"],
  ] as const) {
    it(name, async () => {
      const r = await validate(file(name, content));
      expect(r.code).toBe(2);
      expect(r.err).toContain(name);
    });
  }
});

describe("wrong types are reported per record, none dropped", () => {
  it("names every record that is not a record at all", async () => {
    const r = await validate(file("mixed.json", JSON.stringify([record(1), 1, "x", null, [], record(2), true])));
    expect(r.code).toBe(1);
    expect(r.out!.records).toBe(7);
    expect([...new Set(r.out!.errors.map((e) => e.record))]).toEqual([2, 3, 4, 5, 7]);
  });

  it("reports wrong types inside records by field", async () => {
    const bad = {
      schemaVersion: "1",
      complaint: "HK-1",
      content: [],
      investigation: { stageReached: "two", investigated: true },
      process: { emails: "lots", copiedIn: "mayor" },
      stages: { stage1Response: 20250101 },
    };
    const r = await validate(file("types.json", JSON.stringify([bad])));
    expect(r.code).toBe(1);
    expect(r.out!.errors.length).toBeGreaterThan(0);
  });

  it("survives deep nesting, huge strings and prototype keys", async () => {
    let deep: unknown = "x";
    for (let i = 0; i < 2000; i++) deep = { a: deep };
    const r = await validate(
      file(
        "hostile.json",
        `[${JSON.stringify({ ...record(1), content: deep })}, ${JSON.stringify({ ...record(2), learnings: { forPractice: "y".repeat(1_000_000) } })}, {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}]`,
      ),
    );
    expect(r.code).toBe(1);
    expect([...new Set(r.out!.errors.map((e) => e.record))]).toEqual([1, 2, 3]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("a 50 MB file", () => {
  it("of records is read in full, every record accounted for", async () => {
    const records = Array.from({ length: 200_000 }, (_, i) => record(i));
    const text = JSON.stringify(records);
    expect(text.length).toBeGreaterThan(50_000_000);
    const r = await validate(file("big.json", text));
    expect(r.code).toBe(0);
    expect(r.out).toEqual({ valid: true, records: 200_000, errors: [] });
  }, 120_000);

  it("of junk is a clear error", async () => {
    const junk = new Uint8Array(50 * 1024 * 1024);
    for (let i = 0; i < junk.length; i += 4096) junk[i] = (i * 7919) % 256;
    const r = await validate(file("junk.json", junk));
    expect(r.code).toBe(2);
  }, 60_000);
});
