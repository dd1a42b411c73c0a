/**
 * Charts as Vega-Lite specifications (small multiples: one panel a borough, missing quarters as
 * gaps in the line, never zeros), and a renderer that draws the specifications this package writes
 * as standalone SVG, with no canvas, no browser and no network. The same specification can be
 * embedded elsewhere and drawn by Vega itself (vega-embed, or `vega` and `vega-lite` in Node).
 * @module
 */
import { findLocalAuthority, formatQuarter, type QuarterId } from "@st/core";
import { type IndicatorId, indicatorSets } from "./indicator-definitions.js";
import { figureLookup, type IndicatorTable, tableDimensions } from "./indicator-table.js";

/** One data row of a chart specification. */
export interface ChartDatum {
  /** GSS code. */
  borough: string;
  /** Borough name, the panel title. */
  boroughName: string;
  /** Indicator id. */
  indicator: string;
  /** Indicator short label. */
  indicatorLabel: string;
  /** Calendar quarter id. */
  quarter: string;
  /** Quarter label as the returns write it ("Jul-Sep 23"). */
  quarterLabel: string;
  /** The figure, `null` when missing: a gap in the line. */
  value: number | null;
}

/** A Vega-Lite (v6) specification in the subset this package writes and {@link renderChartSvg} draws. */
export interface ChartSpec {
  /** The Vega-Lite schema. */
  $schema: string;
  /** Title shown above the panels. */
  title: { text: string; subtitle?: string | undefined };
  /** A sentence describing the chart, for screen readers. */
  description: string;
  /** The figures. */
  data: { values: ChartDatum[] };
  /** One panel a value of this field; wraps after `columns` panels. */
  facet: { field: "boroughName"; type: "nominal"; title: null; sort: string[] };
  /** Panels a row. */
  columns: number;
  /** Each panel: a line broken at missing figures, with a point at each figure. */
  spec: {
    width: number;
    height: number;
    layer: [
      {
        mark: { type: "line"; invalid: "break-paths-show-domains"; color: string; strokeWidth: number };
        encoding: ChartEncoding;
      },
      {
        mark: { type: "point"; filled: true; color: string; size: number };
        encoding: ChartEncoding & { tooltip: { field: string; type: string; title: string }[] };
      },
    ];
  };
  /** Each panel has its own vertical scale, starting at zero. */
  resolve: { scale: { y: "independent" } };
  /** Fonts and sizes. */
  config: { font: string; view: { stroke: string }; axis: { labelFontSize: number; titleFontSize: number } };
}

/** The x and y encodings of a panel. */
export interface ChartEncoding {
  /** Quarters, in order. */
  x: { field: "quarterLabel"; type: "ordinal"; sort: string[]; title: null; axis: { labelAngle: number } };
  /** The figure, from zero. */
  y: { field: "value"; type: "quantitative"; title: null; scale: { zero: true } };
}

/** Options for {@link indicatorChartSpec}. */
export interface ChartOptions {
  /** Boroughs to show (GSS codes), in order. Default: all in the table. */
  boroughs?: readonly string[] | undefined;
  /** Panels a row. Default 3. */
  columns?: number | undefined;
  /** Panel width in pixels. Default 200. */
  width?: number | undefined;
  /** Panel height in pixels. Default 110. */
  height?: number | undefined;
  /** Line colour. Default a dark blue with good contrast. */
  color?: string | undefined;
}

function indicatorLabel(id: IndicatorId): string {
  for (const set of Object.values(indicatorSets)) {
    const found = set.indicators.find((i) => i.id === id);
    if (found) return found.shortLabel;
  }
  return id;
}

