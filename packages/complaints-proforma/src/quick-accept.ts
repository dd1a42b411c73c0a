/**
 * Accepting a sound record quickly. Nearly every record a borough keeps is sound, and for those zod's
 * bookkeeping (a payload and a context for every field, issue arrays, the checks' wrappers) costs
 * more than the checking itself. An acceptor is compiled once from a zod schema and walks a value as
 * zod would, running the schema's own checks (the same refinements, the same rules across fields),
 * and returns zod's output for it; at the first doubt it gives up, and zod reads the record as
 * before and tells every problem. So an acceptor decides nothing zod would decide differently: it
 * only ever says "this is what zod returns" or "ask zod".
 * @module
 */
import * as z from "zod";

/**
 * A function made from source code, or `undefined` where code must not be compiled: zod is set to
 * `jitless`, or the page's Content Security Policy forbids it (then the callers' slower way is used).
 */
export function compileFunction(params: readonly string[], body: string): ((...args: never[]) => unknown) | undefined {
  if (z.config().jitless) return undefined;
  try {
    return new Function(...params, body) as (...args: never[]) => unknown;
  } catch {
    return undefined;
  }
}

/** What an acceptor returns when it cannot vouch for a value: zod must read it. */
export const UNSURE: unique symbol = Symbol("unsure");

/** Zod's output for a value it accepts, or {@link UNSURE}. */
export type Acceptor = (value: unknown) => unknown;

interface Def {
  type: string;
  checks?: readonly z.core.$ZodCheck[];
  coerce?: boolean;
  shape?: Record<PropertyKey, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
}

type Internals = {
  def: Def;
  traits: ReadonlySet<string>;
  values?: ReadonlySet<unknown>;
  optin?: string;
  optout?: string;
};
const internals = (schema: z.ZodType) => (schema as unknown as { _zod: Internals })._zod;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The schema's checks run after its parse, as zod's `run` does; any issue, or a promise, gives up. */
function withChecks(schema: z.ZodType, parse: Acceptor): Acceptor {
  const { def, traits } = internals(schema);
  // A schema that is itself a check (a number or string format, such as z.int()) runs first, as in zod.
  const checks = [...(traits.has("$ZodCheck") ? [schema as unknown as z.core.$ZodCheck] : []), ...(def.checks ?? [])];
  if (checks.length === 0) return parse;
  // One payload reused from value to value (this runs for every answer of every record), unless a
  // check reads a record itself, through this same acceptor, while one is being checked.
  const shared = { value: undefined as unknown, issues: [] as unknown[] };
  let busy = false;
  return (value) => {
    const parsed = parse(value);
    if (parsed === UNSURE) return UNSURE;
    const payload = busy ? { value: parsed, issues: [] as unknown[] } : shared;
    const own = payload === shared;
    payload.value = parsed;
    busy = true;
    try {
      for (const check of checks) {
        const { when } = check._zod.def;
        if (when && !when(payload as never)) continue;
        const result: unknown = check._zod.check(payload as never);
        if (result instanceof Promise || payload.issues.length !== 0) return UNSURE;
      }
      return payload.value;
    } finally {
      if (own) {
        busy = false;
        shared.value = undefined;
        if (shared.issues.length !== 0) shared.issues = [];
      }
    }
  };
}

/** One field of an object: its acceptor, and whether zod writes its key when the input lacks it. */
interface Field {
  key: string;
  accept: Acceptor;
  /** True when `accept` is the acceptor inside a plain `.optional()`, which the object reads itself. */
  optional: boolean;
  optin: string | undefined;
  optout: string | undefined;
}

/** The schema inside a plain `.optional()` (no checks of its own, nothing substituted for absence), if it is one. */
function plainOptionalInner(schema: z.ZodType): z.ZodType | undefined {
  const { def, traits } = internals(schema);
  if (def.type !== "optional" || def.checks?.length || traits.has("$ZodCheck")) return undefined;
  return internals(def.innerType!).optin === "defaulted" ? undefined : def.innerType;
}

/** For the kinds of schema not copied here: zod reads every value. */
const askZod: Acceptor = () => UNSURE;

function objectAcceptor(def: Def): Acceptor {
  // Only strict objects: what zod does with unknown keys otherwise (strip, or a catchall) is not copied here.
  const strict = def.catchall !== undefined && internals(def.catchall).def.type === "never";
  if (!def.shape || !strict || Object.getOwnPropertySymbols(def.shape).length) return askZod;
  const fields: Field[] = [];
  for (const key of Object.keys(def.shape)) {
    if (key === "__proto__") return askZod;
    const schema = def.shape[key] as z.ZodType;
    const { optin, optout } = internals(schema);
    // Most of a record's questions are optional and unanswered: the object reads an absent answer
    // itself rather than calling the optional's acceptor for it.
    const inner = plainOptionalInner(schema);
    fields.push({ key, accept: acceptorOf(inner ?? schema), optional: inner !== undefined, optin, optout });
  }
  return compileObject(fields) ?? askZod;
}

/**
 * The object's walk written out as code, one statement a field, as zod's own JIT writes its objects:
 * a property read by a fixed name is many times faster than one by a variable key, across the many
 * shapes of object a file of records holds. Keys enter the code only as JSON string literals. Where
 * code cannot be compiled (zod set to `jitless`, or a page whose Content Security Policy forbids
 * it), `undefined`: zod reads the records, as it then does everything.
 */
