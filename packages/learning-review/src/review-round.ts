/**
 * The learning review record: one round of a borough's reviews (who reviewed, which frame and
 * seed drew the cases) and, per case, its context, cohort, the evidence of S&T practice against
 * the practice checklist's items, how the case consultation shaped practice, areas for improvement,
 * key learnings and actions with owners. Versioned, so rounds recorded today stay readable.
 * @module
 */
import { type IsoDate, isoDateSchema } from "@st/core/calendar";
import { type YesNo, yesNoSchema } from "@st/core/forms";
import { type GssCode, localAuthorityCodeSchema } from "@st/core/places";
import { type PrincipleId, principleIdSchema, type RoleId, roleIdSchema } from "@st/core/practice";
import { defineMigration, defineRecord } from "@st/core/records";
import { type Category, categories } from "@st/language-lint";
import {
  type ChecklistRef,
  completedChecklistSchema,
  type EvidenceSource,
  evidenceSourceSchema,
  type ItemAnswer,
  type MachineSuggestion,
  type ReviewerRole,
  reviewerRoleSchema,
} from "@st/practice-checklist";
import * as z from "zod";
import { type CaseOutcome, caseOutcomeSchema } from "./outcomes.js";

/** Where a round's records came from. */
export const roundOrigins = ["learning-review", "legacy-rag-audit"] as const;
/** One of {@link roundOrigins}: a learning review, or a RAG-rated case audit imported from before them. */
export type RoundOrigin = (typeof roundOrigins)[number];

/** What an action has come to. */
export const actionStatuses = ["open", "in-progress", "done", "dropped"] as const;
/** One of {@link actionStatuses}. */
export type ActionStatus = (typeof actionStatuses)[number];

/** An action agreed in a review, with its owner. */
export interface ReviewAction {
  /** What is to be done. */
  action: string;
  /** Who owns it: a role or team ("team manager, Assessment 2"), not a family member. */
  owner: string;
  /** When it is due. */
  due?: IsoDate | undefined;
  /** Where it stands; `open` when absent. */
  status?: ActionStatus | undefined;
}

/** One child in a reviewed case: age only, never a name. */
export interface ChildInCase {
  /** Age in whole years at the time of the review (0 for a baby). */
  age?: number | undefined;
  /** True for an unborn child. */
  unborn?: boolean | undefined;
  /** Anything else that matters to the review, without identifying details. */
  note?: string | undefined;
}

/** One adult in a reviewed case, by role. */
export interface AdultInCase {
  /** Their role, as `@st/core` names roles (`non-abusive-parent`, `perpetrator`, ...). */
  role: RoleId;
  /** Anything else that matters to the review, without identifying details. */
  note?: string | undefined;
}

/** The context and composition of a reviewed case. */
export interface CaseContext {
  /** The children. */
  children: ChildInCase[];
  /** The adults, by role. */
  adults: AdultInCase[];
  /** The presenting issues, in the reviewer's words ("domestic abuse", "parental mental health"). */
  presentingIssues: string[];
  /** The agencies involved ("police", "school", "IDVA service"). */
  agencies: string[];
  /** What happened to the case. */
  outcome?: CaseOutcome | undefined;
  /** A short summary of the case, without identifying details. */
  summary?: string | undefined;
}

/** A case-file extract attached to a reviewed case, for the language lint. */
export interface CaseExtract {
  /** An id for the extract, unique within the case (e.g. `assessment-analysis`). */
  id: string;
  /** Which part of the case file it comes from. */
  source?: EvidenceSource | undefined;
  /** When the original was written. */
  writtenOn?: IsoDate | undefined;
  /** The extract itself; `null` once the text has been removed for sharing (its language evidence stays). */
  text: string | null;
}

/** A count with its rate per 1,000 words. */
export interface LanguageRate {
  /** How many. */
  count: number;
  /** How many per 1,000 words, to two decimals (0 when there are no words). */
  per1000Words: number;
}

/**
 * What `@st/language-lint` found in a case's extracts. Machine-derived: produced by software from the
 * extracts' text, not a reviewer's judgement, and marked so in every report.
 */
export interface LanguageEvidence {
  /** Always `machine`: this evidence was derived by software. */
  origin: "machine";
  /** What derived it and which rules it ran, e.g. `@st/language-lint st-default 1.0.0`. */
  derivedBy: string;
  /** The ids of the extracts it was derived from. */
  extracts: string[];
  /** Words in those extracts. */
  words: number;
  /** Concerns: every finding that is not a positive signal. */
  concerns: LanguageRate;
  /** Concerns per language-lint category; every category present. */
  byCategory: Record<Category, LanguageRate>;
  /** Concerns per rule id, only rules that matched. */
  byRule: Record<string, number>;
  /** Positive signals (good practice in the wording). */
  positive: LanguageRate & {
    /** Positive signals per rule id. */
    byRule: Record<string, number>;
  };
}

