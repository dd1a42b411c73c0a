import { formatProblem, type Problem, StValidationError } from "@st/core";
import { describe, expect, it } from "vitest";

const problem: Problem = {
  path: "investigation.stageReached",
  field: "If Y, what stage did it get to?",
  expected: "1, 2 or 3",
  received: '"4"',
  message: "is not a stage",
  code: "invalid_value",
  record: 3,
};

describe("StValidationError", () => {
  it("names the record, the field label, what was expected and what was found", () => {
    expect(formatProblem(problem)).toBe(
      'record 3: "If Y, what stage did it get to?": is not a stage (expected 1, 2 or 3, found "4")',
    );
  });
  it("passes instanceof for an object carrying the brand from another copy of the package", () => {
    const foreign = Object.assign(new Error("x"), { [Symbol.for("@st/core/StValidationError")]: true });
    expect(foreign instanceof StValidationError).toBe(true);
    expect(new Error("x") instanceof StValidationError).toBe(false);
    expect(new StValidationError([problem]).problems).toHaveLength(1);
  });
});
