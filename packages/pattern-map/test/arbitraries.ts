import { addIsoDays } from "@st/core/calendar";
import {
  BEHAVIOUR_KINDS,
  ENGAGEMENT_KINDS,
  ENGAGEMENT_RESPONSES,
  IMPACT_PATHWAYS,
  type PatternMap,
  SOURCES,
} from "@st/pattern-map";
import fc from "fast-check";

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const one = <T extends string>(options: readonly { value: T }[]) => fc.constantFrom(...options.map((o) => o.value));

/** Text a practitioner might type: Unicode, markup, quotes, line breaks; never blank, no ; (ids only). */
export const answerText = fc
  .string({
    unit: fc.constantFrom("a", "é", "语", "😀", " ", "\n", "'", '"', "<", ">", "&", "|", ",", "=", "-", "1"),
    minLength: 1,
    maxLength: 80,
  })
  .filter((s) => s.trim() !== "" && s === s.trim());

const date = fc.integer({ min: 0, max: 3650 }).map((n) => addIsoDays("2016-01-01", n));

/** Drop keys whose value is undefined: the canonical form of a record. */
function canonical<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonical) as T;
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, canonical(v)]),
    ) as T;
  return value;
}

/** Valid pattern maps: ids unique, impacts pointing at behaviours of the map, dates in order. */
export const patternMap: fc.Arbitrary<PatternMap> = fc
  .record({
    caseRef: fc.stringMatching(/^[A-Z]{2}-\d{1,5}$/),
    mappedOn: maybe(date),
    behaviours: fc.array(
      fc.record({
        description: answerText,
        kinds: fc.uniqueArray(one(BEHAVIOUR_KINDS), { minLength: 1, maxLength: 4 }),
        from: maybe(date),
        span: maybe(fc.nat({ max: 400 })),
        source: one(SOURCES),
        sourceDetail: maybe(answerText),
        earlierRelationship: maybe(fc.constantFrom("yes" as const, "no" as const)),
      }),
      { maxLength: 4 },
    ),
    impacts: fc.array(
      fc.record({
        child: fc.constantFrom("Child A", "Child B (3)", "Child C"),
        pathway: one(IMPACT_PATHWAYS),
        description: answerText,
        causes: fc.array(fc.nat({ max: 3 }), { maxLength: 3 }),
        source: maybe(one(SOURCES)),
      }),
      { maxLength: 5 },
    ),
    efforts: fc.array(
      fc.record({ description: answerText, date: maybe(date), source: one(SOURCES), constrainedBy: maybe(answerText) }),
      { maxLength: 3 },
    ),
    engagement: fc.array(
      fc.record({
        date,
        kind: one(ENGAGEMENT_KINDS),
        description: maybe(answerText),
        response: maybe(one(ENGAGEMENT_RESPONSES)),
      }),
      { maxLength: 3 },
    ),
  })
  .map((g) => {
    const behaviours = g.behaviours.map(({ span, ...b }, i) => ({
      id: `B${i + 1}`,
      ...b,
      to: b.from && span !== undefined ? addIsoDays(b.from, span) : undefined,
    }));
    return canonical({
      caseRef: g.caseRef,
      mappedOn: g.mappedOn,
      behaviours,
      impacts: g.impacts.map(({ causes, ...impact }, i) => {
        const ids = [...new Set(causes.filter((c) => c < behaviours.length).map((c) => `B${c + 1}`))];
        return { id: `I${i + 1}`, ...impact, behaviours: ids.length ? ids : undefined };
      }),
      protectiveEfforts: g.efforts.map((p, i) => ({ id: `P${i + 1}`, ...p })),
      engagement: g.engagement.map((e, i) => ({ id: `E${i + 1}`, ...e })),
    }) as PatternMap;
  });
