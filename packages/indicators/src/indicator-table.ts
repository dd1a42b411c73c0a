/**
 * The shape every indicator output takes, whether computed from record-level data or read from
 * published returns (docs/CLI.md): a definition id, a series of figures by borough, indicator and
 * quarter, and the notes that travel with them. A missing figure is `null`, never 0.
 * @module
 */
import { checkArgument, parseWithProblems, type SafeResult, safeParseWithProblems } from "@st/core";
import { isQuarterId, type QuarterId } from "@st/core/calendar";
import * as z from "zod";
import { checkRecordArgument, checkTextArgument } from "./arguments.js";
import { type Caveat, caveats, SET_CAVEAT_IDS } from "./caveats.js";
import { countText } from "./count-text.js";
import { INDICATOR_IDS, INDICATOR_SET_IDS, type IndicatorId, type IndicatorSet } from "./indicator-definitions.js";
import type { ReadSummary } from "./read-summary.js";

/** One figure: a borough's value for one indicator in one quarter. */
export interface SeriesPoint {
  /** The borough's GSS code, e.g. `E09000012` for Hackney. */
  borough: string;
  /** The indicator's fixed id. */
  indicator: IndicatorId;
  /** The calendar quarter, `YYYY-Qn`. */
  quarter: QuarterId;
  /** The figure, or `null` when there is none (not returned, not computable). Never 0 for a missing figure. */
  value: number | null;
}

/** What an indicator id means in a table, so a reader of the JSON needs nothing else. */
export interface IndicatorSummary {
  /** The indicator's fixed id. */
  id: IndicatorId;
  /** The agreed label. */
  label: string;
  /** The definition in words. */
  definition: string;
  /** What is counted, when computed from record-level data. */
  unit?: string | undefined;
}

/** A borough in a table: its code, its name and the notes attached to it (e.g. its analyst's notes). */
export interface BoroughSummary {
  /** GSS code. */
  gss: string;
  /** Name. */
  name: string;
  /** Notes attached to this borough's figures, as written. */
  notes: string[];
  /** For published returns, the borough's own row label for each indicator, as printed: what it says it counted. */
  labels?: Partial<Record<IndicatorId, string>> | undefined;
}

/** An indicator output: the series and everything that must travel with it. */
export interface IndicatorTable {
  /** The indicator set: `2023` or `2025` (or a borough's own set id). */
  definition: string;
  /** The figures, ordered by borough, indicator and quarter. */
  series: SeriesPoint[];
  /** Everything a reader must know: rules applied, why figures are missing, analysts' notes, caveats. */
  notes: string[];
  /** The indicators that appear in the series. */
  indicators?: IndicatorSummary[] | undefined;
  /** The boroughs that appear in the series. */
  boroughs?: BoroughSummary[] | undefined;
  /** The evaluators' caveats that apply to these indicators. */
  caveats?: Caveat[] | undefined;
  /** What reading each input file found: records read and skipped (and why), values left out, unknown elements. */
  reads?: ReadSummary[] | undefined;
}

/**
 * The largest figure a table may hold. Every indicator counts a borough's children, referrals or
 * plans in one quarter; a London borough has under 100,000 children, so a figure above this is a
 * mistake in the data (a pasted total, an overflowing formula, `1e308`), never a count.
 */
export const MAX_INDICATOR_FIGURE = 1_000_000;

const seriesPointSchema = z.strictObject({
  borough: z.string().regex(/^[EW]\d{8}$/, "must be a GSS code such as E09000012"),
  indicator: z.enum(INDICATOR_IDS),
  quarter: z.string().refine(isQuarterId, "must be a quarter written YYYY-Qn"),
  // One refinement, not int().min().max(): 1e308 would fail three checks and give three problems.
  value: z
    .number()
    .refine((n) => Number.isInteger(n) && n >= 0 && n <= MAX_INDICATOR_FIGURE, {
      message: "is not a count: a figure is a whole number of children, referrals or plans",
      params: {
        code: "invalid_count",
        expected: `a whole number from 0 to ${countText(MAX_INDICATOR_FIGURE)}, or null for a missing figure`,
      },
    })
    .nullable()
    .describe(`A whole number from 0 to ${countText(MAX_INDICATOR_FIGURE)}, or null when there is no figure.`),
});

// A definition that looks like a year must be one of the partnership's sets: "2024" is a typo for
// one of them, and a report under the wrong set's labels would mislabel every figure. Other ids
// name a borough's own set and are kept as written.
const definitionSchema = z
  .string()
  .min(1)
  .refine((id) => !/^\d/.test(id) || (INDICATOR_SET_IDS as readonly string[]).includes(id), {
    message: "is not one of the partnership's indicator sets",
    params: { code: "unknown_definition", expected: INDICATOR_SET_IDS.map((id) => `"${id}"`).join(" or ") },
  });

