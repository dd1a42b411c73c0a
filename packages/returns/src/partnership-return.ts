/**
 * The partnership return: one borough's figures for one quarter, aggregates only, in one
 * versioned JSON file the borough hands to the partnership.
 * @module
 */
import { isQuarterId } from "@st/core/calendar";
import { isGssCode } from "@st/core/places";
import * as z from "zod";
import { checkQuarterlyReturn } from "./arguments.js";
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
  kind: z.literal(RETURN_KIND).describe("Always st-partnership-return"),
  schemaVersion: z.literal(RETURN_SCHEMA_VERSION).describe("The version of this schema the return was written in"),
  borough: z
    .string()
    .regex(/^[EW]\d{8}$/, { error: "must be a GSS code such as E09000012", abort: true })
    .refine(isGssCode, "must be a GSS code such as E09000012")
    .describe("The borough's GSS code"),
  boroughName: z.string().min(1).describe("The borough's name, matching its code"),
  quarter: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/, { error: "must be a quarter written YYYY-Qn", abort: true })
    .refine(isQuarterId, "must be a quarter written YYYY-Qn")
    .describe("The calendar quarter, YYYY-Qn (2024-Q3 is July to September 2024)"),
  version: z
    .int()
    .min(1)
    .describe("The return's revision: a correction carries a higher version and supersedes the earlier one"),
  suppression: suppressionRuleSchema.describe("The small-numbers rule applied"),
  sources: z
    .array(returnSourceSchema)
    .describe("The files the figures were computed from, with their SHA-256 checksums"),
  figures: z.array(figureSchema).describe("Every figure, aggregates only"),
  groups: z
    .array(additiveGroupSchema)
    .describe("Which figures add up to which, so no withheld figure can be worked out"),
  caveats: z
    .array(z.strictObject({ id: z.string().min(1), text: z.string().min(1) }))
    .describe("The caveats the figures cite, by id"),
  notes: z.array(z.string()).describe("What a reader must know: records left out, small samples"),
  pseudonyms: z
    .strictObject({
      key: z.literal("borough-secret"),
      reviewedCases: z.array(z.string().regex(/^C-[0-9A-Z]{12}$/, "must be a case pseudonym such as C-7Q2M0K9D4XRA")),
    })
    .describe("The learning review's cases as HMAC-SHA-256 pseudonyms keyed by the borough's own secret"),
  checksum: sha256.describe("SHA-256 of the canonical JSON of the rest of the return"),
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
  checkQuarterlyReturn("returnId", value);
  return `${value.borough}-${value.quarter}-v${value.version}`;
}
