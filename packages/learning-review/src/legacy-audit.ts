/**
 * Legacy audits: case-file audits that rated practice red, amber or green per S&T principle,
 * imported into the review model as a round of their own, so that the rounds before learning
 * reviews stay comparable, principle by principle.
 * @module
 */

import { appendAll, describeValue, type Problem, type ProblemCode, type SafeResult, StValidationError } from "@st/core";
import { dateTextProblem, type IsoDate, parseDateText } from "@st/core/calendar";
import { safeParseYesNo, type YesNo } from "@st/core/forms";
import { findLocalAuthority, type GssCode, getLocalAuthority } from "@st/core/places";
import { type PrincipleId, principleIds, principles } from "@st/core/practice";
import {
  type ChecklistDefinition,
  defaultChecklist,
  findScaleOption,
  type ItemAnswer,
  legacyRagScale,
} from "@st/practice-checklist";
import { AUDITS, argumentFailure, checkArg, DEFINITIONS, LEGACY_INPUT, ROUND_OPTIONS } from "./arguments.js";
import { readCsvRows } from "./csv.js";
import { type CaseOutcome, parseCaseOutcome } from "./outcomes.js";
import type { ReviewedCase, ReviewRound } from "./review-round.js";

/**
 * The checklist a legacy audit answers: one item a S&T principle (the item id is the principle's
 * id), on the red/amber/green scale (green counts as yes, amber as partly, red as no).
 */
export const legacyAuditChecklist: ChecklistDefinition = {
  id: "st-legacy-rag-audit",
  version: "1",
  title: "Case-file audit rated red, amber or green per S&T principle (legacy)",
  description:
    "The audits the partnership ran before learning reviews: one rating a principle. Imported so earlier rounds stay comparable, principle by principle.",
  scale: legacyRagScale,
  sections: [{ id: "principles", title: "Safe & Together principles" }],
  items: principles.map((principle) => ({
    id: principle.id,
    section: "principles",
    question: `How well does the case file show practice that serves the principle: ${principle.label}?`,
    goodPractice: principle.description,
    prompts: {},
    principles: [principle.id],
    components: [],
    evidence: ["case-notes", "assessment", "plan"],
    uses: ["audit"],
  })),
};

/** The checklists a review round may answer without being told: the partnership default and the legacy audit. */
export const reviewChecklists: readonly ChecklistDefinition[] = [defaultChecklist, legacyAuditChecklist];

/** A list of definitions with {@link reviewChecklists} added where the list lacks them (same id and version). */
export function withBuiltInChecklists(definitions: readonly ChecklistDefinition[] = []): ChecklistDefinition[] {
  checkArg("withBuiltInChecklists", DEFINITIONS, definitions);
  return [
    ...definitions,
    ...reviewChecklists.filter((b) => !definitions.some((d) => d.id === b.id && d.version === b.version)),
  ];
}

/** One case of a legacy audit, as read. */
export interface LegacyAudit {
  /** The case. */
  caseId: string;
  /** When it was audited. */
  auditDate: IsoDate;
  /** The rating per principle (values of the legacy scale: `green`, `amber`, `red`, `not-evidenced`, `not-applicable`). */
  ratings: Partial<Record<PrincipleId, string>>;
  /** Whether the worker was S&T trained, when the audit recorded it. */
  workerTrained?: YesNo | undefined;
  /** Whether the case had a consultation, when recorded. */
  consultation?: YesNo | undefined;
  /** The outcome, when recorded. */
  outcome?: CaseOutcome | undefined;
  /** The auditor's comments. */
  comments?: string | undefined;
}

const norm = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

// Columns a legacy audit export may use for each principle's rating.
const PRINCIPLE_COLUMNS = new Map<string, PrincipleId>(
  principleIds.flatMap((id, i) =>
    [id, `principle${i + 1}`, `p${i + 1}`, `principle${i + 1}rating`, `principle${i + 1}rag`].map(
      (k) => [norm(k), id] as const,
    ),
  ),
);
const FIELD_COLUMNS: Readonly<Record<string, string>> = {
  caseid: "caseId",
  caseref: "caseId",
  casereference: "caseId",
  auditdate: "auditDate",
  dateofaudit: "auditDate",
  date: "auditDate",
  workertrained: "workerTrained",
  sttrained: "workerTrained",
  trained: "workerTrained",
  consultation: "consultation",
  caseconsultation: "consultation",
  outcome: "outcome",
  comments: "comments",
  comment: "comments",
  auditorcomments: "comments",
};

