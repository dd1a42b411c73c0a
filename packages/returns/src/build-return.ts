/**
 * Build one borough's return for one quarter from its already-parsed files: figures computed with
 * the shared definitions, the small-numbers rule applied, the source files' checksums recorded,
 * case identifiers replaced by keyed pseudonyms, and the whole sealed with its own checksum.
 * @module
 */
import type { ComplaintRecord } from "@st/complaints-proforma";
import { checkArgument, type Problem, StValidationError } from "@st/core";
import { isQuarterId, type QuarterId } from "@st/core/calendar";
import { findLocalAuthority } from "@st/core/places";
import { createPseudonymiser } from "@st/core/records";
import type { IndicatorTable } from "@st/indicators";
import type { CaseNoteExtract } from "@st/language-lint/demo";
import type { ReviewRound } from "@st/learning-review";
import type { ChecklistDefinition, CompletedChecklist } from "@st/practice-checklist";
import { checklistFigures, checklistProblems } from "./checklist-figures.js";
import { complaintFigures, complaintProblems } from "./complaint-figures.js";
import { returnSections } from "./figure.js";
import { indicatorFigures, indicatorTableProblems, type SectionFigures } from "./indicator-figures.js";
import { returnChecksum } from "./integrity.js";
import { caseNoteProblems, languageFigures } from "./language-figures.js";
import { type PartnershipReturn, RETURN_KIND, RETURN_SCHEMA_VERSION, type ReturnSource } from "./partnership-return.js";
import { reviewFigures, reviewProblems } from "./review-figures.js";
import { applySuppression, defaultSuppressionRule, type SuppressionRule } from "./suppression.js";

/** One borough's parsed files for one quarter; any subset will do. */
export interface ReturnInputs {
  /** The borough: GSS code, DfE number or name. */
  borough: string;
  /** The quarter, `YYYY-Qn`. */
  quarter: string;
  /** The return's revision: 1, or one more than the return it corrects. Default 1. */
  version?: number | undefined;
  /**
   * The borough's own secret for pseudonyms (at least 32 bytes; see `@st/core`'s
   * `generatePseudonymKey`). It never leaves the borough: without it a pseudonym cannot be traced
   * back to a case.
   */
  secret: string | Uint8Array | CryptoKey;
  /** The small-numbers rule. Default {@link defaultSuppressionRule}. */
  suppression?: SuppressionRule | undefined;
  /** The indicators, computed from the borough's census or extracts (or as it published them), and the files they came from. */
  indicators?: { table: IndicatorTable; sources: readonly ReturnSource[] } | undefined;
  /** The complaints register (every quarter's records may be given: those received in the quarter are counted). */
  complaints?: { records: readonly ComplaintRecord[]; source: ReturnSource } | undefined;
  /** Completed checklists, one entry a file (those dated in the quarter are counted). */
  checklists?: readonly { records: readonly CompletedChecklist[]; source: ReturnSource }[] | undefined;
  /** A borough's own checklist definitions the audits answer (the partnership default when absent). */
  checklistDefinitions?: readonly ChecklistDefinition[] | undefined;
  /** The learning-review round of the quarter. */
  review?: { round: ReviewRound; source: ReturnSource } | undefined;
  /** Case-note extracts written before and after training. */
  caseNotes?: readonly { notes: readonly CaseNoteExtract[]; source: ReturnSource }[] | undefined;
}

function usageProblem(path: string, field: string, expected: string, received: string): Problem {
  return { path, field, expected, received, message: `is not ${expected}`, code: "invalid_value" };
}

/**
 * Build a borough's partnership return. Records of another borough (a census for the wrong
 * authority, another borough's complaints) stop the build with every such problem, naming the
 * file and the field; records of other quarters are left out and the return's notes say how many.
 *
 * @throws `StValidationError` (from `@st/core`) when an input is for another borough or quarter, or the borough or quarter is not valid;
 * also a `TypeError`, coded `invalid_type`, when `inputs` is not an object.
 */
