/**
 * Every exported function, called with arguments of the wrong kind, refuses them with a coded
 * error: an `StValidationError` (from any copy of @st/core), a `TypeError` with a string `code`, or
 * a `SafeResult` failure (`{ ok: false, problems }`). Never "Cannot read properties of undefined", never a silent result.
 *
 * What "the wrong kind" is comes from the published types: the script reads each entry point's
 * `.d.ts` with the TypeScript compiler, works out what kinds of value each parameter takes
 * (text, number, boolean, record, list, function, undefined, null), and fast-check feeds it values
 * of every other kind. A parameter is tried when those before it take anything (`unknown`), so
 * `parse(input, options)` has its options tried too.
 *
 * Usage: node --test scripts/argument-fuzz.test.mjs   (after `npm run build`)
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import ts from "typescript";

const root = new URL("..", import.meta.url).pathname;
const BRAND = Symbol.for("@st/core/StValidationError");

/** Value kinds, each with values of that kind. */
const KINDS = {
  undefined: fc.constant(undefined),
  null: fc.constant(null),
  text: fc.oneof(fc.constant(""), fc.string()),
  number: fc.oneof(fc.constant(Number.NaN), fc.double()),
  boolean: fc.boolean(),
  list: fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  record: fc.object({ maxDepth: 1 }),
  function: fc.constant(() => undefined),
};

/** The kinds a TypeScript type takes; every kind for `any` and `unknown`. */
function kindsOf(type, checker) {
  const kinds = new Set();
  const add = (t) => {
    const f = t.flags;
    if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) for (const k of Object.keys(KINDS)) kinds.add(k);
    else if (t.isUnion()) for (const member of t.types) add(member);
    else if (f & ts.TypeFlags.Undefined || f & ts.TypeFlags.Void) kinds.add("undefined");
    else if (f & ts.TypeFlags.Null) kinds.add("null");
    else if (f & (ts.TypeFlags.StringLike | ts.TypeFlags.TemplateLiteral)) kinds.add("text");
    else if (f & (ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike)) kinds.add("number");
    else if (f & ts.TypeFlags.BooleanLike) kinds.add("boolean");
    else if (f & ts.TypeFlags.TypeParameter) {
      const constraint = checker.getBaseConstraintOfType(t);
      if (constraint && constraint !== t) add(constraint);
      else for (const k of Object.keys(KINDS)) kinds.add(k);
    } else if (checker.isArrayType(t) || checker.isTupleType(t)) kinds.add("list");
    else if (t.getCallSignatures().length > 0) kinds.add("function");
    else if (f & ts.TypeFlags.Object || f & ts.TypeFlags.NonPrimitive || f & ts.TypeFlags.Intersection) {
      kinds.add("record");
      // An iterable takes a list, and text too when it iterates strings (a string is an Iterable<string>).
      const iterable = checker
        .getPropertiesOfType(t)
        .some(
          (p) =>
            String(p.escapedName).startsWith("__@iterator") || String(p.escapedName).startsWith("__@asyncIterator"),
        );
      if (iterable) for (const k of ["list", "text"]) kinds.add(k);
    } else for (const k of Object.keys(KINDS)) kinds.add(k);
  };
  add(type);
  return kinds;
}

/** Each entry point's `.d.ts` (main entries and subpaths with code), by import specifier. */
function entryPoints() {
  const entries = [];
  for (const dir of readdirPackages()) {
    const manifest = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"));
    if (manifest.bin) continue; // the CLI: a command, covered by its own tests
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const types = target?.import?.types;
      if (!types) continue;
      entries.push({ specifier: join(manifest.name, subpath), types: join(root, "packages", dir, types) });
    }
  }
  return entries;
}

function readdirPackages() {
  return JSON.parse(readFileSync(join(root, "package.json"), "utf8")).workspaces.includes("packages/*")
    ? ts.sys.getDirectories(join(root, "packages"))
    : [];
}

