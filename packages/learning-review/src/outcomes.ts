/**
 * What happened to a case: the outcomes a learning review contrasts between cohorts ("cases without
 * a consultation were more often closed after assessment").
 * @module
 */

import * as z from "zod";
import { checkArg, OUTCOME_TEXT } from "./arguments.js";

/**
 * The outcome of a case, as stored:
 * - `closed-after-assessment`: closed after assessment with no further action (CIN census RC8);
 * - `early-help`: closed after assessment and stepped down to early help (RC9);
 * - `cin-plan`: a child in need plan;
 * - `cp-plan`: a child protection plan;
 * - `plo`: pre-proceedings under the Public Law Outline;
 * - `proceedings`: care proceedings issued;
 * - `other`: anything else (a transfer out, a closure for another reason).
 */
export const caseOutcomes = [
  "closed-after-assessment",
  "early-help",
  "cin-plan",
  "cp-plan",
  "plo",
  "proceedings",
  "other",
] as const;

/** One of {@link caseOutcomes}. */
export type CaseOutcome = (typeof caseOutcomes)[number];

/** Schema of a {@link CaseOutcome}. */
export const caseOutcomeSchema = z.enum(caseOutcomes);

/** How each {@link CaseOutcome} is shown to people. */
export const caseOutcomeLabels: Readonly<Record<CaseOutcome, string>> = Object.freeze({
  "closed-after-assessment": "Closed after assessment (no further action)",
  "early-help": "Closed after assessment, stepped down to early help",
  "cin-plan": "Child in need plan",
  "cp-plan": "Child protection plan",
  plo: "Pre-proceedings (PLO)",
  proceedings: "Care proceedings",
  other: "Other",
});

/**
 * The outcomes that count as "closed after assessment" in the outcome contrast: with no further
 * action, or stepped down to early help. Both end children's social care's involvement at
 * assessment, which is what the partnership's reviews compared.
 */
export const closedAfterAssessmentOutcomes: readonly CaseOutcome[] = Object.freeze([
  "closed-after-assessment",
  "early-help",
]);

const SPELLINGS: Readonly<Record<string, CaseOutcome>> = {
  closedafterassessment: "closed-after-assessment",
  closedafterassessmentnfa: "closed-after-assessment",
  closedafterassessmentnofurtheraction: "closed-after-assessment",
  nfa: "closed-after-assessment",
  nofurtheraction: "closed-after-assessment",
  rc8: "closed-after-assessment",
  earlyhelp: "early-help",
  stepdowntoearlyhelp: "early-help",
  steppeddowntoearlyhelp: "early-help",
  closedtoearlyhelp: "early-help",
  closedafterassessmentearlyhelp: "early-help",
  rc9: "early-help",
  cin: "cin-plan",
  cinplan: "cin-plan",
  childinneed: "cin-plan",
  childinneedplan: "cin-plan",
  cp: "cp-plan",
  cpplan: "cp-plan",
  childprotection: "cp-plan",
  childprotectionplan: "cp-plan",
  plo: "plo",
  preproceedings: "plo",
  publiclawoutline: "plo",
  proceedings: "proceedings",
  careproceedings: "proceedings",
  court: "proceedings",
  other: "other",
};

/**
 * Read an outcome as case lists write it: the id, its label, or a common spelling ("NFA", "RC8",
 * "CIN", "Child protection plan", "PLO", "Care proceedings"), ignoring case, spaces and punctuation.
 * `undefined` when not recognised.
 */
export function parseCaseOutcome(text: string): CaseOutcome | undefined {
  checkArg("parseCaseOutcome", OUTCOME_TEXT, text);
  const key = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
  if (key === "") return undefined;
  if (Object.hasOwn(SPELLINGS, key)) return SPELLINGS[key];
  for (const outcome of caseOutcomes) {
    if (caseOutcomeLabels[outcome].toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "") === key) return outcome;
  }
  return undefined;
}
