/**
 * `@st/indicators/charts`: the indicators drawn. Chart specifications (small multiples, a panel a
 * borough, gaps for missing quarters) and the charted report, HTML and Markdown, for a partnership
 * board. Drawing needs `@st/charts`, and through it vega and vega-lite: install `@st/charts` beside
 * this package to use this entry point. The main entry computes and tabulates without them.
 * @module
 */
export * from "./chart.js";
export * from "./report.js";
