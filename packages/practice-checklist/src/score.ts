/**
 * Scoring one completed checklist: coverage per S&T principle and per critical component.
 * @module
 */
import { StValidationError } from "@st/core";
import {
  type CriticalComponentId,
  criticalComponentIds,
  type PrincipleId,
  principleIds,
  type TerminologyProfile,
} from "@st/core/practice";
import { checkAnswer } from "./answer-problems.js";
import { defaultScale } from "./answer-scale.js";
import { checkDefinition, checkOptions, checkRecord } from "./arguments.js";
import type { CompletedChecklist } from "./completed-checklist.js";
import { type AnswerCounts, COVERAGE_RULE, type Coverage, coverageOf, emptyAnswerCounts } from "./coverage.js";
import { defaultChecklist } from "./default-checklist.js";
import type { ChecklistDefinition, ChecklistRef } from "./definition.js";
import { componentLabel, label, principleLabel } from "./labels.js";

/** Coverage of one S&T principle. */
export interface PrincipleCoverage extends Coverage {
  /** The principle's id from `@st/core`. */
  id: PrincipleId;
  /** Its name, in the terminology profile's words. */
  label: string;
  /** How many items of the checklist serve it. */
  items: number;
}

/** Coverage of one S&T critical component. */
export interface ComponentCoverage extends Coverage {
  /** The component's id from `@st/core`. */
  id: CriticalComponentId;
  /** Its name, in the terminology profile's words. */
  label: string;
  /** How many items of the checklist serve it. */
  items: number;
}

/** Coverage of one section of the checklist. */
export interface SectionCoverage extends Coverage {
  /** The section's id. */
  id: string;
  /** Its heading, in the terminology profile's words. */
  title: string;
}

/** The score of one completed checklist. */
export interface ChecklistScore {
  /** The definition the record answers. */
  checklist: ChecklistRef;
  /** The case, as the record names it (pseudonymised). */
  caseId: string;
  /** The date of the review. */
  date: string;
  /** The rule the figures follow, in words. */
  rule: string;
  /** Coverage over every answer. */
  overall: Coverage;
  /** Coverage per principle, in `@st/core`'s order. */
  principles: PrincipleCoverage[];
  /** Coverage per critical component, in `@st/core`'s order. */
  components: ComponentCoverage[];
  /** Coverage per section, in the definition's order. */
  sections: SectionCoverage[];
  /** Ids of the items of the record's use that have no answer; not counted anywhere. */
  unanswered: string[];
}

/** Options for {@link score}. */
export interface ScoreOptions {
  /** The terminology profile labels are resolved through; the default profile when absent. */
  profile?: TerminologyProfile | undefined;
}

function add(counts: AnswerCounts, answer: keyof AnswerCounts): void {
  counts[answer]++;
}

/**
 * Score a completed checklist: for each S&T principle, each critical component and each section,
 * how many applicable answers show the practice ("met"), partly show it, or could not be evidenced,
 * with the counts behind every percentage. Answers "not applicable" are excluded and unanswered
 * items listed, as {@link COVERAGE_RULE} states.
 *
 * `definition` must be the one the record answers (the partnership default when absent).
 * @throws `StValidationError` (from `@st/core`) when the record answers another definition or an answer is not on its scale;
 * also a `TypeError`, coded `invalid_type`, when an argument is of the wrong kind (`undefined` for the record).
 */
export function score(
  record: CompletedChecklist,
  definition: ChecklistDefinition = defaultChecklist,
  options: ScoreOptions = {},
): ChecklistScore {
  checkRecord("score", record);
  checkDefinition("score", definition);
  checkOptions("score", options);
  if (record.checklist.id !== definition.id || record.checklist.version !== definition.version) {
    throw new StValidationError(
      [
        {
          path: "checklist",
          field: "Checklist",
          expected: `${definition.id} ${definition.version}`,
          received: `${record.checklist.id} ${record.checklist.version}`,
          message: "the record answers a different checklist from the one given to score it against",
          code: "wrong_checklist",
        },
      ],
      { subject: `the completed checklist for case ${record.caseId}` },
    );
  }
  const scale = definition.scale ?? defaultScale;
  const overall = emptyAnswerCounts();
  const byPrinciple = new Map(principleIds.map((id) => [id, emptyAnswerCounts()]));
  const byComponent = new Map(criticalComponentIds.map((id) => [id, emptyAnswerCounts()]));
  const bySection = new Map(definition.sections.map((s) => [s.id, emptyAnswerCounts()]));
  const items = new Map(definition.items.map((item) => [item.id, item]));
  const answered = new Set<string>();
  record.answers.forEach((answer, i) => {
    const { item, meaning, problem } = checkAnswer(answer, i, items, scale, answered);
    if (problem)
      throw new StValidationError([problem], { subject: `the completed checklist for case ${record.caseId}` });
    add(overall, meaning);
    for (const id of item.principles) add(byPrinciple.get(id)!, meaning);
    for (const id of item.components) add(byComponent.get(id)!, meaning);
    const section = bySection.get(item.section);
    if (section) add(section, meaning);
  });
  const profile = options.profile;
  return {
    checklist: { ...record.checklist },
    caseId: record.caseId,
    date: record.date,
    rule: COVERAGE_RULE,
    overall: coverageOf(overall),
    principles: principleIds.map((id) => ({
      id,
      label: principleLabel(id, profile),
      items: definition.items.filter((item) => item.principles.includes(id)).length,
      ...coverageOf(byPrinciple.get(id)!),
    })),
    components: criticalComponentIds.map((id) => ({
      id,
      label: componentLabel(id, profile),
      items: definition.items.filter((item) => item.components.includes(id)).length,
      ...coverageOf(byComponent.get(id)!),
    })),
    sections: definition.sections.map((section) => ({
      id: section.id,
      title: label(section.title, profile),
      ...coverageOf(bySection.get(section.id)!),
    })),
    unanswered: definition.items
      .filter((item) => item.uses.includes(record.use) && !answered.has(item.id))
      .map((item) => item.id),
  };
}
