/**
 * A one-page board report composed from the packages' public APIs: the CSC indicators as the
 * boroughs published them, complaints from perpetrators beside them, the practice checklist, the
 * learning reviews' round contrast and the language of case notes before and after training.
 *
 * Every figure carries its n, and every section its caveat: a board reads counts, not only shares.
 */
import { type ComplaintRecord, summariseComplaints } from "@st/complaints-proforma";
import { formatQuarter, type QuarterId } from "@st/core/calendar";
import { getLondonLocalAuthority } from "@st/core/places";
import { defaultTerminology, renderLabel, type TerminologyProfile } from "@st/core/practice";
import {
  complaintsIndicator,
  findings,
  type IndicatorTable,
  indicatorSets,
  partnershipTotals,
  tableDimensions,
} from "@st/indicators";
import { lint, summariseFindings as summariseLint } from "@st/language-lint";
import type { CaseNoteExtract } from "@st/language-lint/demo";
import { compareRoundsByBorough, type ReviewRound } from "@st/learning-review";
import { type CompletedChecklist, type Percentage, summariseChecklists } from "@st/practice-checklist";

/** A case-note extract written before or after the worker's Safe & Together Core training (`@st/language-lint/demo`). */
export type CaseNote = CaseNoteExtract;

/** An input the report can be told is synthetic demo data. */
export type SyntheticInput = "complaints" | "checklists" | "rounds" | "caseNotes";

const syntheticNames: Record<SyntheticInput, string> = {
  complaints: "the complaints register",
  checklists: "the checklist audits",
  rounds: "the learning-review rounds",
  caseNotes: "the case notes",
};

/** The report's opening: what it shows, and which of its records are synthetic. */
function opening(inputs: PartnershipReportInputs, profile: TerminologyProfile): string {
  const synthetic = (["complaints", "checklists", "rounds", "caseNotes"] as const).filter((input) =>
    inputs.synthetic?.includes(input),
  );
  const names = synthetic.map((input) => syntheticNames[input]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");
  const which =
    synthetic.length === 4
      ? "Every case, worker and {perpetrator} in the records below is synthetic (the packages' demo data)"
      : synthetic.length
        ? `Synthetic demo data, not real records: ${list}`
        : "The records below are the boroughs' own";
  return renderLabel(
    `What the partnership's shared tools show this period. ${which}; the indicators are as the boroughs published them.`,
    profile,
  );
}

/** Everything the report is built from: records and returns as the packages read them. */
export interface PartnershipReportInputs {
  /** The CSC indicators, e.g. `publishedPartnershipReturns()` or a table computed from census files. */
  indicators: IndicatorTable;
  /** Complaint records on the proforma (read with `parseComplaints`, or the demo's `demoComplaints()`). */
  complaints: readonly ComplaintRecord[];
  /** Completed practice checklists (read with `completedChecklistRecord.parseAll`, or the demo's `demoChecklists()`). */
  checklists: readonly CompletedChecklist[];
  /** Learning-review rounds, two or more a borough to contrast them. */
  rounds: readonly ReviewRound[];
  /** Case-note extracts written before and after training (read with `parseCaseNoteExtracts`, or the demo's `demoCaseNotes()`). */
  caseNotes: readonly CaseNote[];
  /** The words to use ("perpetrator" or "person who uses harm"). Default: the partnership's. */
  terminology?: TerminologyProfile | undefined;
  /**
   * Which inputs are the packages' synthetic demo data rather than real records, so the report says
   * so at the top. Default: none.
   */
  synthetic?: readonly SyntheticInput[] | undefined;
  /** The date stage timescales are judged at. Default: the last day of the latest complaint's quarter. */
  asOf?: string | undefined;
}

const q = (quarter: QuarterId) => formatQuarter(quarter, "short");
const boroughName = (gss: string) => getLondonLocalAuthority(gss).name;

/** "62.5% (25 of 40)": never a share without its n. */
export function share(p: Percentage): string {
  return p.percent === null ? `no figure (0 of 0)` : `${p.percent}% (${p.count} of ${p.total})`;
}

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (v: string | number) => String(v).replace(/\|/g, "\\|");
  return [
    `| ${head.map(cell).join(" | ")} |`,
    `| ${head.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");
}

/** The indicators: partnership totals with their coverage, the findings, the caveats. */
function indicatorsSection(indicators: IndicatorTable): string[] {
  const dims = tableDimensions(indicators);
  const totals = partnershipTotals(indicators);
  const set = Object.values(indicatorSets).find((s) => s.id === indicators.definition);
  const found = findings(indicators);
  const label = (id: string) => set?.indicators.find((i) => i.id === id)?.shortLabel ?? id;
  const rows = dims.indicators.map((indicator) => [
    label(indicator),
    ...dims.quarters.map((quarter) => {
      const t = totals.find((x) => x.indicator === indicator && x.quarter === quarter)!;
      return t.total === null ? "—" : `${t.total} (${t.reporting.length}/${dims.boroughs.length})`;
    }),
  ]);
  return [
    "## CSC indicators",
    `Partnership totals as the ${dims.boroughs.length} boroughs published them; in brackets, how many boroughs each total covers. A dash is a quarter no borough returned: missing, not zero.`,
    table(["Indicator", ...dims.quarters.map(q)], rows),
    `**Findings** (${Math.min(found.length, 6)} of ${found.length}, by fixed rules on the figures)`,
    found
      .slice(0, 6)
      .map((f) => `- ${f.text}`)
      .join("\n"),
    "**Read with care**",
    (indicators.caveats ?? []).map((c) => `- ${c.text}`).join("\n"),
  ];
}

/** Complaints from perpetrators per quarter: the implementation indicator beside the CSC indicators. */
function complaintsSection(
  records: readonly ComplaintRecord[],
  profile: TerminologyProfile,
  asOf: string | undefined,
  synthetic: boolean,
): string[] {
  const byBoroughQuarter = summariseComplaints(records, { by: ["borough", "quarter"], ...(asOf ? { asOf } : {}) });
  const indicator = complaintsIndicator(byBoroughQuarter, { terminology: profile });
  const quarters = [...new Set(indicator.series.map((p) => p.quarter))].sort();
  const boroughs = new Set(indicator.series.map((p) => p.borough));
  const rows = quarters.map((quarter) => {
    const points = indicator.series.filter((p) => p.quarter === quarter && p.value !== null);
    return [q(quarter), points.reduce((n, p) => n + (p.value ?? 0), 0), `${points.length} of ${boroughs.size}`];
  });
  const total = byBoroughQuarter.total;
  const upheld = total.upheld.inFull + total.upheld.inPart;
  const judged = upheld + total.upheld.no;
  return [
    `## Alongside: ${indicator.label}`,
    indicator.definition,
    table(["Quarter", "Complaints", "Boroughs recording"], rows),
    `${synthetic ? "A synthetic register written to show the monitoring, not the partnership's data. " : ""}A rise can be a sign the model is working, not of worse practice.`,
    `Across all ${total.complaints} complaints, ${upheld} of ${judged} with an outcome were upheld in full or in part; ${total.lateStages.late} of ${total.lateStages.judged} stage responses were later than the statutory timescale.`,
  ];
}

