/**
 * Reports for people: one round (cohorts side by side, evidence, language, outcomes, each case,
 * learnings and actions) and one borough's series (every measure over time, and each change in
 * plain language). Markdown and self-contained HTML with charts; the figures behind them are the
 * summary and comparison objects, for JSON.
 * @module
 */

import { appendAll } from "@st/core";
import { implementationStageOf } from "@st/core/places";
import {
  principles as corePrinciples,
  defaultTerminology,
  findRole,
  renderLabel,
  type TerminologyProfile,
} from "@st/core/practice";
import { formatShare, SMALL_SAMPLE } from "@st/core/report";
import { categories } from "@st/language-lint";
import { type Coverage, findDefinition, reviewerRoleLabels } from "@st/practice-checklist";
import { BOROUGH, BOROUGH_NAME, COHORTS, checkArg, REPORT_OPTIONS, ROUND, ROUNDS_OR_COMPARISON } from "./arguments.js";
import { type CompareRoundsOptions, compareRounds, type RoundComparison } from "./compare-rounds.js";
import { languageCategoryLabel } from "./language-labels.js";
import { withBuiltInChecklists } from "./legacy-audit.js";
import { caseOutcomeLabels } from "./outcomes.js";
import {
  type BarChart,
  documentToHtml,
  documentToHtmlFragment,
  documentToMarkdown,
  type ReportBlock,
  type ReportDocument,
} from "./report-document.js";
import type { ReviewedCase, ReviewRound } from "./review-round.js";
import { type RoundSummary, type SummariseRoundOptions, summariseRound } from "./summarise-round.js";

/** Options for round reports. */
export interface RoundReportOptions extends SummariseRoundOptions {
  /** Include the counts (cases, outcomes, checklist coverage, language) after the qualitative record (default true). */
  includeCounts?: boolean | undefined;
  /** Include a section for each case (default true). */
  includeCases?: boolean | undefined;
  /** Include the table of every checklist item (default true). */
  includeItems?: boolean | undefined;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function coverageCell(c: Coverage, percentFrom: number): string {
  if (c.applicable === 0) return "no applicable answers";
  return `${formatShare(c.met, { percentFrom })} met, ${c.partlyMet.count} partly`;
}

function roundTitle(summary: RoundSummary): string {
  const which = summary.round.round !== null ? `round ${summary.round.round} ` : "";
  const kind = summary.round.origin === "legacy-rag-audit" ? "Case audit (imported)" : "Learning review";
  return `${kind}: ${summary.round.boroughName}, ${which}(${summary.round.periodLabel})`;
}

function caseBlocks(c: ReviewedCase, profile: TerminologyProfile, cohortLabel: string): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: "heading", level: 3, text: `Case ${c.caseId}: ${cohortLabel}` }];
  const ctx = c.context;
  const facts: string[] = [];
  if (ctx.children.length) {
    const ages = ctx.children.map((ch) =>
      ch.unborn ? "unborn" : ch.age === undefined ? "age not recorded" : `${ch.age}`,
    );
    facts.push(`${plural(ctx.children.length, "child", "children")} (ages ${ages.join(", ")})`);
  }
  if (ctx.adults.length) {
    const roles = ctx.adults.map((a) => renderLabel(findRole(a.role)?.label ?? a.role, profile).toLowerCase());
    facts.push(`adults: ${roles.join(", ")}`);
  }
  if (ctx.presentingIssues.length) facts.push(`presenting issues: ${ctx.presentingIssues.join(", ")}`);
  if (ctx.agencies.length) facts.push(`agencies: ${ctx.agencies.join(", ")}`);
  facts.push(`outcome: ${ctx.outcome ? caseOutcomeLabels[ctx.outcome].toLowerCase() : "not recorded"}`);
  facts.push(`worker S&T Core trained: ${c.workerTrained}`, `case consultation: ${c.consultation}`);
  blocks.push({ kind: "paragraph", text: `${facts.join("; ")}.` });
  if (ctx.summary) blocks.push({ kind: "paragraph", text: ctx.summary });
  if (c.consultationImpact) {
    blocks.push({ kind: "paragraph", text: `How the consultation shaped practice: ${c.consultationImpact}` });
  }
  const counts = new Map<string, number>();
  for (const a of c.answers) counts.set(a.answer, (counts.get(a.answer) ?? 0) + 1);
  if (c.answers.length) {
    blocks.push({
      kind: "paragraph",
      text: `Checklist evidence: ${[...counts].map(([answer, n]) => `${n} ${answer}`).join(", ")} (of ${plural(c.answers.length, "answer")}).`,
    });
  }
  const notes = c.answers.filter((a) => a.note).map((a) => `${a.item} (${a.answer}): ${a.note}`);
  if (notes.length) blocks.push({ kind: "list", items: notes });
  if (c.language) {
    const found = categories
      .filter((cat) => c.language!.byCategory[cat].count > 0)
      .map((cat) => `${languageCategoryLabel(cat, profile).toLowerCase()} ${c.language!.byCategory[cat].count}`);
    blocks.push({
      kind: "paragraph",
      text:
        `Language (machine-derived by ${c.language.derivedBy} from ${plural(c.language.extracts.length, "extract")}, ${plural(c.language.words, "word")}): ` +
        `${found.length ? found.join(", ") : "no concerns found"}; ${plural(c.language.positive.count, "positive signal")}.`,
    });
  }
  const sections: [string, string[]][] = [
    ["What went well", c.strengths],
    ["Areas for improvement", c.improvements],
    ["Key learnings", c.learnings],
    [
      "Actions",
      c.actions.map(
        (a) => `${a.action} (owner: ${a.owner}${a.due ? `, due ${a.due}` : ""}${a.status ? `, ${a.status}` : ""})`,
      ),
    ],
  ];
  for (const [title, items] of sections) {
    if (!items.length) continue;
    blocks.push({ kind: "paragraph", text: `${title}:` }, { kind: "list", items });
  }
  return blocks;
}

