/**
 * The specifications this package writes: Vega-Lite with their data inline and a description.
 * @module
 */
import type { TopLevelSpec } from "vega-lite";

/**
 * A Vega-Lite specification whose data is inline (`data.values`, typed by row) and which carries a
 * description for screen readers. Assignable to vega-lite's `TopLevelSpec`, so it can be embedded
 * with vega-embed or drawn by {@link renderSvg} as it is.
 */
export type InlineSpec<Row> = TopLevelSpec & {
  /** One or two sentences saying what the chart shows, for screen readers and figure captions. */
  description: string;
  /** The rows drawn. */
  data: { values: Row[] };
};

/** A field shown in a tooltip when the specification is embedded interactively (vega-embed). */
export interface TooltipField<Row> {
  /** The row's field. */
  field: keyof Row & string;
  /** What the tooltip calls it. */
  title: string;
  /** How Vega-Lite reads it. Default `nominal`. */
  type?: "nominal" | "ordinal" | "quantitative" | undefined;
  /** A d3 format for numbers (e.g. `",d"`, `".0%"`). */
  format?: string | undefined;
}

/** The Vega-Lite schema URL of the specifications this package writes (an identifier: never fetched). */
export const vegaLiteSchema = "https://vega.github.io/schema/vega-lite/v6.json";
