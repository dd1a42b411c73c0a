/**
 * Fisher's exact test for a 2×2 table: how often chance alone would give a difference at least as
 * large as the one seen between two small groups. Exact, so right for five cases a cohort where a
 * chi-squared test is not.
 * @module
 */
import { argumentError, checkArgument } from "@st/core";

const logFactorials: number[] = [0];
function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++) logFactorials[i] = logFactorials[i - 1]! + Math.log(i);
  return logFactorials[n]!;
}

/**
 * Two-sided p-value of Fisher's exact test for the table `[[a, b], [c, d]]` (e.g. round 1: `a` cases
 * with mutualising language, `b` without; round 3: `c` with, `d` without): the probability, with the
 * row and column totals fixed, of a table no more likely than the one observed. 1 when a total is 0.
 *
 * @throws StValidationError (also a `TypeError`) when a cell is not a number, and (also a
 * `RangeError`) when it is not a count: a whole number, 0 or more.
 */
export function fisherExactTest(a: number, b: number, c: number, d: number): number {
  const cells = { a, b, c, d };
  for (const [argument, n] of Object.entries(cells)) {
    const place = { fn: "fisherExactTest", argument, label: `Cell ${argument} of the table` };
    // NaN is a number that is not a count: a RangeError, as it always was.
    if (typeof n !== "number") checkArgument(n, "number", place);
    if (!(Number.isInteger(n) && n >= 0))
      throw argumentError(place.fn, {
        ...place,
        expected: "a count (a whole number, 0 or more)",
        received: n,
        message: "is not a count",
      });
  }
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const n = row1 + row2;
  if (row1 === 0 || row2 === 0 || col1 === 0 || col1 === n) return 1;
  const base = logFactorial(row1) + logFactorial(row2) + logFactorial(col1) + logFactorial(n - col1) - logFactorial(n);
  const logP = (x: number) =>
    base - logFactorial(x) - logFactorial(row1 - x) - logFactorial(col1 - x) - logFactorial(row2 - col1 + x);
  const observed = logP(a);
  let p = 0;
  for (let x = Math.max(0, col1 - row2); x <= Math.min(row1, col1); x++) {
    const lp = logP(x);
    // Tables as likely as the observed one count too; the tolerance absorbs rounding in the logs.
    if (lp <= observed + 1e-7) p += Math.exp(lp);
  }
  return Math.min(1, p);
}
