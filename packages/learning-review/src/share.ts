/**
 * Shares written for people: always with the count and the number it is out of.
 * @module
 */

import type { Percentage } from "@st/practice-checklist";
import { checkArg, SHARE, SHARE_OPTIONS } from "./arguments.js";

/** Options for {@link formatShare}. */
export interface FormatShareOptions {
  /**
   * Show the percentage only when the share is out of at least this many (default 10). Below it a
   * share reads "3 of 5": with five cases, one case moves a percentage by 20 points.
   */
  percentFrom?: number | undefined;
}

/** The default of {@link FormatShareOptions.percentFrom}, and of the small-sample threshold of summaries. */
export const SMALL_SAMPLE = 10;

/**
 * A share in words, never a bare percentage: `"3 of 5"`, `"12 of 20 (60%)"`, `"none of 0"`.
 */
export function formatShare(share: Percentage, options: FormatShareOptions = {}): string {
  checkArg("formatShare", SHARE, share);
  checkArg("formatShare", SHARE_OPTIONS, options);
  const from = options.percentFrom ?? SMALL_SAMPLE;
  if (share.total === 0) return "0 of 0";
  const base = `${share.count} of ${share.total}`;
  return share.total >= from && share.percent !== null ? `${base} (${share.percent}%)` : base;
}
