import { houseConfig, palette, withHouseStyle } from "@st/charts";
import { describe, expect, it } from "vitest";

describe("withHouseStyle", () => {
  const spec = {
    data: { values: [{ a: 1 }] },
    mark: "point" as const,
    encoding: { x: { field: "a", type: "quantitative" as const } },
    config: { axis: { labelFontSize: 14 } },
  };

  it("merges the house style under the specification's own config, which wins key by key", () => {
    const styled = withHouseStyle(spec);
    expect(styled.config?.axis?.labelFontSize).toBe(14);
    expect(styled.config?.axis?.gridColor).toBe(houseConfig.axis?.gridColor);
    expect(styled.config?.font).toBe(houseConfig.font);
    expect(styled.config?.range?.category).toEqual([...palette]);
  });

  it("is pure and idempotent", () => {
    const before = structuredClone(spec);
    const once = withHouseStyle(spec);
    expect(spec).toEqual(before);
    expect(withHouseStyle(once)).toEqual(once);
  });

  it("uses system fonts without quotes, which SVG attributes would have to escape", () => {
    expect(houseConfig.font).toMatch(/^system-ui/);
    expect(houseConfig.font).not.toMatch(/["']/);
  });
});