/** One reviewed case. */
export interface ReviewedCase {
  /** The case's id, pseudonymised in any record that leaves the borough. */
  caseId: string;
  /** The cohort it was drawn into (an id of the round's `cohorts`). */
  cohort: string;
  /** The worker's id, pseudonymised likewise. */
  workerId?: string | undefined;
  /** When the case closed. */
  closedDate?: IsoDate | undefined;
  /** Whether the worker was S&T Core trained. */
  workerTrained: YesNo;
  /** Whether the case had a case consultation. */
  consultation: YesNo;
  /** How the case consultation shaped practice, in the reviewer's words. */
  consultationImpact?: string | undefined;
  /** The context and composition of the case. */
  context: CaseContext;
  /** Evidence of S&T practice: the reviewer's answers to the practice checklist's items, with notes. */
  answers: ItemAnswer[];
  /** Machine suggestions attached to checklist items (language-lint findings), for the reviewer to check. */
  suggestions?: MachineSuggestion[] | undefined;
  /** Case-file extracts attached for the language lint. */
  extracts?: CaseExtract[] | undefined;
  /** Machine-derived language evidence from the extracts. */
  language?: LanguageEvidence | undefined;
  /** What went well, in the reviewer's words. */
  strengths: string[];
  /** Areas for improvement. */
  improvements: string[];
  /** Key learnings from the case. */
  learnings: string[];
  /** Actions agreed for the case, with owners. */
  actions: ReviewAction[];
}

/** One cohort of a round. */
export interface RoundCohort {
  /** The cohort's id (from the sampling frame). */
  id: string;
  /** What the cohort is, for people. */
  label: string;
}

/** Who took part in a review. */
export interface Reviewer {
  /** Their role. */
  role: ReviewerRole;
  /** A pseudonymised id, or a name where the record stays in the borough. */
  id?: string | undefined;
}

/** How the round's cases were drawn. */
export interface RoundSample {
  /** The sampling frame's id and version. */
  frame: { id: string; version: string };
  /** The seed the sample was drawn with. */
  seed: number;
  /** When it was drawn. */
  drawnOn?: IsoDate | undefined;
  /** The cohorts that fell short when it was drawn. */
  shortfalls: { cohort: string; wanted: number; eligible: number }[];
}

/** One round of a borough's learning reviews. */
export interface ReviewRound {
  /** An id for the round, unique within the borough, e.g. `hackney-2024-q2`. */
  id: string;
  /** The borough, as its GSS code (names such as "Hackney" are read into codes). */
  borough: GssCode;
  /** The round's number in the borough's series (1 for the first). */
  round?: number | undefined;
  /** The period the reviewed cases closed in. */
  period: { from: IsoDate; to: IsoDate };
  /** When the review was held. */
  reviewedOn?: IsoDate | undefined;
  /** A title for reports. */
  title?: string | undefined;
  /** Where the records came from; `learning-review` when absent. */
  origin?: RoundOrigin | undefined;
  /** Who reviewed. */
  reviewers: Reviewer[];
  /** The practice checklist definition the answers answer. */
  checklist: ChecklistRef;
  /** How the cases were drawn; absent for imported audits that were not sampled this way. */
  sample?: RoundSample | undefined;
  /** The cohorts, in order. */
  cohorts: RoundCohort[];
  /** The cases reviewed. */
  cases: ReviewedCase[];
  /**
   * What the case files show, principle by principle, in the reviewers' words: the evidence of S&T
   * practice the learning review template asks for. The report leads with it. (Version 2.)
   */
  findings?: PrincipleFinding[] | undefined;
  /** How case consultations shaped practice across the round, in the reviewers' words. (Version 2.) */
  consultationImpact?: string | undefined;
  /** Areas for improvement across the round. (Version 2.) */
  improvements?: string[] | undefined;
  /** The round's key learnings, across cases. */
  learnings: string[];
  /** The round's actions, with owners. */
  actions: ReviewAction[];
  /** Anything else about the round (a change in how it was run, a cohort that could not be filled). */
  notes?: string | undefined;
}

/** What the case files of a round show for one S&T principle, in the reviewers' words. */
export interface PrincipleFinding {
  /** The principle, as `@st/core` names it. */
  principle: PrincipleId;
  /** What the files show: strengths, gaps, examples (no identifying details). */
  text: string;
}

