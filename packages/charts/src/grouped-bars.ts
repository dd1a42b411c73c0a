/**
 * Grouped horizontal bar charts of shares: one block a group (a measure), one bar a series within
 * it (a cohort, a round), each bar labelled with the counts behind it.
 * @module
 */
import { checkArgument } from "@st/core";
import type { TopLevelSpec } from "vega-lite";
import { palette, withHouseStyle } from "./house-style.js";
import { type InlineSpec, type TooltipField, vegaLiteSchema } from "./inline-spec.js";
import { assertDrawable, orderBy, tooltipEncoding } from "./spec-parts.js";

/** Options for {@link groupedBarSpec}. */
export interface GroupedBarOptions<Row> {
  /** The rows: one a bar. A `null` value draws no bar, only its label. */
  values: readonly Row[];
  /** The field naming each bar's group (one block of bars, headed by its name), and the groups in order. */
  group: { field: keyof Row & string; order: readonly string[] };
  /** The field naming the bar within its group (also its colour), and the bars in order. */
  bar: { field: keyof Row & string; order: readonly string[] };
  /** The field of the bar's length; its domain (default 0 to 1), axis format (default `.0%`) and axis title (default none). */
  value: {
    field: keyof Row & string;
    domain?: readonly [number, number] | undefined;
    format?: string | undefined;
    title?: string | undefined;
  };
  /** The field of the text written beside each bar: the counts behind it (e.g. "3 of 5"), never a bare percentage. */
  label: { field: keyof Row & string };
  /** The chart's title. */
  title: string;
  /** A line under the title. */
  subtitle?: string | undefined;
  /** What the chart shows, in words: the SVG's description for screen readers. */
  description: string;
  /** Fields shown in a tooltip on each bar when embedded interactively. */
  tooltip?: readonly TooltipField<Row>[] | undefined;
  /** Width of the bars' scale in pixels. Default 300. */
  width?: number | undefined;
  /** Draw the value axis (default true). Without it, a track behind each bar shows the whole scale. */
  axis?: boolean | undefined;
}

/**
 * A Vega-Lite specification of grouped horizontal bars: a block a group (headed by its name), a
 * bar a series, coloured from the house palette, with the counts written beside each bar and a
 * `null` value drawn as no bar. The house style is merged in.
 */
export function groupedBarSpec<Row extends object>(options: GroupedBarOptions<Row>): InlineSpec<Row> {
  checkArgument(options, "record", { fn: "groupedBarSpec", argument: "options", label: "Chart options" });
  assertDrawable(
    options.values,
    [options.group.field, options.bar.field, options.label.field],
    [options.title, options.subtitle ?? "", ...options.group.order, ...options.bar.order],
  );
  const bars = [...options.bar.order];
  const valueField = options.value.field;
  // Labels sit just past the bar's end, or at zero for a bar that is not drawn.
  const labelAt = `isValid(datum[${JSON.stringify(valueField)}]) ? datum[${JSON.stringify(valueField)}] : 0`;
  const barOrder = orderBy(options.bar.field, bars, "__barOrder");
  const groupOrder = orderBy(options.group.field, options.group.order, "__groupOrder");
  const domain = [...(options.value.domain ?? [0, 1])];
  const axis = options.axis ?? true;
  const y = {
    field: options.bar.field,
    type: "nominal" as const,
    sort: barOrder.sort,
    title: null,
    // No truncation: without a canvas vega overestimates text widths (about 0.8 em a character) and
    // would cut labels people need ("trained, case consultation held") well short of their space.
    axis: { labelLimit: 0 },
  };
  const spec: TopLevelSpec = {
    $schema: vegaLiteSchema,
    title: { text: options.title, ...(options.subtitle ? { subtitle: options.subtitle } : {}) },
    description: options.description,
    data: { values: [...options.values] as Record<string, unknown>[] },
    transform: [{ calculate: labelAt, as: "__labelAt" }, barOrder.transform, groupOrder.transform],
    facet: {
      row: {
        field: options.group.field,
        type: "nominal",
        sort: groupOrder.sort,
        title: null,
        header: { labelAngle: 0, labelOrient: "top", labelAnchor: "start", labelLimit: 0 },
      },
    },
    spec: {
      width: options.width ?? 300,
      height: { step: 18 },
      layer: [
        ...(axis
          ? []
          : [
              {
                // The whole scale behind each bar, so its length reads without an axis.
                mark: { type: "bar" as const, color: "#eeeeee", aria: false, tooltip: null },
                encoding: {
                  y,
                  x: { datum: domain[1]!, type: "quantitative" as const, scale: { domain }, axis: null },
                },
              },
            ]),
        {
          mark: { type: "bar", invalid: "filter" },
          encoding: {
            y,
            x: {
              field: valueField,
              type: "quantitative",
              title: options.value.title ?? null,
              scale: { domain },
              axis: axis ? { format: options.value.format ?? ".0%", tickCount: 5 } : null,
            },
            color: {
              field: options.bar.field,
              type: "nominal",
              sort: barOrder.sort,
              scale: { domain: bars, range: bars.map((_, i) => palette[i % palette.length]!) },
              legend: null,
            },
            ...(options.tooltip?.length ? { tooltip: tooltipEncoding(options.tooltip) } : {}),
          },
        },
        {
          mark: { type: "text", align: "left", baseline: "middle", dx: 4 },
          encoding: {
            y,
            x: { field: "__labelAt", type: "quantitative" },
            text: { field: options.label.field, type: "nominal" },
          },
        },
      ],
    },
    resolve: { scale: { y: "independent" } },
  };
  return withHouseStyle(spec) as InlineSpec<Row>;
}
