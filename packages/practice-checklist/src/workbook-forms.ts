/**
 * The checklist as spreadsheet forms, for `@st/workbook`: a template with one row per completed
 * checklist, and a template with one row per item for a borough that keeps its definition in a
 * workbook. Pure: this module only builds form definitions and converts rows; the `.xlsx` and CSV
 * I/O is `@st/workbook`'s (or `st checklist`'s), so the main entry stays free of exceljs.
 * @module
 */
import { appendAll, argumentError, type Problem } from "@st/core";
import type { FlatRecord, FormDefinition, FormQuestion } from "@st/core/forms";
import { criticalComponentIds, criticalComponents, principleIds, principles } from "@st/core/practice";
import { defaultScale, legacyRagScale } from "./answer-scale.js";
import { checkDefinition, checkOptions, checkPlace, checkRecord } from "./arguments.js";
import {
  type CheckedRecords,
  type CompletedChecklist,
  checkCompletedChecklists,
  unansweredProblems,
} from "./completed-checklist.js";
import type { ChecklistDefinition } from "./definition.js";
import { itemNumbers } from "./item-numbers.js";
import { pathSegments } from "./problems.js";
import {
  type ChecklistUse,
  checklistUseLabels,
  checklistUses,
  evidenceSourceLabels,
  evidenceSources,
  languageCategories,
  practiceToolLabels,
  practiceTools,
  reviewerRoleLabels,
  reviewerRoles,
} from "./vocabulary.js";

const REVIEW_SECTION = "review";

/** Question id of an item's answer, evidence note or where-found in a completed-checklist row. */
function answerKey(itemId: string, part: "answer" | "note" | "foundIn"): string {
  return `answers.${itemId}.${part}`;
}

/** Options for {@link completedChecklistForm}. */
export interface ChecklistFormOptions {
  /** Only the items of one use (a supervision or CP-chair sheet). All items when absent. */
  use?: ChecklistUse | undefined;
}

/**
 * A form definition (for `@st/workbook`'s `writeTemplate`, `readWorkbook` and `readCsv`) with one
 * row per completed checklist: the review's details (case, borough, team, reviewer, use, date,
 * comments), then for each item its answer (a drop-down of the definition's scale), an evidence
 * note and where it was found. Labels keep their terminology placeholders, filled when written.
 * Read rows back with {@link completedChecklistFromRow}.
 */
export function completedChecklistForm(
  definition: ChecklistDefinition,
  options: ChecklistFormOptions = {},
): FormDefinition {
  checkDefinition("completedChecklistForm", definition);
  checkOptions("completedChecklistForm", options);
  const scale = definition.scale ?? defaultScale;
  const items = definition.items.filter((item) => options.use === undefined || item.uses.includes(options.use));
  const numbers = itemNumbers(definition);
  const review: FormQuestion[] = [
    { id: "caseId", label: "Case id (pseudonymised)", type: "text", required: true },
    { id: "borough", label: "Borough (GSS code or name)", type: "text" },
    { id: "team", label: "Team", type: "text" },
    {
      id: "reviewer.role",
      label: "Reviewer's role",
      type: "choice",
      required: true,
      options: reviewerRoles.map((role) => ({ value: role, label: reviewerRoleLabels[role] })),
    },
    { id: "reviewer.id", label: "Reviewer id (pseudonymised)", type: "text" },
    {
      id: "use",
      label: "Use",
      type: "choice",
      required: true,
      options: checklistUses.map((use) => ({ value: use, label: checklistUseLabels[use] })),
    },
    { id: "date", label: "Date of review", type: "date", required: true },
  ];
  const sections = definition.sections
    .map((section) => ({
      id: `items-${section.id}`,
      title: section.title,
      ...(section.description ? { help: section.description } : {}),
      questions: items
        .filter((item) => item.section === section.id)
        .flatMap((item): FormQuestion[] => [
          {
            id: answerKey(item.id, "answer"),
            label: `${numbers.get(item.id)} ${item.question}`,
            help: item.goodPractice,
            type: "choice",
            options: scale.options.map((o) => ({ value: o.value, label: o.label })),
          },
          { id: answerKey(item.id, "note"), label: `${numbers.get(item.id)} evidence note`, type: "longText" },
          {
            id: answerKey(item.id, "foundIn"),
            label: `${numbers.get(item.id)} where found`,
            type: "multiChoice",
            options: evidenceSources.map((source) => ({ value: source, label: evidenceSourceLabels[source] })),
          },
        ]),
    }))
    .filter((section) => section.questions.length > 0);
  return {
    id: definition.id,
    version: 1,
    title: definition.title,
    description: `Completed checklists for ${definition.id} ${definition.version}: one row per review. Leave an item's answer empty if it was not reviewed.`,
    sections: [
      {
        id: REVIEW_SECTION,
        title: "The review",
        questions: [...review, { id: "comments", label: "Comments", type: "longText" }],
      },
      ...sections,
    ],
  };
}

