/**
 * Closed answers every form in the project shares: yes/no and yes/no/unknown. Records store the
 * ids (`"yes"`, `"no"`, `"unknown"`); people see the labels; files may hold any of the spellings
 * case management systems export (`Y`, `N`, `TRUE`, `1`, `Not known`...), which the parsers read.
 * @module
 */
import * as z from "zod";
import { checkArgument } from "./argument-checks.js";
import { describeValue, StValidationError } from "./errors.js";
import type { SafeResult } from "./zod-problems.js";

/** The ids of a yes/no answer. */
export const yesNoValues = ["yes", "no"] as const;

/** A yes/no answer as records store it. */
export type YesNo = (typeof yesNoValues)[number];

/** A zod enum of {@link yesNoValues}. */
export const yesNoSchema = z.enum(yesNoValues);

/** How a {@link YesNo} answer is shown: `Yes`, `No`. */
export const yesNoLabels: Readonly<Record<YesNo, string>> = /* @__PURE__ */ (() =>
  Object.freeze({ yes: "Yes", no: "No" }))();

/**
 * The ids of a yes/no/unknown answer. `"unknown"` is an answer ("we looked and could not tell"),
 * not a missing value: a blank stays blank and is not read as unknown.
 */
export const yesNoUnknownValues = ["yes", "no", "unknown"] as const;

/** A yes/no/unknown answer as records store it. */
export type YesNoUnknown = (typeof yesNoUnknownValues)[number];

/** A zod enum of {@link yesNoUnknownValues}. */
export const yesNoUnknownSchema = /* @__PURE__ */ (() => z.enum(yesNoUnknownValues))();

/** How a {@link YesNoUnknown} answer is shown: `Yes`, `No`, `Not known`. */
export const yesNoUnknownLabels: Readonly<Record<YesNoUnknown, string>> = Object.freeze({
  yes: "Yes",
  no: "No",
  unknown: "Not known",
});

const SPELLINGS: Readonly<Record<string, YesNoUnknown>> = {
  yes: "yes",
  y: "yes",
  true: "yes",
  t: "yes",
  "1": "yes",
  no: "no",
  n: "no",
  false: "no",
  f: "no",
  "0": "no",
  unknown: "unknown",
  "not known": "unknown",
  "don't know": "unknown",
  "dont know": "unknown",
  "do not know": "unknown",
  "n/k": "unknown",
  nk: "unknown",
  dk: "unknown",
  unk: "unknown",
  u: "unknown",
  "?": "unknown",
};

/** The result of {@link safeParseYesNo} and {@link safeParseYesNoUnknown} (a {@link SafeResult}). */
export type AnswerResult<T> = SafeResult<T>;

function read<T extends YesNoUnknown>(value: unknown, allowed: readonly T[], field: string): AnswerResult<T> {
  const key =
    typeof value === "boolean"
      ? String(value)
      : typeof value === "number"
        ? String(value)
        : typeof value === "string"
          ? value
              .normalize("NFKC")
              .trim()
              .toLowerCase()
              .replace(/[\u2018\u2019]/g, "'")
              .replace(/\.$/, "")
              .replace(/\s+/g, " ")
          : undefined;
  const answer = key === undefined ? undefined : SPELLINGS[key];
  if (answer !== undefined && (allowed as readonly string[]).includes(answer)) return { ok: true, value: answer as T };
  const expected = allowed
    .map((a) => yesNoUnknownLabels[a])
    .join(", ")
    .replace(/, ([^,]*)$/, " or $1");
  return {
    ok: false,
    problems: [
      {
        path: "",
        field,
        expected,
        received: describeValue(value),
        message:
          answer === "unknown"
            ? `${describeValue(value)} means not known, but this question takes yes or no only`
            : `${describeValue(value)} is not an answer to a ${allowed.length === 2 ? "yes/no" : "yes/no/unknown"} question`,
        code: key === "" ? "required" : "invalid_value",
      },
    ],
  };
}

/**
 * Read a yes/no answer as files write it: `Yes`/`No`, `Y`/`N`, `TRUE`/`FALSE`, `1`/`0`, booleans and
 * the numbers 1 and 0, in any case. Without throwing.
 * @param field The question's label, for the problem.
 */
export function safeParseYesNo(value: unknown, field = "Answer"): AnswerResult<YesNo> {
  checkArgument(field, "text", { fn: "safeParseYesNo", argument: "field", label: "Field label" });
  return read(value, yesNoValues, field);
}

/**
 * As {@link safeParseYesNo}, but throws.
 * @throws {@link index!StValidationError} quoting the value.
 */
export function parseYesNo(value: unknown, field = "Answer"): YesNo {
  checkArgument(field, "text", { fn: "parseYesNo", argument: "field", label: "Field label" });
  const result = safeParseYesNo(value, field);
  if (result.ok) return result.value;
  throw new StValidationError(result.problems, { subject: "answer" });
}

/**
 * Read a yes/no/unknown answer: everything {@link safeParseYesNo} reads, plus `Unknown`, `Not known`,
 * `Don't know`, `N/K`, `DK`, `U` and `?`. A blank is a problem, not unknown. Without throwing.
 * @param field The question's label, for the problem.
 */
export function safeParseYesNoUnknown(value: unknown, field = "Answer"): AnswerResult<YesNoUnknown> {
  checkArgument(field, "text", { fn: "safeParseYesNoUnknown", argument: "field", label: "Field label" });
  return read(value, yesNoUnknownValues, field);
}

/**
 * As {@link safeParseYesNoUnknown}, but throws.
 * @throws {@link index!StValidationError} quoting the value.
 */
export function parseYesNoUnknown(value: unknown, field = "Answer"): YesNoUnknown {
  checkArgument(field, "text", { fn: "parseYesNoUnknown", argument: "field", label: "Field label" });
  const result = safeParseYesNoUnknown(value, field);
  if (result.ok) return result.value;
  throw new StValidationError(result.problems, { subject: "answer" });
}
