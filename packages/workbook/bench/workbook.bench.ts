import type { FlatRecord } from "@st/core/forms";
import { parseCsv, readCsv, readWorkbook, writeCsv, writeTemplate } from "@st/workbook";
import ExcelJS from "exceljs";
import { bench, describe } from "vitest";
import { complaints } from "../test/forms.js";

/** Deterministic synthetic complaints: every answer type, conditions respected. */
function makeRecords(count: number): FlatRecord[] {
  const roles = ["perpetrator", "victimInstigated", "other"];
  return Array.from({ length: count }, (_, i) => {
    const investigated = i % 3 !== 0 ? "yes" : "no";
    const upheld = ["full", "part", "no"][i % 3]!;
    const record: FlatRecord = {
      reference: `C-${String(i).padStart(6, "0")}`,
      received: `20${20 + (i % 6)}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      complainantRole: roles[i % 3]!,
      "content.specificComplaints": i % 2 === 0 ? "yes" : "no",
      "content.other": `Synthetic note ${i}: the complainer says the worker is "on mum's side", and copies in the MP.`,
      "investigation.investigated": investigated,
      "process.emails": i % 40,
      "process.hoursSpent": (i % 17) / 4,
      "process.copiedIn": i % 4 === 0 ? ["mp", "other"] : ["mayor"],
      "process.threatened": ["yes", "no", "unknown"][i % 3]!,
    };
    if (investigated === "yes") {
      record["investigation.stageReached"] = (i % 3) + 1;
      record["investigation.upheld"] = upheld;
      if (upheld !== "no") record["investigation.whatUpheld"] = "Delay in responding to the stage 1 letter.";
    }
    if (i % 4 === 0) record["process.copiedInOther"] = "Local newspaper";
    return record;
  });
}

/** The baseline: exceljs writing the same rows as they are, with no labels, validation or checks. */
async function exceljsPlain(records: FlatRecord[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Records");
  const ids = Object.keys(records[0]!);
  sheet.addRow(ids);
  for (const record of records)
    sheet.addRow(ids.map((id) => (Array.isArray(record[id]) ? (record[id] as string[]).join("; ") : record[id])));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The baseline: exceljs opening the workbook and visiting every cell, with no reading into records. */
async function exceljsLoad(bytes: Uint8Array): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  let cells = 0;
  workbook.worksheets[0]!.eachRow((row) => row.eachCell(() => cells++));
  return cells;
}

for (const count of [1_000, 10_000]) {
  const records = makeRecords(count);
  const template = await writeTemplate(complaints, { records });
  const csv = writeCsv(complaints, records);
  const heavy = count >= 10_000 ? { iterations: 3, warmupIterations: 1, time: 0 } : { iterations: 10, time: 0 };

  describe(`write ${count} records to .xlsx`, () => {
    bench(
      "writeTemplate (labels, drop-downs, checks, instructions)",
      async () => {
        await writeTemplate(complaints, { records });
      },
      heavy,
    );
    bench(
      "baseline: exceljs addRow + writeBuffer, no validation",
      async () => {
        await exceljsPlain(records);
      },
      heavy,
    );
  });

  describe(`read ${count} records from .xlsx`, () => {
    bench(
      "readWorkbook (typed, checked, located problems)",
      async () => {
        await readWorkbook(complaints, template);
      },
      heavy,
    );
    bench(
      "baseline: exceljs load + visit every cell",
      async () => {
        await exceljsLoad(template);
      },
      heavy,
    );
  });

  describe(`${count} records as CSV`, () => {
    bench("writeCsv", () => {
      writeCsv(complaints, records);
    });
    bench("readCsv (typed, checked, located problems)", () => {
      readCsv(complaints, csv);
    });
    bench("baseline: parseCsv alone (fields as text)", () => {
      parseCsv(csv);
    });
  });
}
