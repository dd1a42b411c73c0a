/**
 * The complaint-text detector: reads the text of an incoming complaint and suggests proforma
 * answers, each with the spans of text that triggered it. It suggests; it never decides. The rules
 * are data ({@link defaultDetectorRules}); a borough can load its own, validated by
 * {@link safeParseDetectorRules}.
 * @module
 */

import {
  appendAll,
  checkArgument,
  describeValue,
  lineColumns,
  type Problem,
  type ProblemCode,
  problemCodeOfZodIssue,
  StValidationError,
} from "@st/core";
import type { FormDefinition } from "@st/core/forms";
import * as z from "zod";
import { checkRecordArgument } from "./arguments.js";
import { defaultDetectorRules } from "./detector-rules.js";
import {
  type CompiledPattern,
  compilePatterns,
  matchAll,
  normaliseForMatching,
  PatternError,
  spanAt,
  type TextSpan,
} from "./matcher.js";
import { complaintsProforma } from "./proforma.js";
import { answerLabel, questionsById } from "./rules.js";

export type { TextSpan } from "./matcher.js";

/** An answer a rule suggests: a fixed value, or `{ excerpt: true }` for the matched text itself. */
export type SuggestedAnswer = string | number | { excerpt: true };

/** One detector rule. */
export interface DetectorRule {
  /** Stable id, e.g. `escalation/ombudsman`. */
  id: string;
  /** The convention of complaints it is evidence of (an id of the rule set's `conventions`). */
  convention: string;
  /** What it looks for, in a sentence. */
  description: string;
  /** Regular-expression sources; `{name}` expands one of the rule set's macros. */
  patterns: readonly string[];
  /** Proforma answers it suggests, by question id. */
  suggests: readonly { question: string; answer: SuggestedAnswer }[];
}

/** A convention of complaints, as the complaints staff named it. */
export interface Convention {
  /** Stable id. */
  id: string;
  /** What a person sees. */
  label: string;
}

/** A versioned set of detector rules. */
export interface DetectorRuleSet {
  /** Stable id of the set. */
  id: string;
  /** Its version. */
  version: string;
  /** Word count above which a complaint is called lengthy. */
  lengthyWords: number;
  /** Proforma answers a lengthy complaint suggests (its evidence is the word count, so no spans). */
  lengthySuggests?: readonly { question: string; answer: string | number }[] | undefined;
  /** Named pattern fragments the rules use as `{name}`. */
  macros: Readonly<Record<string, string>>;
  /** The conventions the rules report. */
  conventions: readonly Convention[];
  /** The rules. */
  rules: readonly DetectorRule[];
}

/** A span of evidence, with the rule that matched it. */
export interface Evidence extends TextSpan {
  /** The rule that matched. */
  ruleId: string;
}

/** A suggested answer to one proforma question. */
export interface Suggestion {
  /** Dotted id of the question. */
  question: string;
  /** Its label. */
  field: string;
  /** The suggested answer: a list for multiple-choice questions, the excerpts for free-text ones. */
  answer: string | number | string[];
  /** The answer as a person reads it: the options' labels (terminology placeholders unresolved), or the text. */
  answerLabels: string[];
  /** Every span that supports it, in text order. */
  evidence: Evidence[];
}

/** A convention seen in the text. */
export interface ConventionFinding {
  /** Convention id. */
  id: string;
  /** Its label. */
  label: string;
  /** Every span that shows it, in text order (empty for `lengthy`, which is a count). */
  evidence: Evidence[];
}

/** What the detector found in one text. */
export interface Detection {
  /** Suggested proforma answers, in the proforma's order. */
  suggestions: Suggestion[];
  /** Conventions seen, in the rule set's order. */
  conventions: ConventionFinding[];
  /** The demands made: counted once a sentence. */
  demands: { count: number; evidence: Evidence[] };
  /** Words in the text. */
  words: number;
}

const answerSchema = z.union([z.string().min(1), z.number(), z.strictObject({ excerpt: z.literal(true) })]);

/** The zod schema a rule set must meet (patterns are then compiled and answers checked). */
export const detectorRuleSetSchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1),
  lengthyWords: z.int().positive(),
  lengthySuggests: z
    .array(z.strictObject({ question: z.string(), answer: z.union([z.string().min(1), z.number()]) }))
    .optional(),
  macros: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/), z.string().min(1)),
  conventions: z.array(z.strictObject({ id: z.string().min(1), label: z.string().min(1) })),
  rules: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, "must be lower-case words joined by - and /"),
        convention: z.string().min(1),
        description: z.string().min(1),
        patterns: z.array(z.string().min(1)).min(1),
        suggests: z.array(z.strictObject({ question: z.string(), answer: answerSchema })),
      }),
    )
    .min(1),
});