/** The practice checklist: share of applicable answers met, by borough and quarter. */
function checklistSection(checklists: readonly CompletedChecklist[]): string[] {
  const summary = summariseChecklists(checklists, { by: ["borough", "quarter"] });
  const rows = summary.groups.map((g) => [
    g.key.borough ? boroughName(g.key.borough) : "not recorded",
    g.key.quarter ? q(g.key.quarter as QuarterId) : "not recorded",
    g.records,
    share(g.overall.met),
  ]);
  return [
    "## Practice checklist audits",
    table(["Borough", "Quarter", "Audits", "Answers met"], rows),
    `Overall ${share(summary.total.overall.met)} of applicable answers were met in ${summary.records} audits. ${summary.rule}`,
  ];
}

/** The learning reviews: each borough's first round against its latest, for every case reviewed. */
function learningReviewSection(rounds: readonly ReviewRound[]): string[] {
  const blocks = compareRoundsByBorough(rounds).flatMap((comparison) => {
    const changes = comparison.changes.filter((c) => c.cohort === "all");
    const label = (id: string) => comparison.series.find((s) => s.measure === id)?.label ?? id;
    const first = comparison.rounds[0]!;
    const latest = comparison.rounds.at(-1)!;
    return [
      `**${comparison.boroughName}**`,
      table(
        ["Measure", first.label, latest.label, "Reading", "Fisher's exact test"],
        changes.map((c) => [
          label(c.measure),
          share(c.from.value),
          share(c.to.value),
          c.reading === "neither" ? c.direction : `${c.direction}, for the ${c.reading}`,
          c.pValue === null ? "not tested (answers, not cases)" : `p = ${c.pValue.toFixed(3)}`,
        ]),
      ),
    ];
  });
  return [
    "## Learning reviews: first round against the latest",
    ...blocks,
    "About ten cases a round: only large changes are unlikely to be chance, so look for the same direction in further rounds. Language measures are machine-derived from the case-note extracts attached to each case.",
  ];
}

/** The language of case notes: concerns and good-practice signals per 1,000 words, before and after training. */
function languageSection(notes: readonly CaseNote[]): string[] {
  const totals = (["before-training", "after-training"] as const).map((written) => {
    const group = notes.filter((n) => n.written === written);
    const summaries = group.map((n) => summariseLint(lint(n.text, { positives: true }), n.text));
    const sum = (f: (s: (typeof summaries)[number]) => number) => summaries.reduce((n, s) => n + f(s), 0);
    return {
      written,
      notes: group.length,
      words: sum((s) => s.words),
      concerns: sum((s) => s.concerns.count),
      positives: sum((s) => s.positive.count),
    };
  });
  const per1000 = (count: number, words: number) => (words === 0 ? "—" : ((count / words) * 1000).toFixed(1));
  return [
    "## Language in case notes, before and after training",
    table(
      ["Written", "Notes", "Words", "Concerns (per 1,000 words)", "Good-practice signals (per 1,000 words)"],
      totals.map((t) => [
        t.written === "before-training" ? "Before training" : "After training",
        t.notes,
        t.words,
        `${t.concerns} (${per1000(t.concerns, t.words)})`,
        `${t.positives} (${per1000(t.positives, t.words)})`,
      ]),
    ),
    "The linter flags wording for a person to consider; it does not judge practice. These extracts show what it finds, not how a workforce's writing changed.",
  ];
}

/** Build the one-page board report, as Markdown. */
export function partnershipReport(inputs: PartnershipReportInputs): string {
  const profile = inputs.terminology ?? defaultTerminology;
  const sections = [
    ["# Safe & Together London Partnership: board report", opening(inputs, profile)],
    indicatorsSection(inputs.indicators),
    complaintsSection(inputs.complaints, profile, inputs.asOf, inputs.synthetic?.includes("complaints") ?? false),
    checklistSection(inputs.checklists),
    learningReviewSection(inputs.rounds),
    languageSection(inputs.caseNotes),
  ];
  return `${sections.map((s) => s.join("\n\n")).join("\n\n")}\n`;
}