/**
 * A completed checklist (before checking) from one row read with {@link completedChecklistForm}:
 * give the result to `checkCompletedChecklists(value, { assumeVersion: 1, definitions })`, which
 * checks it and turns a borough name into its code. Items with no answer are left out (unanswered),
 * with any evidence note given for them: read whole sheets with {@link checkCompletedChecklistRows},
 * which reports such notes instead.
 */
export function completedChecklistFromRow(row: FlatRecord, definition: ChecklistDefinition): Record<string, unknown> {
  checkPlace("completedChecklistFromRow", row, "record", "row", "Row", "one row read with completedChecklistForm");
  checkDefinition("completedChecklistFromRow", definition);
  const text = (key: string) =>
    typeof row[key] === "string" || typeof row[key] === "number" ? String(row[key]) : undefined;
  const answers = definition.items.flatMap((item) => {
    const answer = text(answerKey(item.id, "answer"));
    const note = text(answerKey(item.id, "note"));
    const foundIn = row[answerKey(item.id, "foundIn")];
    if (answer === undefined) return [];
    return [
      {
        item: item.id,
        answer,
        ...(note === undefined ? {} : { note }),
        ...(Array.isArray(foundIn) && foundIn.length ? { foundIn: foundIn.map(String) } : {}),
      },
    ];
  });
  const optional = (key: string, name = key) => (text(key) === undefined ? {} : { [name]: text(key) });
  return {
    checklist: { id: definition.id, version: definition.version },
    ...optional("caseId"),
    ...optional("borough"),
    ...optional("team"),
    reviewer: { ...optional("reviewer.role", "role"), ...optional("reviewer.id", "id") },
    ...optional("use"),
    ...optional("date"),
    answers,
    ...optional("comments"),
  };
}

/**
 * Rows of {@link completedChecklistForm} as `@st/workbook`'s `readWorkbook` and `readCsv` return
 * them (their `ReadResult` fits this shape as it is), so this package reads spreadsheets without
 * depending on a spreadsheet library.
 */
export interface ChecklistRows {
  /** One flat record a row, keyed by question id. */
  records: readonly FlatRecord[];
  /** The spreadsheet row number of each record, in the same order. */
  rows: readonly number[];
  /** Problems the reader found (cells it could not read, unknown or missing columns, ...). */
  problems: readonly Problem[];
  /** Rows the reader left out, and why (blank rows between records). */
  skipped: readonly { row: number; reason: string; line?: number | undefined }[];
  /** The column letter each question was read from, by question id. */
  columns: Readonly<Record<string, string>>;
  /** The sheet the rows came from, for workbooks. */
  sheet?: string | undefined;
}

/** What {@link checkCompletedChecklistRows} found: {@link CheckedRecords}, plus where each record came from. */
export interface CheckedChecklistRows extends CheckedRecords {
  /** The spreadsheet row of each record in `records`, in the same order. */
  validRows: number[];
  /** Rows not read as records, with the reason (the reader's blank rows), so nothing is dropped unsaid. */
  skipped: { row: number; reason: string; line?: number | undefined }[];
}

