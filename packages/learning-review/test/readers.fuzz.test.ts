import {
  readCaseList,
  readLegacyAudits,
  readReviewRounds,
  safeParseReviewRound,
  safeParseSamplingFrame,
  writeReviewRound,
} from "@st/learning-review";
import { demoRounds } from "@st/learning-review/demo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const round = JSON.parse(JSON.stringify(writeReviewRound(demoRounds()[0]!)));

/** Replace the value at a random path of a JSON value with an arbitrary one. */
function mutate(value: unknown, path: readonly number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== "object") return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as never) : { ...(value as object) };
  copy[key] = mutate((value as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

describe("readers under fuzzing", () => {
  it("never throw on any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(Array.isArray(readReviewRounds(text).problems)).toBe(true);
        readLegacyAudits(text);
        readLegacyAudits(`caseId,auditDate,P1\n${text}`);
        readCaseList(`[${text}]`);
      }),
      { numRuns: 1000 },
    );
  });

  it("never throw on arbitrary JSON values as rounds or frames", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        safeParseReviewRound(value);
        safeParseSamplingFrame(value);
        readLegacyAudits([value]);
        readCaseList([value]);
      }),
      { numRuns: 500 },
    );
  });

  it("report a damaged round as problems, never as an exception or a silent pass of the damage", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 1, maxLength: 6 }), fc.jsonValue(), (path, replacement) => {
        const damaged = mutate(round, path, replacement);
        const result = safeParseReviewRound(damaged);
        if (result.ok) {
          // Whatever passed must write back to a valid record.
          expect(safeParseReviewRound(writeReviewRound(result.value)).ok).toBe(true);
        } else {
          for (const p of result.problems) expect(typeof p.message).toBe("string");
        }
      }),
      { numRuns: 500 },
    );
  });
});
