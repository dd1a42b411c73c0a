/** Read the report's inputs from a folder of a borough's exports, through the packages' own readers. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseComplaints } from "@st/complaints-proforma";
import { publishedPartnershipReturns } from "@st/indicators";
import { demoRounds } from "@st/learning-review/demo";
import { completedChecklistRecord } from "@st/practice-checklist";
import type { CaseNote, PartnershipReportInputs } from "./partnership-report.js";

/** The example's data folder: synthetic exports of a complaints register, checklist audits and case notes. */
export const exampleData = join(import.meta.dirname, "..", "data");

const readJson = async (path: string): Promise<unknown[]> => JSON.parse(await readFile(path, "utf8"));

/**
 * Read the inputs: the published indicator returns and the demo learning-review rounds the packages
 * ship, and from `dataDir` complaints.json, checklists.json and case-notes.json.
 */
export async function readInputs(dataDir: string = exampleData): Promise<PartnershipReportInputs> {
  return {
    indicators: publishedPartnershipReturns(),
    // The packages' readers check every record and migrate older versions; a bad record throws, naming its field.
    complaints: parseComplaints(await readJson(join(dataDir, "complaints.json"))),
    checklists: completedChecklistRecord.parseAll(await readJson(join(dataDir, "checklists.json"))),
    rounds: demoRounds(),
    caseNotes: (await readJson(join(dataDir, "case-notes.json"))) as CaseNote[],
  };
}