/** Options for {@link checkCompletedChecklistRows}. */
export interface ChecklistRowsOptions {
  /** Report items of the record's use that have no answer as problems (code `unanswered`). Default `false`. */
  requireAllAnswers?: boolean | undefined;
}

/** The question (column) of a completed-checklist row that a record problem's path points into. */
function questionOf(value: Record<string, unknown>, path: string): string | undefined {
  const [top, index, field] = pathSegments(path);
  if (top === "answers" && typeof index === "number") {
    const item = (value.answers as { item?: unknown }[] | undefined)?.[index]?.item;
    if (typeof item !== "string") return undefined;
    return answerKey(item, field === "note" ? "note" : field === "foundIn" ? "foundIn" : "answer");
  }
  if (top === "reviewer") return index === "id" ? "reviewer.id" : "reviewer.role";
  if (top === "checklist" || top === undefined) return undefined;
  return String(top);
}

/**
 * Check completed checklists read from a spreadsheet (the workbook `completedChecklistForm` makes,
 * or CSV with its columns) through `@st/workbook`: each row becomes a record of `definition`
 * (with {@link completedChecklistFromRow}) and is checked as {@link checkCompletedChecklists}
 * checks records. Every problem names its record (the data row counted from the first record),
 * the sheet and cell (the column the field was read from, on the record's row), and the field by its
 * human label; problems of a row also name its case id. The reader's own problems are kept, and a
 * row with any problem is left out of `valid`. Columns of items may be left out of the sheet (a
 * supervision sheet holds only its own items): their items are unanswered.
 *
 * Nothing is dropped unsaid: an evidence note or where-found given for an item with no answer is a
 * problem (code `note_without_answer`), and the reader's skipped rows are returned in `skipped`.
 *
 * ```ts
 * const read = await readWorkbook(completedChecklistForm(definition), bytes); // @st/workbook
 * const checked = checkCompletedChecklistRows(read, definition);
 * ```
 */
export function checkCompletedChecklistRows(
  read: ChecklistRows,
  definition: ChecklistDefinition,
  options: ChecklistRowsOptions = {},
): CheckedChecklistRows {
  checkPlace("checkCompletedChecklistRows", read, "record", "read", "Rows read", "what readWorkbook or readCsv read");
  checkDefinition("checkCompletedChecklistRows", definition);
  checkOptions("checkCompletedChecklistRows", options);
  const sheet = read.sheet === undefined ? {} : { sheet: read.sheet };
  const problems: Problem[] = [];
  const valid: CompletedChecklist[] = [];
  const validRows: number[] = [];
  const recordNumbers: number[] = [];
  const byRecord = new Map<number, Problem[]>();
  for (const problem of read.problems) {
    // A sheet may hold only some items' columns (a supervision sheet holds its own): those it
    // leaves out are unanswered, as items left out of a JSON record are.
    if (problem.code === "missing_column" && problem.path.startsWith("answers.")) continue;
    if (problem.record === undefined) problems.push(problem);
    else byRecord.set(problem.record, [...(byRecord.get(problem.record) ?? []), problem]);
  }
  read.records.forEach((row, i) => {
    const record = i + 1;
    const rowNumber = read.rows[i];
    const value = completedChecklistFromRow(row, definition);
    const caseId = typeof value.caseId === "string" ? value.caseId : undefined;
    const at = (question: string | undefined) => {
      const column = question === undefined ? undefined : read.columns[question];
      return {
        record,
        ...sheet,
        ...(column !== undefined && rowNumber !== undefined ? { cell: `${column}${rowNumber}` } : {}),
      };
    };
    const readerProblems = byRecord.get(record) ?? [];
    const reported = new Set(readerProblems.map((p) => p.path));
    const found: Problem[] = [];
    for (const item of definition.items) {
      const hasAnswer = row[answerKey(item.id, "answer")] !== undefined;
      const extra = (["note", "foundIn"] as const).filter((part) => row[answerKey(item.id, part)] !== undefined);
      if (hasAnswer || extra.length === 0 || reported.has(answerKey(item.id, "answer"))) continue;
      const question = answerKey(item.id, "answer");
      found.push({
        path: question,
        field: `Answer to ${item.id}`,
        expected: "an answer on the checklist's scale",
        received: "nothing",
        message: `has ${extra.map((part) => (part === "note" ? "an evidence note" : "where found")).join(" and ")} but no answer, so the evidence would be lost: give an answer (or "not evidenced")`,
        code: "note_without_answer",
        ...at(question),
      });
    }
    const checked = checkCompletedChecklists(value, { definitions: [definition], assumeVersion: 1 });
    for (const problem of checked.problems) {
      const question = questionOf(value, problem.path);
      // A cell the reader could not read, or a required answer it found missing, is reported once.
      if (question !== undefined && reported.has(question)) continue;
      found.push({ ...problem, ...(question === undefined ? {} : { path: question }), ...at(question) });
    }
    const result = checked.records[0];
    if (result && options.requireAllAnswers) {
      for (const { item, ...problem } of unansweredProblems(result, definition)) {
        const question = answerKey(item, "answer");
        found.push({ ...problem, path: question, ...at(question) });
      }
    }
    const all = [...readerProblems, ...found].map((p) =>
      caseId === undefined ? p : { ...p, message: `${p.message} (case ${caseId})` },
    );
    if (all.length === 0 && result) {
      valid.push(result);
      recordNumbers.push(record);
      validRows.push(rowNumber ?? record);
    }
    appendAll(problems, all);
  });
  return {
    records: valid,
    recordNumbers,
    valid,
    validRows,
    problems,
    total: read.records.length,
    skipped: read.skipped.map((s) => ({ ...s })),
  };
}