/** The Vega-Lite specification of one indicator's small multiples: a panel a borough, a line through its quarters. */
export function indicatorChartSpec(
  table: IndicatorTable,
  indicator: IndicatorId,
  options: ChartOptions = {},
): ChartSpec {
  const dims = tableDimensions(table);
  const boroughs = options.boroughs ? [...options.boroughs] : dims.boroughs;
  const names = new Map((table.boroughs ?? []).map((b) => [b.gss, b.name]));
  const nameOf = (gss: string) => {
    const la = names.get(gss) ?? findLocalAuthority(gss);
    return typeof la === "string" ? la : la?.london ? la.name : gss;
  };
  const labels = dims.quarters.map((q) => formatQuarter(q, "short"));
  const values: ChartDatum[] = [];
  const figure = figureLookup(table);
  for (const borough of boroughs) {
    for (const quarter of dims.quarters) {
      const value = figure(borough, indicator, quarter);
      values.push({
        borough,
        boroughName: nameOf(borough),
        indicator,
        indicatorLabel: indicatorLabel(indicator),
        quarter,
        quarterLabel: formatQuarter(quarter as QuarterId, "short"),
        value: value ?? null,
      });
    }
  }
  const missing = values.filter((v) => v.value === null).length;
  const color = options.color ?? "#1d4f91";
  const encoding: ChartEncoding = {
    x: { field: "quarterLabel", type: "ordinal", sort: labels, title: null, axis: { labelAngle: -45 } },
    y: { field: "value", type: "quantitative", title: null, scale: { zero: true } },
  };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {
      text: indicatorLabel(indicator),
      subtitle: `By borough, ${labels[0] ?? ""} to ${labels.at(-1) ?? ""}. Each panel has its own scale; gaps are quarters with no figure.`,
    },
    description: `${indicatorLabel(indicator)}: one panel per borough (${boroughs.map(nameOf).join(", ")}), quarterly from ${labels[0] ?? ""} to ${labels.at(-1) ?? ""}; ${missing === 0 ? "every quarter has a figure" : `${missing} borough-quarters have no figure and are shown as gaps`}.`,
    data: { values },
    facet: { field: "boroughName", type: "nominal", title: null, sort: boroughs.map(nameOf) },
    columns: options.columns ?? 3,
    spec: {
      width: options.width ?? 200,
      height: options.height ?? 110,
      layer: [
        { mark: { type: "line", invalid: "break-paths-show-domains", color, strokeWidth: 2 }, encoding },
        {
          mark: { type: "point", filled: true, color, size: 30 },
          encoding: {
            ...encoding,
            tooltip: [
              { field: "boroughName", type: "nominal", title: "Borough" },
              { field: "quarterLabel", type: "ordinal", title: "Quarter" },
              { field: "value", type: "quantitative", title: "Figure" },
            ],
          },
        },
      ],
    },
    resolve: { scale: { y: "independent" } },
    config: { font: "system-ui, sans-serif", view: { stroke: "#ccc" }, axis: { labelFontSize: 10, titleFontSize: 11 } },
  };
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function fixed(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** A round upper bound and tick step for a scale from zero to `max`. */
function niceScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const whole = Math.max(1, Math.round(step));
  return { top: Math.ceil(max / whole) * whole, step: whole };
}

/**
 * Draw a chart specification from {@link indicatorChartSpec} as a standalone, accessible SVG
 * (`role="img"`, a title and a description; each point has a tooltip title). Deterministic: the
 * same specification gives the same bytes. It draws this package's specification subset, not
 * arbitrary Vega-Lite.
 */
