/**
 * The partnership return: one borough's figures for one quarter, aggregates only, in one
 * versioned JSON file the borough hands to the partnership.
 * @module
 */
import { isGssCode, isQuarterId } from "@st/core";
import { z } from "zod";
import { additiveGroupSchema, figureSchema } from "./figure.js";
import { suppressionRuleSchema } from "./suppression.js";

/** The schema version this release writes and reads. A return from a later version is refused, never half-read. */
export const RETURN_SCHEMA_VERSION = 1;

/** What the `kind` field of every return says. */
export const RETURN_KIND = "st-partnership-return";

/** The kinds of source file a return can be built from. */
export const sourceKinds = [
  "census",
  "care-episodes",
  "referral-reasons",
  "indicator-table",
  "complaints",
  "checklists",
  "learning-review",
  "case-notes",
] as const;
/** One of {@link sourceKinds}. */
export type SourceKind = (typeof sourceKinds)[number];

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 checksum: 64 lower-case hex digits");

/** Schema of one {@link ReturnSource}. */
export const returnSourceSchema = z.strictObject({
  kind: z.enum(sourceKinds),
  name: z.string().min(1),
  sha256,
});
/** A file a return was built from: its kind, its name (no folder: paths can hold names) and its SHA-256. */
export type ReturnSource = z.infer<typeof returnSourceSchema>;

/** Schema of a {@link PartnershipReturn}, version {@link RETURN_SCHEMA_VERSION}. */
export const partnershipReturnSchema = z.strictObject({
  kind: z.literal(RETURN_KIND),
  schemaVersion: z.literal(RETURN_SCHEMA_VERSION),
  borough: z
    .string()
    .regex(/^[EW]\d{8}$/, { error: "must be a GSS code such as E09000012", abort: true })
    .refine(isGssCode, "must be a GSS code such as E09000012"),
  boroughName: z.string().min(1),
  quarter: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/, { error: "must be a quarter written YYYY-Qn", abort: true })
    .refine(isQuarterId, "must be a quarter written YYYY-Qn"),
  version: z.int().min(1),
  suppression: suppressionRuleSchema,
  sources: z.array(returnSourceSchema),
  figures: z.array(figureSchema),
  groups: z.array(additiveGroupSchema),
  caveats: z.array(z.strictObject({ id: z.string().min(1), text: z.string().min(1) })),
  notes: z.array(z.string()),
  pseudonyms: z.strictObject({
    key: z.literal("borough-secret"),
    reviewedCases: z.array(z.string().regex(/^C-[0-9A-Z]{12}$/, "must be a case pseudonym such as C-7Q2M0K9D4XRA")),
  }),
  checksum: sha256,
});

/**
 * A partnership return. `version` is the return's revision: a corrected return for the same borough
 * and quarter carries a higher version and supersedes the earlier one. `checksum` is the SHA-256 of
 * the rest of the return (see `returnChecksum`), so a figure edited by hand is caught.
 */
export type PartnershipReturn = z.infer<typeof partnershipReturnSchema>;

/** Human labels of a return's fields, for problems. */
export const returnFieldLabels: Record<string, string> = {
  kind: "Kind of file",
  schemaVersion: "Schema version",
  borough: "Borough",
  boroughName: "Borough name",
  quarter: "Quarter",
  version: "Return version",
  suppression: "Small-numbers rule",
  sources: "Source files",
  figures: "Figures",
  groups: "Totals and their parts",
  caveats: "Caveats",
  notes: "Notes",
  pseudonyms: "Pseudonyms",
  checksum: "Checksum",
  value: "Value",
  n: "n",
  status: "Status",
  display: "Shown as",
  definition: "Definition",
  sha256: "SHA-256 checksum",
};

/** A return's id in reports and exports: `E09000012-2024-Q3-v1`. */
export function returnId(value: Pick<PartnershipReturn, "borough" | "quarter" | "version">): string {
  return `${value.borough}-${value.quarter}-v${value.version}`;
}
