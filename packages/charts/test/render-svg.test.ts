import {
  ChartRenderError,
  type GroupedBarOptions,
  groupedBarSpec,
  renderSvg,
  smallMultiplesLineSpec,
} from "@st/charts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseXml } from "./xml.js";

interface Row {
  borough: string;
  quarter: string;
  value: number | null;
}

const quarters = ["Q1", "Q2", "Q3", "Q4", "Q5"];

function lineSpec(values: Row[], panels = ["Hackney"], title = "Plans with DA") {
  return smallMultiplesLineSpec<Row>({
    values,
    panel: { field: "borough", order: panels },
    x: { field: "quarter", order: quarters },
    y: { field: "value" },
    title,
    description: "Plans with DA by borough and quarter.",
    tooltip: [{ field: "value", title: "Figure", type: "quantitative" }],
  });
}

const series = (borough: string, values: (number | null)[]): Row[] =>
  values.map((value, i) => ({ borough, quarter: quarters[i]!, value }));

/** The `d` of each path drawn by the line mark. */
const linePaths = (svg: string) => [...svg.matchAll(/aria-roledescription="line mark" d="([^"]*)"/g)].map((m) => m[1]!);
const points = (svg: string) => (svg.match(/aria-roledescription="point"/g) ?? []).length;

describe("renderSvg", () => {
  it("draws a small-multiples line chart: a line and a point per figure in each panel", async () => {
    const svg = await renderSvg(
      lineSpec([...series("Hackney", [5, 6, 7, 8, 9]), ...series("Barnet", [1, 2, 3, 4, 5])], ["Hackney", "Barnet"]),
    );
    expect(linePaths(svg)).toHaveLength(2);
    expect(points(svg)).toBe(10);
    const { text } = parseXml(svg);
    expect(text).toContain("Hackney");
    expect(text).toContain("Barnet");
    expect(text).toContain("Plans with DA");
  });

  it("breaks the line at a missing figure and draws no point there, rather than a zero", async () => {
    const svg = await renderSvg(lineSpec(series("Hackney", [5, 6, null, 8, 9])));
    const [path] = linePaths(svg);
    // Two runs: each starts with a move (M); a zero would have kept one run through the baseline.
    expect(path!.match(/M/g)).toHaveLength(2);
    expect(points(svg)).toBe(4);
    const zero = await renderSvg(lineSpec(series("Hackney", [5, 6, 0, 8, 9])));
    expect(linePaths(zero)[0]!.match(/M/g)).toHaveLength(1);
    expect(points(zero)).toBe(5);
  });

  it("is accessible: role img, a title and a description linked by aria attributes", async () => {
    const svg = await renderSvg(lineSpec(series("Hackney", [1, 2, 3, 4, 5])));
    const root = parseXml(svg).elements[0]!;
    expect(root.name).toBe("svg");
    expect(root.attributes.role).toBe("img");
    const titleId = root.attributes["aria-labelledby"]!;
    const descId = root.attributes["aria-describedby"]!;
    expect(svg).toContain(`<title id="${titleId}">Plans with DA</title>`);
    expect(svg).toContain(`<desc id="${descId}">Plans with DA by borough and quarter.</desc>`);
  });

  it("gives the same bytes for the same specification, whatever was drawn before or alongside", async () => {
    const spec = lineSpec(series("Hackney", [5, null, 7, 8, 9]));
    const first = await renderSvg(spec);
    await renderSvg(lineSpec(series("Barnet", [1, 2, 3, 4, 5]), ["Barnet"]));
    const [again, other] = await Promise.all([renderSvg(spec), renderSvg(structuredClone(spec))]);
    expect(again).toBe(first);
    expect(other).toBe(first);
  });

  it("gives different charts different ids, so several can be inlined in one page", async () => {
    const a = await renderSvg(lineSpec(series("Hackney", [1, 2, 3, 4, 5])));
    const b = await renderSvg(lineSpec(series("Hackney", [1, 2, 3, 4, 6])));
    const ids = (svg: string) => new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const shared = [...ids(a)].filter((id) => ids(b).has(id));
    expect(shared).toEqual([]);
    expect(await renderSvg(lineSpec(series("Hackney", [1, 2, 3, 4, 5])), { idPrefix: "fig-1" })).toContain(
      'aria-labelledby="fig-1-title"',
    );
  });

  it("refuses to load data from a URL or a file: data must be inline", async () => {
    for (const url of ["https://example.com/figures.csv", "file:///etc/passwd", "data/figures.json"]) {
      await expect(
        renderSvg({ data: { url }, mark: "point", encoding: { x: { field: "a", type: "quantitative" } } }),
      ).rejects.toThrow(ChartRenderError);
    }
    await expect(
      renderSvg({
        data: { values: [{ u: "https://example.com/logo.png" }] },
        mark: "image",
        encoding: { url: { field: "u", type: "nominal" } },
      }),
    ).rejects.toThrow(/refused/);
  });

  it("reports an invalid specification as a ChartRenderError and sends warnings to onWarning, not the console", async () => {
    await expect(renderSvg({ mark: "nonsense" } as never)).rejects.toThrow(ChartRenderError);
    const warnings: string[] = [];
    await renderSvg(
      {
        data: { values: [{ a: 1 }] },
        mark: "point",
        encoding: { x: { field: "a", type: "quantitative", bin: "yes" as never } },
      },
      { onWarning: (w) => warnings.push(w) },
    ).catch(() => {});
    const svg = await renderSvg(
      {
        data: { values: [{ a: 1 }] },
        mark: "point",
        encoding: {
          x: { field: "a", type: "quantitative" },
          size: { field: "a", type: "temporal", scale: { type: "ordinal" } },
        },
      },
      { onWarning: (w) => warnings.push(w) },
    );
    expect(svg.startsWith("<svg")).toBe(true);
    expect(warnings.length).toBeGreaterThan(0);
  });
});

