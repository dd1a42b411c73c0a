/**
 * A seeded pseudo-random generator for synthetic data and sampling: the same seed gives the same
 * sequence on every machine (the project's outputs are deterministic; `Math.random` is not).
 * @module
 */
import { checkArgument } from "./argument-checks.js";

/**
 * Mulberry32: small, fast, and good enough for synthetic data and shuffles (not for secrets).
 * Returns a function giving numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  checkArgument(seed, "number", { fn: "seededRandom", argument: "seed", label: "Seed" });
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
