import { type CompletedChecklist, completedChecklistRecord, type ItemAnswer } from "@st/practice-checklist";

/** A completed audit of the default checklist for a synthetic case, with the answers given. */
export function audit(
  answers: Record<string, string> | ItemAnswer[],
  overrides: Partial<CompletedChecklist> = {},
): CompletedChecklist {
  return {
    checklist: { id: "st-practice-checklist", version: "1.0.0" },
    caseId: "case-0001",
    borough: "E09000012",
    team: "Assessment 1",
    reviewer: { role: "qa-auditor" },
    use: "audit",
    date: "2025-05-14",
    answers: Array.isArray(answers) ? answers : Object.entries(answers).map(([item, answer]) => ({ item, answer })),
    ...overrides,
  };
}

/** The stored form of a record, with its `schemaVersion`, as a file or database would hold it. */
export function stored(record: CompletedChecklist): Record<string, unknown> {
  return completedChecklistRecord.write(record);
}
