/**
 * Stable keyed pseudonyms for case and person identifiers, for exported aggregates: HMAC-SHA-256
 * through Web Crypto, so Node.js and the browser give the same pseudonym for the same key and
 * identifier.
 *
 * The key is what keeps the pseudonyms from being reversed: anyone with the key can recompute the
 * pseudonym of any identifier they can guess (case numbers are short and sequential, so they can
 * all be guessed). Keep it secret, out of source code and out of the exported files, and keep it
 * the same for as long as exports must be joined: the same key and identifier always give the same
 * pseudonym, which is what lets two exports (or two boroughs using a shared key) be joined on it.
 * Change the key and every pseudonym changes.
 * @module
 */

import { checkArgument } from "./argument-checks.js";
import { type Problem, StValidationError } from "./errors.js";
import type { ProblemCode } from "./problem-codes.js";

/**
 * The alphabets a pseudonym can be written in: `"base32"`, `"hex"`, or the characters of your own
 * alphabet as one string (distinct characters, 2, 4, 8, 16, 32 or 64 of them, so each carries whole
 * bits of the digest and none is more likely than another).
 */
export type PseudonymAlphabet = "base32" | "hex" | (string & {});

/** Options for {@link createPseudonymiser}. */
export interface PseudonymOptions {
  /** Put before every pseudonym, e.g. `"C-"` for cases and `"P-"` for people. Default none. */
  prefix?: string | undefined;
  /**
   * Characters of the digest to keep, after the prefix. Default 16. At least 8; at most 51 in
   * base32 (256 bits) or 64 in hex. Each base32 character carries 5 bits, each hex character 4:
   * choose a length that keeps collisions negligible for the number of identifiers you will ever
   * pseudonymise with this key (see {@link pseudonymCollisionChance}; 12 base32 characters give
   * odds of about 1 in 2 million of any collision among a million identifiers).
   */
  length?: number | undefined;
  /**
   * `"base32"` (default): Crockford's base32, digits and upper-case letters without I, L, O and U,
   * so a pseudonym can be read aloud and typed without confusion. `"hex"`: lower-case hex. Or your
   * own alphabet's characters (see {@link PseudonymAlphabet}).
   */
  alphabet?: PseudonymAlphabet | undefined;
  /**
   * Separates kinds of identifier under one key, so case 123 and person 123 get unrelated
   * pseudonyms. The digest is taken over {@link pseudonymInput}: the context's length, the context
   * and the identifier, so no two different (context, identifier) pairs give the same input. At most
   * 1,024 characters. Default none (the digest is over the identifier alone, plain HMAC-SHA-256).
   */
  context?: string | undefined;
  /**
   * How identifiers are tidied before hashing, so that the same identifier written two ways gets
   * one pseudonym. Default: Unicode NFC and trimmed whitespace; case is kept, because some
   * systems' identifiers differ only in case. Pass `(id) => id.toUpperCase().trim()` to ignore it.
   */
  normalise?: ((identifier: string) => string) | undefined;
}

/** Turns an identifier into its pseudonym. */
export type Pseudonymiser = (identifier: string) => Promise<string>;

/** The shortest pseudonym allowed, in characters: 40 bits in base32. */
export const MIN_PSEUDONYM_LENGTH = 8;
/** The fewest bytes a key may have: 32, the size of the HMAC-SHA-256 digest (see {@link generatePseudonymKey}). */
export const MIN_PSEUDONYM_KEY_BYTES = 32;
/** The fewest distinct byte values a key must hold: a random 32-byte key has about 30, a 64-character hex key 16. */
export const MIN_PSEUDONYM_KEY_DISTINCT_BYTES = 10;
const MAX_CONTEXT_LENGTH = 1024;

const NAMED_ALPHABETS: ReadonlyMap<string, string> = new Map([
  ["base32", "0123456789ABCDEFGHJKMNPQRSTVWXYZ"],
  ["hex", "0123456789abcdef"],
]);

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s)
    throw new Error(
      "Web Crypto (globalThis.crypto.subtle) is not available: use Node.js 20 or later, or a browser over HTTPS",
    );
  return s;
}

function refused(
  field: string,
  expected: string,
  received: string,
  message: string,
  code: ProblemCode,
): StValidationError {
  const problem: Problem = { path: field, field, expected, received, message, code };
  return new StValidationError([problem], { subject: "pseudonym options" });
}

/** The characters of the alphabet asked for, checked: a name this module knows, or distinct characters. */
function alphabetCharacters(alphabet: unknown): string[] {
  if (typeof alphabet !== "string") {
    throw refused(
      "alphabet",
      '"base32", "hex" or a string of distinct characters',
      typeof alphabet,
      "the alphabet must be text",
      "invalid_alphabet",
    );
  }
  // A Map, not an object: a name such as "constructor" or "__proto__" must not find an inherited entry.
  const named = NAMED_ALPHABETS.get(alphabet);
  const characters = [...(named ?? alphabet)];
  const sizes = [2, 4, 8, 16, 32, 64];
  const distinct = new Set(characters).size === characters.length;
  const printable = characters.every((c) => /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c));
  if (!distinct || !printable || !sizes.includes(characters.length)) {
    throw refused(
      "alphabet",
      '"base32", "hex", or 2, 4, 8, 16, 32 or 64 distinct visible characters',
      JSON.stringify(alphabet.length > 70 ? `${alphabet.slice(0, 67)}...` : alphabet),
      !distinct
        ? "the alphabet repeats a character, so two digests could be written alike"
        : !printable
          ? "the alphabet holds a blank, control or invisible character"
          : `an alphabet of ${characters.length} characters would make some characters likelier than others`,
      "invalid_alphabet",
    );
  }
  return characters;
}

