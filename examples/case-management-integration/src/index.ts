/**
 * A borough's nightly exports through `@st/forms`: the complaint forms (JSON) and the case audits
 * (CSV) read into records with every problem in the borough's own terms, and the records written
 * back in the borough's layout, as a case management system would take them in again.
 * @packageDocumentation
 */
import type { ComplaintRecord } from "@st/complaints-proforma";
import {
  type BoroughProblem,
  checklistMapping,
  checklistTarget,
  complaintMapping,
  complaintTarget,
  exportRecord,
  formatBoroughProblem,
  importForms,
  readCsvExport,
  readJsonExport,
  writeCsvExport,
} from "@st/forms";
import type { CompletedChecklist } from "@st/practice-checklist";

/** What one night's exports hold, read through the mappings. */
export interface BoroughExports {
  complaints: ComplaintRecord[];
  checklists: CompletedChecklist[];
  /** Every problem, one sentence each, naming the borough's form, question id and label. */
  problems: string[];
}

const sentences = (problems: readonly BoroughProblem[]) => problems.map(formatBoroughProblem);

/** Read the complaint export (a JSON array of forms) and the audit export (CSV) into records. */
export function readBoroughExports(complaintsJson: string, auditsCsv: string): BoroughExports {
  const problems: string[] = [];
  const forms = readJsonExport(complaintsJson);
  const rows = readCsvExport(auditsCsv);
  if (!forms.ok) problems.push(...sentences(forms.problems));
  if (!rows.ok) problems.push(...sentences(rows.problems));
  const complaints = importForms(forms.ok ? forms.value : [], complaintMapping, complaintTarget);
  const checklists = importForms(rows.ok ? rows.value : [], checklistMapping, checklistTarget());
  problems.push(...sentences(complaints.problems), ...sentences(checklists.problems));
  return { complaints: complaints.records, checklists: checklists.records, problems };
}

/** Write records back in the borough's layout: the complaint forms as JSON, the audits as CSV. */
export function writeBoroughExports(exports: Pick<BoroughExports, "complaints" | "checklists">): {
  complaintsJson: string;
  auditsCsv: string;
  problems: string[];
} {
  const problems: string[] = [];
  const layout = <T>(records: readonly T[], write: (record: T) => ReturnType<typeof exportRecord>) =>
    records.flatMap((record) => {
      const written = write(record);
      if (written.ok) return [written.value];
      problems.push(...sentences(written.problems));
      return [];
    });
  const forms = layout(exports.complaints, (r) => exportRecord(r, complaintMapping, complaintTarget));
  const audits = layout(exports.checklists, (r) => exportRecord(r, checklistMapping, checklistTarget()));
  const columns = checklistMapping.fields.map((field) => field.source);
  return {
    complaintsJson: `${JSON.stringify(forms, null, 2)}\n`,
    auditsCsv: writeCsvExport(audits, columns),
    problems,
  };
}
