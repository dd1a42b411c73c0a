import { join } from "node:path";
import {
  type CompletedChecklist,
  checkCompletedChecklistRows,
  completedChecklistForm,
  completedChecklistToRow,
  defaultChecklist,
  evidenceSources,
  reviewerRoles,
} from "@st/practice-checklist";
import { columnLetters, readCsv, readWorkbook, writeCsv, writeTemplate } from "@st/workbook";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scratch } from "./scratch.js";

const { dir, file, st } = scratch("st-checklist-sheets-");

const form = completedChecklistForm(defaultChecklist);

// Synthetic reviews: no real case, person or worker.
function review(i: number, answers: CompletedChecklist["answers"], patch: Partial<CompletedChecklist> = {}) {
  return {
    checklist: { id: defaultChecklist.id, version: defaultChecklist.version },
    caseId: `case-${String(i).padStart(4, "0")}`,
    borough: "E09000012",
    team: "Assessment 1",
    reviewer: { role: "qa-auditor" },
    use: "audit",
    date: "2025-05-14",
    answers,
    ...patch,
  } as CompletedChecklist;
}

const words = fc
  .string({ minLength: 1, maxLength: 30, unit: fc.constantFrom(..."abcdefghij KLMNOP-'/&0123456789é".split("")) })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

const scaleValues = (defaultChecklist.scale?.options ?? []).map((o) => o.value);
const answerArb = fc.record(
  {
    answer: fc.constantFrom(...(scaleValues.length ? scaleValues : ["yes", "partly", "no"])),
    note: words,
    foundIn: fc.uniqueArray(fc.constantFrom(...evidenceSources), { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ["answer"] },
);

/** A completed checklist of the default definition, answers in the definition's item order (as rows give them). */
const recordArb = fc
  .record({
    caseId: words,
    team: fc.option(words, { nil: undefined }),
    role: fc.constantFrom(...reviewerRoles),
    reviewerId: fc.option(words, { nil: undefined }),
    use: fc.constantFrom("audit", "supervision", "cp-chair"),
    date: fc.date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
    comments: fc.option(words, { nil: undefined }),
    answers: fc.array(fc.option(answerArb, { nil: undefined, freq: 2 }), {
      minLength: defaultChecklist.items.length,
      maxLength: defaultChecklist.items.length,
    }),
  })
  .map(
    (r): CompletedChecklist => ({
      checklist: { id: defaultChecklist.id, version: defaultChecklist.version },
      caseId: r.caseId,
      borough: "E09000031",
      ...(r.team === undefined ? {} : { team: r.team }),
      reviewer: { role: r.role, ...(r.reviewerId === undefined ? {} : { id: r.reviewerId }) },
      use: r.use as CompletedChecklist["use"],
      date: r.date.toISOString().slice(0, 10),
      answers: defaultChecklist.items.flatMap((item, i) => {
        const a = r.answers[i];
        return a ? [{ item: item.id, ...a, ...(a.foundIn ? { foundIn: [...a.foundIn] } : {}) }] : [];
      }),
      ...(r.comments === undefined ? {} : { comments: r.comments }),
    }),
  );

describe("completed checklists in a workbook or CSV", () => {
  it("template, filled rows, read back: the same records (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(recordArb, { minLength: 1, maxLength: 4 }), async (records) => {
        const bytes = await writeTemplate(form, { records: records.map(completedChecklistToRow) });
        const checked = checkCompletedChecklistRows(await readWorkbook(form, bytes), defaultChecklist);
        expect(checked.problems).toEqual([]);
        expect(checked.skipped).toEqual([]);
        expect(checked.valid).toEqual(records);
        const csv = readCsv(form, writeCsv(form, records.map(completedChecklistToRow)));
        expect(checkCompletedChecklistRows(csv, defaultChecklist).valid).toEqual(records);
      }),
      { numRuns: 10 },
    );
    // Each run writes and reads a workbook of 100 columns: seconds in all on a busy machine.
  }, 60_000);

  it("st checklist summary and score read the workbook the template writes", async () => {
    const records = [
      review(1, [
        { item: "child-voice", answer: "yes", note: "Seen alone twice.", foundIn: ["case-notes"] },
        { item: "worker-safety", answer: "not-applicable" },
      ]),
      review(2, [{ item: "child-voice", answer: "no" }], { borough: "E09000031" }),
    ];
    const path = file("audits.xlsx", await writeTemplate(form, { records: records.map(completedChecklistToRow) }));
    const summary = await st(["checklist", "summary", path, "--by", "borough", "--format", "json"]);
    expect(summary.code).toBe(0);
    const result = JSON.parse(summary.out);
    expect(result.errors).toEqual([]);
    expect(result.groups).toHaveLength(2);

    const validate = await st(["checklist", "validate", path, "--format", "json"]);
    expect(JSON.parse(validate.out)).toEqual({ valid: true, kind: "records", records: 2, errors: [] });
    expect(validate.code).toBe(0);

    const score = await st(["checklist", "score", path, "--format", "json"]);
    expect(score.code).toBe(0);
    expect(JSON.parse(score.out).scores.map((s: { caseId: string }) => s.caseId)).toEqual(["case-0001", "case-0002"]);
  });

  it("names the sheet, cell, record, case and field of every problem, and reports skipped rows", async () => {
    const records = [
      review(1, [{ item: "child-voice", answer: "yes" }]),
      review(2, [{ item: "child-voice", answer: "partly", note: "Some." }]),
      review(3, [{ item: "worker-safety", answer: "no" }]),
    ];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeTemplate(form, { records: records.map(completedChecklistToRow) })) as never);
    const sheet = workbook.getWorksheet("Records")!;
    const ids = (sheet.getRow(2).values as unknown[]).map(String);
    const column = (id: string) => ids.indexOf(id);
    // Row 3 holds case-0001, row 4 case-0002, row 5 case-0003.
    sheet.getRow(4).getCell(column("answers.child-voice.answer")).value = "Maybe";
    sheet.getRow(5).getCell(column("answers.child-voice.answer")).value = null;
    sheet.getRow(5).getCell(column("answers.child-voice.note")).value = "Seen alone once.";
    // A blank row between records, then a fourth record.
    sheet.insertRow(6, []);
    sheet.getRow(7).getCell(column("caseId")).value = "case-0004";
    sheet.getRow(7).getCell(column("reviewer.role")).value = "Quality assurance auditor";
    sheet.getRow(7).getCell(column("use")).value = "Audit";
    sheet.getRow(7).getCell(column("date")).value = "14/05/2025";
    const path = file("faulty.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));

    const { code, out, err } = await st(["checklist", "validate", path, "--format", "json"]);
    expect(err).toBe("");
    expect(code).toBe(1);
    const result = JSON.parse(out);
    expect(result).toMatchObject({
      valid: false,
      kind: "records",
      records: 4,
      skipped: [{ row: 6, reason: "blank row" }],
    });
    const letter = (id: string) => columnLetters(column(id));
    expect(result.errors).toEqual([
      expect.objectContaining({
        record: 2,
        sheet: "Records",
        cell: `${letter("answers.child-voice.answer")}4`,
        path: "answers.child-voice.answer",
        field: expect.stringContaining("own voice"),
        received: '"Maybe"',
        message: expect.stringContaining("(case case-0002)"),
      }),
      expect.objectContaining({
        record: 3,
        sheet: "Records",
        cell: `${letter("answers.child-voice.answer")}5`,
        code: "note_without_answer",
        field: "Answer to child-voice",
        message: expect.stringContaining("(case case-0003)"),
      }),
    ]);

    const text = await st(["checklist", "summary", path]);
    expect(text.code).toBe(1);
    expect(text.err).toContain("row 6 (blank row)");
    expect(text.err).toContain(`record 2, sheet "Records", cell ${letter("answers.child-voice.answer")}4`);
  });

  it("reads CSV with the template's columns, naming line-free cells and labels", async () => {
    const rows = [
      review(1, [{ item: "child-voice", answer: "yes" }]),
      review(2, [{ item: "child-voice", answer: "no" }]),
    ];
    const csv = writeCsv(form, rows.map(completedChecklistToRow), { headers: "label", answers: "label" }).replace(
      "case-0002",
      "",
    );
    const path = file("audits.csv", csv);
    const { code, out } = await st(["checklist", "validate", path, "--format", "json"]);
    expect(code).toBe(1);
    const result = JSON.parse(out);
    expect(result.records).toBe(2);
    expect(result.errors).toEqual([
      expect.objectContaining({
        record: 2,
        cell: "A3",
        path: "caseId",
        field: "Case id (pseudonymised)",
        code: "required",
      }),
    ]);
  });

  it("a borough's own definition: the template and the reader use it; two definitions for one sheet is a usage error", async () => {
    const ours = {
      ...defaultChecklist,
      id: "hackney-checklist",
      version: "2",
      basedOn: { id: defaultChecklist.id, version: defaultChecklist.version },
    };
    const definition = file("ours.json", JSON.stringify(ours));
    expect((await st(["checklist", "template", "--out", "ours.xlsx", "--definition", definition])).code).toBe(0);
    const read = await readWorkbook(
      completedChecklistForm(ours),
      (await import("node:fs")).readFileSync(join(dir, "ours.xlsx")),
    );
    expect(read.problems).toEqual([]);
    const row = completedChecklistToRow(
      review(1, [{ item: "child-voice", answer: "yes" }], { checklist: { id: ours.id, version: "2" } }),
    );
    const path = file("ours-filled.xlsx", await writeTemplate(completedChecklistForm(ours), { records: [row] }));
    const ok = await st(["checklist", "validate", path, "--definition", definition, "--format", "json"]);
    expect(JSON.parse(ok.out)).toMatchObject({ valid: true, records: 1 });
    const other = file("other.json", JSON.stringify({ ...ours, id: "other" }));
    const both = await st(["checklist", "summary", path, "--definition", definition, "--definition", other]);
    expect(both.code).toBe(2);
    expect(both.err).toContain("give at most one --definition");
  });

  it("a supervision sheet holds only its items; the others are unanswered, not missing", async () => {
    const supervision = completedChecklistForm(defaultChecklist, { use: "supervision" });
    const item = defaultChecklist.items.find((i) => i.uses.includes("supervision"))!;
    const record = review(1, [{ item: item.id, answer: "partly" }], {
      use: "supervision",
      reviewer: { role: "team-manager" },
    });
    const bytes = await writeTemplate(supervision, { records: [completedChecklistToRow(record)] });
    const checked = checkCompletedChecklistRows(await readWorkbook(form, bytes), defaultChecklist);
    expect(checked.problems.filter((p) => p.code !== "unknown_column")).toEqual([]);
    expect(checked.valid).toEqual([record]);
  });
});