/** A rule set checked and compiled, ready for {@link detect}. */
export interface CompiledDetector {
  /** The rule set it came from. */
  rules: DetectorRuleSet;
  /** @internal */
  compiled: readonly { rule: DetectorRule; pattern: CompiledPattern }[];
}

function problem(path: string, message: string, received: unknown, expected: string, code: ProblemCode): Problem {
  return { path, field: path, expected, received: describeValue(received), message, code };
}

/**
 * Check a rule set (a borough's own, say) and compile it: every pattern must compile, every
 * convention be declared, every suggestion name a question of the definition with an answer it allows.
 */
export function safeParseDetectorRules(
  input: unknown,
  definition: FormDefinition = complaintsProforma,
): { ok: true; value: CompiledDetector } | { ok: false; problems: Problem[] } {
  checkRecordArgument("safeParseDetectorRules", "definition", definition);
  const parsed = detectorRuleSetSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const path = issue.path.map(String).join(".");
        return problem(path, issue.message, undefined, "a valid rule set", problemCodeOfZodIssue(issue.code));
      }),
    };
  }
  const rules = parsed.data as DetectorRuleSet;
  const problems: Problem[] = [];
  const questions = questionsById(definition);
  const conventions = new Set(rules.conventions.map((c) => c.id));
  const ids = new Set<string>();
  const compiled: { rule: DetectorRule; pattern: CompiledPattern }[] = [];
  const checkSuggestion = (s: { question: string; answer: SuggestedAnswer }, where: string) => {
    const q = questions.get(s.question);
    if (!q) {
      problems.push(
        problem(
          `${where}.question`,
          "is not a question of the proforma",
          s.question,
          "a question id",
          "unknown_question",
        ),
      );
      return;
    }
    const fixed = typeof s.answer === "object" ? undefined : s.answer;
    const allowed =
      q.type === "yesNo"
        ? fixed === "yes" || fixed === "no"
        : q.type === "choice" || q.type === "multiChoice"
          ? q.options?.some((o) => o.value === fixed)
          : q.type === "text" || q.type === "longText";
    if (!allowed)
      problems.push(
        problem(
          `${where}.answer`,
          `is not an answer "${q.label}" allows`,
          s.answer,
          "an allowed answer",
          "invalid_answer",
        ),
      );
  };
  (rules.lengthySuggests ?? []).forEach((s, j) => {
    checkSuggestion(s, `lengthySuggests.${j}`);
  });
  rules.rules.forEach((rule, i) => {
    const at = `rules.${i}`;
    if (ids.has(rule.id))
      problems.push(problem(`${at}.id`, "repeats another rule's id", rule.id, "a unique id", "duplicate"));
    ids.add(rule.id);
    if (!conventions.has(rule.convention))
      problems.push(
        problem(
          `${at}.convention`,
          "is not a declared convention",
          rule.convention,
          "a convention id",
          "unknown_convention",
        ),
      );
    rule.suggests.forEach((s, j) => {
      checkSuggestion(s, `${at}.suggests.${j}`);
    });
    try {
      compiled.push({ rule, pattern: compilePatterns(rule.patterns, rules.macros) });
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      problems.push(
        problem(`${at}.patterns`, error.message, rule.patterns, "valid regular expressions", "invalid_pattern"),
      );
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { rules, compiled } };
}

/**
 * Check and compile a rule set.
 * @throws {@link @st/core!index.StValidationError} naming every problem.
 */
export function parseDetectorRules(input: unknown, definition: FormDefinition = complaintsProforma): CompiledDetector {
  checkRecordArgument("parseDetectorRules", "definition", definition);
  const result = safeParseDetectorRules(input, definition);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "detector rules" });
  return result.value;
}

let defaultCompiled: CompiledDetector | undefined;

/** Options of {@link detect}. */
export interface DetectOptions {
  /** Rules to use instead of {@link defaultDetectorRules}: compile them once with {@link parseDetectorRules}. */
  detector?: CompiledDetector;
  /** The definition whose labels the suggestions carry (a borough's adapted proforma). */
  definition?: FormDefinition;
}

