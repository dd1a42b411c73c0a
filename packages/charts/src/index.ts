/**
 * The partnership's charts: Vega-Lite specifications in one house style, drawn as standalone,
 * accessible SVG by vega and vega-lite, in Node.js or a browser, with no canvas and no network.
 * @packageDocumentation
 */

export * from "./chart-render-error.js";
export * from "./grouped-bars.js";
export * from "./house-style.js";
export * from "./inline-spec.js";
export * from "./render-svg.js";
export * from "./small-multiples.js";
