/**
 * The pages `st report` and `st demo` write, as content for people (HTML, Markdown) and programs
 * (JSON); the CLI's own pages are written in the one report model of `@st/core/report`.
 * @module
 */
import { documentToMarkdown, type ReportBlock } from "@st/core/report";
import { documentToHtmlFragment } from "@st/learning-review";

/** A page of record-level illustration: what a tool shows on the demo's synthetic records. */
export interface ReportSection<Content extends SectionContent = SectionContent> {
  /** File stem of the page: `<id>.html`, `<id>.md`, `<id>.json`. */
  id: string;
  /** The page's title. */
  title: string;
  /** One sentence about the page. */
  summary: string;
  /** Build the page from the embedded demo data. */
  build(): Promise<Content>;
}

/** What a section renders: the same content for people (HTML, Markdown) and for programs (JSON). */
export interface SectionContent {
  /**
   * The page as blocks of the report model (`ReportDocument` of `@st/core/report`), when it is
   * written in it: `html` and `markdown` are rendered from them (by `sectionFromBlocks`), and a
   * page that places this one under a heading of its own places the blocks.
   */
  blocks?: readonly ReportBlock[] | undefined;
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

/** A section's content written in the report model: its blocks always given. */
export type BlocksContent = SectionContent & { blocks: readonly ReportBlock[] };

/** A section's content from its blocks: the HTML (charts drawn by `@st/charts`) and Markdown rendered from them. */
export async function sectionFromBlocks(
  blocks: readonly ReportBlock[],
  rest: Omit<SectionContent, "blocks" | "html" | "markdown">,
): Promise<BlocksContent> {
  const doc = { title: "", blocks: [...blocks] };
  return { blocks, html: await documentToHtmlFragment(doc), markdown: documentToMarkdown(doc).trim(), ...rest };
}

/** Blocks placed under a heading: the heading at level 2, and each of theirs one level down (to 4 at most). */
export function underHeading(heading: string, blocks: readonly ReportBlock[]): ReportBlock[] {
  return [
    { kind: "heading", level: 2, text: heading },
    ...blocks.map((b): ReportBlock => (b.kind === "heading" ? { ...b, level: b.level === 2 ? 3 : 4 } : b)),
  ];
}