const SENTENCE_END = /[.!?\n]/g;

/**
 * Read the text of a complaint and suggest proforma answers, with the evidence for each. Any text
 * is accepted; nothing is ever decided for the reader.
 * @throws {@link @st/core!index.StValidationError} (also a `TypeError`) coded `invalid_type` when `text`
 * is not text or `options` is not an object.
 */
export function detect(text: string, options: DetectOptions = {}): Detection {
  checkArgument(text, "text", { fn: "detect", argument: "text", label: "Complaint text" });
  checkRecordArgument("detect", "options", options);
  defaultCompiled ??= options.detector ? undefined : parseDetectorRules(defaultDetectorRules);
  const detector = options.detector ?? defaultCompiled!;
  const definition = options.definition ?? complaintsProforma;
  const questions = questionsById(definition);
  const normalised = normaliseForMatching(text);
  const at = lineColumns(text);

  const byConvention = new Map<string, Evidence[]>();
  const byQuestion = new Map<string, { answers: (string | number)[]; evidence: Evidence[] }>();
  for (const { rule, pattern } of detector.compiled) {
    const matches = matchAll(pattern, normalised);
    if (matches.length === 0) continue;
    const evidence = matches.map(([offset, length]) => ({ ruleId: rule.id, ...spanAt(text, at, offset, length) }));
    const seen = byConvention.get(rule.convention) ?? [];
    byConvention.set(rule.convention, seen.concat(evidence));
    for (const s of rule.suggests) {
      const entry = byQuestion.get(s.question) ?? { answers: [], evidence: [] };
      appendAll(entry.evidence, evidence);
      if (typeof s.answer === "object") for (const e of evidence) entry.answers.push(e.excerpt);
      else entry.answers.push(s.answer);
      byQuestion.set(s.question, entry);
    }
  }

  const inOrder = (evidence: Evidence[]) => {
    const unique = new Map<string, Evidence>();
    for (const e of evidence.sort(
      (a, b) => a.offset - b.offset || b.length - a.length || a.ruleId.localeCompare(b.ruleId),
    ))
      unique.set(`${e.ruleId}@${e.offset}`, e);
    return [...unique.values()];
  };

  const words = text.match(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  const lengthy = words > detector.rules.lengthyWords;
  // A lengthy complaint shows in its length, not in any span of it: its suggestions carry no evidence.
  if (lengthy)
    for (const s of detector.rules.lengthySuggests ?? []) {
      const entry = byQuestion.get(s.question) ?? { answers: [], evidence: [] };
      entry.answers.push(s.answer);
      byQuestion.set(s.question, entry);
    }

  const suggestions: Suggestion[] = [];
  for (const [id, question] of questions) {
    const entry = byQuestion.get(id);
    if (!entry) continue;
    const distinct = [...new Set(entry.answers)];
    const answer =
      question.type === "multiChoice"
        ? (question.options ?? [])
            .map((o) => o.value)
            .filter((v) => distinct.includes(v))
            .map(String)
        : question.type === "text" || question.type === "longText"
          ? distinct.join("; ")
          : distinct[0]!;
    const labelOf = (v: string | number) => answerLabel(question, v);
    const answerLabels = Array.isArray(answer) ? answer.map(labelOf) : [labelOf(answer)];
    suggestions.push({ question: id, field: question.label, answer, answerLabels, evidence: inOrder(entry.evidence) });
  }

  const conventions: ConventionFinding[] = [];
  for (const convention of detector.rules.conventions) {
    const evidence = byConvention.get(convention.id);
    if (evidence) conventions.push({ id: convention.id, label: convention.label, evidence: inOrder(evidence) });
    else if (convention.id === "lengthy" && lengthy)
      conventions.push({ id: convention.id, label: convention.label, evidence: [] });
  }

  // One demand a sentence: "I demand that you ... and you must ..." is one demand, not two.
  const demandEvidence = conventions.find((c) => c.id === "demands")?.evidence ?? [];
  const sentenceEnds = [...normalised.matchAll(SENTENCE_END)].map((m) => m.index);
  const sentences = new Set(demandEvidence.map((e) => sentenceIndex(sentenceEnds, e.offset)));
  return { suggestions, conventions, demands: { count: sentences.size, evidence: demandEvidence }, words };
}

function sentenceIndex(ends: readonly number[], offset: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
