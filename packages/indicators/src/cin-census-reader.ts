/**
 * A streaming reader for the Department for Education's Children in Need census XML. It hands over
 * one child at a time and keeps nothing else, so a whole authority's file is read in flat memory.
 *
 * Safety: the parser (saxes) never fetches or expands external entities; this reader also refuses
 * any DOCTYPE, so entity definitions (and "billion laughs" entity bombs) are an error, as is
 * malformed XML. Errors name the file and the line.
 * @module
 */
import { type Problem, type ProblemCode, StValidationError } from "@st/core";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { checkCensusSource, checkRecordArgument } from "./arguments.js";
import { CensusDecoder } from "./census-decoding.js";
import { Ctx as CtxModule, contextName, KNOWN_WHERE, ELEMENTS as LAYOUT_ELEMENTS, localName } from "./census-layout.js";
import { CensusProblems } from "./census-problems.js";
import { CensusRecords } from "./census-records.js";
import { type CinCensusSource, chunks } from "./census-source.js";
import type { CinCensusHeader, CinChild } from "./cin-records.js";
import {
  checkRead,
  type ReadAccountingOptions,
  type ReadSummary,
  type SkippedRecords,
  type UnknownElement,
} from "./read-summary.js";

// The layout's tables held in this module's own bindings: the walk reads them for every element,
// and where modules are not bundled together (vitest runs the sources) each read of an imported
// binding is a call, which cost the in-process bench some 10%.
const Ctx = CtxModule;
type Ctx = CtxModule;
const ELEMENTS = LAYOUT_ELEMENTS;

// The element names as the layout spells them: string literals, which V8 interns, so the leaf
// handlers' switches on a canonical name compare pointers rather than characters.
let canonicalName = "";

function elementCode(ctx: Ctx, name: string): number | undefined {
  const bucket = ELEMENTS[ctx]![name.length];
  if (bucket === undefined) return undefined;
  for (let i = 0; i < bucket.length; i += 2) {
    if (bucket[i] === name) {
      canonicalName = bucket[i] as string;
      return bucket[i + 1] as number;
    }
  }
  return undefined;
}

/** Options for {@link CinCensusReader} and {@link readCinCensus}. */
export interface CinCensusReadOptions extends ReadAccountingOptions {
  /** The file's name, used in every error and problem. Default `census.xml`. */
  fileName?: string | undefined;
  /**
   * Name of a local element inside `CINdetails` holding the borough's referral issue (not a census
   * field: some boroughs add one to their own export). Read into `referralIssue` of {@link CinEpisode}.
   */
  referralIssueElement?: string | undefined;
  /** Called once, when the header has been read. */
  onHeader?: ((header: CinCensusHeader) => void) | undefined;
  /** Called once a child, when its record is complete. */
  onChild: (child: CinChild) => void;
  /** Called for each value that could not be read (the value is left out; reading goes on). Default: collected in the summary. */
  onProblem?: ((problem: Problem) => void) | undefined;
  /** Deepest element nesting accepted (a guard against pathological input). Default 32; the census needs 6. */
  maxDepth?: number | undefined;
  /**
   * The census reference date (31 March), when the header's is missing or wrong. Event dates more
   * than a year after it are problems, left out: a census cannot record what has not happened yet.
   */
  referenceDate?: string | undefined;
  /** Report every element the reader does not recognise as a problem, not only count it. Default false. */
  strict?: boolean | undefined;
}

/** What a read found, besides the children themselves. */
export interface CinCensusSummary {
  /** The file's name as given. */
  fileName: string;
  /** The header, when the file had one. */
  header: CinCensusHeader | undefined;
  /** Children read. */
  children: number;
  /** CIN episodes read. */
  episodes: number;
  /** Values that could not be read (at most the first 1,000 when no `onProblem` was given). */
  problems: Problem[];
  /** How many values could not be read in all. */
  problemCount: number;
  /** Child records skipped, in all (without an `LAchildID`, a repeated `LAchildID`, a `<Child>` out of place). */
  skippedChildren: number;
  /** Child records skipped, by reason. */
  skipped: SkippedRecords[];
  /** Elements the reader does not know (kept out of the records), with counts; at most 200 distinct ones. */
  unknownElements: UnknownElement[];
  /** The same accounting in the shape every reader of this package gives, for notes and outputs. */
  read: ReadSummary;
  /** The latest `CINreferralDate` read, if any. */
  latestReferralDate?: string;
}

