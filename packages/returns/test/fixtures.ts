import { demoComplaints } from "@st/complaints-proforma/demo";
import { publishedPartnershipReturns } from "@st/indicators";
import { demoCaseNotes } from "@st/language-lint/demo";
import { demoRounds } from "@st/learning-review/demo";
import { demoChecklists } from "@st/practice-checklist/demo";
import { buildReturn, type ReturnInputs, type ReturnSource } from "@st/returns";

/** A fake checksum: tests that do not read files need only a well-formed one. */
export const sha = (n: number) => n.toString(16).padStart(64, "0");
export const SECRET = "test-secret-synthetic-only-0001-kqzjwvxy";

export const source = (kind: ReturnSource["kind"], name: string, n: number): ReturnSource => ({
  kind,
  name,
  sha256: sha(n),
});

/** Everything Hackney holds for 2024-Q4 in the packages' demo data (synthetic people only). */
export function hackneyInputs(overrides: Partial<ReturnInputs> = {}): ReturnInputs {
  const published = publishedPartnershipReturns();
  return {
    borough: "E09000012",
    quarter: "2024-Q4",
    secret: SECRET,
    indicators: {
      table: { ...published, series: published.series.filter((p) => p.borough === "E09000012") },
      sources: [source("indicator-table", "indicators.json", 1)],
    },
    complaints: {
      records: demoComplaints().filter((c) => c.complaint.borough === "E09000012"),
      source: source("complaints", "complaints.json", 2),
    },
    review: {
      round: demoRounds().find((r) => r.id === "hk-2024-q4")!,
      source: source("learning-review", "round.json", 3),
    },
    caseNotes: [
      {
        notes: demoCaseNotes().filter((n) => n.borough === "E09000012"),
        source: source("case-notes", "notes.json", 4),
      },
    ],
    ...overrides,
  };
}

/** Hackney's 2025-Q2 audits. */
export function hackneyAudits() {
  return demoChecklists().filter((c) => c.borough === "E09000012");
}

export const hackneyReturn = () => buildReturn(hackneyInputs());