export async function buildReturn(inputs: ReturnInputs): Promise<PartnershipReturn> {
  checkArgument(inputs, "record", {
    fn: "buildReturn",
    argument: "inputs",
    label: "Return inputs",
    expected: "a borough's inputs for one quarter's return",
  });
  // Text only: a borough of another kind is reported below with the quarter, as the usage problem it is.
  const found = typeof inputs.borough === "string" ? findLocalAuthority(inputs.borough) : undefined;
  const authority = found?.london ? found : undefined;
  const problems: Problem[] = [];
  if (!authority)
    problems.push(
      usageProblem(
        "borough",
        "Borough",
        "a London borough's GSS code, DfE number or name",
        JSON.stringify(inputs.borough) ?? "nothing",
      ),
    );
  if (!isQuarterId(inputs.quarter))
    problems.push(
      usageProblem("quarter", "Quarter", "a quarter written YYYY-Qn", JSON.stringify(inputs.quarter) ?? "nothing"),
    );
  if (problems.length) throw new StValidationError(problems, { subject: "the return's borough and quarter" });
  const borough = authority!.code;
  const quarter = inputs.quarter as QuarterId;
  const sections: SectionFigures[] = [];
  const sources: ReturnSource[] = [];

  if (inputs.indicators) {
    const name = inputs.indicators.sources.map((s) => s.name).join(" + ") || "indicator table";
    problems.push(...indicatorTableProblems(inputs.indicators.table, borough, name));
    sections.push(indicatorFigures(inputs.indicators.table, borough, quarter, name));
    sources.push(...inputs.indicators.sources);
  }
  if (inputs.complaints) {
    const { records, source } = inputs.complaints;
    problems.push(...complaintProblems(records, borough, source.name));
    sections.push(complaintFigures(records, quarter, source.name));
    sources.push(source);
  }
  if (inputs.checklists?.length) {
    for (const { records, source } of inputs.checklists)
      problems.push(...checklistProblems(records, borough, source.name));
    const records = inputs.checklists.flatMap((c) => c.records);
    const name = inputs.checklists.map((c) => c.source.name).join(" + ");
    sections.push(checklistFigures(records, quarter, name, inputs.checklistDefinitions));
    sources.push(...inputs.checklists.map((c) => c.source));
  }
  let reviewedCases: string[] = [];
  if (inputs.review) {
    const { round, source } = inputs.review;
    const roundProblems = reviewProblems(round, borough, quarter, source.name);
    problems.push(...roundProblems);
    if (roundProblems.length === 0) {
      sections.push(reviewFigures(round, source.name));
      const pseudonymise = await createPseudonymiser(inputs.secret, { prefix: "C-", length: 12, context: "case" });
      reviewedCases = (await Promise.all(round.cases.map((c) => pseudonymise(c.caseId)))).sort();
    }
    sources.push(source);
  }
  if (inputs.caseNotes?.length) {
    for (const { notes, source } of inputs.caseNotes) problems.push(...caseNoteProblems(notes, borough, source.name));
    const name = inputs.caseNotes.map((c) => c.source.name).join(" + ");
    sections.push(
      languageFigures(
        inputs.caseNotes.flatMap((c) => c.notes),
        name,
      ),
    );
    sources.push(...inputs.caseNotes.map((c) => c.source));
  }
  if (problems.length)
    throw new StValidationError(problems, { subject: `the files for ${authority!.name}'s ${quarter} return` });

  const order = (s: SectionFigures) => returnSections.indexOf(s.figures[0]?.section ?? "language");
  sections.sort((a, b) => order(a) - order(b));
  const rule = inputs.suppression ?? defaultSuppressionRule;
  const caveats = new Map(sections.flatMap((s) => s.caveats).map((c) => [c.id, c]));
  const unsealed: Omit<PartnershipReturn, "checksum"> = {
    kind: RETURN_KIND,
    schemaVersion: RETURN_SCHEMA_VERSION,
    borough,
    boroughName: authority!.name,
    quarter,
    version: inputs.version ?? 1,
    suppression: rule,
    sources,
    figures: applySuppression(
      sections.flatMap((s) => s.figures),
      sections.flatMap((s) => s.groups),
      rule,
    ),
    groups: sections.flatMap((s) => s.groups),
    caveats: [...caveats.values()],
    notes: sections.flatMap((s) => s.notes),
    pseudonyms: { key: "borough-secret", reviewedCases },
  };
  return { ...unsealed, checksum: await returnChecksum(unsealed) };
}
