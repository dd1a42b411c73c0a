import { seededRandom as random } from "@st/core";
import { type CompletedChecklist, defaultChecklist } from "@st/practice-checklist";

const boroughs = [
  { code: "E09000012", seed: 12 },
  { code: "E09000025", seed: 25 },
] as const;
const rounds = [
  { date: "2025-05-14", strength: 0.45 },
  { date: "2025-08-13", strength: 0.62 },
] as const;

/**
 * Synthetic completed audits of the default checklist: ten cases a borough a quarter, for two
 * boroughs and two quarters, with practice a little stronger in the second quarter. Invented cases.
 */
export const demoChecklists: readonly CompletedChecklist[] = boroughs.flatMap((borough) =>
  rounds.flatMap((round, r) => {
    const next = random(borough.seed * 100 + r);
    return Array.from(
      { length: 10 },
      (_, i): CompletedChecklist => ({
        checklist: { id: defaultChecklist.id, version: defaultChecklist.version },
        caseId: `DEMO-${borough.code.slice(-2)}-${r + 1}${String(i + 1).padStart(2, "0")}`,
        borough: borough.code,
        reviewer: { role: "qa-auditor" },
        use: "audit",
        date: round.date,
        answers: defaultChecklist.items.map((item) => {
          const x = next();
          const answer =
            x < 0.05
              ? "not-applicable"
              : x < 0.05 + round.strength * 0.95
                ? "yes"
                : x < 0.75
                  ? "partly"
                  : x < 0.9
                    ? "no"
                    : "not-evidenced";
          return { item: item.id, answer };
        }),
      }),
    );
  }),
);
