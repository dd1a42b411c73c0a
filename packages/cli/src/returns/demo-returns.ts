import { writeComplaint } from "@st/complaints-proforma";
import { demoComplaints } from "@st/complaints-proforma/demo";
import { compareQuarters, type QuarterId, quarterOf } from "@st/core/calendar";
import { publishedPartnershipReturns } from "@st/indicators";
import { demoCaseNotes } from "@st/language-lint/demo";
import { writeReviewRound } from "@st/learning-review";
import { demoRounds } from "@st/learning-review/demo";
import { completedChecklistRecord } from "@st/practice-checklist";
import { demoChecklists } from "@st/practice-checklist/demo";
import type { ReportFile } from "../report/census-extract.js";
import type { ReturnFiles } from "./read-return-inputs.js";

/** Where the demo writes each borough's synthetic files, relative to the report folder. */
export const DEMO_BOROUGHS_DIR = "data/boroughs";
/** The demo's secret for pseudonyms: synthetic, printed in the guide, never a real borough's. */
export const DEMO_SECRET_FILE = "data/demo-secret.txt";
/** The quarter the demo's case-note extracts are returned in (they carry no dates of their own). */
export const DEMO_NOTES_QUARTER: QuarterId = "2024-Q4";

/** The demo's files per borough, and the `st return build` each borough-quarter's return is built with. */
export interface DemoReturns {
  /** Files to write, relative to the report folder. */
  files: ReportFile[];
  /** One build a borough-quarter, paths relative to the report folder. */
  builds: (ReturnFiles & { out: string })[];
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The demo data of every package, split into the files each borough would hold (the published
 * indicators as its indicator table, its complaints register, its checklist audits, its
 * learning-review rounds and its case-note extracts), and the return each borough-quarter builds
 * from them.
 */
export function demoReturns(): DemoReturns {
  const published = publishedPartnershipReturns();
  const complaints = demoComplaints();
  const checklists = demoChecklists();
  const rounds = demoRounds();
  const notes = demoCaseNotes();
  const complaintQuarters = complaints.map((c) => quarterOf(c.complaint.received)).sort(compareQuarters);
  const registerSpan = { from: complaintQuarters[0]!, to: complaintQuarters.at(-1)! };
  const inSpan = (q: QuarterId) =>
    compareQuarters(q, registerSpan.from) >= 0 && compareQuarters(q, registerSpan.to) <= 0;

  const files: ReportFile[] = [{ path: DEMO_SECRET_FILE, content: "demo-secret-synthetic-data-only-0001\n" }];
  const builds: DemoReturns["builds"] = [];
  const boroughs = [...new Set(published.series.map((p) => p.borough))];
  for (const borough of boroughs) {
    const dir = `${DEMO_BOROUGHS_DIR}/${borough}`;
    const series = published.series.filter((p) => p.borough === borough);
    const table = { ...published, series, boroughs: published.boroughs?.filter((b) => b.gss === borough), notes: [] };
    files.push({ path: `${dir}/indicators.json`, content: json(table) });
    const register = complaints.filter((c) => c.complaint.borough === borough);
    if (register.length) files.push({ path: `${dir}/complaints.json`, content: json(register.map(writeComplaint)) });
    const audits = checklists.filter((c) => c.borough === borough);
    if (audits.length)
      files.push({
        path: `${dir}/checklists.json`,
        content: json(audits.map((a) => completedChecklistRecord.write(a))),
      });
    const boroughRounds = rounds.filter((r) => r.borough === borough);
    for (const round of boroughRounds)
      files.push({ path: `${dir}/review-${round.id}.json`, content: json(writeReviewRound(round)) });
    const boroughNotes = notes.filter((n) => n.borough === borough);
    if (boroughNotes.length) files.push({ path: `${dir}/case-notes.json`, content: json(boroughNotes) });

    const quarters = new Set<QuarterId>([
      ...series.filter((p) => p.value !== null).map((p) => p.quarter),
      ...register.map((c) => quarterOf(c.complaint.received)),
      ...audits.map((a) => quarterOf(a.date)),
      ...boroughRounds.map((r) => quarterOf(r.period.from)),
      ...(boroughNotes.length ? [DEMO_NOTES_QUARTER] : []),
    ]);
    for (const quarter of [...quarters].sort(compareQuarters)) {
      const round = boroughRounds.find((r) => quarterOf(r.period.from) === quarter);
      builds.push({
        borough,
        quarter,
        secretFile: DEMO_SECRET_FILE,
        out: `returns/${borough}-${quarter}-v1.json`,
        ...(series.some((p) => p.quarter === quarter && p.value !== null)
          ? { indicators: `${dir}/indicators.json` }
          : {}),
        ...(register.length && inSpan(quarter) ? { complaints: `${dir}/complaints.json` } : {}),
        ...(audits.some((a) => quarterOf(a.date) === quarter) ? { checklists: [`${dir}/checklists.json`] } : {}),
        ...(round ? { review: `${dir}/review-${round.id}.json` } : {}),
        ...(boroughNotes.length && quarter === DEMO_NOTES_QUARTER ? { notes: [`${dir}/case-notes.json`] } : {}),
      });
    }
  }
  return { files, builds };
}

/** The `st return build` command line of a demo build, as the guide and the tests run it. */
export function buildCommand(build: DemoReturns["builds"][number]): string[] {
  return [
    "return",
    "build",
    "--borough",
    build.borough,
    "--quarter",
    build.quarter,
    ...(build.indicators ? ["--indicators", build.indicators] : []),
    ...(build.complaints ? ["--complaints", build.complaints] : []),
    ...(build.checklists ?? []).flatMap((c) => ["--checklists", c]),
    ...(build.review ? ["--review", build.review] : []),
    ...(build.notes ?? []).flatMap((n) => ["--notes", n]),
    "--secret-file",
    build.secretFile,
    "--out",
    build.out,
  ];
}