/** One row of {@link completedChecklistForm} from a completed checklist, to pre-fill a template or write CSV. */
export function completedChecklistToRow(record: CompletedChecklist): FlatRecord {
  checkRecord("completedChecklistToRow", record);
  const row: FlatRecord = {
    caseId: record.caseId,
    "reviewer.role": record.reviewer.role,
    use: record.use,
    date: record.date,
  };
  if (record.borough) row.borough = record.borough;
  if (record.team) row.team = record.team;
  if (record.reviewer.id) row["reviewer.id"] = record.reviewer.id;
  if (record.comments) row.comments = record.comments;
  for (const answer of record.answers) {
    row[answerKey(answer.item, "answer")] = answer.answer;
    if (answer.note) row[answerKey(answer.item, "note")] = answer.note;
    if (answer.foundIn?.length) row[answerKey(answer.item, "foundIn")] = answer.foundIn;
  }
  return row;
}

const SCALES = { default: defaultScale, rag: legacyRagScale } as const;

/**
 * A form definition with one row per checklist item, for a borough that keeps its checklist in a
 * workbook: item id, section id and heading, question, good practice, prompts (one a line), the
 * principles, components, evidence places, uses and lint categories (drop-downs of the known ids),
 * and, on the first row only, the checklist's id, version, title and answer scale.
 * {@link definitionToItemRows} fills it from a definition; {@link definitionFromItemRows} reads it back.
 */
