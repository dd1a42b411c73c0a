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
import { parseXmlDate } from "@st/core/calendar";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { checkCensusSource, checkRecordArgument } from "./arguments.js";
import { CensusDecoder } from "./census-decoding.js";
import { Ctx, canonicalName, contextName, elementCode, KNOWN_WHERE, localName } from "./census-layout.js";
import { type CinCensusSource, chunks } from "./census-source.js";
import {
  CIN_ASSESSMENT_FACTOR_CODES,
  type CinAssessment,
  type CinCensusHeader,
  type CinChild,
  type CinCpPlan,
  type CinEpisode,
  type CinPlan,
  type CinPreProceedings,
  type CinSection47,
  emptyEpisode,
} from "./cin-records.js";
import {
  checkRead,
  type ReadAccountingOptions,
  type ReadSummary,
  type SkippedRecords,
  SkipTally,
  type UnknownElement,
} from "./read-summary.js";
import { readCensusBoolean, readCensusSex } from "./value-readers.js";

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

const MAX_UNKNOWN = 200;
const MAX_KEPT_PROBLEMS = 1000;

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
  #header: CinCensusHeader | undefined;
  #child: CinChild | undefined;
  #episode: CinEpisode | undefined;
  #assessment: CinAssessment | undefined;
  #cinPlan: CinPlan | undefined;
  #s47: CinSection47 | undefined;
  #cpp: CinCpPlan | undefined;
  #pp: CinPreProceedings | undefined;
  #children = 0;
  #episodes = 0;
  #problems: Problem[] = [];
  #problemCount = 0;
  #unknown = new Map<string, UnknownElement>();
  // Where the value being read starts (just after its start tag): every problem points there.
  #valueLine = 0;
  #valueColumn = 0;
  #childColumn = 0;
  #skipLine = 0;
  #skipColumn = 0;
  #skipParent = "";
  // Inside a skipped subtree, the depth below which its content is already accounted for (a skipped
  // child record, a misplaced element): nothing inside is reported again. 0 when nothing is.
  #accountedDepth = 0;
  readonly #childLines = new Map<string, number>();
  readonly #skippedChildren = new SkipTally();
  #referenceDate: string | undefined;
  #latestEvent: string | undefined;
  #latestReferral = "";
  #unknownProblems = 0;
  #authorisations: { assessment: CinAssessment; line: number; column: number }[] = [];
  #sawRoot = false;
  #ended = false;
  #summary: CinCensusSummary | undefined;

  constructor(options: CinCensusReadOptions) {
    this.#options = options;
    this.#fileName = options.fileName ?? "census.xml";
    this.#maxDepth = options.maxDepth ?? 32;
    this.#setReferenceDate(options.referenceDate);
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
    const unknownElements = [...this.#unknown.values()];
    const skipped = this.#skippedChildren.list();
    const read: ReadSummary = {
      file: this.#fileName,
      records: "children",
      read: this.#children,
      skipped: this.#skippedChildren.total,
      skippedBy: skipped,
      valuesLeftOut: this.#problemCount - this.#skippedChildren.total - this.#unknownProblems,
      unknownElements,
    };
    this.#summary = {
      fileName: this.#fileName,
      header: this.#header,
      children: this.#children,
      episodes: this.#episodes,
      problems: this.#problems,
      problemCount: this.#problemCount,
      skippedChildren: this.#skippedChildren.total,
      skipped,
      ...(this.#latestReferral !== "" ? { latestReferralDate: this.#latestReferral } : {}),
      unknownElements,
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

  #problem(
    element: string,
    value: string,
    expected: string,
    path: string,
    detail?: { code: ProblemCode; message: string; line?: number; column?: number; received?: string },
  ): void {
    this.#problemCount++;
    const received =
      detail?.received ??
      (value.trim() === "" ? "an empty value" : JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value));
    const child = this.#child?.childId ? ` (child ${this.#child.childId})` : "";
    const problem: Problem = {
      path,
      field: element,
      expected,
      received,
      message: detail ? `${detail.message}${child}` : `${element} could not be read${child}; the value is left out`,
      code: detail?.code ?? "invalid_value",
      line: detail?.line ?? this.#valueLine,
      column: detail?.column ?? this.#valueColumn,
    };
    if (this.#options.onProblem) this.#options.onProblem(problem);
    else if (this.#problems.length < MAX_KEPT_PROBLEMS) this.#problems.push(problem);
  }

  /** A date; `event` dates (not birth dates or targets) more than a year after the census reference date are left out. */
  #date(element: string, path: string, event = true): string | undefined {
    const text = this.#text;
    const date = parseXmlDate(text);
    if (date === undefined) {
      if (text.trim() !== "") this.#problem(element, text, "a date written YYYY-MM-DD", path);
      return undefined;
    }
    // A year's grace: some exports carry events just after the reference date (they count in no
    // quarter of this census); a date a year or more ahead is a typo (2042 for 2024) and would
    // distort the order of events, so it is left out.
    const end = this.#latestEvent;
    if (event && end !== undefined && date > end) {
      this.#problem(element, text, `a date no later than ${end}, a year after the census reference date`, path, {
        code: "date_after_census",
        message: `${element} ${date} is more than a year after the census reference date ${this.#referenceDate}; the value is left out`,
      });
      return undefined;
    }
    return date;
  }

  #setReferenceDate(date: string | undefined): void {
    this.#referenceDate = date;
    this.#latestEvent = date === undefined ? undefined : `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
  }

  /** Count a child record that is not read, with its reason, as a problem at the child's position. */
  #skipChild(code: ProblemCode, reason: string, message: string, received: string, line: number, column: number): void {
    this.#skippedChildren.add(code, reason);
    this.#problem("Child", "", "a child record the census reader can count", "Children.Child", {
      code,
      message,
      line,
      column,
      received,
    });
  }

  #bool(element: string, path: string): boolean | undefined {
    const text = this.#text;
    if (text.trim() === "") return undefined;
    const value = readCensusBoolean(text);
    if (value === undefined) this.#problem(element, text, "true, false, TRUE, FALSE, 1 or 0", path);
    return value;
  }

  #int(element: string, path: string): number | undefined {
    const text = this.#text.trim();
    if (text === "") return undefined;
    if (!/^-?\d{1,9}$/.test(text)) {
      this.#problem(element, text, "a whole number", path);
      return undefined;
    }
    return Number(text);
  }

  #str(): string | undefined {
    const text = this.#text.trim();
    return text === "" ? undefined : text;
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
      this.#problem(this.#leafName, "", "a value with no elements inside it", this.#leafName, {
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
    this.#valueLine = this.#parser.line;
    this.#valueColumn = this.#parser.column + 1;
    if (code === 0) {
      this.#leafName = canonicalName;
      this.#text = "";
      return;
    }
    const next = code as Ctx;
    this.#stack.push(this.#ctx);
    this.#ctx = next;
    this.#checkDepth();
    switch (next) {
      case Ctx.Message:
        this.#sawRoot = true;
        break;
      case Ctx.Header:
        this.#header = {};
        break;
      case Ctx.Child:
        this.#child = { childId: "", disabilities: [], episodes: [], line: this.#parser.line };
        this.#childColumn = this.#valueColumn;
        break;
      case Ctx.CinDetails:
        this.#episode = emptyEpisode();
        this.#authorisations = [];
        break;
      case Ctx.Assessment:
        this.#assessment = { factors: [] };
        break;
      case Ctx.CinPlan:
        this.#cinPlan = {};
        break;
      case Ctx.Section47:
        this.#s47 = {};
        break;
      case Ctx.CpPlan:
        this.#cpp = { reviewDates: [] };
        break;
      case Ctx.PreProceedings:
        this.#pp = {};
        break;
      default:
        break;
    }
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
      this.#skipChild(
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
      this.#problem(local, "", `${local} inside <${expected.split("/").at(-1)}>`, `${parent}.${name}`, {
        code: "misplaced_element",
        message: `${name} is inside <${parent}>, but the census puts it inside ${expected}; its content is left out`,
        received: `<${name}> inside <${parent}>`,
        line,
        column,
      });
      this.#accountedDepth = this.#skipDepth;
      return;
    }
    if (this.#skipDepth > 1) this.#unknownElement(name, parent, line, column);
  }

  #unknownElement(name: string, parent = this.#skipParent, line = this.#skipLine, column = this.#skipColumn): void {
    const key = `${parent}/${name}`;
    const known = this.#unknown.get(key);
    if (known) {
      known.count++;
      return;
    }
    if (this.#unknown.size >= MAX_UNKNOWN) return;
    this.#unknown.set(key, { name, parent, count: 1, line, column });
    if (this.#options.strict) {
      this.#unknownProblems++;
      this.#problem(name, "", `an element the census has inside <${parent}>`, `${parent}.${name}`, {
        code: "unknown_element",
        message: `<${name}> inside <${parent}> is not a census element; it is ignored (reported because of strict)`,
        received: `<${name}>`,
        line,
        column,
      });
    }
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
        if (name === this.#options.referralIssueElement && this.#ctx === Ctx.CinDetails && this.#episode) {
          const value = this.#str();
          if (value !== undefined) this.#episode.referralIssue = value;
        } else if (!accounted) {
          this.#unknownElement(this.#skipName);
        }
      }
      return;
    }
    const leaf = this.#leafName;
    if (leaf !== undefined) {
      this.#leafName = undefined;
      this.#leaf(this.#ctx, leaf);
      return;
    }
    // saxes has checked that tags match, so this closes the current container.
    this.#closeContainer(this.#ctx);
    this.#ctx = this.#stack.pop()!;
  }

  #closeContainer(ctx: Ctx): void {
    switch (ctx) {
      case Ctx.Header:
        if (this.#header) this.#options.onHeader?.(this.#header);
        break;
      case Ctx.Child: {
        const child = this.#child!;
        this.#child = undefined;
        if (child.childId === "") {
          this.#skipChild(
            "missing_id",
            "without an LAchildID",
            "a child without an LAchildID cannot be counted; the child is not read",
            "no LAchildID",
            child.line!,
            this.#childColumn,
          );
          return;
        }
        const first = this.#childLines.get(child.childId);
        if (first !== undefined) {
          this.#skipChild(
            "duplicate_id",
            "repeating an LAchildID already read",
            `LAchildID ${child.childId} was already read at line ${first}; counting it twice would double its figures, so this record is not read`,
            JSON.stringify(child.childId),
            child.line!,
            this.#childColumn,
          );
          return;
        }
        this.#childLines.set(child.childId, child.line!);
        this.#children++;
        this.#options.onChild(child);
        break;
      }
      case Ctx.CinDetails:
        this.#checkAuthorisations();
        this.#episodes++;
        this.#child?.episodes.push(this.#episode!);
        this.#episode = undefined;
        break;
      case Ctx.Assessment:
        this.#episode?.assessments.push(this.#assessment!);
        this.#assessment = undefined;
        break;
      case Ctx.CinPlan:
        this.#episode?.cinPlans.push(this.#cinPlan!);
        break;
      case Ctx.Section47:
        this.#episode?.section47.push(this.#s47!);
        break;
      case Ctx.CpPlan:
        this.#episode?.cpPlans.push(this.#cpp!);
        break;
      case Ctx.PreProceedings:
        this.#episode?.preProceedings.push(this.#pp!);
        break;
      default:
        break;
    }
  }

  /** An assessment authorised before its episode's referral: the authorisation date is left out. */
  #checkAuthorisations(): void {
    const referral = this.#episode?.referralDate;
    if (referral === undefined) return;
    for (const { assessment, line, column } of this.#authorisations) {
      const date = assessment.authorisationDate;
      if (date === undefined || date >= referral) continue;
      delete assessment.authorisationDate;
      this.#problem(
        "AssessmentAuthorisationDate",
        date,
        `a date on or after the episode's CINreferralDate, ${referral}`,
        "Assessments.AssessmentAuthorisationDate",
        {
          code: "date_order",
          message: `AssessmentAuthorisationDate ${date} is before the episode's CINreferralDate ${referral}; the authorisation date is left out`,
          line,
          column,
        },
      );
    }
  }

  #leaf(ctx: Ctx, name: string): void {
    switch (ctx) {
      case Ctx.CinDetails: {
        const e = this.#episode!;
        switch (name) {
          case "CINreferralDate": {
            const date = this.#date(name, "CINdetails.CINreferralDate");
            if (date !== undefined) e.referralDate = date;
            if (date !== undefined && date > this.#latestReferral) this.#latestReferral = date;
            return;
          }
          case "ReferralSource": {
            const value = this.#str();
            if (value !== undefined) e.referralSource = value;
            return;
          }
          case "PrimaryNeedCode": {
            const value = this.#str();
            if (value !== undefined) e.primaryNeedCode = value;
            return;
          }
          case "CINclosureDate":
            set(e, "closureDate", this.#date(name, "CINdetails.CINclosureDate"));
            return;
          case "ReasonForClosure":
            set(e, "reasonForClosure", this.#str());
            return;
          case "DateOfInitialCPC":
            set(e, "dateOfInitialCpc", this.#date(name, "CINdetails.DateOfInitialCPC"));
            return;
          case "ReferralNFA":
            set(e, "referralNfa", this.#bool(name, "CINdetails.ReferralNFA"));
            return;
        }
        return;
      }
      case Ctx.Assessment: {
        const a = this.#assessment!;
        switch (name) {
          case "AssessmentActualStartDate": {
            const date = this.#date(name, "Assessments.AssessmentActualStartDate");
            if (date !== undefined) a.startDate = date;
            return;
          }
          case "AssessmentInternalReviewDate":
            set(a, "internalReviewDate", this.#date(name, "Assessments.AssessmentInternalReviewDate"));
            return;
          case "AssessmentAuthorisationDate": {
            const date = this.#date(name, "Assessments.AssessmentAuthorisationDate");
            if (date !== undefined) {
              a.authorisationDate = date;
              this.#authorisations.push({ assessment: a, line: this.#valueLine, column: this.#valueColumn });
            }
            return;
          }
        }
        return;
      }
      case Ctx.Factors: {
        const text = this.#str();
        if (text === undefined) return;
        const code = text.toUpperCase();
        if (CIN_ASSESSMENT_FACTOR_CODES.has(code)) {
          this.#assessment!.factors.push(code);
          return;
        }
        this.#problem(
          name,
          text,
          "an assessment factor code of the census (1A to 24A, 20 or 21)",
          "Assessments.FactorsIdentifiedAtAssessment.AssessmentFactors",
          {
            code: "unknown_code",
            message: `${text} is not an assessment factor code of the census; it is left out`,
          },
        );
        return;
      }
      case Ctx.CpPlan: {
        const p = this.#cpp!;
        switch (name) {
          case "CPPstartDate":
            set(p, "startDate", this.#date(name, "ChildProtectionPlans.CPPstartDate"));
            return;
          case "CPPendDate":
            set(p, "endDate", this.#date(name, "ChildProtectionPlans.CPPendDate"));
            return;
          case "InitialCategoryOfAbuse":
            set(p, "initialCategoryOfAbuse", this.#str());
            return;
          case "LatestCategoryOfAbuse":
            set(p, "latestCategoryOfAbuse", this.#str());
            return;
          case "NumberOfPreviousCPP":
            set(p, "numberOfPreviousCpp", this.#int(name, "ChildProtectionPlans.NumberOfPreviousCPP"));
            return;
        }
        return;
      }
      case Ctx.Reviews: {
        const date = this.#date(name, "ChildProtectionPlans.Reviews.CPPreviewDate");
        if (date !== undefined) this.#cpp!.reviewDates.push(date);
        return;
      }
      case Ctx.Section47: {
        const s = this.#s47!;
        switch (name) {
          case "S47ActualStartDate":
            set(s, "startDate", this.#date(name, "Section47.S47ActualStartDate"));
            return;
          case "InitialCPCtarget":
            set(s, "initialCpcTarget", this.#date(name, "Section47.InitialCPCtarget", false));
            return;
          case "DateOfInitialCPC":
            set(s, "dateOfInitialCpc", this.#date(name, "Section47.DateOfInitialCPC"));
            return;
          case "ICPCnotRequired":
            set(s, "icpcNotRequired", this.#bool(name, "Section47.ICPCnotRequired"));
            return;
        }
        return;
      }
      case Ctx.CinPlan: {
        const p = this.#cinPlan!;
        if (name === "CINPlanStartDate") set(p, "startDate", this.#date(name, "CINPlanDates.CINPlanStartDate"));
        else if (name === "CINPlanEndDate") set(p, "endDate", this.#date(name, "CINPlanDates.CINPlanEndDate"));
        return;
      }
      case Ctx.PreProceedings:
        this.#preProceedingsLeaf(name);
        return;
      case Ctx.ChildIdentifiers:
        this.#identifierLeaf(name);
        return;
      case Ctx.ChildCharacteristics:
        if (name === "Ethnicity") set(this.#child!, "ethnicity", this.#str());
        return;
      case Ctx.Disabilities: {
        const code = this.#str();
        if (code !== undefined) this.#child!.disabilities.push(code);
        return;
      }
      case Ctx.CollectionDetails:
      case Ctx.Source:
        this.#headerLeaf(name);
        return;
      default:
        return;
    }
  }

  #identifierLeaf(name: string): void {
    const c = this.#child!;
    switch (name) {
      case "LAchildID":
        c.childId = this.#str() ?? "";
        return;
      case "UPN":
        set(c, "upn", this.#str());
        return;
      case "FormerUPN":
        set(c, "formerUpn", this.#str());
        return;
      case "UPNunknown":
        set(c, "upnUnknown", this.#str());
        return;
      case "PersonBirthDate":
        set(c, "birthDate", this.#date(name, "ChildIdentifiers.PersonBirthDate", false));
        return;
      case "ExpectedPersonBirthDate":
        set(c, "expectedBirthDate", this.#date(name, "ChildIdentifiers.ExpectedPersonBirthDate", false));
        return;
      case "PersonDeathDate":
        set(c, "deathDate", this.#date(name, "ChildIdentifiers.PersonDeathDate"));
        return;
      case "Sex":
      case "GenderCurrent": {
        const text = this.#text;
        if (text.trim() === "") return;
        const sex = readCensusSex(text);
        if (sex === undefined) {
          this.#problem(name, text, name === "Sex" ? "M, F or U" : "1, 2, 0 or 9", `ChildIdentifiers.${name}`);
        }
        set(c, "sex", sex);
        return;
      }
    }
  }

  #preProceedingsLeaf(name: string): void {
    const p = this.#pp!;
    const path = `PreProceedingsandFGDM.${name}`;
    switch (name) {
      case "PPStartDate":
        set(p, "startDate", this.#date(name, path));
        return;
      case "LBPSentDate":
        set(p, "letterBeforeProceedingsDate", this.#date(name, path));
        return;
      case "FGDMMeetingOffer":
        set(p, "fgdmMeetingOffer", this.#str());
        return;
      case "FGDMMeetingFac":
        set(p, "fgdmMeetingFacilitated", this.#str());
        return;
      case "InitialPPMeetingDate":
        set(p, "initialMeetingDate", this.#date(name, path));
        return;
      case "ReviewMeetingsCount":
        set(p, "reviewMeetingsCount", this.#int(name, path));
        return;
      case "StepDecisionDate":
        set(p, "stepDecisionDate", this.#date(name, path));
        return;
      case "PPOutcome":
        set(p, "outcome", this.#str());
        return;
      case "CourtAppDate":
        set(p, "courtApplicationDate", this.#date(name, path));
        return;
      case "LetterInitCPDate":
        set(p, "letterInitialCpDate", this.#date(name, path));
        return;
    }
  }

  #headerLeaf(name: string): void {
    const h = this.#header!;
    switch (name) {
      case "Collection":
        set(h, "collection", this.#str());
        return;
      case "Year":
        set(h, "year", this.#str());
        return;
      case "ReferenceDate":
        set(h, "referenceDate", this.#date(name, "Header.CollectionDetails.ReferenceDate", false));
        if (this.#referenceDate === undefined) this.#setReferenceDate(h.referenceDate);
        return;
      case "SourceLevel":
        set(h, "sourceLevel", this.#str());
        return;
      case "LEA":
        set(h, "laNumber", this.#int(name, "Header.Source.LEA"));
        return;
      case "SoftwareCode":
        set(h, "softwareCode", this.#str());
        return;
      case "Release":
        set(h, "release", this.#str());
        return;
      case "SerialNo":
        set(h, "serialNo", this.#str());
        return;
      case "DateTime":
        set(h, "dateTime", this.#str());
        return;
    }
  }
}

// Assign only defined values, so records never carry `key: undefined` (exactOptionalPropertyTypes).
function set<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function cleanSaxesMessage(message: string): string {
  // saxes prefixes "file:line:column: "; the problem carries the file and line already.
  return message.replace(/^.*?:\d+:\d+: /, "").replace(/\.$/, "");
}

/**
 * Read a whole census source, calling `onChild` for each child, and return the summary.
 * Memory stays flat however large the file: only the child being read is held.
 *
 * @throws {@link @st/core!StValidationError} (also a `TypeError`) coded `invalid_type`, before
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