/** The borough's stage of implementation in a sentence, or nothing for a borough outside the partnership. */
export function stageSentence(borough: string, boroughName: string): string | undefined {
  checkArg("stageSentence", BOROUGH, borough);
  checkArg("stageSentence", BOROUGH_NAME, boroughName);
  const stage = implementationStageOf(borough);
  return stage
    ? `Stage of implementation: ${boroughName} is in the track "${stage.label}". ${stage.description} The evaluation reads each borough's reviews by its stage: early green shoots in a new borough, breadth and depth across the principles in an established one.`
    : undefined;
}

/** What a sample of this size can and cannot show, in words. */
export function sampleSentence(cohorts: readonly { label: string; cases: number }[]): string {
  checkArg("sampleSentence", COHORTS, cohorts);
  const sizes = cohorts.map((c) => `${plural(c.cases, "case")} (${c.label})`).join(" and ");
  return (
    `This round reviewed ${sizes}. A sample this size can show what practice looks like in these files, where the S&T principles are and are not evident, and how consultations shaped the work. ` +
    "It cannot give a rate for the borough's practice, show that training or consultations caused a difference, or measure change over time; the counts below are context for what the reviewers found."
  );
}

/** The qualitative record of a round: what the files show by principle, consultations, improvements, learnings, actions. */
function qualitativeBlocks(
  round: ReviewRound,
  profile: TerminologyProfile,
  definitions: RoundReportOptions["definitions"],
): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const cohortLabel = new Map(round.cohorts.map((c) => [c.id, c.label]));
  const caseLabel = (c: ReviewedCase) => `Case ${c.caseId} (${cohortLabel.get(c.cohort) ?? c.cohort})`;
  const definition = findDefinition(withBuiltInChecklists(definitions), round.checklist);
  const items = new Map((definition?.items ?? []).map((i) => [i.id, i]));

  blocks.push({ kind: "heading", level: 2, text: "What the case files show, by principle" });
  for (const principle of corePrinciples) {
    blocks.push({ kind: "heading", level: 3, text: renderLabel(principle.label, profile) });
    const said = (round.findings ?? []).filter((f) => f.principle === principle.id).map((f) => f.text);
    for (const text of said) blocks.push({ kind: "paragraph", text });
    const notes = round.cases.flatMap((c) =>
      c.answers
        .filter((a) => a.note && items.get(a.item)?.principles.includes(principle.id))
        .map((a) => `${caseLabel(c)}, ${renderLabel(items.get(a.item)!.question, profile)} (${a.answer}): ${a.note}`),
    );
    if (notes.length) {
      blocks.push({ kind: "paragraph", text: "From the reviewers' notes on the checklist:" });
      blocks.push({ kind: "list", items: notes });
    }
    if (!said.length && !notes.length) blocks.push({ kind: "paragraph", text: "Nothing recorded for this principle." });
  }

  const perCase = (pick: (c: ReviewedCase) => readonly string[]) =>
    round.cases.flatMap((c) => pick(c).map((text) => `${caseLabel(c)}: ${text}`));

  blocks.push({ kind: "heading", level: 2, text: "How case consultations shaped practice" });
  if (round.consultationImpact) blocks.push({ kind: "paragraph", text: round.consultationImpact });
  const impacts = perCase((c) => (c.consultationImpact ? [c.consultationImpact] : []));
  if (impacts.length) blocks.push({ kind: "list", items: impacts });
  if (!round.consultationImpact && !impacts.length) {
    blocks.push({ kind: "paragraph", text: "Not recorded for this round." });
  }

  const strengths = perCase((c) => c.strengths);
  if (strengths.length) {
    blocks.push({ kind: "heading", level: 2, text: "What went well" }, { kind: "list", items: strengths });
  }
  const improvements = [...(round.improvements ?? []), ...perCase((c) => c.improvements)];
  blocks.push({ kind: "heading", level: 2, text: "Areas for improvement" });
  blocks.push({ kind: "list", items: improvements.length ? improvements : ["None recorded."] });

  blocks.push({ kind: "heading", level: 2, text: "Key learnings" });
  const learnings = [...round.learnings, ...perCase((c) => c.learnings)];
  blocks.push({ kind: "list", items: learnings.length ? learnings : ["None recorded."] });

  blocks.push({ kind: "heading", level: 2, text: "Actions, with owners" });
  const actions = [
    ...round.actions.map((a) => ["Round", a] as const),
    ...round.cases.flatMap((c) => c.actions.map((a) => [`Case ${c.caseId}`, a] as const)),
  ];
  if (actions.length) {
    blocks.push({
      kind: "table",
      head: ["For", "Action", "Owner", "Due", "Status"],
      rows: actions.map(([who, a]) => [who, a.action, a.owner, a.due ?? "", a.status ?? "open"]),
    });
  } else {
    blocks.push({ kind: "paragraph", text: "None recorded." });
  }
  return blocks;
}

