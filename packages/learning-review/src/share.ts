/**
 * Shares written for people: the one format of `@st/core/report`, kept here under its old names
 * until the next major release.
 * @module
 */

import {
  SMALL_SAMPLE as CORE_SMALL_SAMPLE,
  type FormatShareOptions as CoreFormatShareOptions,
  formatShare as coreFormatShare,
} from "@st/core/report";

/** @deprecated Import `FormatShareOptions` from `@st/core/report`, where every report's share format lives. */
export type FormatShareOptions = CoreFormatShareOptions;

/**
 * A share in words: `"3 of 5"`, `"12 of 20 (60%)"`, `"0 of 0"`.
 * @deprecated Import `formatShare` from `@st/core/report`, where every report's share format lives.
 */
export const formatShare: typeof coreFormatShare = coreFormatShare;

/** @deprecated Import `SMALL_SAMPLE` from `@st/core/report`. */
export const SMALL_SAMPLE: number = CORE_SMALL_SAMPLE;