const text = z.string().trim().min(1, "must not be empty");
const texts = z.array(text);

const actionSchema = z.strictObject({
  action: text,
  owner: text,
  due: isoDateSchema.optional(),
  status: z.enum(actionStatuses).optional(),
});

const rateSchema = z.strictObject({ count: z.int().min(0), per1000Words: z.number().min(0) });
const countsSchema = z.record(z.string(), z.int().min(0));

/** Schema of {@link LanguageEvidence}. */
export const languageEvidenceSchema = z.strictObject({
  origin: z.literal("machine"),
  derivedBy: text,
  extracts: texts,
  words: z.int().min(0),
  concerns: rateSchema,
  byCategory: z.strictObject(
    Object.fromEntries(categories.map((c) => [c, rateSchema])) as Record<Category, typeof rateSchema>,
  ),
  byRule: countsSchema,
  positive: rateSchema.extend({ byRule: countsSchema }),
});

const contextSchema = z.strictObject({
  children: z.array(
    z.strictObject({
      age: z.int().min(0).max(25).optional(),
      unborn: z.boolean().optional(),
      note: z.string().optional(),
    }),
  ),
  adults: z.array(z.strictObject({ role: roleIdSchema, note: z.string().optional() })),
  presentingIssues: texts,
  agencies: texts,
  outcome: caseOutcomeSchema.optional(),
  summary: z.string().optional(),
});

const extractSchema = z.strictObject({
  id: text,
  source: evidenceSourceSchema.optional(),
  writtenOn: isoDateSchema.optional(),
  text: z.string().nullable(),
});

const reviewedCaseSchema = z.strictObject({
  caseId: text,
  cohort: text,
  workerId: text.optional(),
  closedDate: isoDateSchema.optional(),
  workerTrained: yesNoSchema,
  consultation: yesNoSchema,
  consultationImpact: z.string().optional(),
  context: contextSchema,
  answers: completedChecklistSchema.shape.answers,
  suggestions: completedChecklistSchema.shape.suggestions,
  extracts: z.array(extractSchema).optional(),
  language: languageEvidenceSchema.optional(),
  strengths: texts,
  improvements: texts,
  learnings: texts,
  actions: z.array(actionSchema),
});

function duplicates(values: readonly unknown[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) if (typeof v === "string") (seen.has(v) ? twice : seen).add(v);
  return twice;
}

const roundFieldsV1 = {
  id: text,
  borough: localAuthorityCodeSchema,
  round: z.int().min(1).optional(),
  period: z.strictObject({ from: isoDateSchema, to: isoDateSchema }),
  reviewedOn: isoDateSchema.optional(),
  title: z.string().optional(),
  origin: z.enum(roundOrigins).optional(),
  reviewers: z.array(z.strictObject({ role: reviewerRoleSchema, id: text.optional() })),
  checklist: completedChecklistSchema.shape.checklist,
  sample: z
    .strictObject({
      frame: z.strictObject({ id: text, version: text }),
      seed: z.int().min(0),
      drawnOn: isoDateSchema.optional(),
      shortfalls: z.array(z.strictObject({ cohort: text, wanted: z.int().min(0), eligible: z.int().min(0) })),
    })
    .optional(),
  cohorts: z.array(z.strictObject({ id: text, label: text })).min(1, "must name at least one cohort"),
  cases: z.array(reviewedCaseSchema),
  learnings: texts,
  actions: z.array(actionSchema),
  notes: z.string().optional(),
};