export function renderChartSvg(spec: ChartSpec): string {
  const { width, height } = spec.spec;
  const columns = Math.max(1, spec.columns);
  const panels = spec.facet.sort;
  const xLabels = spec.spec.layer[0].encoding.x.sort;
  const color = spec.spec.layer[0].mark.color;
  const margin = { left: 44, right: 12, top: 22, bottom: 52 };
  const cellW = width + margin.left + margin.right;
  const cellH = height + margin.top + margin.bottom;
  const titleH = spec.title.subtitle ? 46 : 28;
  const rows = Math.ceil(panels.length / columns);
  const totalW = Math.max(cellW * Math.min(columns, panels.length), 320);
  const totalH = titleH + rows * cellH;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${totalW}" height="${totalH}" viewBox="0 0 ${totalW} ${totalH}" role="img" aria-labelledby="t d" font-family="${esc(spec.config.font)}">`,
    `<title id="t">${esc(spec.title.text)}</title>`,
    `<desc id="d">${esc(spec.description)}</desc>`,
    `<rect width="${totalW}" height="${totalH}" fill="#fff"/>`,
    `<text x="4" y="18" font-size="15" font-weight="600" fill="#1b1b1b">${esc(spec.title.text)}</text>`,
  );
  if (spec.title.subtitle) {
    out.push(`<text x="4" y="36" font-size="11" fill="#555">${esc(spec.title.subtitle)}</text>`);
  }
  panels.forEach((panel, index) => {
    const ox = (index % columns) * cellW + margin.left;
    const oy = titleH + Math.floor(index / columns) * cellH + margin.top;
    const points = xLabels.map((label) =>
      spec.data.values.find((d) => d.boroughName === panel && d.quarterLabel === label),
    );
    const max = Math.max(0, ...points.map((p) => p?.value ?? 0));
    const { top, step } = niceScale(max);
    const x = (i: number) => (xLabels.length === 1 ? width / 2 : (i / (xLabels.length - 1)) * width);
    const y = (v: number) => height - (v / top) * height;
    out.push(`<g transform="translate(${ox},${oy})">`);
    out.push(`<text x="0" y="-8" font-size="12" font-weight="600" fill="#1b1b1b">${esc(panel)}</text>`);
    out.push(
      `<rect x="0" y="0" width="${width}" height="${height}" fill="none" stroke="${esc(spec.config.view.stroke)}"/>`,
    );
    for (let v = 0; v <= top; v += step) {
      out.push(
        `<line x1="0" x2="${width}" y1="${fixed(y(v))}" y2="${fixed(y(v))}" stroke="#eee"/>`,
        `<text x="-4" y="${fixed(y(v) + 3)}" font-size="${spec.config.axis.labelFontSize}" text-anchor="end" fill="#555">${v.toLocaleString("en-GB")}</text>`,
      );
    }
    xLabels.forEach((label, i) => {
      // A quarter with no figure keeps its label, greyed and titled, and nothing is drawn for it:
      // no mark near the baseline that could be read as a zero.
      const none = points[i]?.value === null || points[i]?.value === undefined;
      out.push(
        `<text transform="translate(${fixed(x(i))},${height + 10}) rotate(${spec.spec.layer[0].encoding.x.axis.labelAngle})" font-size="${spec.config.axis.labelFontSize}" text-anchor="end" fill="${none ? "#aaa" : "#555"}"${none ? ' font-style="italic"' : ""}>${none ? `<title>${esc(`${panel}, ${label}: no figure`)}</title>` : ""}${esc(label)}</text>`,
      );
    });
    // The line breaks at a missing figure: each run of consecutive figures is its own path.
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1) {
        out.push(
          `<path d="M${run.join("L")}" fill="none" stroke="${esc(color)}" stroke-width="${spec.spec.layer[0].mark.strokeWidth}"/>`,
        );
      }
      run = [];
    };
    points.forEach((p, i) => {
      if (p?.value === null || p?.value === undefined) {
        flush();
        return;
      }
      run.push(`${fixed(x(i))},${fixed(y(p.value))}`);
    });
    flush();
    points.forEach((p, i) => {
      const label = xLabels[i]!;
      if (p?.value === null || p?.value === undefined) return;
      out.push(
        `<circle cx="${fixed(x(i))}" cy="${fixed(y(p.value))}" r="3" fill="${esc(color)}"><title>${esc(`${panel}, ${label}: ${p.value.toLocaleString("en-GB")}`)}</title></circle>`,
      );
    });
    out.push("</g>");
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
