/**
 * Learning reviews of Safe & Together practice: sample the cases, record the evidence, compare
 * cohorts and rounds.
 * @packageDocumentation
 */
export * from "./case-list.js";
export type { ReviewPeriod } from "./conditions.js";
export { compileCondition } from "./conditions.js";
export { readDate } from "./dates.js";
export * from "./describe-sample.js";
export * from "./draw-sample.js";
export * from "./outcomes.js";
export { isSeed, MAX_SEED } from "./random.js";
export * from "./sampling-frame.js";
