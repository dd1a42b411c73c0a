/**
 * Learning reviews of Safe & Together practice: sample the cases, record the evidence, compare
 * cohorts and rounds.
 * @packageDocumentation
 */
export * from "./case-list.js";
export * from "./case-list-sheet.js";
export * from "./compare-rounds.js";
export type { ReviewPeriod } from "./conditions.js";
export { compileCondition } from "./conditions.js";
export * from "./create-round.js";
export { readDate } from "./dates.js";
export * from "./describe-sample.js";
export * from "./draw-sample.js";
export { fisherExactTest } from "./fisher-exact.js";
export * from "./language-evidence.js";
export * from "./language-labels.js";
export * from "./legacy-audit.js";
export * from "./outcomes.js";
export { defaultSampleSeed, isSeed, MAX_SEED } from "./random.js";
export * from "./read-round.js";
export * from "./report-document.js";
export * from "./reports.js";
export * from "./review-round.js";
export * from "./review-workbook.js";
export * from "./reviewed-case-ids.js";
export * from "./sampling-frame.js";
export * from "./share.js";
export * from "./summarise-round.js";
