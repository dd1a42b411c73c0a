/**
 * The monitoring summary as Markdown tables, for a report or an email: one table a theme, a row a
 * borough, quarter or both, in the terminology profile's words.
 * @module
 */
import { defaultTerminology, renderLabel, type TerminologyProfile } from "@st/core/practice";
import { escapeMarkdown, formatShare, missingFigure } from "@st/core/report";
import { checkRecordArgument } from "./arguments.js";
import {
  type ComplaintsSummary,
  type ComplaintsSummaryGroup,
  SUMMARY_CONVENTIONS,
  type SummaryConvention,
} from "./summary.js";

/** The conventions in the summary's order, each column headed in a few words. */
const CONVENTIONS = Object.keys(SUMMARY_CONVENTIONS) as SummaryConvention[];
// A Record over every convention: a convention added to SUMMARY_CONVENTIONS without a heading fails
// the typecheck, rather than shifting the table's columns.
const CONVENTION_HEADINGS: Readonly<Record<SummaryConvention, string>> = {
  socialWorkerActions: "worker's actions",
  policeNfa: "police NFA",
  counterAccusations: "counter-accusations",
  notInvolvedInAssessment: "not involved",
  lengthy: "lengthy",
  denialMinimisation: "denial or minimisation",
  playingOff: "playing professionals off",
  threatsToStaff: "threats to staff",
  copiedInOthers: "copied others in",
  threatenedToTakeItAllTheWay: "'all the way'",
  unreasonableExpectations: "unreasonable expectations",
};

// Shares as every report writes them ("3 of 5", "12 of 20 (60%)"): `@st/core/report`'s one format.
const pct = (count: number, total: number) => formatShare({ count, total });
// A figure that cannot be given is the mark every report table uses (`missingFigure`, an em dash).
const cellOr = (v: number | null) => (v === null ? missingFigure : String(v));

/** Render a summary as Markdown tables, for a report or an email. */
export function complaintsSummaryToMarkdown(
  summary: ComplaintsSummary,
  options: { terminology?: TerminologyProfile } = {},
): string {
  checkRecordArgument("complaintsSummaryToMarkdown", "summary", summary);
  checkRecordArgument("complaintsSummaryToMarkdown", "options", options);
  const rows = [...summary.groups, summary.total];
  const name = (g: ComplaintsSummaryGroup) => {
    if (g === summary.total) return "**All**";
    const parts = [];
    if (g.borough !== undefined) parts.push(g.boroughName ?? g.borough);
    if (g.quarter !== undefined) parts.push(g.quarter);
    // Borough names and quarters come from the records: text, never markup.
    return escapeMarkdown(parts.join(", "));
  };
  const table = (
    title: string,
    headers: string[],
    cells: (g: ComplaintsSummaryGroup) => string[],
    withMissing = false,
  ) => {
    const body = rows
      .filter((g) => withMissing || g.complaints !== null)
      .map((g) => `| ${[name(g), ...cells(g)].join(" | ")} |`);
    return [
      `## ${title}`,
      "",
      `| ${["", ...headers].join(" | ")} |`,
      `|${" --- |".repeat(headers.length + 1)}`,
      ...body,
      "",
    ].join("\n");
  };
  const span = summary.quarters ? `${summary.quarters.from} to ${summary.quarters.to}` : "no quarters";
  const parts = [
    "# Complaints monitoring",
    "",
    `Grouped by ${summary.by.join(" and ")}; ${span}. A dash means missing: no return for that period, never zero.`,
    "",
    table(
      "Complaints",
      [
        "complaints",
        renderLabel("made by the {perpetrator}", options.terminology ?? defaultTerminology),
        "formal",
        "informal",
        "formal or informal not recorded",
        "missing returns",
      ],
      (g) => [
        cellOr(g.complaints),
        ...(g.complaints === null
          ? [missingFigure, missingFigure, missingFigure, missingFigure]
          : [g.complainants.perpetrator, g.formality.formal, g.formality.informal, g.formality.notRecorded].map(
              String,
            )),
        g.missing.length ? escapeMarkdown(g.missing.join(", ")) : "",
      ],
      true,
    ),
    table(
      "Conventions",
      CONVENTIONS.map((c) => CONVENTION_HEADINGS[c]),
      (g) => CONVENTIONS.map((c) => pct(g.conventions[c].yes, g.conventions[c].yes + g.conventions[c].no)),
    ),
    table(
      "How far complaints went",
      ["before stage 1", "stage 1", "stage 2", "stage 3", "Ombudsman", "not recorded"],
      (g) => [
        String(g.furthest.beforeStage1),
        String(g.furthest.stage1),
        String(g.furthest.stage2),
        String(g.furthest.stage3),
        String(g.furthest.ombudsman),
        String(g.furthest.notRecorded),
      ],
    ),
    table(
      "Outcomes and contact",
      ["upheld (in full or part)", "emails: median, 90th pct", "calls: median, 90th pct", "early team meeting"],
      (g) => [
        pct(g.upheld.inFull + g.upheld.inPart, g.upheld.inFull + g.upheld.inPart + g.upheld.no),
        g.emails.n ? `${g.emails.median}, ${g.emails.p90} (n=${g.emails.n})` : missingFigure,
        g.phoneCalls.n ? `${g.phoneCalls.median}, ${g.phoneCalls.p90} (n=${g.phoneCalls.n})` : missingFigure,
        pct(g.earlyTeamMeeting.yes, g.earlyTeamMeeting.yes + g.earlyTeamMeeting.no),
      ],
    ),
    table(
      "The worker and the unreasonable or vexatious route",
      ["worker affected", "worker offered support", "unreasonable or vexatious route", "of which not investigated"],
      (g) => [
        pct(g.workerImpactReported.yes, g.workerImpactReported.yes + g.workerImpactReported.no),
        pct(g.workerSupportOffered.yes, g.workerSupportOffered.yes + g.workerSupportOffered.no),
        pct(g.unreasonableRoute.yes, g.unreasonableRoute.yes + g.unreasonableRoute.no),
        String(g.unreasonableOutcomes["not-investigated"]),
      ],
    ),
    table("Timeliness", ["stage 1 late", "stage 2 late", "stage 3 late", "complaints with a late stage"], (g) => [
      pct(g.lateStages.byStage.stage1.late, g.lateStages.byStage.stage1.judged),
      pct(g.lateStages.byStage.stage2.late, g.lateStages.byStage.stage2.judged),
      pct(g.lateStages.byStage.stage3.late, g.lateStages.byStage.stage3.judged),
      String(g.lateStages.complaintsWithLateStage),
    ]),
    "## Notes",
    "",
    ...summary.notes.map((n) => `- ${escapeMarkdown(n)}`),
    "",
  ];
  return parts.join("\n");
}

// The names these had before: other packages export a `summarise` and a `SummaryGroup` of their own, so
// these said too little in code importing more than one package. Kept until the next major.

/** @deprecated Renamed {@link complaintsSummaryToMarkdown}; this name will be removed in the next major version. */
export const summaryToMarkdown: typeof complaintsSummaryToMarkdown = complaintsSummaryToMarkdown;
