/**
 * A drawn sample in words, for people: what was drawn, what fell short, how to draw it again.
 * @module
 */
import { checkArg, SAMPLE } from "./arguments.js";
import type { Sample } from "./draw-sample.js";

/**
 * Describe a sample as plain text: one block a cohort listing its cases and reserves, then every
 * shortfall, then the seed to draw the same sample again.
 */
export function describeSample(sample: Sample): string {
  checkArg("describeSample", SAMPLE, sample);
  const lines: string[] = [];
  const period = sample.period ? ` closed ${sample.period.from} to ${sample.period.to}` : "";
  lines.push(
    `Sample from frame ${sample.frame.id} (version ${sample.frame.version}), seed ${sample.seed}:` +
      ` ${sample.population} case${sample.population === 1 ? "" : "s"} in the population${period}` +
      (sample.excludedAsReviewed ? `, ${sample.excludedAsReviewed} left out as reviewed in an earlier round` : "") +
      ".",
  );
  for (const cohort of sample.cohorts) {
    lines.push("");
    lines.push(`${cohort.id}: ${cohort.label}`);
    lines.push(
      `  ${cohort.cases.length} of ${cohort.wanted} wanted drawn from ${cohort.eligible} eligible` +
        (cohort.excludedAsReviewed ? ` (${cohort.excludedAsReviewed} more left out as reviewed before)` : ""),
    );
    lines.push(`  cases: ${cohort.cases.length ? cohort.cases.join(", ") : "none"}`);
    if (cohort.reserves.length) lines.push(`  reserves, in order: ${cohort.reserves.join(", ")}`);
  }
  if (sample.pairs?.length) {
    lines.push("");
    lines.push("Pairs (same worker):");
    for (const pair of sample.pairs) {
      const cases = Object.entries(pair.cases)
        .map(([cohort, id]) => `${cohort} ${id}`)
        .join(", ");
      lines.push(`  worker ${pair.workerId}: ${cases}${pair.reserve ? " (reserve)" : ""}`);
    }
  }
  lines.push("");
  if (sample.shortfalls.length) {
    lines.push("Shortfalls:");
    for (const s of sample.shortfalls) lines.push(`  ${s.message}`);
  } else lines.push("Every cohort was filled.");
  lines.push(`The same seed (${sample.seed}) and case list give the same sample.`);
  return `${lines.join("\n")}\n`;
}
