/**
 * The census reader's account of what it could not read: each problem (a value left out, a child
 * record skipped, an element out of place, an unknown element under `strict`) handed to `onProblem`
 * or kept, the counts by kind, and the elements it did not know, for the read summary.
 * @module
 */
import type { Problem, ProblemCode } from "@st/core";
import type { CinCensusReadOptions } from "./cin-census-reader.js";
import { type ReadSummary, SkipTally, type UnknownElement } from "./read-summary.js";

const MAX_UNKNOWN = 200;
const MAX_KEPT_PROBLEMS = 1000;

/** The problems of one census read. */
export class CensusProblems {
  readonly #options: Pick<CinCensusReadOptions, "onProblem" | "strict">;
  /** The id of the child being read, named in each problem's message; undefined between children. */
  readonly #childId: () => string | undefined;
  #problems: Problem[] = [];
  #problemCount = 0;
  #unknown = new Map<string, UnknownElement>();
  #unknownProblems = 0;
  readonly #skippedChildren = new SkipTally();
  // Where the value being read starts (just after its start tag): every problem points there.
  valueLine = 0;
  valueColumn = 0;

  constructor(options: Pick<CinCensusReadOptions, "onProblem" | "strict">, childId: () => string | undefined) {
    this.#options = options;
    this.#childId = childId;
  }

  /** Problems kept (the first 1,000, when no `onProblem` was given). */
  get kept(): Problem[] {
    return this.#problems;
  }

  /** Problems in all. */
  get count(): number {
    return this.#problemCount;
  }

  /** A value that could not be read, by default at the value being read and coded `invalid_value`. */
  add(
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
    const childId = this.#childId();
    const child = childId ? ` (child ${childId})` : "";
    const problem: Problem = {
      path,
      field: element,
      expected,
      received,
      message: detail ? `${detail.message}${child}` : `${element} could not be read${child}; the value is left out`,
      code: detail?.code ?? "invalid_value",
      line: detail?.line ?? this.valueLine,
      column: detail?.column ?? this.valueColumn,
    };
    if (this.#options.onProblem) this.#options.onProblem(problem);
    else if (this.#problems.length < MAX_KEPT_PROBLEMS) this.#problems.push(problem);
  }

  /** Count a child record that is not read, with its reason, as a problem at the child's position. */
  skipChild(code: ProblemCode, reason: string, message: string, received: string, line: number, column: number): void {
    this.#skippedChildren.add(code, reason);
    this.add("Child", "", "a child record the census reader can count", "Children.Child", {
      code,
      message,
      line,
      column,
      received,
    });
  }

  /** An element the census does not have where it was found: counted, and a problem under `strict`. */
  unknownElement(name: string, parent: string, line: number, column: number): void {
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
      this.add(name, "", `an element the census has inside <${parent}>`, `${parent}.${name}`, {
        code: "unknown_element",
        message: `<${name}> inside <${parent}> is not a census element; it is ignored (reported because of strict)`,
        received: `<${name}>`,
        line,
        column,
      });
    }
  }

  /** The accounting for the read summary: children read and skipped, values left out, unknown elements. */
  read(fileName: string, children: number): ReadSummary & { unknownElements: UnknownElement[] } {
    const unknownElements = [...this.#unknown.values()];
    const skipped = this.#skippedChildren.list();
    return {
      file: fileName,
      records: "children",
      read: children,
      skipped: this.#skippedChildren.total,
      skippedBy: skipped,
      valuesLeftOut: this.#problemCount - this.#skippedChildren.total - this.#unknownProblems,
      unknownElements,
    };
  }
}
