import { existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSyntheticCensusFile } from "@st/indicators/node";

/**
 * A synthetic census file of `children` children (seed 1, 2024/25 census year, referral issues
 * recorded), written once to the temporary folder and reused by later runs.
 */
export async function benchFile(children: number): Promise<{ path: string; bytes: number }> {
  const path = join(tmpdir(), `st-indicators-bench-${children}.xml`);
  if (!existsSync(path)) {
    await writeSyntheticCensusFile(`${path}.part`, {
      children,
      referenceDate: "2025-03-31",
      seed: 1,
      referralIssues: true,
      referralIssueElement: "LocalReferralIssue",
    });
    const { renameSync } = await import("node:fs");
    renameSync(`${path}.part`, path);
  }
  return { path, bytes: statSync(path).size };
}
