/**
 * Finding the part of a zod schema at a path, through its wrappers (optional, default, pipe...), and
 * what it says of itself (title, bounds). Uses `_zod.def`, zod 4's documented surface for library
 * authors. Internal to {@link zodProblems}.
 * @module
 */
// Types only: this module reads schemas through their own methods and `_zod.def`, so @st/core's
// entry (the error model) loads no zod of its own. Importing zod here for `z.globalRegistry` cost
// every process that loads @st/core, `st lint` among them, about 70 ms of start-up.
import type * as z from "zod";

/** A key or index in a path. */
export type Segment = string | number;

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
}

export const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "catch", "readonly", "nonoptional"]);

/** The schema itself and every wrapper inside it, outermost first, down to the real type. */
function layers(schema: z.ZodType): z.ZodType[] {
  const found: z.ZodType[] = [];
  let current: z.ZodType | undefined = schema;
  for (let depth = 0; current && depth < 32; depth++) {
    found.push(current);
    const def = defOf(current);
    if (WRAPPERS.has(def.type)) current = def.innerType;
    else if (def.type === "pipe") current = def.in;
    else if (def.type === "lazy") current = def.getter?.();
    else break;
  }
  return found;
}

export const core = (schema: z.ZodType): z.ZodType => layers(schema).at(-1) as z.ZodType;

function child(schema: z.ZodType, segment: Segment): z.ZodType | undefined {
  const def = defOf(core(schema));
  switch (def.type) {
    case "object":
      return typeof segment === "string" && def.shape && Object.hasOwn(def.shape, segment)
        ? def.shape[segment]
        : undefined;
    case "array":
      return def.element;
    case "tuple":
      return typeof segment === "number" ? (def.items?.[segment] ?? def.rest ?? undefined) : undefined;
    case "record":
      return def.valueType;
    case "union":
      for (const option of def.options ?? []) {
        const found = child(option, segment);
        if (found) return found;
      }
      return undefined;
    case "intersection":
      return (def.left && child(def.left, segment)) ?? (def.right && child(def.right, segment));
    default:
      return undefined;
  }
}

export function schemaAt(schema: z.ZodType | undefined, segments: readonly Segment[]): z.ZodType | undefined {
  let current = schema;
  for (const segment of segments) {
    if (!current) return undefined;
    current = child(current, segment);
  }
  return current;
}

export function titleOf(schema: z.ZodType | undefined): string | undefined {
  if (!schema) return undefined;
  for (const layer of layers(schema)) {
    // `meta()` reads zod's global registry; a zod/mini schema has no such method, and no title.
    const title = (layer as Partial<Pick<z.ZodType, "meta">>).meta?.()?.title;
    if (typeof title === "string" && title) return title;
  }
  return undefined;
}

interface Bounds {
  type?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

/**
 * The JSON Schema of what a schema accepts (its input), with what JSON Schema cannot state left open.
 *
 * Through the schema's own `toJSONSchema` method, which gives the same JSON Schema as
 * `z.toJSONSchema(schema, ...)` for every schema built with `zod`: `z.toJSONSchema` holds the
 * JSON Schema code of every zod type, so calling it would keep all of that in a browser bundle that
 * reads records (over 1 KB gzipped), where the method brings only the code of the types in use.
 */
export function inputJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return schema.toJSONSchema({ io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}

/** The bounds of a schema as JSON Schema states them, or nothing when it cannot say. */
export function boundsOf(schema: z.ZodType | undefined): Bounds {
  if (!schema) return {};
  try {
    return inputJsonSchema(schema) as Bounds;
  } catch {
    return {};
  }
}