describe("groupedBarSpec", () => {
  interface Bar {
    measure: string;
    cohort: string;
    share: number | null;
    counts: string;
  }
  const values: Bar[] = [
    { measure: "Pattern of behaviour", cohort: "Trained", share: 0.6, counts: "3 of 5" },
    { measure: "Pattern of behaviour", cohort: "Untrained", share: 0.2, counts: "1 of 5" },
    { measure: "Partnering with the survivor", cohort: "Trained", share: 1, counts: "5 of 5" },
    { measure: "Partnering with the survivor", cohort: "Untrained", share: null, counts: "not recorded" },
  ];
  const bareOptions: GroupedBarOptions<Bar> = {
    values,
    group: { field: "measure", order: ["Pattern of behaviour", "Partnering with the survivor"] },
    bar: { field: "cohort", order: ["Trained", "Untrained"] },
    value: { field: "share" },
    label: { field: "counts" },
    title: "Met, by cohort",
    description: "Share met by cohort.",
    tooltip: [{ field: "counts", title: "Cases" }],
  };
  const spec = groupedBarSpec<Bar>(bareOptions);

  it("draws a bar a share with its counts beside it, and no bar for a missing share", async () => {
    const svg = await renderSvg(spec);
    expect((svg.match(/aria-roledescription="bar"/g) ?? []).length).toBe(3);
    const { text } = parseXml(svg);
    for (const t of ["3 of 5", "1 of 5", "5 of 5", "not recorded", "Pattern of behaviour", "Trained", "Untrained"]) {
      expect(text).toContain(t);
    }
  });

  it("can leave out the axis, drawing a track for the whole scale behind each bar instead", async () => {
    const svg = await renderSvg(groupedBarSpec<Bar>({ ...bareOptions, axis: false }));
    expect(svg).not.toContain("X-axis");
    expect(svg).not.toMatch(/>\d+%</);
    expect((svg.match(/fill="#eeeeee"/g) ?? []).length).toBe(4);
    expect((svg.match(/aria-roledescription="bar"/g) ?? []).length).toBe(3);
    expect(await renderSvg(spec)).toMatch(/>100%</);
  });

  it("colours the bars from the colour-blind-safe palette, a colour a series", async () => {
    const svg = await renderSvg(spec);
    expect(svg).toContain('fill="#0072B2"');
    expect(svg).toContain('fill="#E69F00"');
  });
});

describe("fuzz: arbitrary values and labels", () => {
  const label = fc.oneof(
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.constantFrom(
      '<script>alert("x")</script>',
      "A & B",
      "\"quoted\" 'single'",
      "]]>",
      "\u0000\u0007",
      "\uD800",
      'id="x"',
      "toString",
      "__proto__",
    ),
  );
  const value = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -1000, max: 100000 }),
    // vega cannot lay out a scale whose whole range is subnormal (below 2.2e-308): the README says so.
    fc
      .double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
      .filter((x) => x === 0 || Math.abs(x) >= 1e-300),
  );
  // What the renderer promises: characters XML cannot carry become U+FFFD, the rest are kept.
  const asXmlCarries = (t: string) =>
    [...t]
      .map((ch) => {
        const c = ch.codePointAt(0)!;
        const bad =
          (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
          (c >= 0xd800 && c <= 0xdfff) ||
          (c >= 0xfffe && c <= 0xffff);
        return bad ? "\uFFFD" : ch;
      })
      .join("");
  const reserved = new Set(Object.getOwnPropertyNames(Object.prototype));

  it("always gives well-formed SVG with every label escaped, or a ChartRenderError for a name vega cannot draw", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(label, { minLength: 1, maxLength: 3 }),
        fc.array(value, { minLength: 5, maxLength: 5 }),
        label,
        async (panels, figures, title) => {
          const rows = panels.flatMap((p) => series(p, figures));
          const draw = async () => renderSvg(lineSpec(rows, panels, title));
          if ([...panels, title].some((t) => reserved.has(t))) {
            await expect(draw()).rejects.toThrow(ChartRenderError);
            return;
          }
          const svg = await draw();
          const { elements, text } = parseXml(svg);
          expect(elements[0]!.name).toBe("svg");
          expect(elements.some((e) => e.name === "script")).toBe(false);
          // Every panel's name is drawn; characters XML cannot carry become U+FFFD (vega collapses white space).
          const drawn = text.join("").replace(/\s/g, "");
          for (const p of panels) expect(drawn).toContain(asXmlCarries(p.trim()).replace(/\s/g, ""));
        },
      ),
      { numRuns: 60 },
    );
    // Each run draws a chart (tens of milliseconds); a busy 2-core machine needs the margin.
  }, 120_000);

  it("refuses a category value vega cannot draw instead of dropping its panel", () => {
    expect(() => lineSpec(series("__proto__", [1, 2, 3, 4, 5]), ["__proto__"])).toThrow(/__proto__.*reserve/);
    expect(() => lineSpec(series("Hackney", [1, 2, 3, 4, 5]), ["Hackney", "constructor"])).toThrow(ChartRenderError);
  });
});