/** Schema of an {@link IndicatorTable}, to read back a table written as JSON (e.g. by `st indicators compute`). */
export const indicatorTableSchema = z.object({
  definition: definitionSchema,
  series: z.array(seriesPointSchema).superRefine((series, ctx) => {
    // Two figures for one borough, indicator and quarter: a table would show one and findings cite both.
    const first = new Map<string, number>();
    series.forEach((p, i) => {
      const key = `${p.borough} ${p.indicator} ${p.quarter}`;
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, i);
        return;
      }
      ctx.addIssue({
        code: "custom",
        path: [i],
        input: p,
        message: `gives a second figure for ${p.borough}, ${p.indicator}, ${p.quarter}: series item ${earlier + 1} gives ${series[earlier]!.value} and series item ${i + 1} gives ${p.value}`,
        params: { code: "duplicate_figure", expected: "one figure per borough, indicator and quarter" },
      });
    });
  }),
  notes: z.array(z.string()),
  indicators: z
    .array(
      z.strictObject({
        id: z.enum(INDICATOR_IDS),
        label: z.string(),
        definition: z.string(),
        unit: z.string().optional(),
      }),
    )
    .optional(),
  boroughs: z
    .array(
      z.strictObject({
        gss: z.string(),
        name: z.string(),
        notes: z.array(z.string()),
        labels: z.partialRecord(z.enum(INDICATOR_IDS), z.string()).optional(),
      }),
    )
    .optional(),
  caveats: z.array(z.strictObject({ id: z.string(), text: z.string() })).optional(),
  reads: z
    .array(
      z.strictObject({
        file: z.string(),
        records: z.string(),
        read: z.int().min(0),
        skipped: z.int().min(0),
        skippedBy: z.array(z.strictObject({ code: z.string(), reason: z.string(), count: z.int().min(0) })),
        valuesLeftOut: z.int().min(0),
        unknownElements: z
          .array(
            z.strictObject({
              name: z.string(),
              parent: z.string(),
              count: z.int().min(0),
              line: z.int(),
              column: z.int(),
            }),
          )
          .optional(),
      }),
    )
    .optional(),
});

/**
 * Read an {@link IndicatorTable} from parsed JSON (what `st indicators compute` and `import` print
 * with `--format json`), returning it or every problem found: the field, what was expected and
 * what was found. Never throws.
 */
export function safeParseIndicatorTable(input: unknown): SafeResult<IndicatorTable> {
  return safeParseWithProblems(indicatorTableSchema, input) as SafeResult<IndicatorTable>;
}

/** Read an {@link IndicatorTable} from parsed JSON, or throw an `StValidationError` naming every problem. */
export function parseIndicatorTable(input: unknown, subject = "indicator table"): IndicatorTable {
  return parseWithProblems(indicatorTableSchema, input, { subject }) as IndicatorTable;
}

/** The summaries of a set's indicators, for {@link IndicatorTable.indicators}. */
export function summariseIndicators(set: IndicatorSet, withUnits: boolean): IndicatorSummary[] {
  checkRecordArgument("summariseIndicators", "set", set);
  if (typeof withUnits !== "boolean")
    checkArgument(withUnits, "boolean", { fn: "summariseIndicators", argument: "withUnits", label: "With units" });
  return set.indicators.map((i) => ({
    id: i.id,
    label: i.label,
    definition: i.definition,
    ...(withUnits ? { unit: i.rule.unit } : {}),
  }));
}

/** The caveats of a set's indicators, each once, in the order they are first named. */
export function caveatsOf(set: IndicatorSet, indicatorIds?: readonly IndicatorId[]): Caveat[] {
  checkRecordArgument("caveatsOf", "set", set);
  if (indicatorIds !== undefined && !Array.isArray(indicatorIds))
    checkArgument(indicatorIds, "list", {
      fn: "caveatsOf",
      argument: "indicatorIds",
      label: "Indicator ids",
      expected: "a list of indicator ids",
      optional: true,
    });
  // The set-wide caveats first: a reader meets "not comparable" before any per-indicator detail.
  const seen = new Set<string>(SET_CAVEAT_IDS);
  const out: Caveat[] = SET_CAVEAT_IDS.map((id) => caveats[id]);
  for (const indicator of set.indicators) {
    if (indicatorIds && !indicatorIds.includes(indicator.id)) continue;
    for (const id of indicator.caveats) {
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(caveats[id]);
    }
  }
  return out;
}

/** The caveats as note sentences. */
export function caveatNotes(list: readonly Caveat[]): string[] {
  if (!Array.isArray(list))
    checkArgument(list, "list", {
      fn: "caveatNotes",
      argument: "list",
      label: "Caveats",
      expected: "a list of caveats",
    });
  return list.map((c) => `Caveat: ${c.text}`);
}

/** The points of one borough's series for one indicator, in quarter order. */
export function seriesFor(table: IndicatorTable, borough: string, indicator: IndicatorId): SeriesPoint[] {
  checkRecordArgument("seriesFor", "table", table);
  checkTextArgument("seriesFor", "borough", "Borough", borough, "a borough's GSS code");
  checkTextArgument("seriesFor", "indicator", "Indicator id", indicator);
  return table.series
    .filter((p) => p.borough === borough && p.indicator === indicator)
    .sort((a, b) => (a.quarter < b.quarter ? -1 : a.quarter > b.quarter ? 1 : 0));
}

/** The distinct boroughs, indicators and quarters of a table, in order of appearance (quarters sorted). */
export function tableDimensions(table: IndicatorTable): {
  boroughs: string[];
  indicators: IndicatorId[];
  quarters: QuarterId[];
} {
  checkRecordArgument("tableDimensions", "table", table);
  const boroughs = [...new Set(table.series.map((p) => p.borough))];
  const indicators = [...new Set(table.series.map((p) => p.indicator))];
  const quarters = [...new Set(table.series.map((p) => p.quarter))].sort();
  return { boroughs, indicators, quarters };
}

/**
 * A lookup of a table's figures by borough, indicator and quarter: the figure, `null` when the
 * table has the point without a figure, `undefined` when it has no such point.
 */
export function figureLookup(
  table: IndicatorTable,
): (borough: string, indicator: IndicatorId, quarter: QuarterId) => number | null | undefined {
  checkRecordArgument("figureLookup", "table", table);
  const index = new Map<string, number | null>();
  for (const p of table.series) index.set(`${p.borough} ${p.indicator} ${p.quarter}`, p.value);
  return (borough, indicator, quarter) => index.get(`${borough} ${indicator} ${quarter}`);
}
