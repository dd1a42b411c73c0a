/**
 * Draw a Vega-Lite specification as a standalone SVG string with vega and vega-lite: no canvas, no
 * browser, no network. Works the same in Node.js and in a browser.
 * @module
 */
import { checkArgument } from "@st/core";
import type { TopLevelSpec } from "vega-lite";
import { ChartRenderError } from "./chart-render-error.js";
import { accessibleSvg, chartIdPrefix } from "./svg-markup.js";
import { loadVega } from "./vega-peer.js";

/** Options for {@link renderSvg}. */
export interface RenderSvgOptions {
  /**
   * Prefix of every `id` in the SVG (clip paths, gradients, the title). Default: derived from the
   * specification, so the same chart always gets the same ids and different charts inlined in one
   * HTML page never share one.
   */
  idPrefix?: string | undefined;
  /** Called with each warning vega-lite or vega raises (e.g. a field the data does not have). Default: ignored. */
  onWarning?: ((message: string) => void) | undefined;
}

type Vega = typeof import("vega");

const messageOf = (args: readonly unknown[]) =>
  args.map((a) => (a instanceof Error ? a.message : typeof a === "string" ? a : JSON.stringify(a))).join(" ");

/** A vega and vega-lite logger that collects instead of printing: library code never writes to the console. */
function collectingLogger(onWarning: (message: string) => void, errors: string[]) {
  let current = 2;
  const logger = {
    level(level?: number) {
      if (level === undefined) return current;
      current = level;
      return logger;
    },
    error(...args: readonly unknown[]) {
      errors.push(messageOf(args));
      return logger;
    },
    warn(...args: readonly unknown[]) {
      onWarning(messageOf(args));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}

/**
 * A vega loader that refuses every load: URLs, files and images alike. Charts are drawn from data
 * inline in the specification only, so drawing a chart never reaches the network or the disk.
 */
function offlineLoader(refused: string[]) {
  const refuse = (what: string) => (uri: unknown) => {
    const message = `${what} ${JSON.stringify(String(uri))} refused: charts are drawn from data inline in the specification (data.values), never loaded`;
    refused.push(message);
    return Promise.reject(new ChartRenderError(message));
  };
  return { load: refuse("load of"), sanitize: refuse("link to"), http: refuse("request for"), file: refuse("file") };
}

/**
 * Draw a Vega-Lite (v6) specification as a standalone SVG document string.
 *
 * - Compiled by vega-lite and drawn by vega's headless SVG renderer (`renderer: "none"`): no canvas,
 *   no DOM, the same in Node.js and browsers. Text widths are estimated, not measured, so labels
 *   may sit a little differently than in a browser-drawn chart.
 * - **No network, no files:** the loader refuses every load, so `data` must be inline
 *   (`data: { values: [...] }`); a `url` in the specification (or an image mark's URL) rejects with
 *   a {@link ChartRenderError}.
 * - **Accessible:** the `<svg>` gets `role="img"`, a `<title>` (the specification's title, or its
 *   description) and a `<desc>` (its `description`), linked by `aria-labelledby` and
 *   `aria-describedby`.
 * - **Deterministic:** the same specification gives the same bytes, with ids unique to the chart
 *   (see {@link RenderSvgOptions.idPrefix}). Characters XML cannot carry (control characters, lone
 *   surrogates) become U+FFFD, so the SVG stays well-formed whatever the data's strings hold.
 *
 * The specification is drawn as given: merge the house style with {@link withHouseStyle} first
 * (the chart helpers of this package do).
 *
 * vega and vega-lite are loaded on the first call with a dynamic `import()` (vega's modules use
 * top-level await), so the first call takes a few hundred milliseconds longer than the next.
 */
export async function renderSvg(spec: TopLevelSpec, options: RenderSvgOptions = {}): Promise<string> {
  checkArgument(spec, "record", {
    fn: "renderSvg",
    argument: "spec",
    label: "Chart specification",
    expected: "a Vega-Lite specification",
  });
  checkArgument(options, "record", { fn: "renderSvg", argument: "options", label: "Options" });
  const [vega, vegaLite] = await loadVega();
  const warn = options.onWarning ?? (() => {});
  const errors: string[] = [];
  const refused: string[] = [];
  const logger = collectingLogger(warn, errors);
  let view: InstanceType<Vega["View"]>;
  try {
    const compiled = vegaLite.compile(spec, { logger }).spec;
    view = new vega.View(vega.parse(compiled), {
      renderer: "none",
      loader: offlineLoader(refused),
      logger,
      logLevel: vega.Warn,
    });
  } catch (error) {
    throw new ChartRenderError(`the Vega-Lite specification could not be compiled: ${messageOf([error])}`);
  }
  try {
    const svg = await view.toSVG();
    // vega only warns when a load fails and draws the chart without the data: fail instead.
    const failure = refused[0] ?? errors[0];
    if (failure !== undefined) throw new ChartRenderError(failure);
    return accessibleSvg(svg, spec, options.idPrefix ?? chartIdPrefix(spec));
  } catch (error) {
    if (error instanceof ChartRenderError) throw error;
    throw new ChartRenderError(`the chart could not be drawn: ${messageOf([error])}`);
  } finally {
    view.finalize();
  }
}