/**
 * A push-style census reader: {@link CinCensusReader.write} chunks as they arrive, then
 * {@link CinCensusReader.end}. Each child is handed to `onChild` as soon as its `</Child>` is read.
 * Malformed or unsafe XML throws a {@link StValidationError} naming the file and line; a value that
 * cannot be read (a date that is not a date) is a problem, reported and left out.
 */
export class CinCensusReader {
  readonly #parser: SaxesParser<{ position: true; xmlns: false; fileName: string }>;
  readonly #options: CinCensusReadOptions;
  readonly #fileName: string;
  readonly #maxDepth: number;
  readonly #bytes: CensusDecoder;
  #stack: Ctx[] = [];
  #ctx: Ctx = Ctx.Outside;
  #skipDepth = 0;
  #skipName = "";
  #leafName: string | undefined;
  #text = "";
  readonly #problems: CensusProblems;
  readonly #records: CensusRecords;
  #skipLine = 0;
  #skipColumn = 0;
  #skipParent = "";
  // Inside a skipped subtree, the depth below which its content is already accounted for (a skipped
  // child record, a misplaced element): nothing inside is reported again. 0 when nothing is.
  #accountedDepth = 0;
  #sawRoot = false;
  #ended = false;
  #summary: CinCensusSummary | undefined;

