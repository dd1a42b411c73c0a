/**
 * The command line: build the report from the packages' demo data, or from a borough's data folder
 * with `--data DIR`, and print it, or write it with `--out FILE`.
 * From this folder: `npm start`, or `npm start -- --data DIR --out report.md`.
 */
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { partnershipReport } from "./partnership-report.js";
import { readInputs } from "./read-inputs.js";

const { values } = parseArgs({ options: { data: { type: "string" }, out: { type: "string" } } });
const report = partnershipReport(await readInputs(values.data));
if (values.out) await writeFile(values.out, report);
else process.stdout.write(report);
