import fc from "fast-check";

/**
 * Lets a maintainer replay a property failure and soak the properties, with no code change:
 * `FC_SEED=262034498 npm test` replays the run a CI log printed, and `FC_NUM_RUNS=2000 npm test`
 * tries ten times the usual inputs. Unset, fast-check keeps its random seed and 100 runs, so every
 * run explores new inputs.
 */
const seed = process.env.FC_SEED;
const numRuns = process.env.FC_NUM_RUNS;
if (seed || numRuns) {
  fc.configureGlobal({
    ...fc.readConfigureGlobal(),
    ...(seed ? { seed: Number(seed) } : {}),
    ...(numRuns ? { numRuns: Number(numRuns) } : {}),
  });
}
