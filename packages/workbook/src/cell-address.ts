/**
 * A1-style cell addresses, as people see them in Excel.
 * @module
 */
import { checkArgument } from "@st/core";

/** The column letters of a 1-based column number: 1 is `A`, 27 is `AA`. */
export function columnLetters(column: number): string {
  checkArgument(column, "number", { fn: "columnLetters", argument: "column", label: "Column number" });
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The A1-style address of a 1-based column and row, e.g. `F4`. */
export function cellAddress(column: number, row: number): string {
  checkArgument(column, "number", { fn: "cellAddress", argument: "column", label: "Column number" });
  checkArgument(row, "number", { fn: "cellAddress", argument: "row", label: "Row number" });
  return `${columnLetters(column)}${row}`;
}
