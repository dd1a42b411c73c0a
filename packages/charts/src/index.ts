/**
 * The partnership's charts: Vega-Lite specifications in one house style, drawn as standalone,
 * accessible SVG by vega and vega-lite, in Node.js or a browser, with no canvas and no network.
 * @packageDocumentation
 */

export { ChartRenderError } from "./chart-render-error.js";
export { type GroupedBarOptions, groupedBarSpec } from "./grouped-bars.js";
export { houseConfig, inkColours, palette, withHouseStyle } from "./house-style.js";
export { type InlineSpec, type TooltipField, vegaLiteSchema } from "./inline-spec.js";
export { type RenderSvgOptions, renderSvg } from "./render-svg.js";
export { type SmallMultiplesLineOptions, smallMultiplesLineSpec } from "./small-multiples.js";