function rowsOf(input: string | readonly unknown[]): SafeResult<{ rows: Record<string, unknown>[]; lines?: number[] }> {
  if (typeof input !== "string") {
    return {
      ok: true,
      value: { rows: input.map((r) => (r && typeof r === "object" ? (r as Record<string, unknown>) : {})) },
    };
  }
  const text = input.replace(/^\uFEFF/, "");
  if (/^\s*[[{]/.test(text)) {
    try {
      const value = JSON.parse(text) as unknown;
      const list = Array.isArray(value) ? value : [value];
      return rowsOf(list);
    } catch (error) {
      return {
        ok: false,
        problems: [
          {
            path: "",
            field: "Legacy audits",
            expected: "JSON or CSV",
            received: "text that is neither",
            message: `is not valid JSON (${(error as Error).message})`,
            code: "unparseable",
          },
        ],
      };
    }
  }
  const csv = readCsvRows(text);
  if (!csv.ok) return { ok: false, problems: [{ ...csv.problem, field: "Legacy audits" }] };
  const [head, ...body] = csv.rows;
  const headers = head?.fields.map((h) => h.trim()) ?? [];
  return {
    ok: true,
    value: {
      rows: body.map((row) => Object.fromEntries(headers.map((h, i) => [h, row.fields[i] ?? ""]))),
      lines: body.map((row) => row.line),
    },
  };
}

/**
 * Read legacy RAG-rated audits from CSV or JSON text, or objects: one row a case, with a case id,
 * the audit date and a rating for each principle (columns named by principle id, or
 * `Principle 1` to `Principle 3`, or `P1` to `P3`; ratings `Red`/`Amber`/`Green`, `R`/`A`/`G`,
 * `Not evidenced`, `N/A`), and where recorded whether the worker was trained, whether the case had
 * a consultation, the outcome and comments. Other columns are ignored.
 */
export function readLegacyAudits(input: string | readonly unknown[]): SafeResult<LegacyAudit[]> {
  const wrong = argumentFailure("readLegacyAudits", LEGACY_INPUT, input);
  if (wrong) return wrong;
  const read = rowsOf(input);
  if (!read.ok) return read;
  const problems: Problem[] = [];
  const audits: LegacyAudit[] = [];
  read.value.rows.forEach((row, i) => {
    const where = { record: i + 1, ...(read.value.lines ? { line: read.value.lines[i]! } : {}) };
    const fields: Record<string, unknown> = {};
    const ratings: Partial<Record<PrincipleId, string>> = {};
    const bad = (path: string, field: string, expected: string, value: unknown, message: string, code: ProblemCode) =>
      problems.push({ ...where, path, field, expected, received: describeValue(value), message, code });
    for (const [key, value] of Object.entries(row)) {
      const k = norm(key);
      const principle = PRINCIPLE_COLUMNS.get(k);
      if (principle) {
        const text =
          typeof value === "string" ? value.trim() : value === undefined || value === null ? "" : String(value);
        if (text === "") continue;
        const option = findScaleOption(legacyRagScale, text);
        if (option) ratings[principle] = option.value;
        else
          bad(
            `ratings.${principle}`,
            `Rating: ${principle}`,
            "Red, Amber, Green, Not evidenced or Not applicable",
            value,
            "is not a rating",
            "invalid_value",
          );
      } else if (FIELD_COLUMNS[k]) fields[FIELD_COLUMNS[k]] = value;
    }
    const caseId =
      typeof fields.caseId === "string" || typeof fields.caseId === "number" ? String(fields.caseId).trim() : "";
    if (caseId === "") bad("caseId", "Case id", "a value", fields.caseId, "is empty", "required");
    const auditDate = typeof fields.auditDate === "string" ? parseDateText(fields.auditDate) : undefined;
    if (!auditDate)
      bad(
        "auditDate",
        "Audit date",
        "a date written YYYY-MM-DD",
        fields.auditDate,
        (typeof fields.auditDate === "string" && dateTextProblem(fields.auditDate)) || "is not a date",
        "invalid_format",
      );
    if (
      Object.keys(ratings).length === 0 &&
      !problems.some((p) => p.record === i + 1 && p.path.startsWith("ratings"))
    ) {
      bad(
        "ratings",
        "Ratings",
        "a rating for at least one principle",
        undefined,
        "the row has no principle ratings",
        "required",
      );
    }
    const yesNo = (key: "workerTrained" | "consultation", label: string): YesNo | undefined => {
      const value = fields[key];
      if (value === undefined || value === null || value === "") return undefined;
      const answer = safeParseYesNo(value, label);
      if (answer.ok) return answer.value;
      appendAll(
        problems,
        answer.problems.map((p) => ({ ...p, ...where, path: key })),
      );
      return undefined;
    };
    const workerTrained = yesNo("workerTrained", "Worker S&T trained");
    const consultation = yesNo("consultation", "Case consultation held");
    let outcome: CaseOutcome | undefined;
    if (typeof fields.outcome === "string" && fields.outcome.trim() !== "") {
      outcome = parseCaseOutcome(fields.outcome);
      if (!outcome)
        bad("outcome", "Outcome", "a known outcome", fields.outcome, "is not a known outcome", "invalid_value");
    }
    if (problems.some((p) => p.record === i + 1)) return;
    const audit: LegacyAudit = { caseId, auditDate: auditDate!, ratings };
    if (workerTrained) audit.workerTrained = workerTrained;
    if (consultation) audit.consultation = consultation;
    if (outcome) audit.outcome = outcome;
    if (typeof fields.comments === "string" && fields.comments.trim()) audit.comments = fields.comments.trim();
    audits.push(audit);
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: audits };
}

/** What {@link legacyAuditRound} needs besides the audits. */
export interface LegacyRoundOptions {
  /** An id for the round. */
  id: string;
  /** The borough: a GSS code or a name. */
  borough: GssCode | string;
  /** The period the audited cases belong to; from the first to the last audit date when absent. */
  period?: { from: IsoDate; to: IsoDate } | undefined;
  /** The round's number in the borough's series. */
  round?: number | undefined;
}

/**
 * A review round from legacy audits. Cases are put in the default frame's cohorts where the audit
 * recorded training and consultation (`trained-consulted`, `untrained-unconsulted`), else in
 * `other` (trained or consulted but not both) or `not-recorded`; only cohorts with cases are kept.
 * Each rating becomes the answer to the legacy checklist's item for that principle; comments
 * become a learning.
 *
 * @throws `StValidationError` (from `@st/core`) when there are no audits or the borough is not known.
 */
export function legacyAuditRound(audits: readonly LegacyAudit[], options: LegacyRoundOptions): ReviewRound {
  checkArg("legacyAuditRound", AUDITS, audits);
  checkArg("legacyAuditRound", ROUND_OPTIONS, options);
  if (audits.length === 0 || (options.borough && !findLocalAuthority(options.borough))) {
    throw new StValidationError(
      [
        audits.length === 0
          ? {
              path: "",
              field: "Legacy audits",
              expected: "at least one audited case",
              received: "none",
              message: "there are no audits to import",
              code: "required",
            }
          : {
              path: "borough",
              field: "Borough",
              expected: "a London borough's name or GSS code",
              received: describeValue(options.borough),
              message: "is not a known local authority",
              code: "invalid_value",
            },
      ],
      { subject: "the legacy audits" },
    );
  }
  const dates = audits.map((a) => a.auditDate).sort();
  const cohortOf = (a: LegacyAudit): string => {
    if (a.workerTrained === undefined || a.consultation === undefined) return "not-recorded";
    if (a.workerTrained === "yes" && a.consultation === "yes") return "trained-consulted";
    if (a.workerTrained === "no" && a.consultation === "no") return "untrained-unconsulted";
    return "other";
  };
  const labels: Record<string, string> = {
    "trained-consulted": "Worker S&T Core trained, case consultation held",
    "untrained-unconsulted": "Worker not trained, no case consultation",
    other: "Trained or consulted, not both",
    "not-recorded": "Training and consultation not recorded",
  };
  const cases: ReviewedCase[] = audits.map((a) => {
    const answers: ItemAnswer[] = principleIds.flatMap((id) =>
      a.ratings[id] === undefined ? [] : [{ item: id, answer: a.ratings[id]! }],
    );
    const reviewed: ReviewedCase = {
      caseId: a.caseId,
      cohort: cohortOf(a),
      workerTrained: a.workerTrained ?? "no",
      consultation: a.consultation ?? "no",
      context: { children: [], adults: [], presentingIssues: [], agencies: [] },
      answers,
      strengths: [],
      improvements: [],
      learnings: a.comments ? [a.comments] : [],
      actions: [],
    };
    if (a.outcome) reviewed.context.outcome = a.outcome;
    return reviewed;
  });
  const used = Object.keys(labels).filter((id) => cases.some((c) => c.cohort === id));
  const round: ReviewRound = {
    id: options.id,
    borough: getLocalAuthority(options.borough).code,
    period: options.period ?? { from: dates[0]!, to: dates.at(-1)! },
    origin: "legacy-rag-audit",
    reviewers: [],
    checklist: { id: legacyAuditChecklist.id, version: legacyAuditChecklist.version },
    cohorts: used.map((id) => ({ id, label: labels[id]! })),
    cases,
    learnings: [],
    actions: [],
    notes:
      "Imported from a RAG-rated case-file audit: one rating a principle (green read as yes, amber as partly, red as no). Training and consultation are as the audit recorded them; where it did not, the case is in the not-recorded cohort.",
  };
  if (options.round !== undefined) round.round = options.round;
  return round;
}
