/**
 * Census sources: the shapes a census file can arrive in, and how each is cut into chunks for the
 * reader.
 * @module
 */
import { checkCensusSource } from "./arguments.js";

/** Anything a census file can arrive as: text, bytes, or a (sync or async) stream of either. */
export type CinCensusSource =
  | string
  | Uint8Array
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>
  | ReadableStream<string | Uint8Array>;

/**
 * Split any {@link CinCensusSource} into chunks, large strings in slices so progress stays incremental.
 * @throws {@link @st/core!index.StValidationError} (also a `TypeError`), when called, for a source that is
 * not text, bytes or chunks.
 */
export function chunksOf(source: CinCensusSource): AsyncGenerator<string | Uint8Array, void, undefined> {
  checkCensusSource("chunksOf", source);
  return chunks(source);
}

export async function* chunks(source: CinCensusSource): AsyncGenerator<string | Uint8Array, void, undefined> {
  if (typeof source === "string") {
    const size = 1 << 20;
    for (let i = 0; i < source.length; i += size) yield source.slice(i, i + size);
    return;
  }
  if (source instanceof Uint8Array) {
    yield source;
    return;
  }
  if (isReadableStream(source)) {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  yield* source as AsyncIterable<string | Uint8Array>;
}

function isReadableStream(value: unknown): value is ReadableStream<string | Uint8Array> {
  return typeof value === "object" && value !== null && typeof (value as ReadableStream).getReader === "function";
}