function compileObject(fields: readonly Field[]): Acceptor | undefined {
  const lines = fields.map(({ key, optional, optin, optout }, i) => {
    const k = JSON.stringify(key);
    const accept = optional
      ? `const v${i} = value[${k}]; const r${i} = v${i} === undefined ? undefined : accept[${i}](v${i});`
      : `const r${i} = accept[${i}](value[${k}]);`;
    const read = `${accept} if (r${i} === UNSURE) return UNSURE; const p${i} = ${k} in value;`;
    // When zod writes the key into its output (its object parser's rules, for a value it accepts).
    const write =
      optin === undefined
        ? `if (!p${i}) return UNSURE; out[${k}] = r${i};`
        : optout === "optional" && optin === "optional"
          ? `if (p${i}) out[${k}] = r${i};`
          : optout !== "optional" && optin === "defaulted"
            ? `out[${k}] = r${i};`
            : `if (r${i} !== undefined || p${i}) out[${k}] = r${i};`;
    return `${read} ${write}`;
  });
  const source = `return function acceptObject(value) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return UNSURE;
    for (const key in value) if (!known.has(key)) return UNSURE;
    const out = {};
    ${lines.join("\n    ")}
    return out;
  };`;
  const make = compileFunction(["accept", "known", "UNSURE"], source);
  return make?.(fields.map((f) => f.accept) as never, new Set(fields.map((f) => f.key)) as never, UNSURE as never) as
    | Acceptor
    | undefined;
}

function parseOf(schema: z.ZodType): Acceptor {
  const zod = internals(schema);
  const { def } = zod;
  switch (def.type) {
    case "string":
      return def.coerce ? askZod : (value) => (typeof value === "string" ? value : UNSURE);
    case "number":
      return def.coerce
        ? askZod
        : (value) => (typeof value === "number" && !Number.isNaN(value) && Number.isFinite(value) ? value : UNSURE);
    case "enum":
    case "literal": {
      const values = zod.values;
      return values ? (value) => (values.has(value) ? value : UNSURE) : askZod;
    }
    case "optional": {
      const inner = acceptorOf(def.innerType!);
      // An optional whose inner schema has a default substitutes it for absence: left to zod.
      const substitutes = internals(def.innerType!).optin === "defaulted";
      return (value) => (value !== undefined ? inner(value) : substitutes ? UNSURE : undefined);
    }
    case "prefault": {
      // The default stands in for an absent value: rare in a sound record, and left to zod.
      const inner = acceptorOf(def.innerType!);
      return (value) => (value === undefined ? UNSURE : inner(value));
    }
    case "array": {
      const element = acceptorOf(def.element!);
      return (value) => {
        if (!Array.isArray(value)) return UNSURE;
        const out = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const item = element(value[i]);
          if (item === UNSURE) return UNSURE;
          out[i] = item;
        }
        return out;
      };
    }
    case "object":
      return objectAcceptor(def);
    default:
      // Unions, records, transforms and the rest: zod reads them (a whole record, when it holds one).
      return askZod;
  }
}

const compiled = new WeakMap<z.ZodType, Acceptor>();

/**
 * The acceptor of a schema, compiled once. Kinds copied from zod: strict objects, arrays, optional
 * and prefaulted values, strings, numbers, enums and literals, each with its checks; any other kind
 * (a union, a record, a transform) is left to zod whenever a value reaches it.
 */
export function acceptorOf(schema: z.ZodType): Acceptor {
  let accept = compiled.get(schema);
  if (!accept) {
    accept = withChecks(schema, parseOf(schema));
    compiled.set(schema, accept);
  }
  return accept;
}

/** A successful read of a versioned record, as `@st/core`'s `defineRecord` returns it. */
export interface QuickRead<T> {
  ok: true;
  value: T;
  fromVersion: number;
}

/**
 * A reader of stored records as `@st/core`'s `defineRecord` reads them (the `schemaVersion` taken off,
 * the record checked at its own version, then migrated and checked one version at a time), from the
 * schema of every version (version 1 first) and the migration up from every earlier one. Acceptors
 * are compiled on the first read, not when the record type is declared. It returns `undefined`
 * whenever the record type must read the record itself: no `schemaVersion` (a version may be
 * assumed), one it does not know, a migration that throws, or any doubt on the way.
 */
export function quickRecordReader<T>(
  schemas: readonly z.ZodType[],
  ups: readonly ((value: never) => unknown)[],
): (input: unknown) => QuickRead<T> | undefined {
  const latest = schemas.length;
  let versions: readonly Acceptor[] | undefined;
  return (input) => {
    if (!isObject(input)) return undefined;
    const { schemaVersion: stated, ...fields } = input;
    if (typeof stated !== "number" || !Number.isInteger(stated) || stated < 1 || stated > latest) return undefined;
    versions ??= schemas.map(acceptorOf);
    let value = versions[stated - 1]!(fields);
    for (let v = stated; v < latest && value !== UNSURE; v++) {
      try {
        value = versions[v]!(ups[v - 1]!(value as never));
      } catch {
        return undefined;
      }
    }
    return value === UNSURE ? undefined : { ok: true, value: value as T, fromVersion: stated };
  };
}