  constructor(options: CinCensusReadOptions) {
    this.#options = options;
    this.#fileName = options.fileName ?? "census.xml";
    this.#maxDepth = options.maxDepth ?? 32;
    this.#problems = new CensusProblems(options, () => this.#records.childId);
    this.#records = new CensusRecords(options, this.#problems);
    const parser = new SaxesParser({ position: true, xmlns: false, fileName: this.#fileName });
    this.#parser = parser;
    this.#bytes = new CensusDecoder(parser, (message, code) => this.#fatal(message, code));
    parser.on("error", (error) => {
      const message = cleanSaxesMessage(error.message);
      if (!this.#sawRoot && /root element/.test(message)) {
        throw this.#fatal("the file holds no XML elements: expected a Children in Need census <Message>", "empty_file");
      }
      throw this.#fatal(message, "malformed_xml");
    });
    parser.on("doctype", () => {
      throw this.#fatal(
        "a DOCTYPE declaration is not allowed in a census file (entity definitions are refused so that entity expansion cannot be abused)",
        "doctype_refused",
      );
    });
    parser.on("opentag", (tag) => this.#open(tag));
    parser.on("closetag", (tag) => this.#close(tag));
    // Text is kept only inside a known leaf (or an unknown element, for a local referral issue):
    // the whitespace between elements, most of a census file's text, is never copied.
    const onText = (text: string) => {
      if (this.#leafName !== undefined || this.#skipDepth === 1) this.#text += text;
    };
    parser.on("text", onText);
    parser.on("cdata", onText);
  }

  /** Feed the next chunk of the file, as text or as bytes (UTF-8, or the encoding the XML declaration names). */
  write(chunk: string | Uint8Array): void {
    if (this.#ended) throw new Error("CinCensusReader: write after end");
    if (typeof chunk === "string") {
      this.#parser.write(chunk);
      return;
    }
    this.#bytes.write(chunk);
  }

  /** Finish reading: checks the file was a complete census file and returns the summary. */
  end(): CinCensusSummary {
    if (this.#summary) return this.#summary;
    this.#bytes.end();
    this.#parser.close();
    this.#ended = true;
    if (!this.#sawRoot) {
      throw this.#fatal("the file holds no XML elements: expected a Children in Need census <Message>", "empty_file");
    }
    const records = this.#records;
    const read = this.#problems.read(this.#fileName, records.children);
    this.#summary = {
      fileName: this.#fileName,
      header: records.header,
      children: records.children,
      episodes: records.episodes,
      problems: this.#problems.kept,
      problemCount: this.#problems.count,
      skippedChildren: read.skipped,
      skipped: read.skippedBy,
      ...(records.latestReferral !== "" ? { latestReferralDate: records.latestReferral } : {}),
      unknownElements: read.unknownElements,
      read,
    };
    // No children, or too many skipped: refused here, so no caller can count a file it did not read.
    checkRead(read, this.#options);
    return this.#summary;
  }

  #fatal(message: string, code: ProblemCode): StValidationError {
    const { line, column } = this.#parser;
    // Said once: the subject names the file, the location gives line and column, the message the fault.
    return new StValidationError(
      [
        {
          path: "",
          field: "XML",
          expected: "a well-formed Children in Need census XML file",
          received: "XML that is not well-formed at this point",
          message: message.length > 200 ? `${message.slice(0, 197)}...` : message,
          code,
          line,
          // saxes counts the characters read on the line: the last one read is where it stopped.
          column: Math.max(1, column),
        },
      ],
      { subject: this.#fileName },
    );
  }

  #open(tag: SaxesTagPlain): void {
    if (this.#skipDepth > 0) {
      this.#skipDepth++;
      this.#checkDepth();
      if (this.#accountedDepth === 0) this.#inSkipped(tag.name);
      return;
    }
    const name = tag.name;
    if (this.#leafName !== undefined) {
      // An element inside what should be a value: the value cannot be trusted, so it is left out.
      this.#problems.add(this.#leafName, "", "a value with no elements inside it", this.#leafName, {
        code: "element_in_value",
        message: `${this.#leafName} holds an element <${name}>, not a plain value; the value is left out`,
        received: `an element <${name}>`,
      });
      this.#skipName = this.#leafName;
      this.#leafName = undefined;
      this.#skipDepth = 2;
      this.#accountedDepth = 1;
      this.#checkDepth();
      return;
    }
    const code = elementCode(this.#ctx, name);
    if (code === undefined) {
      if (this.#ctx === Ctx.Outside) {
        const prefixed = localName(name) === "Message" ? " (a namespace prefix is not read: write <Message>)" : "";
        throw this.#fatal(
          `not a Children in Need census file: the root element is <${name}>, expected <Message>${prefixed}`,
          "not_census",
        );
      }
      this.#skipDepth = 1;
      this.#skipName = name;
      this.#skipParent = contextName(this.#ctx);
      this.#skipLine = this.#parser.line;
      this.#skipColumn = this.#parser.column + 1;
      this.#text = "";
      this.#accountedDepth = 0;
      this.#checkDepth();
      this.#inSkipped(name);
      return;
    }
    const line = this.#parser.line;
    const column = this.#parser.column + 1;
    this.#problems.valueLine = line;
    this.#problems.valueColumn = column;
    if (code === 0) {
      this.#leafName = canonicalName;
      this.#text = "";
      return;
    }
    const next = code as Ctx;
    this.#stack.push(this.#ctx);
    this.#ctx = next;
    this.#checkDepth();
    if (next === Ctx.Message) this.#sawRoot = true;
    else this.#records.open(next, line, column);
  }

  /**
   * An element inside a skipped one (or the skipped one itself): a `<Child>` is a child record not
   * read, and an element the census has elsewhere is a misplaced value; either is reported once, and
   * nothing inside it is reported again. Other elements are only counted as unknown.
   */
  #inSkipped(name: string): void {
    const local = localName(name);
    const parent = this.#skipDepth === 1 ? this.#skipParent : this.#skipName;
    const line = this.#parser.line;
    const column = this.#parser.column + 1;
    if (local === "Child") {
      this.#problems.skipChild(
        "misplaced_record",
        "not inside <Message>/<Children>",
        `a <${name}> inside <${parent}>, where the census has no children${name !== local ? " (a namespace prefix is not read)" : ""}; the child is not read`,
        `<${name}> inside <${parent}>`,
        line,
        column,
      );
      this.#accountedDepth = this.#skipDepth;
      return;
    }
    // A prefixed name (a namespace prefix the census does not use) is only counted as unknown, so
    // the children inside it are still counted as records skipped.
    const expected = name === local ? KNOWN_WHERE.get(name) : undefined;
    if (expected !== undefined && name !== this.#options.referralIssueElement) {
      this.#problems.add(local, "", `${local} inside <${expected.split("/").at(-1)}>`, `${parent}.${name}`, {
        code: "misplaced_element",
        message: `${name} is inside <${parent}>, but the census puts it inside ${expected}; its content is left out`,
        received: `<${name}> inside <${parent}>`,
        line,
        column,
      });
      this.#accountedDepth = this.#skipDepth;
      return;
    }
    if (this.#skipDepth > 1) this.#problems.unknownElement(name, parent, line, column);
  }

  #checkDepth(): void {
    if (this.#stack.length + this.#skipDepth > this.#maxDepth) {
      throw this.#fatal(`elements are nested more than ${this.#maxDepth} deep`, "too_deep");
    }
  }