/** The counts of a round, as context after the qualitative record: cohorts, outcomes, coverage, language, items. */
function countBlocks(summary: RoundSummary, profile: TerminologyProfile, options: RoundReportOptions): ReportBlock[] {
  const percentFrom = options.smallSample ?? SMALL_SAMPLE;
  const f = (p: Parameters<typeof formatShare>[0]) => formatShare(p, { percentFrom });
  const groups = [...summary.cohorts, summary.total];
  const head = (first: string) => [first, ...groups.map((g) => `${g.label} (${plural(g.cases, "case")})`)];
  const blocks: ReportBlock[] = [];
  blocks.push({ kind: "heading", level: 2, text: "The counts, as context" });
  blocks.push({
    kind: "paragraph",
    text: "How many of these cases showed each thing. They describe these files, not the borough's practice as a whole; read them with what the reviewers found above.",
  });
  blocks.push({ kind: "heading", level: 3, text: "Cases reviewed" });
  blocks.push({
    kind: "table",
    head: ["", ...groups.map((g) => g.label)],
    rows: [
      ["Cases", ...groups.map((g) => g.cases)],
      ["Worker S&T Core trained", ...groups.map((g) => f(g.workerTrained))],
      ["Case consultation held", ...groups.map((g) => f(g.consultation))],
      ["Closed after assessment", ...groups.map((g) => f(g.outcomes.closedAfterAssessment))],
      ["Outcome not recorded", ...groups.map((g) => g.outcomes.notRecorded)],
    ],
  });

  blocks.push({ kind: "heading", level: 3, text: "Outcomes and case consultations" });
  blocks.push({ kind: "paragraph", text: summary.outcomeContrast.statement });
  blocks.push({
    kind: "table",
    head: ["Outcome", ...groups.map((g) => g.label)],
    rows: summary.total.outcomes.byOutcome
      .filter((o) => o.cases.count > 0)
      .map((o) => [o.label, ...groups.map((g) => f(g.outcomes.byOutcome.find((x) => x.outcome === o.outcome)!.cases))]),
  });

  blocks.push({ kind: "heading", level: 3, text: "Evidence of Safe & Together practice, counted" });
  blocks.push({
    kind: "paragraph",
    text: "The reviewers' answers to the practice checklist, per principle and critical component: how many applicable answers showed the practice (met) or showed some of it (partly).",
  });
  const principles = summary.total.checklist.principles;
  blocks.push({
    kind: "table",
    head: head("Principle"),
    rows: principles.map((p) => [
      p.label,
      ...groups.map((g) => coverageCell(g.checklist.principles.find((x) => x.id === p.id)!, percentFrom)),
    ]),
  });
  const chart: BarChart = {
    percentFrom,
    title: "Principles: applicable answers met, by cohort",
    description: `Share of applicable checklist answers met for each S&T principle, by cohort, in ${summary.round.periodLabel}.`,
    groups: principles.map((p) => ({
      label: p.label,
      bars: summary.cohorts.map((g) => {
        const c = g.checklist.principles.find((x) => x.id === p.id)!;
        return { label: g.label, value: c.applicable ? c.met : null };
      }),
    })),
  };
  if (summary.cohorts.length) blocks.push({ kind: "chart", chart });
  const components = summary.total.checklist.components.filter((c) =>
    groups.some((g) => g.checklist.components.find((x) => x.id === c.id)!.applicable > 0),
  );
  if (components.length) {
    blocks.push({
      kind: "table",
      head: head("Critical component"),
      rows: components.map((c) => [
        c.label,
        ...groups.map((g) => coverageCell(g.checklist.components.find((x) => x.id === c.id)!, percentFrom)),
      ]),
    });
  }

  const language = summary.total.language;
  if (language.casesWithEvidence > 0) {
    blocks.push({ kind: "heading", level: 3, text: "Language in the case files (machine-derived)" });
    blocks.push({
      kind: "paragraph",
      text:
        `Found by @st/language-lint in the extracts attached to ${plural(language.casesWithEvidence, "case")} (${plural(language.words, "word")}), not by a reviewer: ` +
        "read the extracts before drawing conclusions. Each cell gives the cases with at least one finding, then findings per 1,000 words.",
    });
    blocks.push({
      kind: "table",
      head: head("Language"),
      rows: [
        ...categories.map((cat) => [
          languageCategoryLabel(cat, profile),
          ...groups.map((g) => {
            const c = g.language.byCategory.find((x) => x.category === cat)!;
            return g.language.casesWithEvidence
              ? `${f(c.cases)} cases; ${c.per1000Words} per 1,000 words`
              : "no extracts";
          }),
        ]),
        [
          "Positive signals",
          ...groups.map((g) =>
            g.language.casesWithEvidence
              ? `${f(g.language.positive.cases)} cases; ${g.language.positive.per1000Words} per 1,000 words`
              : "no extracts",
          ),
        ],
      ],
    });
    blocks.push({
      kind: "chart",
      chart: {
        percentFrom,
        title: "Cases with each kind of language concern, by cohort (machine-derived)",
        description: `Cases with at least one language-lint finding of each category, by cohort, in ${summary.round.periodLabel}.`,
        groups: [
          ...categories.map((cat) => ({
            label: languageCategoryLabel(cat, profile),
            bars: summary.cohorts.map((g) => ({
              label: g.label,
              value: g.language.casesWithEvidence ? g.language.byCategory.find((x) => x.category === cat)!.cases : null,
            })),
          })),
          {
            label: "Positive signals",
            bars: summary.cohorts.map((g) => ({
              label: g.label,
              value: g.language.casesWithEvidence ? g.language.positive.cases : null,
            })),
          },
        ],
      },
    });
  }

  if (options.includeItems ?? true) {
    const items = summary.total.checklist.items;
    if (items.length) {
      blocks.push({ kind: "heading", level: 3, text: "Every checklist item" });
      blocks.push({
        kind: "table",
        head: head("Item"),
        rows: items.map((item) => [
          item.question,
          ...groups.map((g) => {
            const x = g.checklist.items.find((i) => i.id === item.id);
            return x ? coverageCell(x, percentFrom) : "not answered";
          }),
        ]),
      });
    }
  }

  return blocks;
}

