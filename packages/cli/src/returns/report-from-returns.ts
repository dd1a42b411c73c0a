import { join } from "node:path";
import { formatProblem, isStValidationError } from "@st/core";
import { type MergedReturns, mergeReturns } from "@st/returns";
import { ExitCode } from "../command.js";
import type { Io } from "../io.js";
import { type OutputOptions, writeOutputFolder } from "../output.js";
import { readReturnsFolder } from "./read-returns.js";
import { type ReturnsReportOptions, writeReturnsReport, writeTidyExport } from "./returns-report.js";

/** Options of {@link reportFromReturns}. */
export interface ReportFromReturnsOptions extends ReturnsReportOptions, OutputOptions {
  /** Replace this command's own earlier report without `--force` (`st demo`'s default folder). */
  replaceOwn?: boolean | undefined;
  /** Also write the long-format CSV tables. */
  exportCsv?: boolean | undefined;
  /** The command's name, for messages. */
  command: string;
}

/**
 * The one path from returns to the report, for `st report` and `st demo` alike: read and check
 * every return of a folder, merge them, write the pages. Any invalid return or duplicate
 * borough-quarter stops it before anything is written (exit 1), so nothing is merged silently.
 */
export async function reportFromReturns(
  dir: string,
  out: string,
  io: Io,
  options: ReportFromReturnsOptions,
): Promise<{ code: ExitCode; index?: string; merged?: MergedReturns }> {
  const files = await readReturnsFolder(dir, io);
  const invalid = files.filter((f) => f.problems.length);
  if (invalid.length) {
    io.stderr(
      `${options.command}: ${invalid.length} of ${files.length} returns in ${dir} are not valid, so no report was written:\n${invalid
        .map((f) => `${f.file}:\n${f.problems.map((p) => `  - ${formatProblem(p)}`).join("\n")}`)
        .join("\n")}\n`,
    );
    return { code: ExitCode.problems };
  }
  let merged: MergedReturns;
  try {
    merged = mergeReturns(files.map((f) => ({ file: f.file, value: f.value! })));
  } catch (error) {
    if (!isStValidationError(error)) throw error;
    io.stderr(`${options.command}: ${error.message}\n`);
    return { code: ExitCode.problems };
  }
  for (const r of merged.returns)
    for (const s of r.supersedes) io.stderr(`${s.file} is replaced by ${r.file} (version ${r.version})\n`);
  const exported: string[] = [];
  const folder = await writeOutputFolder(
    out,
    io,
    options.command,
    async (output) => {
      await writeReturnsReport(merged, output, io, options);
      if (options.exportCsv) exported.push(...(await writeTidyExport(merged, output)));
    },
    options,
  );
  for (const file of exported) io.stderr(`wrote ${join(folder, file)}\n`);
  return { code: ExitCode.ok, index: join(folder, "index.html"), merged };
}
