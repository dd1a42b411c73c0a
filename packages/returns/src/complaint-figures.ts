/**
 * A return's complaint figures: the quarter's complaints from perpetrators on the proforma, counted
 * the way `@st/complaints-proforma`'s monitoring summary counts them.
 * @module
 */
import {
  type ComplaintRecord,
  complaintsProforma,
  SUMMARY_CONVENTIONS,
  summariseComplaints,
} from "@st/complaints-proforma";
import type { Problem } from "@st/core";
import { isInQuarter, type QuarterId, quarterEnd } from "@st/core/calendar";
import { defaultTerminology, renderLabel } from "@st/core/practice";
import { boroughName } from "./borough-name.js";
import { countFigure, type RawFigure, shareFigure } from "./figure.js";
import { COMPLAINTS_DEFINITION } from "./figure-definitions.js";
import type { SectionFigures } from "./indicator-figures.js";

const questionLabel = (id: string) => {
  for (const section of complaintsProforma.sections) {
    const question = section.questions.find((q) => q.id === id);
    if (question) return renderLabel(question.label, defaultTerminology);
  }
  return id;
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Complaints of another borough in the register: the wrong file, or a register to split first. */
export function complaintProblems(records: readonly ComplaintRecord[], borough: string, source: string): Problem[] {
  return records.flatMap((r, i) =>
    r.complaint.borough === borough
      ? []
      : [
          {
            record: i + 1,
            path: "complaint.borough",
            field: questionLabel("complaint.borough"),
            expected: `${boroughName(borough)} (${borough})`,
            received: `${boroughName(r.complaint.borough)} (${r.complaint.borough})`,
            message: `${source}: complaint ${i + 1} is ${boroughName(r.complaint.borough)}'s, not ${boroughName(borough)}'s`,
            code: "wrong_borough",
          },
        ],
  );
}

/**
 * The complaint figures of one borough and quarter: the complaints received in the quarter, how
 * often each convention appeared, how far they went, how many were upheld, how many stage
 * responses ran late as at the quarter's end.
 */
export function complaintFigures(
  records: readonly ComplaintRecord[],
  quarter: QuarterId,
  source: string,
): SectionFigures {
  const inQuarter = records.filter((r) => isInQuarter(r.complaint.received, quarter));
  const { total } = summariseComplaints(inQuarter, { by: [], asOf: quarterEnd(quarter) });
  const base = {
    section: "complaints" as const,
    definition: COMPLAINTS_DEFINITION,
    caveats: ["complaints:rise-can-mean-success"],
    sources: [source],
  };
  const figures: RawFigure[] = [
    countFigure({
      ...base,
      id: "complaints/complaints",
      label: "Complaints received",
      unit: "complaints",
      value: inQuarter.length,
    }),
  ];
  for (const [name, id] of Object.entries(SUMMARY_CONVENTIONS)) {
    const count = total.conventions[name as keyof typeof SUMMARY_CONVENTIONS];
    figures.push(
      shareFigure({
        ...base,
        id: `complaints/convention/${kebab(name)}`,
        label: questionLabel(id),
        unit: "complaints",
        value: count.yes,
        n: count.yes + count.no,
      }),
    );
  }
  const furthest = Object.entries(total.furthest) as [string, number][];
  for (const [stage, value] of furthest) {
    figures.push(
      countFigure({
        ...base,
        id: `complaints/furthest/${kebab(stage)}`,
        label: `Went furthest: ${stageLabel(stage)}`,
        unit: "complaints",
        value,
      }),
    );
  }
  const upheld = total.upheld.inFull + total.upheld.inPart;
  figures.push(
    shareFigure({
      ...base,
      id: "complaints/upheld",
      label: "Upheld in full or in part",
      unit: "complaints",
      value: upheld,
      n: upheld + total.upheld.no,
    }),
    shareFigure({
      ...base,
      id: "complaints/late-stages",
      label: "Stage responses later than the statutory timescale",
      unit: "steps",
      value: total.lateStages.late,
      n: total.lateStages.judged,
    }),
    shareFigure({
      ...base,
      id: "complaints/early-team-meeting",
      label: questionLabel("investigation.earlyTeamMeeting"),
      unit: "complaints",
      value: total.earlyTeamMeeting.yes,
      n: total.earlyTeamMeeting.yes + total.earlyTeamMeeting.no,
    }),
    shareFigure({
      ...base,
      id: "complaints/desired-outcome-clarified",
      label: questionLabel("investigation.desiredOutcomeClarified"),
      unit: "complaints",
      value: total.desiredOutcomeClarified.yes,
      n: total.desiredOutcomeClarified.yes + total.desiredOutcomeClarified.no,
    }),
  );
  const left = records.length - inQuarter.length;
  return {
    figures,
    groups: [
      { total: "complaints/complaints", parts: furthest.map(([stage]) => `complaints/furthest/${kebab(stage)}`) },
    ],
    caveats: [
      {
        id: "complaints:rise-can-mean-success",
        text: "A rise in complaints from perpetrators after adopting Safe & Together can be a sign the model is working (perpetrators resisting being held to account), not of worse practice. Shares count only the complaints where the question was answered.",
      },
    ],
    notes: left ? [`${source}: ${left} complaints received outside ${quarter} were left out of this return.`] : [],
  };
}

function stageLabel(stage: string): string {
  const labels: Record<string, string> = {
    beforeStage1: "resolved before stage 1",
    stage1: "stage 1 (local resolution)",
    stage2: "stage 2 (investigation)",
    stage3: "stage 3 (review panel)",
    ombudsman: "the Ombudsman",
    notRecorded: "not recorded",
  };
  return labels[stage] ?? stage;
}
