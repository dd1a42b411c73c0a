/**
 * The report's inputs: by default the demo data the packages ship (synthetic people only); or a
 * folder of a borough's own exports, read through the packages' own readers.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseComplaints } from "@st/complaints-proforma";
import { demoComplaints } from "@st/complaints-proforma/demo";
import { publishedPartnershipReturns } from "@st/indicators";
import { demoCaseNotes, parseCaseNoteExtracts } from "@st/language-lint/demo";
import { demoRounds } from "@st/learning-review/demo";
import { completedChecklistRecord } from "@st/practice-checklist";
import { demoChecklists } from "@st/practice-checklist/demo";
import type { PartnershipReportInputs } from "./partnership-report.js";

/** The files read from a data folder, each a JSON list of records. */
export const dataFiles = {
  complaints: "complaints.json",
  checklists: "checklists.json",
  caseNotes: "case-notes.json",
} as const;

const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(path, "utf8"));

const asList = (value: unknown, file: string): unknown[] => {
  if (!Array.isArray(value)) throw new TypeError(`${file} must hold a JSON list of records`);
  return value;
};

/**
 * Read the inputs: the published indicator returns and the demo learning-review rounds the packages
 * ship; then, without `dataDir`, the packages' demo complaints register, checklist audits and case
 * notes (`@st/complaints-proforma/demo`, `@st/practice-checklist/demo`, `@st/language-lint/demo`),
 * or, with it, the borough's own complaints.json, checklists.json and case-notes.json. The inputs
 * say which of them are synthetic, and the report says so at the top.
 */
export async function readInputs(dataDir?: string): Promise<PartnershipReportInputs> {
  const shared = { indicators: publishedPartnershipReturns(), rounds: demoRounds() };
  if (dataDir === undefined) {
    return {
      ...shared,
      complaints: demoComplaints(),
      checklists: demoChecklists(),
      caseNotes: demoCaseNotes(),
      synthetic: ["complaints", "checklists", "rounds", "caseNotes"],
    };
  }
  const [complaints, checklists, caseNotes] = await Promise.all(
    [dataFiles.complaints, dataFiles.checklists, dataFiles.caseNotes].map(async (file) =>
      asList(await readJson(join(dataDir, file)), file),
    ),
  );
  return {
    ...shared,
    // The packages' readers check every record and migrate older versions; a bad record throws, naming its field.
    complaints: parseComplaints(complaints!),
    checklists: completedChecklistRecord.parseAll(checklists!),
    caseNotes: parseCaseNoteExtracts(caseNotes),
    synthetic: ["rounds"],
  };
}
