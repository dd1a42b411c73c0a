/**
 * Small multiples of line charts: one panel a group (a borough), one line through an ordered
 * sequence (quarters), missing values drawn as gaps in the line, never as zeros.
 * @module
 */
import { checkArgument } from "@st/core";
import type { TopLevelSpec } from "vega-lite";
import { withHouseStyle } from "./house-style.js";
import { type InlineSpec, type TooltipField, vegaLiteSchema } from "./inline-spec.js";
import { assertDrawable, orderBy, tooltipEncoding } from "./spec-parts.js";

/** Options for {@link smallMultiplesLineSpec}. */
export interface SmallMultiplesLineOptions<Row> {
  /** The rows: one a panel and x value. A `null` y value is a gap in the line. */
  values: readonly Row[];
  /** The field naming each row's panel, and the panels in order. */
  panel: { field: keyof Row & string; order: readonly string[] };
  /** The field of the horizontal axis (ordinal, e.g. quarter labels), and its values in order. */
  x: { field: keyof Row & string; order: readonly string[] };
  /** The field of the values, and whether each panel's scale starts at zero (default true). */
  y: { field: keyof Row & string; zero?: boolean | undefined };
  /** The chart's title. */
  title: string;
  /** A line under the title, e.g. how to read the panels. */
  subtitle?: string | undefined;
  /** What the chart shows, in words: the SVG's description for screen readers. */
  description: string;
  /** Fields shown in a tooltip on each point when embedded interactively. */
  tooltip?: readonly TooltipField<Row>[] | undefined;
  /** Panels a row. Default 3. */
  columns?: number | undefined;
  /** Panel width in pixels. Default 200. */
  width?: number | undefined;
  /** Panel height in pixels. Default 110. */
  height?: number | undefined;
  /** Whether each panel has its own vertical scale (default true: panels of very different sizes stay readable). */
  independentY?: boolean | undefined;
  /** Line and point colour. Default the house palette's first colour. */
  color?: string | undefined;
}

/**
 * A Vega-Lite specification of small multiples: a panel a value of `panel.field`, in the given
 * order, each a line through `x.order` with a point at each value. A `null` value breaks the line
 * (`invalid: "break-paths-show-domains"`) and has no point, so a missing figure never reads as
 * zero. The house style is merged in; draw it with {@link renderSvg} or embed it.
 */
export function smallMultiplesLineSpec<Row extends object>(options: SmallMultiplesLineOptions<Row>): InlineSpec<Row> {
  checkArgument(options, "record", { fn: "smallMultiplesLineSpec", argument: "options", label: "Chart options" });
  assertDrawable(
    options.values,
    [options.panel.field, options.x.field],
    [options.title, options.subtitle ?? "", ...options.panel.order, ...options.x.order],
  );
  const xOrder = orderBy(options.x.field, options.x.order, "__xOrder");
  const panelOrder = orderBy(options.panel.field, options.panel.order, "__panelOrder");
  const encoding = {
    x: {
      field: options.x.field,
      type: "ordinal" as const,
      sort: xOrder.sort,
      title: null,
      axis: { labelAngle: -45 },
    },
    y: {
      field: options.y.field,
      type: "quantitative" as const,
      title: null,
      scale: { zero: options.y.zero ?? true },
    },
  };
  const color = options.color;
  const spec: TopLevelSpec = {
    $schema: vegaLiteSchema,
    title: { text: options.title, ...(options.subtitle ? { subtitle: options.subtitle } : {}) },
    description: options.description,
    data: { values: [...options.values] as Record<string, unknown>[] },
    transform: [xOrder.transform, panelOrder.transform],
    facet: { field: options.panel.field, type: "nominal", title: null, sort: panelOrder.sort },
    columns: options.columns ?? 3,
    spec: {
      width: options.width ?? 200,
      height: options.height ?? 110,
      layer: [
        {
          mark: { type: "line", invalid: "break-paths-show-domains", ...(color ? { color } : {}) },
          encoding,
        },
        {
          mark: { type: "point", invalid: "filter", ...(color ? { color } : {}) },
          encoding: {
            ...encoding,
            ...(options.tooltip?.length ? { tooltip: tooltipEncoding(options.tooltip) } : {}),
          },
        },
      ],
    },
    resolve: { scale: { y: options.independentY === false ? "shared" : "independent" } },
  };
  return withHouseStyle(spec) as InlineSpec<Row>;
}