export const checklistItemsForm: FormDefinition = {
  id: "checklist-items",
  version: 1,
  title: "Checklist definition, one row per item",
  description:
    "Fill the checklist's id, version, title and scale on the first row only. Labels may use placeholders such as {perpetrator}.",
  sections: [
    {
      id: "checklist",
      title: "The checklist (first row only)",
      questions: [
        { id: "checklistId", label: "Checklist id", type: "text" },
        { id: "checklistVersion", label: "Checklist version", type: "text" },
        { id: "checklistTitle", label: "Checklist title", type: "text" },
        { id: "checklistDescription", label: "Checklist description", type: "longText" },
        { id: "checklistOwner", label: "Owner", type: "text" },
        { id: "checklistProvenance", label: "Where the checklist comes from", type: "longText" },
        { id: "basedOnId", label: "Based on checklist id", type: "text" },
        { id: "basedOnVersion", label: "Based on checklist version", type: "text" },
        {
          id: "checklistScale",
          label: "Answer scale",
          type: "choice",
          options: [
            { value: "default", label: defaultScale.label },
            { value: "rag", label: legacyRagScale.label },
          ],
        },
      ],
    },
    {
      id: "item",
      title: "The item",
      questions: [
        { id: "id", label: "Item id", type: "text", required: true },
        { id: "section", label: "Section id", type: "text", required: true },
        { id: "sectionTitle", label: "Section heading (first item of a section)", type: "text" },
        { id: "sectionDescription", label: "Section description (first item of a section)", type: "longText" },
        { id: "question", label: "Question", type: "longText", required: true },
        { id: "goodPractice", label: "What good practice looks like", type: "longText", required: true },
        { id: "supervisionPrompts", label: "Supervision prompts (one a line)", type: "longText" },
        { id: "cpChairPrompts", label: "CP chair prompts (one a line)", type: "longText" },
        {
          id: "principles",
          label: "S&T principles",
          type: "multiChoice",
          required: true,
          options: principleIds.map((id) => ({ value: id, label: principles.find((p) => p.id === id)!.label })),
        },
        {
          id: "components",
          label: "Critical components",
          type: "multiChoice",
          options: criticalComponentIds.map((id) => ({
            value: id,
            label: criticalComponents.find((c) => c.id === id)!.label,
          })),
        },
        {
          id: "evidence",
          label: "Where evidence is found",
          type: "multiChoice",
          required: true,
          options: evidenceSources.map((source) => ({ value: source, label: evidenceSourceLabels[source] })),
        },
        {
          id: "tools",
          label: "Recorded with (practice tools)",
          type: "multiChoice",
          options: practiceTools.map((tool) => ({ value: tool, label: practiceToolLabels[tool] })),
        },
        {
          id: "uses",
          label: "Uses",
          type: "multiChoice",
          required: true,
          options: checklistUses.map((use) => ({ value: use, label: checklistUseLabels[use] })),
        },
        {
          id: "languageCategories",
          label: "Language-lint categories",
          type: "multiChoice",
          options: languageCategories.map((category) => ({ value: category, label: category })),
        },
      ],
    },
  ],
};

/**
 * The rows of {@link checklistItemsForm} for a definition, one per item. A definition whose scale
 * is neither the default nor the legacy RAG scale cannot be written this way: keep it in JSON or YAML.
 * @throws `StValidationError` (from `@st/core`), also a `RangeError`, coded `unsupported_scale` for such a scale.
 */
export function definitionToItemRows(definition: ChecklistDefinition): FlatRecord[] {
  checkDefinition("definitionToItemRows", definition);
  const scale = definition.scale ?? defaultScale;
  const scaleId = Object.entries(SCALES).find(([, s]) => JSON.stringify(s) === JSON.stringify(scale))?.[0];
  if (scaleId === undefined) {
    throw argumentError("definitionToItemRows", {
      argument: "definition",
      label: "Answer scale",
      expected: "the default answer scale or the legacy RAG scale",
      received: scale.label,
      message: "has no column in a workbook: keep this definition in YAML",
      code: "unsupported_scale",
    });
  }
  const titled = new Set<string>();
  return definition.items.map((item, i) => {
    const row: FlatRecord = {
      id: item.id,
      section: item.section,
      question: item.question,
      goodPractice: item.goodPractice,
      principles: item.principles,
      evidence: item.evidence,
      uses: item.uses,
    };
    if (i === 0) {
      row.checklistId = definition.id;
      row.checklistVersion = definition.version;
      row.checklistTitle = definition.title;
      row.checklistScale = scaleId;
      if (definition.description) row.checklistDescription = definition.description;
      if (definition.owner) row.checklistOwner = definition.owner;
      if (definition.provenance) row.checklistProvenance = definition.provenance;
      if (definition.basedOn) {
        row.basedOnId = definition.basedOn.id;
        row.basedOnVersion = definition.basedOn.version;
      }
    }
    if (!titled.has(item.section)) {
      titled.add(item.section);
      const section = definition.sections.find((s) => s.id === item.section);
      if (section) row.sectionTitle = section.title;
      if (section?.description) row.sectionDescription = section.description;
    }
    if (item.prompts.supervision?.length) row.supervisionPrompts = item.prompts.supervision.join("\n");
    if (item.prompts["cp-chair"]?.length) row.cpChairPrompts = item.prompts["cp-chair"].join("\n");
    if (item.components.length) row.components = item.components;
    if (item.languageCategories?.length) row.languageCategories = item.languageCategories;
    if (item.tools?.length) row.tools = item.tools;
    return row;
  });
}