function encode(digest: Uint8Array, characters: readonly string[], length: number): string {
  const bitsPerCharacter = Math.log2(characters.length);
  const mask = characters.length - 1;
  let out = "";
  let count = 0;
  let buffer = 0;
  let bits = 0;
  for (const byte of digest) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= bitsPerCharacter && count < length) {
      bits -= bitsPerCharacter;
      out += characters[(buffer >> bits) & mask];
      count++;
    }
    buffer &= (1 << bits) - 1;
    if (count >= length) break;
  }
  return out;
}

/**
 * Why a key is too weak, or `undefined` when it is not: fewer than {@link MIN_PSEUDONYM_KEY_BYTES}
 * bytes, fewer than {@link MIN_PSEUDONYM_KEY_DISTINCT_BYTES} distinct byte values (all zeros, one
 * repeated character), a short run repeated ("abcabcabc..."), or a sequence ("abcdefgh...", "0123...").
 */
export function pseudonymKeyWeakness(bytes: Uint8Array): string | undefined {
  checkArgument(bytes, "bytes", { fn: "pseudonymKeyWeakness", argument: "bytes", label: "Key" });
  if (bytes.length < MIN_PSEUDONYM_KEY_BYTES) {
    return `it has ${bytes.length} bytes; a key needs at least ${MIN_PSEUDONYM_KEY_BYTES}`;
  }
  const distinct = new Set(bytes).size;
  if (distinct < MIN_PSEUDONYM_KEY_DISTINCT_BYTES) {
    return `it has only ${distinct} distinct byte value${distinct === 1 ? "" : "s"}; a key needs at least ${MIN_PSEUDONYM_KEY_DISTINCT_BYTES}`;
  }
  for (let period = 1; period <= bytes.length / 2; period++) {
    let repeats = true;
    for (let i = period; i < bytes.length && repeats; i++) repeats = bytes[i] === bytes[i - period];
    if (repeats) return `it is ${period} bytes repeated`;
  }
  const step = (bytes[1]! - bytes[0]! + 256) % 256;
  let sequence = true;
  for (let i = 2; i < bytes.length && sequence; i++) sequence = (bytes[i]! - bytes[i - 1]! + 256) % 256 === step;
  if (sequence) return "its bytes count up or down in even steps";
  return undefined;
}

