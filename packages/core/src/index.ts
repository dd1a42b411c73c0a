/**
 * Core of the Safe & Together London Partnership tools: the one error model (problems and
 * `StValidationError`), argument checks, problem codes, zod problems and text positions.
 *
 * The rest of the shared vocabulary sits behind subpaths, so an import loads only what it uses:
 * `@st/core/calendar`, `@st/core/places`, `@st/core/practice`, `@st/core/forms`, `@st/core/records`
 * and `@st/core/report`.
 * @packageDocumentation
 */

export { appendAll } from "./append-all.js";
export {
  type ArgumentKind,
  type ArgumentPlace,
  type ArgumentSpec,
  checkArgument,
  checkArgumentOf,
  isArgumentKind,
} from "./argument-checks.js";
export {
  type ArgumentProblem,
  argumentError,
  argumentTypeError,
  describeValue,
  formatProblem,
  formatProblems,
  isStValidationError,
  type Problem,
  type ProblemLocation,
  StValidationError,
} from "./errors.js";
export { isProblemCode, type ProblemCode, problemCodes } from "./problem-codes.js";
export { seededRandom } from "./seeded-random.js";
export { type LineColumn, lineColumns } from "./text-position.js";
export {
  type FieldLabels,
  labelFromKey,
  type ParseWithProblemsOptions,
  parseWithProblems,
  problemCodeOfZodIssue,
  type SafeResult,
  safeParseWithProblems,
  type ZodIssue,
  type ZodProblemOptions,
  zodProblems,
} from "./zod-problems.js";
