/**
 * Dates as case-list exports write them: read by `parseDateText` in `@st/core`, which every
 * package shares.
 * @module
 */
import { parseDateText } from "@st/core/calendar";

/**
 * @deprecated Import `parseDateText` from `@st/core` (and `dateTextProblem`, which says why a text
 * is not a date): it reads the same forms, and also `19 Dec 2025`. This re-export goes in a later
 * minor release.
 */
export const readDate: (text: string) => string | undefined = parseDateText;
