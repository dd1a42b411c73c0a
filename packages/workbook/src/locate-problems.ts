/**
 * Problems found on records after they were read, put back where the user can find them: the
 * sheet, and the cell of the question on the record's row.
 * @module
 */
import { checkArgument, type Problem } from "@st/core";
import type { ReadResult } from "./table.js";

/**
 * Locate problems a package's own checks found on records read by {@link readWorkbook} or
 * {@link readCsv} (rules across fields, say): each problem with a `record` gets the sheet it was read
 * from and the cell of its question (`path`) on that record's row, so it reads as the reader's own
 * problems do ("sheet Cases, cell F4"). A problem whose question has no column keeps its record only.
 */
export function locateProblems(
  read: Pick<ReadResult, "rows" | "columns" | "sheet">,
  problems: readonly Problem[],
): Problem[] {
  checkArgument(read, "record", {
    fn: "locateProblems",
    argument: "read",
    label: "What was read",
    expected: "the result of readWorkbook or readCsv",
  });
  checkArgument(problems, "list", { fn: "locateProblems", argument: "problems", label: "Problems" });
  return problems.map((problem) => {
    if (problem.record === undefined) return problem;
    const column = read.columns[problem.path];
    const row = read.rows[problem.record - 1];
    return {
      ...problem,
      ...(read.sheet !== undefined ? { sheet: read.sheet } : {}),
      ...(column !== undefined && row !== undefined ? { cell: `${column}${row}` } : {}),
    };
  });
}