async function importKey(key: unknown): Promise<CryptoKey> {
  const expected = `text or bytes of at least ${MIN_PSEUDONYM_KEY_BYTES} bytes, random (see generatePseudonymKey), or an HMAC CryptoKey`;
  if (typeof globalThis.CryptoKey === "function" && key instanceof globalThis.CryptoKey) {
    const algorithm = key.algorithm as HmacKeyAlgorithm;
    if (key.type !== "secret" || algorithm.name !== "HMAC") {
      throw refused(
        "key",
        expected,
        `a ${algorithm.name} ${key.type} key`,
        "a CryptoKey for pseudonyms must be an HMAC secret key",
        "invalid_key",
      );
    }
    if (algorithm.length < MIN_PSEUDONYM_KEY_BYTES * 8) {
      throw refused(
        "key",
        expected,
        `an HMAC key of ${algorithm.length} bits`,
        `the key is too short; a key needs at least ${MIN_PSEUDONYM_KEY_BYTES * 8} bits`,
        "weak_key",
      );
    }
    return key;
  }
  let bytes: Uint8Array<ArrayBuffer>;
  if (typeof key === "string") bytes = new TextEncoder().encode(key);
  else if (key instanceof Uint8Array) bytes = new Uint8Array(key);
  else if (key instanceof ArrayBuffer) bytes = new Uint8Array(key.slice(0));
  else {
    // A number (or anything else) would become an empty or all-zero key: refuse it rather than guess.
    const received = key === null ? "null" : typeof key === "object" ? "an object" : `a ${typeof key}`;
    throw refused("key", expected, received, "a pseudonym key must be text or bytes", "invalid_key");
  }
  const weakness = pseudonymKeyWeakness(bytes);
  if (weakness !== undefined) {
    throw refused(
      "key",
      expected,
      `a key of ${bytes.length} bytes`,
      `the pseudonym key is too weak: ${weakness}`,
      "weak_key",
    );
  }
  return subtle().importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

/**
 * The bytes a pseudonym's HMAC is taken over. Without a context, the identifier's UTF-8 bytes (so
 * the pseudonym is plain HMAC-SHA-256 of the identifier). With one, the context's UTF-8 length as
 * four bytes (big-endian), the context's bytes, then the identifier's: the length says where the
 * context ends, so no two different (context, identifier) pairs give the same bytes. An identifier
 * never starts with a NUL byte (they are refused), so no input without a context equals one with.
 */
export function pseudonymInput(identifier: string, context?: string): Uint8Array<ArrayBuffer> {
  checkArgument(identifier, "text", { fn: "pseudonymInput", argument: "identifier", label: "Identifier" });
  checkArgument(context, "text", { fn: "pseudonymInput", argument: "context", label: "Context", optional: true });
  const encoder = new TextEncoder();
  const id = encoder.encode(identifier);
  if (context === undefined) return id;
  const ctx = encoder.encode(context);
  const out = new Uint8Array(4 + ctx.length + id.length);
  new DataView(out.buffer).setUint32(0, ctx.length);
  out.set(ctx, 4);
  out.set(id, 4 + ctx.length);
  return out;
}

/**
 * Make a pseudonymiser: a function from an identifier to its pseudonym,
 * `prefix + first length characters of encode(HMAC-SHA-256(key, pseudonymInput(identifier, context)))`.
 *
 * The key is text (its UTF-8 bytes), raw bytes, or a Web Crypto HMAC `CryptoKey` of 256 bits or
 * more (best: it can be made non-extractable). Keys shorter than {@link MIN_PSEUDONYM_KEY_BYTES}
 * bytes, and obviously weak ones (see {@link pseudonymKeyWeakness}), are refused with a
 * {@link index!StValidationError} coded `weak_key`; a number or any other value is coded `invalid_key`.
 * Read the key from a secret store or the environment; never put it in code or in an export.
 *
 * @example
 * const pseudonymise = await createPseudonymiser(process.env.ST_PSEUDONYM_KEY!, { prefix: "C-", length: 12, context: "case" });
 * await pseudonymise("CASE-123") // e.g. "C-7Q2M0K9D4XRA", the same every time with the same key
 */
export async function createPseudonymiser(
  key: string | Uint8Array | ArrayBuffer | CryptoKey,
  options: PseudonymOptions = {},
): Promise<Pseudonymiser> {
  const { prefix = "", alphabet = "base32", length = 16, context, normalise } = options;
  const characters = alphabetCharacters(alphabet);
  const maxLength = Math.floor(256 / Math.log2(characters.length));
  if (!Number.isInteger(length) || length < MIN_PSEUDONYM_LENGTH || length > maxLength) {
    throw refused(
      "length",
      `a whole number from ${MIN_PSEUDONYM_LENGTH} to ${maxLength}`,
      String(length),
      `a pseudonym in this alphabet has ${MIN_PSEUDONYM_LENGTH} to ${maxLength} characters`,
      "invalid_length",
    );
  }
  if (context !== undefined && (typeof context !== "string" || context.length > MAX_CONTEXT_LENGTH)) {
    throw refused(
      "context",
      `text of at most ${MAX_CONTEXT_LENGTH} characters`,
      typeof context === "string" ? `${context.length} characters` : typeof context,
      "the context must be short text",
      "invalid_context",
    );
  }
  const cryptoKey = await importKey(key);
  const tidy = normalise ?? ((id: string) => id.normalize("NFC").trim());
  return async (identifier: string) => {
    if (typeof identifier !== "string") throw new TypeError(`an identifier must be text: got ${typeof identifier}`);
    const id = tidy(identifier);
    if (id === "") throw new RangeError("an empty identifier has no pseudonym");
    if (id.includes("\u0000")) throw new RangeError("an identifier cannot hold a NUL character");
    const digest = new Uint8Array(await subtle().sign("HMAC", cryptoKey, pseudonymInput(id, context)));
    return prefix + encode(digest, characters, length);
  };
}

/**
 * A new random key for {@link createPseudonymiser}: 32 bytes from the platform's secure random
 * source, written as 64 hex characters (use the string itself as the key). Generate it once, store
 * it as a secret, and reuse it for as long as exports must be joinable.
 */
export function generatePseudonymKey(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/**
 * The chance that any two of `count` distinct identifiers get the same pseudonym, for a pseudonym
 * of `length` characters (birthday bound, `1 - exp(-n(n-1) / 2^(bits+1))`). Use it to choose a
 * length: keep it well below the error you can accept in counts of distinct people or cases.
 *
 * @example
 * pseudonymCollisionChance(1_000_000, 12) // about 4.3e-7
 */
export function pseudonymCollisionChance(
  count: number,
  length: number,
  alphabet: PseudonymAlphabet = "base32",
): number {
  checkArgument(count, "number", { fn: "pseudonymCollisionChance", argument: "count", label: "Number of identifiers" });
  checkArgument(length, "number", { fn: "pseudonymCollisionChance", argument: "length", label: "Pseudonym length" });
  const bits = Math.min(length * Math.log2(alphabetCharacters(alphabet).length), 256);
  return -Math.expm1(-(count * (count - 1)) / 2 ** (bits + 1));
}