/**
 * The report of one round as a document, leading with the learning review's qualitative record as
 * the partnership's template asks: who reviewed and how the cases were drawn, the borough's stage
 * of implementation, what a sample this size can and cannot show; then what the case files show
 * by principle, how case consultations shaped practice, what went well, areas for improvement, key
 * learnings and actions with owners. The counts follow as context (cohorts side by side, outcomes,
 * evidence per principle and critical component, machine-derived language, every checklist item),
 * then each case. No significance test: that is for comparisons across rounds, and only on
 * request. Render it with {@link documentToMarkdown} or {@link documentToHtml}, or use
 * {@link roundReportMarkdown} and {@link roundReportHtml}.
 *
 * @throws `StValidationError` (also a `TypeError`, coded `invalid_type`) naming the argument when
 * the round or the options are not objects.
 * @throws `StValidationError` listing every problem when the round is not valid (see {@link summariseRound}).
 */
export function roundReport(round: ReviewRound, options: RoundReportOptions = {}): ReportDocument {
  checkArg("roundReport", ROUND, round);
  checkArg("roundReport", REPORT_OPTIONS, options);
  const profile = options.profile ?? defaultTerminology;
  const summary = summariseRound(round, options);
  const blocks: ReportBlock[] = [];

  const about: string[] = [`Cases closed ${round.period.from} to ${round.period.to}`];
  if (round.reviewedOn) about.push(`reviewed on ${round.reviewedOn}`);
  if (round.reviewers.length) {
    about.push(`by ${round.reviewers.map((r) => reviewerRoleLabels[r.role]).join(", ")}`);
  }
  blocks.push({ kind: "paragraph", text: `${about.join(", ")}.` });
  if (round.sample) {
    blocks.push({
      kind: "paragraph",
      text:
        `Sample drawn with frame ${round.sample.frame.id} (version ${round.sample.frame.version}) and seed ${round.sample.seed}` +
        `${round.sample.drawnOn ? ` on ${round.sample.drawnOn}` : ""}: the same seed and case list draw the same cases.`,
    });
  }
  if (round.notes) blocks.push({ kind: "paragraph", text: round.notes });
  const stage = stageSentence(round.borough, summary.round.boroughName);
  if (stage) blocks.push({ kind: "paragraph", text: stage });
  blocks.push({
    kind: "caution",
    title: "Read this first",
    lines: [sampleSentence(summary.cohorts), ...summary.warnings],
  });

  blocks.push(...qualitativeBlocks(round, profile, options.definitions));

  if (options.includeCounts ?? true) blocks.push(...countBlocks(summary, profile, options));
  if (options.includeCases ?? true) {
    blocks.push({ kind: "heading", level: 2, text: "The cases" });
    const labels = new Map(round.cohorts.map((c) => [c.id, c.label]));
    for (const c of round.cases) appendAll(blocks, caseBlocks(c, profile, labels.get(c.cohort) ?? c.cohort));
  }
  blocks.push({ kind: "heading", level: 2, text: "How the figures are counted" });
  blocks.push({ kind: "list", items: summary.rules });
  return { title: roundTitle(summary), blocks };
}

