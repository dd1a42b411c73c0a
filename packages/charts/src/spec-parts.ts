/**
 * Pieces the chart helpers share.
 * @internal
 * @module
 */
import { ChartRenderError } from "./chart-render-error.js";
import type { TooltipField } from "./inline-spec.js";

/** The Vega-Lite tooltip encoding of {@link TooltipField}s. */
export function tooltipEncoding<Row>(fields: readonly TooltipField<Row>[]) {
  return fields.map((f) => ({
    field: f.field,
    type: f.type ?? ("nominal" as const),
    title: f.title,
    ...(f.format !== undefined ? { format: f.format } : {}),
  }));
}

// Names every JavaScript object answers to. vega keeps categories and literals in plain objects,
// so these values make it fail ("toString") or silently drop panels ("__proto__").
const reserved = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Throw a {@link ChartRenderError} naming the first category value (or text) vega cannot draw: a
 * name every JavaScript object reserves, such as `toString` or `__proto__`.
 */
export function assertDrawable<Row>(
  values: readonly Row[],
  fields: readonly (keyof Row & string)[],
  texts: readonly string[] = [],
): void {
  for (const text of texts) {
    if (reserved.has(text))
      throw new ChartRenderError(
        `the text ${JSON.stringify(text)} cannot be drawn by vega: it is a name JavaScript objects reserve`,
      );
  }
  for (const row of values) {
    for (const field of fields) {
      const value = row[field];
      if (typeof value === "string" && reserved.has(value)) {
        throw new ChartRenderError(
          `the value ${JSON.stringify(value)} of field ${JSON.stringify(field)} cannot be drawn by vega: it is a name JavaScript objects reserve`,
        );
      }
    }
  }
}

/**
 * A calculate transform giving each row its field's position in `order` (-1 when absent), and the
 * sort that uses it. Explicit sort arrays would be simpler, but vega-lite compiles them to an object
 * lookup that fails on values such as "toString" or "constructor"; an `indexof` over an array does not.
 */
export function orderBy<Row>(field: keyof Row & string, order: readonly string[], as: string) {
  return {
    transform: { calculate: `indexof(${JSON.stringify(order)}, datum[${JSON.stringify(field)}])`, as },
    sort: { field: as, op: "min" as const },
  };
}
