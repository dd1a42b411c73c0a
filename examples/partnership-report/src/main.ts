/**
 * The command line: build the report from a data folder and print it, or write it with `--out FILE`.
 * From this folder: `npm start`, or `npm start -- --data DIR --out report.md`.
 */
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { partnershipReport } from "./partnership-report.js";
import { exampleData, readInputs } from "./read-inputs.js";

const { values } = parseArgs({ options: { data: { type: "string" }, out: { type: "string" } } });
const report = partnershipReport(await readInputs(values.data ?? exampleData));
if (values.out) await writeFile(values.out, report);
else process.stdout.write(report);