// Checks across fields run even when some fields are malformed, so one pass reports everything.
const acrossFields = (input: unknown, ctx: z.RefinementCtx): void => {
  const round = input as unknown as Record<string, unknown>;
  const period = round.period as { from?: unknown; to?: unknown } | undefined;
  if (typeof period?.from === "string" && typeof period.to === "string" && period.from > period.to) {
    ctx.addIssue({
      code: "custom",
      path: ["period", "to"],
      message: "ends before the period starts",
      input: period.to,
      params: { code: "invalid_period", expected: `a date on or after ${period.from}` },
    });
  }
  const cohorts = Array.isArray(round.cohorts) ? (round.cohorts as { id?: unknown }[]) : [];
  const ids = cohorts.map((c) => c?.id);
  for (const id of duplicates(ids)) {
    ctx.addIssue({
      code: "custom",
      path: ["cohorts", ids.lastIndexOf(id), "id"],
      message: `cohort id "${id}" is used more than once`,
      input: id,
      params: { code: "duplicate_id", expected: "an id no other cohort has" },
    });
  }
  const cases = Array.isArray(round.cases) ? (round.cases as { caseId?: unknown; cohort?: unknown }[]) : [];
  const caseIds = cases.map((c) => c?.caseId);
  const twice = duplicates(caseIds);
  cases.forEach((c, i) => {
    if (typeof c?.caseId === "string" && twice.has(c.caseId) && caseIds.indexOf(c.caseId) !== i) {
      ctx.addIssue({
        code: "custom",
        path: ["cases", i, "caseId"],
        message: `case ${c.caseId} is reviewed twice in the round`,
        input: c.caseId,
        params: { code: "duplicate_case", expected: "each case once" },
      });
    }
    if (typeof c?.cohort === "string" && cohorts.length && !ids.includes(c.cohort)) {
      ctx.addIssue({
        code: "custom",
        path: ["cases", i, "cohort"],
        message: `no cohort of the round has the id "${c.cohort}"`,
        input: c.cohort,
        params: {
          code: "unknown_cohort",
          expected: `one of ${ids.filter((x) => typeof x === "string").join(", ")}`,
        },
      });
    }
  });
};

/** Version 1 of the round (before the round-level qualitative record), for the migration. */
const reviewRoundSchemaV1 = z.strictObject(roundFieldsV1).superRefine(acrossFields, { when: () => true });

/** Schema of a {@link ReviewRound} (without `schemaVersion`; see {@link reviewRoundRecord}). */
export const reviewRoundSchema = z
  .strictObject({
    ...roundFieldsV1,
    findings: z.array(z.strictObject({ principle: principleIdSchema, text })).optional(),
    consultationImpact: z.string().optional(),
    improvements: texts.optional(),
  })
  .superRefine(acrossFields, { when: () => true });

/** Labels of a round's fields, for problems. */
const ROUND_LABELS: Readonly<Record<string, string>> = {
  id: "Round id",
  borough: "Borough",
  round: "Round number",
  "period.from": "Period start",
  "period.to": "Period end",
  reviewedOn: "Date of review",
  reviewers: "Reviewers",
  "reviewers.*.role": "Reviewer's role",
  checklist: "Checklist",
  "checklist.id": "Checklist id",
  "checklist.version": "Checklist version",
  "sample.seed": "Seed",
  cohorts: "Cohorts",
  "cohorts.*.id": "Cohort id",
  "cases.*.caseId": "Case id",
  "cases.*.cohort": "Cohort",
  "cases.*.workerTrained": "Worker S&T Core trained",
  "cases.*.consultation": "Case consultation held",
  "cases.*.consultationImpact": "How the consultation shaped practice",
  "cases.*.context.children.*.age": "Child's age",
  "cases.*.context.adults.*.role": "Adult's role",
  "cases.*.context.presentingIssues": "Presenting issues",
  "cases.*.context.agencies": "Agencies involved",
  "cases.*.context.outcome": "Outcome",
  "cases.*.answers.*.item": "Checklist item",
  "cases.*.answers.*.answer": "Answer",
  "cases.*.answers.*.note": "Evidence note",
  "cases.*.extracts.*.text": "Extract text",
  "cases.*.improvements": "Areas for improvement",
  "cases.*.learnings": "Key learnings",
  "cases.*.actions.*.owner": "Action owner",
  "cases.*.actions.*.action": "Action",
  learnings: "Key learnings",
  "actions.*.owner": "Action owner",
  "actions.*.action": "Action",
  "findings.*.principle": "Principle",
  "findings.*.text": "What the files show",
  consultationImpact: "How case consultations shaped practice",
  improvements: "Areas for improvement",
};

/**
 * The review round as a versioned record type (see `defineRecord` in `@st/core`): every stored round
 * carries `schemaVersion`; `reviewRoundRecord.write(round)` gives the stored form and
 * `reviewRoundRecord.jsonSchema()` its JSON Schema, for tools not written in TypeScript.
 */
export const reviewRoundRecord = defineRecord({
  name: "learning review round",
  version: 2,
  schema: reviewRoundSchema,
  labels: ROUND_LABELS,
  // Version 2 added the round's own qualitative record (findings by principle, consultation
  // impact, improvements), all optional: a version 1 round is a version 2 round without them.
  migrations: { 1: defineMigration(reviewRoundSchemaV1, (round) => round) },
  description:
    "One round of a borough's Safe & Together learning reviews: the sample; what the files show by principle, how consultations shaped practice, improvements, learnings and actions with owners; and per case the context, cohort, evidence against the practice checklist, consultation impact, improvements, learnings and actions.",
});
