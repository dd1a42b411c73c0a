/**
 * A census file's bytes as text, for the XML parser: the decoder picked from the file's first bytes
 * (a byte order mark or the XML declaration's encoding), and large chunks decoded a slice at a time.
 * A byte that is not the file's encoding is an error naming where it is, never a replacement character.
 * @module
 */
import type { ProblemCode, StValidationError } from "@st/core";

/** Bytes decoded at a time: text under V8's large-object size (128 KB) even when two bytes a character. */
const TEXT_SLICE = 1 << 15;

/**
 * Decodes the bytes of one census file into its parser. Faults are raised through `fatal`, which
 * names the file and the parser's line, as every other fault in the file is.
 */
export class CensusDecoder {
  readonly #parser: { write(text: string): unknown };
  readonly #fatal: (message: string, code: ProblemCode) => StValidationError;
  #decoder: TextDecoder | undefined;
  #encoding = "utf-8";
  /** Bytes decoded so far: where an undecodable byte is, for the message. */
  #bytesDecoded = 0;
  #head: Uint8Array | undefined;

  constructor(
    parser: { write(text: string): unknown },
    fatal: (message: string, code: ProblemCode) => StValidationError,
  ) {
    this.#parser = parser;
    this.#fatal = fatal;
  }

  /** Decode the next chunk of bytes into the parser. */
  write(chunk: Uint8Array): void {
    if (!this.#decoder) {
      // Hold the first bytes until the XML declaration can be read whole, to pick the decoder.
      this.#head = this.#head ? concat(this.#head, chunk) : chunk;
      if (this.#head.length < 256 && !hasDeclarationEnd(this.#head)) return;
      const head = this.#head;
      this.#head = undefined;
      this.#writeBytes(head);
      return;
    }
    this.#writeBytes(chunk);
  }

  /**
   * Decode and parse bytes a slice of at most 32 KB at a time, each cut between two characters.
   * A slice's text is a small string that dies young; the text of a whole 1 MB read would be a
   * large object, which only a full collection frees, and a census file's worth of them sets one
   * off every few megabytes (each marking the whole heap).
   */
  #writeBytes(bytes: Uint8Array): void {
    const decoder = this.#decoder ?? this.#openDecoder(bytes);
    let at = 0;
    if (decoder.encoding === "utf-8") {
      while (bytes.length - at > TEXT_SLICE) {
        let end = at + TEXT_SLICE;
        // Back over UTF-8 continuation bytes (10xxxxxx) to the start of the character.
        for (let back = 0; back < 3 && (bytes[end]! & 0xc0) === 0x80; back++) end--;
        this.#parser.write(this.#decode(bytes.subarray(at, end)));
        at = end;
      }
    }
    this.#parser.write(this.#decode(at === 0 ? bytes : bytes.subarray(at)));
  }

  /** Decode what is left: bytes held for the declaration, and a character cut at the end of the file. */
  end(): void {
    if (this.#head) {
      const head = this.#head;
      this.#head = undefined;
      this.#parser.write(this.#decode(head));
    }
    if (this.#decoder) {
      let rest: string;
      try {
        rest = this.#decoder.decode();
      } catch {
        throw this.#undecodable(this.#bytesDecoded);
      }
      if (rest) this.#parser.write(rest);
    }
  }

  #decode(bytes: Uint8Array): string {
    const decoder = this.#decoder ?? this.#openDecoder(bytes);
    try {
      const text = decoder.decode(bytes, { stream: true });
      this.#bytesDecoded += bytes.length;
      return text;
    } catch {
      throw this.#undecodable(this.#bytesDecoded + firstUndecodable(bytes, this.#encoding));
    }
  }

  /** The decoder for the file, picked from its first bytes: a byte order mark, or the XML declaration's encoding. */
  #openDecoder(bytes: Uint8Array): TextDecoder {
    let label = "utf-8";
    if (bytes[0] === 0xff && bytes[1] === 0xfe) label = "utf-16le";
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = "utf-16be";
    else {
      const head = String.fromCharCode(...bytes.subarray(0, 200));
      const declared = /^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
      if (declared) label = declared[1]!;
    }
    try {
      // Fatal: a byte that is not the file's encoding is refused, never turned into U+FFFD, which
      // would let two different child ids read as one.
      this.#decoder = new TextDecoder(label, { fatal: true });
      this.#encoding = label;
      return this.#decoder;
    } catch {
      throw this.#fatal(`the XML declaration names an encoding this reader cannot decode: "${label}"`, "bad_encoding");
    }
  }

  #undecodable(offset: number): StValidationError {
    return this.#fatal(
      `byte ${offset + 1} of the file is not ${this.#encoding} text: a census file is UTF-8 unless its XML declaration names another encoding (encoding="ISO-8859-1", for example)`,
      "undecodable_bytes",
    );
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** True when the bytes hold "?>" (the end of an XML declaration) or start with no declaration at all. */
function hasDeclarationEnd(bytes: Uint8Array): boolean {
  let start = bytes[0] === 0xef ? 3 : 0;
  if (bytes[0] === 0xff || bytes[0] === 0xfe) return true;
  while (start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x0a || bytes[start] === 0x0d)) start++;
  if (bytes.length - start >= 2 && !(bytes[start] === 0x3c && bytes[start + 1] === 0x3f)) return true;
  for (let i = start; i + 1 < bytes.length; i++) if (bytes[i] === 0x3f && bytes[i + 1] === 0x3e) return true;
  return false;
}

/**
 * The offset in `bytes` of the first byte a fresh decoder cannot decode (a binary search over
 * prefixes; a sequence cut at the end of a prefix is not an error in streaming mode).
 */
function firstUndecodable(bytes: Uint8Array, encoding: string): number {
  const decodes = (length: number, stream: boolean) => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, length), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (decodes(mid, true)) low = mid;
    else high = mid - 1;
  }
  // The longest prefix may end in the first bytes of the bad sequence (a lead byte waiting for its
  // continuation): the bad sequence starts where the prefix last decodes whole.
  while (low > 0 && !decodes(low, false)) low--;
  return low;
}
