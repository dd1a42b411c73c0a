/**
 * Whole numbers written as the returns write them.
 * @module
 * @internal
 */

/**
 * A count as `toLocaleString("en-GB")` writes it ("1,668" for 1668), without starting the ICU
 * number formatter, which costs a process about 20 ms the first time: `st indicators compute`
 * writes a few counts into its notes and would pay it for them. Anything but a safe integer
 * (a rate, -0) is still written by `toLocaleString`.
 */
export function countText(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString("en-GB");
  const digits = String(Math.abs(n));
  let text = digits.slice(0, digits.length % 3 || 3);
  for (let at = text.length; at < digits.length; at += 3) text += `,${digits.slice(at, at + 3)}`;
  return n < 0 ? `-${text}` : text;
}
