import { createHmac } from "node:crypto";
import { isStValidationError } from "@st/core";
import {
  createPseudonymiser,
  generatePseudonymKey,
  MIN_PSEUDONYM_LENGTH,
  pseudonymCollisionChance,
  pseudonymInput,
} from "@st/core/records";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const KEY = "synthetic-test-key-not-a-secret-0123456789";

describe("createPseudonymiser", () => {
  it("gives the same pseudonym every time for the same key, and a stable known value", async () => {
    const pseudonymise = await createPseudonymiser(KEY, { prefix: "C-", length: 12 });
    const first = await pseudonymise("CASE-123");
    expect(first).toMatch(/^C-[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(await pseudonymise("CASE-123")).toBe(first);
    expect(await (await createPseudonymiser(KEY, { prefix: "C-", length: 12 }))("CASE-123")).toBe(first);
    // Pinned, so that a change of encoding (which would break joins with earlier exports) fails here.
    expect(first).toBe("C-KVCG4A96HPS7");
    expect(await pseudonymise("CASE-124")).not.toBe(first);
    const otherKey = await createPseudonymiser(`${KEY}!`, { prefix: "C-", length: 12 });
    expect(await otherKey("CASE-123")).not.toBe(first);
  });

  it("matches Node's own HMAC, in base32 and hex, with and without context (property)", async () => {
    const hex = await createPseudonymiser(KEY, { alphabet: "hex", length: 64 });
    const withContext = await createPseudonymiser(KEY, { alphabet: "hex", length: 64, context: "person" });
    const base32 = await createPseudonymiser(KEY, { length: 51 });
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, unit: "grapheme" }).filter((s) => s.normalize("NFC").trim() !== ""),
        async (raw) => {
          const id = raw.normalize("NFC").trim();
          const expected = createHmac("sha256", KEY).update(id, "utf8").digest();
          expect(await hex(raw)).toBe(expected.toString("hex"));
          // The context's length as four big-endian bytes, the context, the identifier.
          const framed = Buffer.concat([Buffer.from([0, 0, 0, 6]), Buffer.from("person"), Buffer.from(id, "utf8")]);
          expect(await withContext(raw)).toBe(createHmac("sha256", KEY).update(framed).digest("hex"));
          expect(await base32(raw)).toBe(crockford(expected).slice(0, 51));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("separates kinds of identifier with a context", async () => {
    const cases = await createPseudonymiser(KEY, { context: "case" });
    const people = await createPseudonymiser(KEY, { context: "person" });
    expect(await cases("123")).not.toBe(await people("123"));
  });

  it("tidies identifiers: NFC and surrounding spaces, case kept unless told", async () => {
    const pseudonymise = await createPseudonymiser(KEY);
    expect(await pseudonymise(" 123 ")).toBe(await pseudonymise("123"));
    expect(await pseudonymise("Zoe\u0308")).toBe(await pseudonymise("Zoë"));
    expect(await pseudonymise("abc")).not.toBe(await pseudonymise("ABC"));
    const caseless = await createPseudonymiser(KEY, { normalise: (id) => id.trim().toUpperCase() });
    expect(await caseless("abc")).toBe(await caseless("ABC"));
  });

  it("accepts a Web Crypto key", async () => {
    const raw = new TextEncoder().encode(KEY);
    const cryptoKey = await crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    expect(await (await createPseudonymiser(cryptoKey))("x")).toBe(await (await createPseudonymiser(KEY))("x"));
    const aes = await crypto.subtle.generateKey({ name: "AES-GCM", length: 128 }, false, ["encrypt"]);
    await expect(createPseudonymiser(aes)).rejects.toThrow(/HMAC secret key/);
  });

  it("refuses silly lengths and empty identifiers", async () => {
    await expect(createPseudonymiser(KEY, { length: MIN_PSEUDONYM_LENGTH - 1 })).rejects.toThrow(/8 to 51 characters/);
    await expect(createPseudonymiser(KEY, { length: 52 })).rejects.toThrow(/8 to 51/);
    await expect(createPseudonymiser(KEY, { alphabet: "hex", length: 65 })).rejects.toThrow(/8 to 64/);
    await expect(createPseudonymiser(KEY, { length: 12.5 })).rejects.toThrow(/8 to 51/);
    const pseudonymise = await createPseudonymiser(KEY);
    await expect(pseudonymise("   ")).rejects.toThrow(/empty identifier/);
    await expect(pseudonymise(123 as unknown as string)).rejects.toThrow(TypeError);
    await expect(pseudonymise("12\u00003")).rejects.toThrow(/NUL/);
  });
});

/** The problem code a rejected promise carries, or "no error". */
async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "no error";
  } catch (error) {
    if (!isStValidationError(error)) throw error;
    return error.problems[0]!.code;
  }
}

describe("pseudonym keys", () => {
  it("refuses a number, which would otherwise become an all-zero key", async () => {
    expect(await codeOf(createPseudonymiser(1234567890123 as unknown as string))).toBe("invalid_key");
    expect(await codeOf(createPseudonymiser(undefined as unknown as string))).toBe("invalid_key");
    expect(await codeOf(createPseudonymiser(null as unknown as string))).toBe("invalid_key");
    expect(await codeOf(createPseudonymiser({ key: KEY } as unknown as string))).toBe("invalid_key");
    await expect(createPseudonymiser(42 as unknown as string)).rejects.toThrow(/must be text or bytes/);
  });

  it("refuses keys under 32 bytes", async () => {
    expect(await codeOf(createPseudonymiser("short"))).toBe("weak_key");
    expect(await codeOf(createPseudonymiser(KEY.slice(0, 31)))).toBe("weak_key");
    await expect(createPseudonymiser(KEY.slice(0, 31))).rejects.toThrow(/31 bytes; a key needs at least 32/);
    expect(await codeOf(createPseudonymiser(KEY.slice(0, 32)))).toBe("no error");
  });

  it("refuses all-zero, all-same, repeated and sequential keys however long", async () => {
    expect(await codeOf(createPseudonymiser(new Uint8Array(64)))).toBe("weak_key");
    expect(await codeOf(createPseudonymiser(new Uint8Array(64).fill(0xaa).buffer))).toBe("weak_key");
    expect(await codeOf(createPseudonymiser("a".repeat(100)))).toBe("weak_key");
    expect(await codeOf(createPseudonymiser("password".repeat(8)))).toBe("weak_key");
    expect(await codeOf(createPseudonymiser("0123456789abcdefghij".repeat(3)))).toBe("weak_key");
    expect(await codeOf(createPseudonymiser("abcdefghijklmnopqrstuvwxyz0123456789"))).toBe("no error");
    expect(await codeOf(createPseudonymiser(Uint8Array.from({ length: 40 }, (_, i) => i * 3)))).toBe("weak_key");
    await expect(createPseudonymiser(new Uint8Array(32))).rejects.toThrow(/only 1 distinct byte value/);
  });

  it("accepts what generatePseudonymKey makes, as text and as its bytes", async () => {
    const hex = generatePseudonymKey();
    expect(await codeOf(createPseudonymiser(hex))).toBe("no error");
    expect(await codeOf(createPseudonymiser(crypto.getRandomValues(new Uint8Array(32))))).toBe("no error");
  });

  it("refuses a Web Crypto key shorter than 256 bits", async () => {
    const short = await crypto.subtle.importKey(
      "raw",
      crypto.getRandomValues(new Uint8Array(16)),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign"],
    );
    expect(await codeOf(createPseudonymiser(short))).toBe("weak_key");
  });
});

describe("pseudonym alphabets", () => {
  it("refuses names of object properties and anything not a string", async () => {
    for (const alphabet of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]) {
      expect(await codeOf(createPseudonymiser(KEY, { alphabet }))).toBe("invalid_alphabet");
    }
    expect(await codeOf(createPseudonymiser(KEY, { alphabet: 32 as unknown as string }))).toBe("invalid_alphabet");
    expect(await codeOf(createPseudonymiser(KEY, { alphabet: ["a", "b"] as unknown as string }))).toBe(
      "invalid_alphabet",
    );
  });

  it("refuses repeated, blank and odd-sized alphabets", async () => {
    expect(await codeOf(createPseudonymiser(KEY, { alphabet: "0123456789abcdea" }))).toBe("invalid_alphabet");
    expect(await codeOf(createPseudonymiser(KEY, { alphabet: "0123456789abcde " }))).toBe("invalid_alphabet");
    expect(await codeOf(createPseudonymiser(KEY, { alphabet: "0123456789" }))).toBe("invalid_alphabet");
  });

  it("writes a pseudonym in an alphabet of one's own, the same digest as hex", async () => {
    const own = await createPseudonymiser(KEY, { alphabet: "ABCDEFGHIJKLMNOP", length: 64 });
    const hex = await createPseudonymiser(KEY, { alphabet: "hex", length: 64 });
    const translate = (h: string) => [...h].map((c) => "ABCDEFGHIJKLMNOP"[Number.parseInt(c, 16)]).join("");
    expect(await own("CASE-1")).toBe(translate(await hex("CASE-1")));
    expect(pseudonymCollisionChance(1000, 12, "ABCDEFGHIJKLMNOP")).toBe(pseudonymCollisionChance(1000, 12, "hex"));
  });
});

