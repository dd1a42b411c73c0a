/**
 * Shares written for people, one way in every report the tools write: always the count and the
 * number it is out of, with a percentage only when the total is large enough for one to mean
 * something.
 * @module
 */

import { type ArgumentSpec, checkArgumentOf } from "./argument-checks.js";

const SHARE: ArgumentSpec = {
  kinds: "record",
  argument: "share",
  label: "Share",
  expected: "a share { count, total }",
};
const COUNT: ArgumentSpec = { kinds: "number", argument: "share.count", label: "Count" };
const TOTAL: ArgumentSpec = { kinds: "number", argument: "share.total", label: "Total" };
const OPTIONS: ArgumentSpec = { kinds: "record", argument: "options", label: "Share options", optional: true };

/** A count out of a total. */
export interface Share {
  /** How many. */
  count: number;
  /** Out of how many. */
  total: number;
  /**
   * A percentage worked out already, as summaries carry one (`Percentage` of
   * `@st/practice-checklist`): accepted and ignored, since the one format works it out from
   * `count` and `total` itself.
   */
  percent?: number | null | undefined;
}

/** Options for {@link formatShare}. */
export interface FormatShareOptions {
  /**
   * Show the percentage only when the share is out of at least this many (default
   * {@link SMALL_SAMPLE}). Below it a share reads "3 of 5": with five cases, one case moves a
   * percentage by 20 points.
   */
  percentFrom?: number | undefined;
}

/** The default of {@link FormatShareOptions.percentFrom}: below ten, a share is given as counts alone. */
export const SMALL_SAMPLE = 10;

/**
 * A share in words, never a bare percentage: `"3 of 5"`, `"12 of 20 (60%)"`, `"7 of 30 (23.3%)"`,
 * `"0 of 0"`. The percentage is rounded to one decimal place, and shown only when the total is at
 * least `percentFrom`.
 *
 * @throws StValidationError (also a `TypeError`) when `share` is not a `{ count, total }` of
 * numbers or `options` not an object.
 */
export function formatShare(share: Share, options: FormatShareOptions = {}): string {
  checkArgumentOf("formatShare", SHARE, share);
  checkArgumentOf("formatShare", COUNT, share.count);
  checkArgumentOf("formatShare", TOTAL, share.total);
  checkArgumentOf("formatShare", OPTIONS, options);
  const { count, total } = share;
  const base = `${count} of ${total}`;
  if (total === 0 || total < (options.percentFrom ?? SMALL_SAMPLE)) return base;
  return `${base} (${Math.round((count / total) * 1000) / 10}%)`;
}