/** The exported functions of an entry and, for each parameter, the kinds it takes. */
function signatures(program, file) {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = checker.getSymbolAtLocation(source);
  const functions = [];
  for (const symbol of checker.getExportsOfModule(module)) {
    const resolved = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (!(resolved.flags & ts.SymbolFlags.Function)) continue;
    const type = checker.getTypeOfSymbolAtLocation(resolved, source);
    // The widest overload: the one with the most parameters, each parameter the union over overloads.
    const overloads = type.getCallSignatures();
    const length = Math.max(...overloads.map((s) => s.parameters.length));
    const parameters = [];
    for (let i = 0; i < length; i++) {
      const kinds = new Set();
      let name = `argument ${i + 1}`;
      for (const signature of overloads) {
        const parameter = signature.parameters[i];
        if (!parameter) {
          kinds.add("undefined");
          continue;
        }
        name = parameter.name;
        const declaration = parameter.valueDeclaration;
        if (declaration && (declaration.questionToken || declaration.initializer || declaration.dotDotDotToken))
          kinds.add("undefined");
        let parameterType = checker.getTypeOfSymbolAtLocation(parameter, declaration ?? source);
        if (declaration?.dotDotDotToken) {
          parameterType = checker.getIndexTypeOfType(parameterType, ts.IndexKind.Number) ?? parameterType;
        }
        for (const kind of kindsOf(parameterType, checker)) kinds.add(kind);
      }
      parameters.push({ name, kinds });
    }
    functions.push({ name: symbol.name, parameters });
  }
  return functions;
}

/** Whether an outcome is a coded refusal. */
function isRefusal(outcome) {
  if (outcome.threw) {
    const error = outcome.value;
    return (
      (typeof error === "object" && error !== null && error[BRAND] === true) ||
      (error instanceof TypeError && typeof error.code === "string")
    );
  }
  const value = outcome.value;
  return typeof value === "object" && value !== null && value.ok === false && Array.isArray(value.problems);
}

async function call(fn, args) {
  try {
    const value = fn(...args);
    if (value && typeof value.then === "function") {
      try {
        return { threw: false, value: await value };
      } catch (error) {
        return { threw: true, value: error };
      }
    }
    return { threw: false, value };
  } catch (error) {
    return { threw: true, value: error };
  }
}

function describe(outcome) {
  if (outcome.threw) return `threw ${outcome.value?.name}: ${String(outcome.value?.message).split("\n")[0]}`;
  return `returned ${typeof outcome.value === "object" ? JSON.stringify(outcome.value)?.slice(0, 80) : String(outcome.value)}`;
}

const entries = entryPoints();
const program = ts.createProgram(
  entries.map((e) => e.types),
  { strict: true, skipLibCheck: true, noEmit: true },
);

for (const entry of entries) {
  test(`${entry.specifier}: every function refuses arguments of the wrong kind with a coded error`, async () => {
    const api = await import(entry.specifier);
    const failures = [];
    for (const { name, parameters } of signatures(program, entry.types)) {
      const fn = api[name];
      if (typeof fn !== "function") continue;
      for (let i = 0; i < parameters.length; i++) {
        const wrong = Object.keys(KINDS).filter((k) => !parameters[i].kinds.has(k));
        if (wrong.length > 0) {
          const before = fc.tuple(...parameters.slice(0, i).map(() => fc.anything({ maxDepth: 1 })));
          const property = fc.asyncProperty(before, fc.oneof(...wrong.map((k) => KINDS[k])), async (earlier, value) =>
            isRefusal(await call(fn, [...earlier, value])),
          );
          const result = await fc.check(property, { numRuns: 30, seed: 20261205 });
          if (result.failed) {
            const [earlier, value] = result.counterexample;
            const outcome = await call(fn, [...earlier, value]);
            failures.push(`${name}(${parameters[i].name} = ${fc.stringify(value)}): ${describe(outcome)}`);
          }
        }
        // Only an argument that takes anything lets the next one be tried alone.
        if (parameters[i].kinds.size < Object.keys(KINDS).length) break;
      }
    }
    assert.deepEqual(failures, [], `${failures.length} uncoded outcomes:\n${failures.join("\n")}`);
  });
}
