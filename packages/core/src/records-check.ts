/**
 * What every batch checker of the project returns (`checkComplaints`, `checkCompletedChecklists`):
 * the records that passed, where each came from, and the problems of the rest, so a caller handles
 * complaints and checklists with the same code.
 * @module
 */
import type { Problem } from "./errors.js";

/** The result of checking a list of records: nothing dropped without a problem saying why. */
export interface RecordsCheck<T> {
  /** The records that passed, in input order, as their schema reads them. */
  records: T[];
  /** The 1-based position in the input of each record in `records`. */
  recordNumbers: number[];
  /** Every problem of every record that did not pass, each with its `record` number. */
  problems: Problem[];
  /** How many records the input held: passed, failed or left out. */
  total: number;
}