describe("pseudonymInput", () => {
  const text = fc.string({ unit: "grapheme", maxLength: 12 });
  const id = text.filter((s) => s !== "" && !s.startsWith("\u0000"));
  const pair = fc.tuple(fc.option(text, { nil: undefined }), id);
  const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

  it("gives distinct inputs for distinct (context, identifier) pairs (property)", () => {
    fc.assert(
      fc.property(pair, pair, ([c1, i1], [c2, i2]) => {
        fc.pre(c1 !== c2 || i1 !== i2);
        expect(same(pseudonymInput(i1, c1), pseudonymInput(i2, c2))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("separates pairs that a plain join would merge", async () => {
    // Joined with a NUL, ("a\u0000b", "c") and ("a", "b\u0000c") were the same input.
    expect(same(pseudonymInput("c", "a\u0000b"), pseudonymInput("b\u0000c", "a"))).toBe(false);
    const first = await createPseudonymiser(KEY, { context: "ab" });
    const second = await createPseudonymiser(KEY, { context: "a" });
    expect(await first("c")).not.toBe(await second("bc"));
  });
});

describe("generatePseudonymKey", () => {
  it("makes 32 random bytes as hex, different every time", () => {
    const key = generatePseudonymKey();
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(generatePseudonymKey()).not.toBe(key);
  });
});

describe("pseudonymCollisionChance", () => {
  it("follows the birthday bound", () => {
    expect(pseudonymCollisionChance(1_000_000, 12)).toBeCloseTo(4.3e-7, 8);
    expect(pseudonymCollisionChance(1_000_000, 8)).toBeGreaterThan(0.3);
    expect(pseudonymCollisionChance(1, 8)).toBe(0);
    expect(pseudonymCollisionChance(10_000, 16, "hex")).toBeLessThan(1e-10);
  });
});

/** Crockford base32 of bytes, written independently of the library. */
function crockford(data: Uint8Array): string {
  const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  let bits = "";
  for (const byte of data) bits += byte.toString(2).padStart(8, "0");
  let out = "";
  for (let i = 0; i + 5 <= bits.length; i += 5) out += alphabet[Number.parseInt(bits.slice(i, i + 5), 2)];
  return out;
}
