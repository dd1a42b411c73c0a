import { languageSection } from "./language.js";
import { learningReviewSection } from "./learning-review-section.js";

/** A page of record-level illustration: what a tool shows on the demo's synthetic records. */
export interface ReportSection {
  /** File stem of the page: `<id>.html`, `<id>.md`, `<id>.json`. */
  id: string;
  /** The page's title. */
  title: string;
  /** One sentence about the page. */
  summary: string;
  /** Build the page from the embedded demo data. */
  build(): Promise<SectionContent>;
}

/** What a section renders: the same content for people (HTML, Markdown) and for programs (JSON). */
export interface SectionContent {
  /** The body of the HTML page (the page shell and title are added around it). */
  html: string;
  /** Style rules for this page only, added after the shared sheet. */
  css?: string | undefined;
  /** The whole page as Markdown. */
  markdown: string;
  /** The figures behind the page. */
  json: unknown;
  /** Data files to write beside the page (e.g. a synthetic extract to try a command on), relative to the report folder. */
  files?: readonly { path: string; content: string }[] | undefined;
}

/**
 * What `st demo` adds after the figures of two report pages, from the synthetic records behind its
 * returns: the learning-review rounds compared over time (Fisher's exact test needs the counts the
 * returns withhold), and the case-note extracts marked by the linter (text never leaves a borough).
 */
export const demoIllustrations = { "learning-review": learningReviewSection, language: languageSection } as const;