/**
 * A checklist definition (before checking) from rows read with {@link checklistItemsForm}: give the
 * result to `safeValidateChecklistDefinition`. The checklist's details come from the first row;
 * sections from the items, in order of first use, headed by the first heading given for each.
 */
export function definitionFromItemRows(rows: readonly FlatRecord[]): Record<string, unknown> {
  checkPlace(
    "definitionFromItemRows",
    rows,
    "list",
    "rows",
    "Item rows",
    "a list of rows read with checklistItemsForm",
  );
  const first = rows[0] ?? {};
  const text = (row: FlatRecord, key: string) =>
    typeof row[key] === "string" || typeof row[key] === "number" ? String(row[key]) : undefined;
  const list = (row: FlatRecord, key: string) => (Array.isArray(row[key]) ? (row[key] as unknown[]).map(String) : []);
  const lines = (row: FlatRecord, key: string) =>
    (text(row, key) ?? "")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
  const sections: { id: string; title?: string | undefined; description?: string | undefined }[] = [];
  for (const row of rows) {
    const id = text(row, "section");
    if (id === undefined) continue;
    let section = sections.find((s) => s.id === id);
    if (!section) {
      section = { id };
      sections.push(section);
    }
    section.title ??= text(row, "sectionTitle");
    section.description ??= text(row, "sectionDescription");
  }
  const scaleId = text(first, "checklistScale");
  const optional = (key: string, value: string | undefined) => (value === undefined ? {} : { [key]: value });
  return {
    id: text(first, "checklistId"),
    version: text(first, "checklistVersion"),
    title: text(first, "checklistTitle"),
    ...optional("description", text(first, "checklistDescription")),
    ...optional("owner", text(first, "checklistOwner")),
    ...optional("provenance", text(first, "checklistProvenance")),
    ...(text(first, "basedOnId") || text(first, "basedOnVersion")
      ? { basedOn: { id: text(first, "basedOnId"), version: text(first, "basedOnVersion") } }
      : {}),
    scale: scaleId === "rag" ? legacyRagScale : defaultScale,
    sections: sections.map((s) => ({
      id: s.id,
      title: s.title ?? s.id,
      ...(s.description === undefined ? {} : { description: s.description }),
    })),
    items: rows.map((row) => {
      const supervision = lines(row, "supervisionPrompts");
      const chair = lines(row, "cpChairPrompts");
      const categories = list(row, "languageCategories");
      const tools = list(row, "tools");
      return {
        id: text(row, "id"),
        section: text(row, "section"),
        question: text(row, "question"),
        goodPractice: text(row, "goodPractice"),
        prompts: {
          ...(supervision.length ? { supervision } : {}),
          ...(chair.length ? { "cp-chair": chair } : {}),
        },
        principles: list(row, "principles"),
        components: list(row, "components"),
        evidence: list(row, "evidence"),
        ...(tools.length ? { tools } : {}),
        uses: list(row, "uses"),
        ...(categories.length ? { languageCategories: categories } : {}),
      };
    }),
  };
}
