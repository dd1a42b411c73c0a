/**
 * A small seeded pseudo-random generator for sampling: the same seed gives the same numbers on every
 * machine and in every JavaScript engine, which `Math.random` never promises.
 * @module
 */
import { checkArgument } from "@st/core";
import { isoDateArgument } from "@st/core/calendar";

/** Largest seed accepted: any whole number from 0 to `Number.MAX_SAFE_INTEGER`. */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

/** True when `seed` is a whole number from 0 to {@link MAX_SEED}. */
export function isSeed(seed: unknown): seed is number {
  return typeof seed === "number" && Number.isSafeInteger(seed) && seed >= 0;
}

/**
 * The seed a sample is drawn with when none is given: the period's first day as a number
 * (`2024-04-01` gives 20240401), so a sample drawn without a seed is still reproducible.
 */
export function defaultSampleSeed(period: { from: string }): number {
  checkArgument(period, "record", {
    fn: "defaultSampleSeed",
    argument: "period",
    label: "Period",
    expected: "a period { from, to }",
  });
  const from = isoDateArgument(period.from, {
    fn: "defaultSampleSeed",
    argument: "period.from",
    label: "Period start",
  });
  return Number(from.replaceAll("-", ""));
}

// MurmurHash3's finaliser: spreads every input bit over the 32 output bits, so seeds 1 and 2 give
// unrelated streams.
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85eb_ca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2_ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// FNV-1a over UTF-16 code units: names a stream ("cohort:trained-consulted") as 32 bits.
function fnv1a(text: string): number {
  let h = 0x811c_9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x0100_0193);
  }
  return h >>> 0;
}

/** A stream of pseudo-random numbers: Mulberry32 (Tommy Ettinger), 32 bits of state. */
export interface RandomStream {
  /** The next whole number from 0 to 2³² − 1. */
  nextUint32(): number;
  /** A whole number from 0 to `n − 1`, every value equally likely (no modulo bias). */
  nextInt(n: number): number;
}

/**
 * A random stream for a seed and a stream name. Different names give independent streams from one
 * seed, so changing one cohort's pool never changes another cohort's draw.
 */
export function randomStream(seed: number, name = ""): RandomStream {
  if (!isSeed(seed)) throw new RangeError(`a seed must be a whole number from 0 to ${MAX_SEED}; got ${seed}`);
  const low = seed >>> 0;
  const high = Math.floor(seed / 0x1_0000_0000) >>> 0;
  let state = fmix32(fmix32(low ^ 0x9e37_79b9) ^ fmix32(high + 0x7f4a_7c15) ^ fnv1a(name));
  const nextUint32 = (): number => {
    state = (state + 0x6d2b_79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const nextInt = (n: number): number => {
    if (!(Number.isInteger(n) && n >= 1 && n <= 0x1_0000_0000))
      throw new RangeError(`nextInt needs 1 to 2^32; got ${n}`);
    // Rejection sampling: drop the top sliver of 32-bit values that would favour small results.
    const limit = 0x1_0000_0000 - (0x1_0000_0000 % n);
    for (;;) {
      const x = nextUint32();
      if (x < limit) return x % n;
    }
  };
  return { nextUint32, nextInt };
}
