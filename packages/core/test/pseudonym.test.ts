import { createHmac } from "node:crypto";
import { createPseudonymiser, generatePseudonymKey, MIN_PSEUDONYM_LENGTH, pseudonymCollisionChance } from "@st/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const KEY = "synthetic-test-key-not-a-secret-0123456789";
const bytes = (byte: number, length: number) => new Uint8Array(length).fill(byte);

describe("createPseudonymiser", () => {
  it("is HMAC-SHA-256: the RFC 4231 test vectors (cases 1, 6 and 7)", async () => {
    const full = { alphabet: "hex" as const, length: 64 };
    const case1 = await createPseudonymiser(bytes(0x0b, 20), full);
    expect(await case1("Hi There")).toBe("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    // A key longer than SHA-256's block is hashed first.
    const long = await createPseudonymiser(bytes(0xaa, 131), full);
    expect(await long("Test Using Larger Than Block-Size Key - Hash Key First")).toBe(
      "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
    );
    expect(
      await long(
        "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.",
      ),
    ).toBe("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
  });

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
          expect(await withContext(raw)).toBe(
            createHmac("sha256", KEY).update(`person\u0000${id}`, "utf8").digest("hex"),
          );
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

  it("refuses weak keys, silly lengths and empty identifiers", async () => {
    await expect(createPseudonymiser("short")).rejects.toThrow(/at least 16 bytes/);
    await expect(createPseudonymiser(KEY, { length: MIN_PSEUDONYM_LENGTH - 1 })).rejects.toThrow(/8 to 51 characters/);
    await expect(createPseudonymiser(KEY, { length: 52 })).rejects.toThrow(RangeError);
    await expect(createPseudonymiser(KEY, { alphabet: "hex", length: 65 })).rejects.toThrow(/8 to 64/);
    const pseudonymise = await createPseudonymiser(KEY);
    await expect(pseudonymise("   ")).rejects.toThrow(/empty identifier/);
    await expect(pseudonymise(123 as unknown as string)).rejects.toThrow(TypeError);
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
