import assert from "node:assert/strict";
import { StValidationError, formatProblem } from "@st/core";

const problem = {
  path: "investigation.stageReached",
  field: "If Y, what stage did it get to?",
  expected: "1, 2 or 3",
  received: '"4"',
  message: "is not a stage",
  code: "invalid_value",
  record: 3,
};
assert.equal(
  formatProblem(problem),
  'record 3: "If Y, what stage did it get to?": is not a stage (expected 1, 2 or 3, found "4")',
);
assert.ok(new StValidationError([problem]) instanceof StValidationError);
