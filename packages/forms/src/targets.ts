/**
 * What a mapping maps onto: one of our record types, seen as a flat form (one key per field, as
 * `@st/core`'s form definitions have it), with the package's own validation and the way back.
 * @module
 */
import {
  COMPLAINT_SCHEMA_VERSION,
  type ComplaintRecord,
  complaintsProforma,
  safeParseComplaint,
} from "@st/complaints-proforma";
import { checkArgument, type SafeResult, StValidationError } from "@st/core";
import type { FlatRecord, FormDefinition } from "@st/core/forms";
import { flattenRecord, nestRecord } from "@st/core/records";
import {
  type ChecklistDefinition,
  type CompletedChecklist,
  checkCompletedChecklists,
  completedChecklistForm,
  completedChecklistFromRow,
  completedChecklistToRow,
  defaultChecklist,
} from "@st/practice-checklist";

/** One of our record types as a mapping sees it. */
export interface MappingTarget<R> {
  /** What the records are, for messages: "complaint record". */
  name: string;
  /** Our fields, as a form: each question's id is a field a mapping may target. */
  form: FormDefinition;
  /** Build and validate a record from our fields with the package's own schema (`safeParse*`). */
  toRecord(fields: FlatRecord): SafeResult<R>;
  /** A valid record as our fields, the reverse of `toRecord`. */
  toFields(record: R): FlatRecord;
  /**
   * The field (a question id of `form`) a problem's path points at. Most paths are field ids
   * already; the checklist's `answers.3.answer` is the answer to the item the fourth answer holds.
   */
  fieldOf(path: string, fields: FlatRecord): string;
  /** Fields given that the record would not keep, and why, so that import reports them instead of losing them. */
  unkept(fields: FlatRecord): { field: string; because: string }[];
}

/**
 * Complaints under `definition` (the partnership's proforma unless a borough has adapted it):
 * fields are the definition's question ids, e.g. `investigation.stageReached`.
 */
export function complaintTargetFor(definition: FormDefinition = complaintsProforma): MappingTarget<ComplaintRecord> {
  checkArgument(definition, "record", {
    fn: "complaintTargetFor",
    argument: "definition",
    label: "Proforma definition",
    expected: "a form definition",
  });
  return {
    name: "complaint record",
    form: definition,
    toRecord(fields) {
      let nested: Record<string, unknown>;
      try {
        nested = nestRecord(fields);
      } catch (error) {
        if (error instanceof StValidationError) return { ok: false, problems: [...error.problems] };
        throw error;
      }
      // A form export has no schemaVersion: it answers today's proforma.
      const result = safeParseComplaint(nested, { assumeVersion: COMPLAINT_SCHEMA_VERSION, definition });
      return result.ok ? { ok: true, value: result.value } : result;
    },
    toFields: (record) => flattenRecord(record) as FlatRecord,
    fieldOf: (path) => path,
    unkept: () => [],
  };
}

/** The partnership's complaints proforma as a mapping target. */
export const complaintTarget: MappingTarget<ComplaintRecord> = complaintTargetFor();

const RECORD_ID: FormDefinition["sections"][number]["questions"][number] = {
  id: "id",
  label: "Record id",
  help: "The id the case management system gives the completed form.",
  type: "text",
};

/**
 * A completed practice checklist for `definition` (the partnership's default unless a borough has
 * its own): fields are those of `completedChecklistForm` (`caseId`, `reviewer.role`, and per item
 * `answers.<item>.answer`, `.note`, `.foundIn`), plus the record's own `id`.
 */
export function checklistTarget(definition: ChecklistDefinition = defaultChecklist): MappingTarget<CompletedChecklist> {
  const form = completedChecklistForm(definition);
  const [review, ...items] = form.sections;
  return {
    name: "completed checklist",
    form: { ...form, sections: [{ ...review!, questions: [RECORD_ID, ...review!.questions] }, ...items] },
    toRecord(fields) {
      const { id, ...row } = fields;
      const value = { ...(id === undefined ? {} : { id }), ...completedChecklistFromRow(row, definition) };
      const checked = checkCompletedChecklists(value, { assumeVersion: 1, definitions: [definition] });
      const record = checked.records[0];
      // Problems come numbered as record 1 of a list of one; the caller numbers forms itself.
      return record
        ? { ok: true, value: record }
        : { ok: false, problems: checked.problems.map(({ record: _, ...problem }) => problem) };
    },
    toFields: (record) => ({
      ...(record.id === undefined ? {} : { id: record.id }),
      ...completedChecklistToRow(record),
    }),
    fieldOf(path, fields) {
      const answer = /^answers\.(\d+)(?:\.(answer|note|foundIn))?$/.exec(path);
      if (!answer) return path;
      const answered = definition.items.filter((item) => fields[`answers.${item.id}.answer`] !== undefined);
      const item = answered[Number(answer[1])];
      return item ? `answers.${item.id}.${answer[2] ?? "answer"}` : path;
    },
    unkept(fields) {
      // completedChecklistFromRow keeps an item's note and sources only with the item's answer.
      return Object.keys(fields).flatMap((field) => {
        const part = /^answers\.(.+)\.(note|foundIn)$/.exec(field);
        return part && fields[`answers.${part[1]}.answer`] === undefined
          ? [
              {
                field,
                because: `a completed checklist keeps the ${part[2] === "note" ? "evidence note" : "sources"} of an item only with its answer`,
              },
            ]
          : [];
      });
    },
  };
}
