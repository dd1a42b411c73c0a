import { checklistSection } from "./checklist.js";
import { complaintsSection } from "./complaints.js";
import { indicatorsSection } from "./indicators.js";
import { languageSection } from "./language.js";
import { learningReviewSection } from "./learning-review-section.js";
import { patternMapSection } from "./pattern-map.js";

/** One page of the partnership report that `st demo` writes. */
export interface ReportSection {
  /** File stem of the page: `<id>.html`, `<id>.md`, `<id>.json`. */
  id: string;
  /** The page's title, also its link text on the index page. */
  title: string;
  /** One sentence under the link on the index page. */
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

/** The sections of the demo report, in the order the index lists them. Each tool adds its own. */
export const reportSections: readonly ReportSection[] = [
  indicatorsSection,
  complaintsSection,
  checklistSection,
  learningReviewSection,
  languageSection,
  patternMapSection,
];
