import { CIN_ASSESSMENT_FACTOR_CODES } from "@st/indicators";
import fc from "fast-check";

// Children as fast-check makes them, in the shape the census can carry.
// Up to 2024-03-23: the round trips write a census for 2023/24, which cannot hold later events.
const date = fc
  .integer({ min: 0, max: 12_500 })
  .map((d) => new Date(Date.UTC(1990, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const code = fc.constantFrom(...CIN_ASSESSMENT_FACTOR_CODES);
const text = fc
  .string({ minLength: 1, maxLength: 12 })
  // Only characters XML 1.0 can carry, with no surrounding space (the reader trims values).
  .filter((s) => s.trim() === s && s.trim() !== "" && [...s].every(isXmlChar));
function isXmlChar(c: string): boolean {
  const code = c.codePointAt(0)!;
  return code >= 0x20 && code !== 0xfffe && code !== 0xffff && !(code >= 0xd800 && code <= 0xdfff);
}
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const strip = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const episode = fc
  .record({
    referralDate: opt(date),
    referralSource: opt(code),
    closureDate: opt(date),
    referralNfa: opt(fc.boolean()),
    referralIssue: opt(text),
    assessments: fc.array(
      fc
        .record({ startDate: opt(date), authorisationDate: opt(date), factors: fc.array(code, { maxLength: 4 }) })
        .map(strip),
      { maxLength: 3 },
    ),
    cinPlans: fc.array(fc.record({ startDate: opt(date), endDate: opt(date) }).map(strip), { maxLength: 2 }),
    section47: fc.array(fc.record({ startDate: opt(date), icpcNotRequired: opt(fc.boolean()) }).map(strip), {
      maxLength: 2,
    }),
    cpPlans: fc.array(
      fc
        .record({
          startDate: opt(date),
          initialCategoryOfAbuse: opt(fc.constantFrom("NEG", "EMO")),
          numberOfPreviousCpp: opt(fc.nat(20)),
          reviewDates: fc.array(date, { maxLength: 2 }),
        })
        .map(strip),
      { maxLength: 2 },
    ),
    preProceedings: fc.array(fc.record({ startDate: opt(date), outcome: opt(text) }).map(strip), { maxLength: 1 }),
  })
  .map(strip);
/** Any child the census can carry, with every optional field sometimes absent. */
export const childArbitrary = fc
  .record({
    childId: text,
    birthDate: opt(date),
    sex: opt(fc.constantFrom("M" as const, "F" as const, "U" as const)),
    ethnicity: opt(text),
    disabilities: fc.array(text, { maxLength: 2 }),
    episodes: fc.array(episode, { maxLength: 3 }),
  })
  .map(strip);
