/**
 * The partnership's house style as a Vega-Lite `config`: one font stack, a colour-blind-safe
 * palette, quiet axes and readable sizes, so the indicators, the learning reviews and any other
 * chart look like one family wherever they are drawn.
 * @module
 */
import { checkArgument } from "@st/core";
import type { Config, TopLevelSpec } from "vega-lite";

/**
 * The Okabe and Ito colour-blind-safe palette, in the order series take it. Yellow comes last: it
 * is the only colour with weak contrast on white, so it is used only when seven series are drawn.
 */
export const palette: readonly string[] = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];

/** Text colours of the house style: near-black for text people read, grey for axes and notes. */
export const inkColours = { text: "#1b1b1b", muted: "#555555", rule: "#888888", grid: "#e6e6e6" } as const;

// Unquoted family names: the font stack is written into SVG attributes, where quotes would need escaping.
const font = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif";

/** The house style as a Vega-Lite configuration. {@link withHouseStyle} merges it into a specification. */
export const houseConfig: Config = {
  font,
  background: "#ffffff",
  padding: 8,
  view: { stroke: "#cccccc", continuousWidth: 240, continuousHeight: 140 },
  range: { category: [...palette] },
  mark: { color: palette[0]! },
  line: { strokeWidth: 2 },
  point: { filled: true, size: 30 },
  bar: { cornerRadius: 0 },
  text: { font, fontSize: 11, color: inkColours.text },
  title: {
    font,
    fontSize: 15,
    fontWeight: 600,
    color: inkColours.text,
    anchor: "start",
    subtitleFont: font,
    subtitleFontSize: 11,
    subtitleColor: inkColours.muted,
    offset: 10,
  },
  axis: {
    labelFont: font,
    titleFont: font,
    labelFontSize: 10,
    titleFontSize: 11,
    labelColor: inkColours.muted,
    titleColor: inkColours.text,
    domainColor: inkColours.rule,
    tickColor: inkColours.rule,
    gridColor: inkColours.grid,
  },
  header: {
    labelFont: font,
    titleFont: font,
    labelFontSize: 12,
    labelFontWeight: 600,
    labelColor: inkColours.text,
    labelAnchor: "start",
    titleFontSize: 12,
  },
  legend: {
    labelFont: font,
    titleFont: font,
    labelFontSize: 11,
    titleFontSize: 11,
    labelColor: inkColours.text,
    titleColor: inkColours.text,
    orient: "bottom",
    labelLimit: 360,
  },
};

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);

function merge(base: Plain, over: Plain): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prior = out[key];
    out[key] = isPlain(prior) && isPlain(value) ? merge(prior, value) : value;
  }
  return out;
}

/**
 * The specification with the house style merged under its own `config`: what the specification
 * sets wins, key by key (so a chart can change one axis setting and keep the rest). Pure: the
 * specification is not changed. Applying it twice gives the same specification.
 */
export function withHouseStyle<S extends TopLevelSpec>(spec: S): S & { config: Config } {
  checkArgument(spec, "record", {
    fn: "withHouseStyle",
    argument: "spec",
    label: "Chart specification",
    expected: "a Vega-Lite specification",
  });
  const own = (spec as { config?: Config }).config ?? {};
  return { ...spec, config: merge(houseConfig as Plain, own as Plain) as Config };
}
