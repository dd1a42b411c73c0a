/**
 * The checklist's own vocabulary: how it is used, where evidence is found, who reviews, and the
 * language-lint categories its language items point at.
 * @module
 */
import * as z from "zod";

/**
 * The three ways the checklist is used: as an audit tool (answers and scores), as a thinking prompt
 * in supervision, and by child protection conference chairs before conference with the social worker.
 */
export const checklistUses = ["audit", "supervision", "cp-chair"] as const;
/** One of {@link checklistUses}. */
export type ChecklistUse = (typeof checklistUses)[number];

/** Words for each {@link ChecklistUse}, for headings and forms. */
export const checklistUseLabels: Readonly<Record<ChecklistUse, string>> = {
  audit: "Audit",
  supervision: "Supervision",
  "cp-chair": "Child protection conference chair",
};

/** Places in a case file where the evidence for an item is usually found. */
export const evidenceSources = [
  "assessment",
  "plan",
  "case-notes",
  "chronology",
  "supervision-record",
  "conference-minutes",
  "partner-agency-records",
] as const;
/** One of {@link evidenceSources}. */
export type EvidenceSource = (typeof evidenceSources)[number];

/** Words for each {@link EvidenceSource}. */
export const evidenceSourceLabels: Readonly<Record<EvidenceSource, string>> = {
  assessment: "Assessment",
  plan: "Plan",
  "case-notes": "Case notes",
  chronology: "Chronology",
  "supervision-record": "Supervision record",
  "conference-minutes": "Conference or meeting minutes",
  "partner-agency-records": "Partner agency records",
};

/**
 * Practice tools whose own records hold evidence for an item, by the id each tool's package gives
 * itself (`PATTERN_MAP_TOOL_ID` in `@st/pattern-map`), so an item points at a tool without
 * importing it.
 */
export const practiceTools = ["perpetrator-pattern-map"] as const;
/** One of {@link practiceTools}. */
export type PracticeTool = (typeof practiceTools)[number];

/** Words for each {@link PracticeTool}. */
export const practiceToolLabels: Readonly<Record<PracticeTool, string>> = {
  "perpetrator-pattern-map": "Perpetrator pattern map",
};

/** Who completed a checklist. */
export const reviewerRoles = [
  "qa-auditor",
  "team-manager",
  "practice-supervisor",
  "cp-chair",
  "social-worker",
  "implementation-lead",
  "peer-reviewer",
  "other",
] as const;
/** One of {@link reviewerRoles}. */
export type ReviewerRole = (typeof reviewerRoles)[number];

/** Words for each {@link ReviewerRole}. */
export const reviewerRoleLabels: Readonly<Record<ReviewerRole, string>> = {
  "qa-auditor": "Quality assurance auditor",
  "team-manager": "Team manager",
  "practice-supervisor": "Practice supervisor",
  "cp-chair": "Child protection conference chair",
  "social-worker": "Social worker (self-review)",
  "implementation-lead": "S&T implementation lead",
  "peer-reviewer": "Peer reviewer",
  other: "Other",
};

/**
 * The finding categories of `@st/language-lint` (see docs/CLI.md `st lint`). Language items name
 * the categories whose findings count as evidence for them; the ids are shared as data only.
 */
export const languageCategories = [
  "mutualising",
  "responsibilising",
  "minimising",
  "hidden-perpetrator",
  "vague",
  "other",
] as const;
/** One of {@link languageCategories}. */
export type LanguageCategory = (typeof languageCategories)[number];

/** Schema of a {@link ChecklistUse}. */
export const checklistUseSchema = z.enum(checklistUses);
/** Schema of an {@link EvidenceSource}. */
export const evidenceSourceSchema = z.enum(evidenceSources);
/** Schema of a {@link PracticeTool}. */
export const practiceToolSchema = z.enum(practiceTools);
/** Schema of a {@link ReviewerRole}. */
export const reviewerRoleSchema = z.enum(reviewerRoles);
/** Schema of a {@link LanguageCategory}. */
export const languageCategorySchema = z.enum(languageCategories);
