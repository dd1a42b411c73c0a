import { readCsv, writeCsv } from "@st/workbook";
import { complaints } from "/tmp/forms.mjs";
import { makeRecords } from "/tmp/tmp-records.mjs";

const records = makeRecords(10000);
const csv = writeCsv(complaints, records);
for (let k = 0; k < 10; k++) {
  const t = performance.now();
  readCsv(complaints, csv);
  console.log(performance.now() - t);
}
