import {
  type CompletedChecklist,
  canonicalAnswers,
  checklistDefinitionToYaml,
  defaultChecklist,
  parseChecklistDefinition,
  score,
  summariseChecklists,
  validateChecklistDefinition,
} from "@st/practice-checklist";
import { bench, describe } from "vitest";

// 1,000 synthetic audits: six boroughs, eight quarters, every item answered.
const boroughs = ["E09000012", "E09000031", "E09000025", "E09000013", "E09000003", "E09000002"] as const;
let seed = 42;
const next = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const records: CompletedChecklist[] = Array.from({ length: 1000 }, (_, i) => ({
  checklist: { id: defaultChecklist.id, version: defaultChecklist.version },
  caseId: `case-${i}`,
  borough: boroughs[i % boroughs.length],
  team: `Team ${i % 4}`,
  reviewer: { role: "qa-auditor" },
  use: "audit",
  date: `${2024 + Math.floor((i % 8) / 4)}-${String((i % 4) * 3 + 1).padStart(2, "0")}-15`,
  answers: defaultChecklist.items.map((item) => ({
    item: item.id,
    answer: canonicalAnswers[Math.floor(next() * canonicalAnswers.length)]!,
  })),
}));

/** Baseline: the least any summary must do, one pass counting answers per item in a plain object. */
function countAnswersPerItem(list: readonly CompletedChecklist[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const record of list) {
    for (const { item, answer } of record.answers) {
      let byAnswer = counts[item];
      if (!byAnswer) {
        byAnswer = {};
        counts[item] = byAnswer;
      }
      byAnswer[answer] = (byAnswer[answer] ?? 0) + 1;
    }
  }
  return counts;
}

describe("1,000 completed checklists of 34 items", () => {
  bench("baseline: count answers per item in one loop", () => {
    countAnswersPerItem(records);
  });
  bench("summariseChecklists by borough and quarter", () => {
    summariseChecklists(records, { by: ["borough", "quarter"] });
  });
  bench("score each record", () => {
    for (const record of records) score(record);
  });
});

const yaml = checklistDefinitionToYaml(defaultChecklist);
const json = JSON.stringify(defaultChecklist);
const value: unknown = JSON.parse(json);

describe("reading the default definition (34 items)", () => {
  bench("baseline: JSON.parse alone, no checks", () => {
    JSON.parse(json);
  });
  bench("validateChecklistDefinition of a parsed value", () => {
    validateChecklistDefinition(value);
  });
  bench("parseChecklistDefinition from JSON", () => {
    parseChecklistDefinition(json);
  });
  bench("parseChecklistDefinition from YAML", () => {
    parseChecklistDefinition(yaml, { format: "yaml" });
  });
});
