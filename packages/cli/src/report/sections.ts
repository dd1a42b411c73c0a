import { languageSection } from "./language.js";
import { learningReviewSection } from "./learning-review-section.js";

export type { ReportSection, SectionContent } from "./section-content.js";

/**
 * What `st demo` adds after the figures of two report pages, from the synthetic records behind its
 * returns: the learning-review rounds compared over time (Fisher's exact test needs the counts the
 * returns withhold), and the case-note extracts marked by the linter (text never leaves a borough).
 */
export const demoIllustrations = { "learning-review": learningReviewSection, language: languageSection } as const;