  #close(tag: SaxesTagPlain): void {
    const name = tag.name;
    if (this.#skipDepth > 0) {
      const accounted = this.#skipDepth === this.#accountedDepth;
      if (accounted) this.#accountedDepth = 0;
      this.#skipDepth--;
      if (this.#skipDepth === 0) {
        if (name === this.#options.referralIssueElement && this.#ctx === Ctx.CinDetails && this.#records.episode) {
          this.#records.referralIssue(this.#text);
        } else if (!accounted) {
          this.#problems.unknownElement(this.#skipName, this.#skipParent, this.#skipLine, this.#skipColumn);
        }
      }
      return;
    }
    const leaf = this.#leafName;
    if (leaf !== undefined) {
      this.#leafName = undefined;
      this.#records.leaf(this.#ctx, leaf, this.#text);
      return;
    }
    // saxes has checked that tags match, so this closes the current container.
    this.#records.close(this.#ctx);
    this.#ctx = this.#stack.pop()!;
  }
}

function cleanSaxesMessage(message: string): string {
  // saxes prefixes "file:line:column: "; the problem carries the file and line already.
  return message.replace(/^.*?:\d+:\d+: /, "").replace(/\.$/, "");
}

/**
 * Read a whole census source, calling `onChild` for each child, and return the summary.
 * Memory stays flat however large the file: only the child being read is held.
 *
 * @throws {@link @st/core!index.StValidationError} (also a `TypeError`) coded `invalid_type`, before
 * anything is read, when `source` is not text, bytes or chunks or `options` is not an object.
 *
 * @example
 * ```ts
 * const summary = await readCinCensus(xmlText, { fileName: "cin-2024.xml", onChild: (child) => count(child) });
 * ```
 */
export async function readCinCensus(source: CinCensusSource, options: CinCensusReadOptions): Promise<CinCensusSummary> {
  checkCensusSource("readCinCensus", source);
  checkRecordArgument("readCinCensus", "options", options);
  const reader = new CinCensusReader(options);
  for await (const chunk of chunks(source)) reader.write(chunk);
  return reader.end();
}

/**
 * The children of a census source as an async iterable, for callers who prefer to pull. Children are
 * yielded in file order; the summary is returned when iteration ends.
 */
export function cinCensusChildren(
  source: CinCensusSource,
  options: Omit<CinCensusReadOptions, "onChild"> = {},
): AsyncGenerator<CinChild, CinCensusSummary, undefined> {
  // Checked when called, not when first pulled.
  checkCensusSource("cinCensusChildren", source);
  checkRecordArgument("cinCensusChildren", "options", options);
  return childrenOf(source, options);
}

async function* childrenOf(
  source: CinCensusSource,
  options: Omit<CinCensusReadOptions, "onChild">,
): AsyncGenerator<CinChild, CinCensusSummary, undefined> {
  let ready: CinChild[] = [];
  const reader = new CinCensusReader({ ...options, onChild: (child) => ready.push(child) });
  for await (const chunk of chunks(source)) {
    reader.write(chunk);
    if (ready.length > 0) {
      const batch = ready;
      ready = [];
      yield* batch;
    }
  }
  const summary = reader.end();
  yield* ready;
  return summary;
}
