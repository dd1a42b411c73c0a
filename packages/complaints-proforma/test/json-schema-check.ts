/**
 * A small JSON Schema (2020-12) evaluator for the keywords the complaint schema uses, so tests can
 * check that the shipped schema accepts and rejects what the library does. Not a general validator.
 */
type Schema = boolean | Record<string, unknown>;

const typeOf = (v: unknown) =>
  v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v;

export function validates(schema: Schema, value: unknown): boolean {
  if (schema === true) return true;
  if (schema === false) return false;
  const s = schema as Record<string, unknown>;
  for (const key of Object.keys(s)) {
    if (!KNOWN.has(key)) throw new Error(`json-schema-check does not know the keyword ${key}`);
  }
  if (s.type !== undefined) {
    const t = typeOf(value);
    const ok = s.type === t || (s.type === "number" && (t === "integer" || t === "number"));
    if (!ok) return false;
  }
  if ("const" in s && JSON.stringify(s.const) !== JSON.stringify(value)) return false;
  if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) return false;
  if (typeof value === "string") {
    if (typeof s.maxLength === "number" && [...value].length > s.maxLength) return false;
    if (typeof s.pattern === "string" && !new RegExp(s.pattern, "u").test(value)) return false;
  }
  if (typeof value === "number") {
    if (typeof s.minimum === "number" && value < s.minimum) return false;
    if (typeof s.maximum === "number" && value > s.maximum) return false;
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === "number" && value.length < s.minItems) return false;
    if (s.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) return false;
    if (s.items !== undefined && !value.every((v) => validates(s.items as Schema, v))) return false;
    if (s.contains !== undefined && !value.some((v) => validates(s.contains as Schema, v))) return false;
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    const properties = (s.properties ?? {}) as Record<string, Schema>;
    if (Array.isArray(s.required) && !s.required.every((k) => k in object)) return false;
    for (const [k, v] of Object.entries(object)) {
      if (k in properties) {
        if (!validates(properties[k]!, v)) return false;
      } else if (s.additionalProperties === false) return false;
      else if (typeof s.additionalProperties === "object" && !validates(s.additionalProperties as Schema, v))
        return false;
    }
  }
  if (Array.isArray(s.allOf) && !s.allOf.every((sub) => validates(sub as Schema, value))) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some((sub) => validates(sub as Schema, value))) return false;
  if (s.not !== undefined && validates(s.not as Schema, value)) return false;
  if (s.if !== undefined) {
    const branch = validates(s.if as Schema, value) ? s.then : s.else;
    if (branch !== undefined && !validates(branch as Schema, value)) return false;
  }
  return true;
}

const KNOWN = new Set([
  "$schema",
  "$comment",
  "title",
  "description",
  "type",
  "const",
  "enum",
  "maxLength",
  "minLength",
  "pattern",
  "format",
  "formatMinimum",
  "formatMaximum",
  "minimum",
  "maximum",
  "minItems",
  "uniqueItems",
  "items",
  "contains",
  "properties",
  "required",
  "additionalProperties",
  "propertyNames",
  "allOf",
  "anyOf",
  "not",
  "if",
  "then",
  "else",
]);