/** A round's report as Markdown. */
export function roundReportMarkdown(round: ReviewRound, options: RoundReportOptions = {}): string {
  checkArg("roundReportMarkdown", ROUND, round);
  checkArg("roundReportMarkdown", REPORT_OPTIONS, options);
  return documentToMarkdown(roundReport(round, options));
}

/** A round's report as a self-contained HTML page (or, with `fragment`, the body to embed in a page of your own). */
export async function roundReportHtml(
  round: ReviewRound,
  options: RoundReportOptions & { fragment?: boolean } = {},
): Promise<string> {
  checkArg("roundReportHtml", ROUND, round);
  checkArg("roundReportHtml", REPORT_OPTIONS, options);
  const doc = roundReport(round, options);
  return options.fragment ? documentToHtmlFragment(doc) : documentToHtml(doc);
}

/**
 * The report of one borough's rounds over time: the borough's stage of implementation, the rounds,
 * what to read first, what the reviewers found in each round (when given the rounds, not only
 * their comparison), then as context each change in the counts in plain language with what can be
 * read into it (a Fisher's exact test only when `tests` is asked for), and every measure round by
 * round.
 */
export function seriesReport(
  rounds: readonly ReviewRound[] | RoundComparison,
  options: CompareRoundsOptions = {},
): ReportDocument {
  checkArg("seriesReport", ROUNDS_OR_COMPARISON, rounds);
  checkArg("seriesReport", REPORT_OPTIONS, options);
  const comparison = "series" in rounds ? rounds : compareRounds(rounds, options);
  const percentFrom = options.smallSample ?? SMALL_SAMPLE;
  const f = (p: Parameters<typeof formatShare>[0] | null) => (p ? formatShare(p, { percentFrom }) : "not recorded");
  const blocks: ReportBlock[] = [];
  const stage = stageSentence(comparison.borough, comparison.boroughName);
  if (stage) blocks.push({ kind: "paragraph", text: stage });
  blocks.push({
    kind: "table",
    head: ["Round", "Cases closed", "Kind", "Checklist"],
    rows: comparison.rounds.map((r) => [
      r.label,
      `${r.period.from} to ${r.period.to}`,
      r.origin === "legacy-rag-audit" ? "imported RAG audit" : "learning review",
      `${r.checklist.id} ${r.checklist.version}`,
    ]),
  });
  blocks.push({ kind: "caution", title: "Read this first", lines: comparison.notes });
  if (!("series" in rounds)) {
    const label = new Map(comparison.rounds.map((r) => [r.id, r.label]));
    const ordered = comparison.rounds.map((r) => rounds.find((x) => x.id === r.id)!);
    blocks.push({ kind: "heading", level: 2, text: "What the reviewers found, round by round" });
    for (const round of ordered) {
      blocks.push({ kind: "heading", level: 3, text: label.get(round.id) ?? round.id });
      const found = (round.findings ?? []).map((f) => {
        const principle = corePrinciples.find((p) => p.id === f.principle)!;
        return `${renderLabel(principle.label, options.profile ?? defaultTerminology)}: ${f.text}`;
      });
      const items = [...found, ...round.learnings, ...(round.consultationImpact ? [round.consultationImpact] : [])];
      blocks.push({ kind: "list", items: items.length ? items : ["No learnings recorded for the round."] });
    }
  }
  const moved = comparison.changes.filter((c) => c.direction !== "same" && c.cohort !== "all");
  blocks.push({ kind: "heading", level: 2, text: "The counts across rounds, as context" });
  if (comparison.rounds.length < 2) {
    blocks.push({ kind: "paragraph", text: "Only one round so far: changes appear from the second round." });
  } else if (moved.length === 0) {
    blocks.push({ kind: "paragraph", text: "No measure moved between the first and the latest round, in any cohort." });
  } else {
    const unitOf = new Map(comparison.series.map((x) => [x.measure, x.unit]));
    const cases = moved.filter((c) => unitOf.get(c.measure) === "cases");
    const answers = moved.filter((c) => unitOf.get(c.measure) !== "cases");
    if (cases.length) blocks.push({ kind: "list", items: cases.map((c) => `${c.statement} ${c.caution}`) });
    if (answers.length) {
      blocks.push({
        kind: "paragraph",
        text: "In the reviewers' checklist answers (several answers come from each case, so these are directions, not tested changes):",
      });
      blocks.push({ kind: "list", items: answers.map((c) => c.statement) });
    }
  }
  const roundLabels = comparison.rounds.map((r) => r.label);
  const cohortLabel = new Map(comparison.cohorts.map((c) => [c.id, c.label]));
  blocks.push({ kind: "heading", level: 2, text: "Every measure, round by round" });
  blocks.push({
    kind: "table",
    head: ["Measure", "Cohort", ...roundLabels],
    rows: comparison.series.map((s) => [
      `${s.label}${s.machineDerived ? " (machine-derived)" : ""}`,
      cohortLabel.get(s.cohort) ?? s.cohort,
      ...s.points.map((p) => f(p.value)),
    ]),
  });
  const chartMeasures = ["language:mutualising", "language:responsibilising", "language:positive", "checklist:overall"];
  for (const id of chartMeasures) {
    const series = comparison.series.filter((s) => s.measure === id && s.cohort !== "all");
    if (!series.length || series.every((s) => s.points.every((p) => p.value === null))) continue;
    blocks.push({
      kind: "chart",
      chart: {
        percentFrom,
        title: `${series[0]!.label}${series[0]!.machineDerived ? " (machine-derived)" : ""}, by round`,
        description: `${series[0]!.label} for each cohort in each round of ${comparison.boroughName}.`,
        groups: series.map((s) => ({
          label: cohortLabel.get(s.cohort) ?? s.cohort,
          bars: s.points.map((p, i) => ({ label: roundLabels[i]!, value: p.value })),
        })),
      },
    });
  }
  return { title: `Learning reviews over time: ${comparison.boroughName}`, blocks };
}

/** A borough's series report as Markdown. */
export function seriesReportMarkdown(
  rounds: readonly ReviewRound[] | RoundComparison,
  options: CompareRoundsOptions = {},
): string {
  checkArg("seriesReportMarkdown", ROUNDS_OR_COMPARISON, rounds);
  checkArg("seriesReportMarkdown", REPORT_OPTIONS, options);
  return documentToMarkdown(seriesReport(rounds, options));
}

/** A borough's series report as a self-contained HTML page (or, with `fragment`, the body only). */
export async function seriesReportHtml(
  rounds: readonly ReviewRound[] | RoundComparison,
  options: CompareRoundsOptions & { fragment?: boolean } = {},
): Promise<string> {
  checkArg("seriesReportHtml", ROUNDS_OR_COMPARISON, rounds);
  checkArg("seriesReportHtml", REPORT_OPTIONS, options);
  const doc = seriesReport(rounds, options);
  return options.fragment ? documentToHtmlFragment(doc) : documentToHtml(doc);
}
