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

/** The alphabets a pseudonym can be written in. */
export type PseudonymAlphabet = "base32" | "hex";

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
   * so a pseudonym can be read aloud and typed without confusion. `"hex"`: lower-case hex.
   */
  alphabet?: PseudonymAlphabet | undefined;
  /**
   * Separates kinds of identifier under one key: the digest is taken over `context`, a NUL
   * character and the identifier, so case 123 and person 123 get unrelated pseudonyms. Default
   * none (the digest is over the identifier alone, which is plain HMAC-SHA-256).
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
/** The fewest bytes a raw key may have. 32 random bytes (see {@link generatePseudonymKey}) are recommended. */
export const MIN_PSEUDONYM_KEY_BYTES = 16;

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const BITS: Record<PseudonymAlphabet, number> = { base32: 5, hex: 4 };
const MAX_LENGTH: Record<PseudonymAlphabet, number> = { base32: 51, hex: 64 };

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s)
    throw new Error(
      "Web Crypto (globalThis.crypto.subtle) is not available: use Node.js 20 or later, or a browser over HTTPS",
    );
  return s;
}

function encode(digest: Uint8Array, alphabet: PseudonymAlphabet, length: number): string {
  if (alphabet === "hex") {
    let hex = "";
    for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
    return hex.slice(0, length);
  }
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of digest) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      bits -= 5;
      out += CROCKFORD[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
    if (out.length >= length) break;
  }
  return out;
}

async function importKey(key: string | Uint8Array | ArrayBuffer | CryptoKey): Promise<CryptoKey> {
  if (typeof key === "object" && key !== null && !(key instanceof Uint8Array) && !(key instanceof ArrayBuffer)) {
    if ((key as CryptoKey).type !== "secret" || (key as CryptoKey).algorithm?.name !== "HMAC") {
      throw new TypeError("a CryptoKey for pseudonyms must be an HMAC secret key");
    }
    return key as CryptoKey;
  }
  const bytes = typeof key === "string" ? new TextEncoder().encode(key) : new Uint8Array(key);
  if (bytes.length < MIN_PSEUDONYM_KEY_BYTES) {
    throw new RangeError(
      `a pseudonym key needs at least ${MIN_PSEUDONYM_KEY_BYTES} bytes (32 random bytes recommended, see generatePseudonymKey): got ${bytes.length}`,
    );
  }
  return subtle().importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

/**
 * Make a pseudonymiser: a function from an identifier to its pseudonym,
 * `prefix + first length characters of encode(HMAC-SHA-256(key, context + NUL + identifier))`
 * (without `context + NUL` when no context is given).
 *
 * The key is a string (its UTF-8 bytes), raw bytes, or a Web Crypto HMAC `CryptoKey` (best: it can
 * be made non-extractable). Raw keys shorter than {@link MIN_PSEUDONYM_KEY_BYTES} are refused.
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
  if (!(alphabet in BITS)) throw new RangeError(`the alphabet must be "base32" or "hex": got ${String(alphabet)}`);
  if (!Number.isInteger(length) || length < MIN_PSEUDONYM_LENGTH || length > MAX_LENGTH[alphabet]) {
    throw new RangeError(
      `a ${alphabet} pseudonym has ${MIN_PSEUDONYM_LENGTH} to ${MAX_LENGTH[alphabet]} characters: got ${length}`,
    );
  }
  const cryptoKey = await importKey(key);
  const encoder = new TextEncoder();
  const tidy = normalise ?? ((id: string) => id.normalize("NFC").trim());
  return async (identifier: string) => {
    if (typeof identifier !== "string") throw new TypeError(`an identifier must be text: got ${typeof identifier}`);
    const id = tidy(identifier);
    if (id === "") throw new RangeError("an empty identifier has no pseudonym");
    const message = encoder.encode(context === undefined ? id : `${context}\u0000${id}`);
    const digest = new Uint8Array(await subtle().sign("HMAC", cryptoKey, message));
    return prefix + encode(digest, alphabet, length);
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
  const bits = Math.min(length * BITS[alphabet], 256);
  return -Math.expm1(-(count * (count - 1)) / 2 ** (bits + 1));
}
