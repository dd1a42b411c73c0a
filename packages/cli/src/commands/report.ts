import { escapeHtml } from "@st/core/report";
import { type Command, oneOf, parseOptions, required } from "../command.js";
import { reportFromReturns } from "../returns/report-from-returns.js";
import { summaries } from "./summaries.js";

/** `st report`: the partnership report from boroughs' returns. */
export const report: Command = {
  name: "report",
  summary: summaries.report,
  help: `
st report --returns DIR [--out DIR] [--force] [--export csv]

Reads every return (.json) in DIR, checks each (as \`st return check\` does), and merges them:
boroughs by quarters, a quarter a borough did not return is a gap (never zero), and two returns for
the same borough and quarter are an error unless one has a higher version (it replaces the other).
Writes the same pages \`st demo\` writes: an index with a coverage table (who returned what), and a
page a section in HTML, Markdown and JSON, each figure traceable to its return. Prints the path of
the index page.

Options:
  --returns DIR   the folder of returns
  --out DIR       where to write the report (default: ./st-report); a folder that exists and is not
                  empty is refused, and the report never replaces the returns it reads
  --force         replace a report st wrote there before
  --export csv    also write export/figures.csv (one row a borough, quarter and figure: borough,
                  quarter, indicator, value, n, status, ...) and export/coverage.csv, for Excel and Power BI

Exit codes: 0 written; 1 a return is invalid or a borough-quarter is returned twice (nothing written);
2 the folder or a file could not be read.
`,
  async run(args, io) {
    const { values } = parseOptions(
      args,
      { returns: { type: "string" }, out: { type: "string" }, export: { type: "string" }, force: { type: "boolean" } },
      false,
    );
    const dir = required("returns", values.returns);
    const exportCsv = oneOf("export", values.export, ["csv", "none"], "none") === "csv";
    const result = await reportFromReturns(dir, values.out ?? "st-report", io, {
      command: "st report",
      force: values.force,
      inputs: [dir],
      exportCsv,
      intro: `<p>The Safe &amp; Together London Partnership's figures, merged from the boroughs' quarterly returns in ${escapeHtml(dir)}. Every figure is an aggregate a borough computed with the shared definitions; small numbers are withheld.</p>`,
    });
    if (result.index) io.stdout(`${result.index}\n`);
    return result.code;
  },
};
