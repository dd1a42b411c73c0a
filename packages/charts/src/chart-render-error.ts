/**
 * The error of this package.
 * @module
 */

/**
 * A chart that could not be drawn: the specification asks for something the renderer refuses
 * (data from a URL), vega-lite cannot compile it, or its data holds a value vega cannot draw.
 */
export class ChartRenderError extends Error {
  override name = "ChartRenderError";
}
