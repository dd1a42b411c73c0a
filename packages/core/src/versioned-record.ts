/**
 * Versioned records: a record type declared with its schema version and a migration from every
 * earlier version, so that readers accept everything ever written and writers always write the
 * newest shape. Every stored record carries `schemaVersion`; unknown fields are errors that name
 * them.
 * @module
 */

import type * as z from "zod";
import { appendAll } from "./append-all.js";
import { checkArgument } from "./argument-checks.js";
import { describeValue, type Problem, type ProblemLocation, StValidationError } from "./errors.js";
import type { ProblemCode } from "./problem-codes.js";
import { type FieldLabels, type SafeResult, zodProblems } from "./zod-problems.js";
import { inputJsonSchema } from "./zod-schema-paths.js";

/** A record schema: a `z.strictObject`, possibly with refinements. */
export type RecordSchema = z.ZodObject<z.ZodRawShape>;

/** How to read one earlier version of a record and bring it up to the next version. */
export interface RecordMigration {
  /** The schema of that version, without `schemaVersion` (a `z.strictObject`). */
  schema: RecordSchema;
  /**
   * Turn a valid record of this version into the shape of the next version (one step: version 1
   * to 2, 2 to 3, ...). Its result is checked against the next version's schema. Must be pure.
   */
  up: (value: never) => unknown;
  /** Labels of that version's fields, when they differ from the record's current labels. */
  labels?: FieldLabels | undefined;
}

/**
 * Declare the migration from one version: `up` is typed from the version's schema.
 *
 * @example
 * const v1 = z.strictObject({ name: z.string() });
 * defineMigration(v1, (old) => ({ fullName: old.name }));
 */
export function defineMigration<S extends RecordSchema>(
  schema: S,
  up: (value: z.output<S>) => unknown,
  options: { labels?: FieldLabels } = {},
): RecordMigration {
  checkArgument(schema, "record", {
    fn: "defineMigration",
    argument: "schema",
    label: "Schema",
    expected: "a zod object schema",
  });
  checkArgument(up, "function", { fn: "defineMigration", argument: "up", label: "Migration" });
  return { schema, up: up as (value: never) => unknown, labels: options.labels };
}

/** The declaration of a record type, for {@link defineRecord}. */
export interface RecordDefinition<S extends RecordSchema, V extends number> {
  /** What the record is, in words, for messages and the JSON Schema title, e.g. `"complaint"`. */
  name: string;
  /** The current schema version: a whole number from 1, raised by one at each change of shape. */
  version: V;
  /** The current schema, without `schemaVersion`: a `z.strictObject`, so unknown fields are errors. */
  schema: S;
  /** Human labels of the fields, used in every problem (see {@link FieldLabels}). */
  labels?: FieldLabels | undefined;
  /** A longer description, for the JSON Schema. */
  description?: string | undefined;
  /**
   * One migration for every earlier version, keyed by the version it reads: `{ 1: ..., 2: ... }`
   * for a record at version 3. Each brings its version up by one.
   */
  migrations?: Readonly<Record<number, RecordMigration>> | undefined;
  /**
   * The version to read a record as when it has no `schemaVersion`. By default such a record is
   * an error that lists the known versions, because guessing a version can migrate data wrongly.
   * Set it when data written before versioning began exists (usually `1`).
   */
  assumeVersion?: number | undefined;
}

/** Options for reading a record. */
export interface ReadRecordOptions extends ProblemLocation {
  /**
   * The version to read the input as when it carries no `schemaVersion`, e.g. the version of the
   * spreadsheet template it was typed into (rows of a workbook have no `schemaVersion` column).
   * Overrides the definition's `assumeVersion`.
   */
  assumeVersion?: number | undefined;
}

/** A successful read, with the version the input was written at. */
export type ReadRecordResult<T> =
  | ({ ok: true; value: T } & { fromVersion: number })
  | { ok: false; problems: Problem[] };

/** A stored record: the value with its `schemaVersion`. */
export type StoredRecord<T, V extends number> = { schemaVersion: V } & T;

/** A record type declared with {@link defineRecord}. */
export interface VersionedRecord<S extends RecordSchema, V extends number> {
  /** The record's name, as declared. */
  readonly name: string;
  /** The labels of the current version's fields, as declared (for problems and the data dictionary). */
  readonly labels: FieldLabels | undefined;
  /** The description, as declared. */
  readonly description: string | undefined;
  /** The current schema version: what {@link VersionedRecord.write} writes. */
  readonly version: V;
  /** Every version this reader accepts, oldest first (`[1, ..., version]`). */
  readonly versions: readonly number[];
  /** The current schema, without `schemaVersion`. */
  readonly schema: S;
  /**
   * Read a record of any known version, migrate it to the current version and return the current
   * shape (without `schemaVersion`). Throws {@link index!StValidationError} carrying every problem, each
   * naming the field by its label, with `options`' location (e.g. `{ record: 3 }`) on each.
   */
  parse(input: unknown, options?: ReadRecordOptions): z.output<S>;
  /** {@link VersionedRecord.parse} returning a result instead of throwing. */
  safeParse(input: unknown, options?: ReadRecordOptions): ReadRecordResult<z.output<S>>;
  /**
   * Read a list of records, numbering them from 1 (the `record` of each problem), and report the
   * problems of all of them at once.
   */
  safeParseAll(inputs: readonly unknown[], options?: Omit<ReadRecordOptions, "record">): SafeResult<z.output<S>[]>;
  /** {@link VersionedRecord.safeParseAll} throwing {@link index!StValidationError} on any problem. */
  parseAll(inputs: readonly unknown[], options?: Omit<ReadRecordOptions, "record">): z.output<S>[];
  /**
   * The stored form of a value: checked against the current schema (a writer never writes a bad
   * record: problems throw {@link index!StValidationError}) and stamped with the current
   * `schemaVersion`, which comes first.
   */
  write(value: z.input<S>): StoredRecord<z.output<S>, V>;
  /**
   * A JSON Schema (draft 2020-12) of the stored form of a version (default: the current one), with
   * `schemaVersion` required, so that tools not written in TypeScript can validate records.
   * Refinements (rules across fields) cannot be expressed and are left out.
   */
  jsonSchema(version?: number): Record<string, unknown>;
}

const VERSION_KEY = "schemaVersion";
const VERSION_LABEL = "Schema version";

const isPositiveInteger = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 1;

function checkStrict(schema: RecordSchema, what: string): void {
  const def = (
    schema as unknown as { _zod?: { def?: { type?: string; catchall?: { _zod: { def: { type: string } } } } } }
  )._zod?.def;
  if (def?.type !== "object") throw new TypeError(`${what} must be a z.strictObject`);
  if (def.catchall?._zod.def.type !== "never") {
    throw new TypeError(`${what} must be a z.strictObject, so that unknown fields are errors that name them`);
  }
  if (Object.hasOwn(schema.shape, VERSION_KEY)) {
    throw new TypeError(`${what} must not declare ${VERSION_KEY}: defineRecord adds and checks it`);
  }
}

/**
 * Declare a versioned record type.
 *
 * Every stored record carries `schemaVersion`. Reading accepts every version from 1 to `version`:
 * the input is checked against the schema of its own version (so problems name the fields as the
 * writer knew them), then migrated one version at a time, each step's result checked against the
 * next version's schema. Writing always writes the current version.
 *
 * - A record without `schemaVersion` is an error that lists the known versions, unless
 *   `assumeVersion` is set (on the definition, or per read for inputs like spreadsheet rows).
 * - A `schemaVersion` newer than `version` is an error (`unsupported_version`) that says the
 *   record was written by newer software: upgrade to read it, never guess.
 * - Unknown fields are errors that name them (the schemas are `z.strictObject`s).
 *
 * Throws a `TypeError` at declaration when a schema is not a `z.strictObject`, declares
 * `schemaVersion` itself, or a migration from an earlier version is missing.
 *
 * @example
 * const complaintV1 = z.strictObject({ borough: z.string(), received: isoDateSchema });
 * const complaint = defineRecord({
 *   name: "complaint",
 *   version: 2,
 *   schema: z.strictObject({ borough: z.string(), receivedOn: isoDateSchema }),
 *   labels: { receivedOn: "Date received" },
 *   migrations: { 1: defineMigration(complaintV1, ({ received, ...rest }) => ({ ...rest, receivedOn: received })) },
 * });
 * complaint.parse({ schemaVersion: 1, borough: "Hackney", received: "2025-12-19" });
 * // { borough: "Hackney", receivedOn: "2025-12-19" }
 */
export function defineRecord<S extends RecordSchema, const V extends number>(
  definition: RecordDefinition<S, V>,
): VersionedRecord<S, V> {
  checkArgument(definition, "record", {
    fn: "defineRecord",
    argument: "definition",
    label: "Record definition",
    expected: "a record definition { name, version, schema }",
  });
  const { name, version, schema, labels, description } = definition;
  const migrations = definition.migrations ?? {};
  if (!isPositiveInteger(version))
    throw new TypeError(`the version of ${name} must be a whole number from 1: got ${version}`);
  checkStrict(schema, `the schema of ${name} version ${version}`);
  for (let v = 1; v < version; v++) {
    const migration = migrations[v];
    if (!migration) throw new TypeError(`${name} version ${version} has no migration from version ${v}`);
    checkStrict(migration.schema, `the schema of ${name} version ${v}`);
  }
  for (const key of Object.keys(migrations)) {
    if (!(isPositiveInteger(Number(key)) && Number(key) < version)) {
      throw new TypeError(`${name} has a migration from version ${key}, which is not an earlier version`);
    }
  }
  if (
    definition.assumeVersion !== undefined &&
    !(isPositiveInteger(definition.assumeVersion) && definition.assumeVersion <= version)
  ) {
    throw new TypeError(`the assumeVersion of ${name} must be a known version (1 to ${version})`);
  }

  const versions = Object.freeze(Array.from({ length: version }, (_, i) => i + 1));
  const known = version === 1 ? "1" : `1 to ${version}`;
  const schemaOf = (v: number) => (v === version ? schema : (migrations[v] as RecordMigration).schema);
  const labelsOf = (v: number) => (v === version ? labels : ((migrations[v] as RecordMigration).labels ?? labels));

  const versionProblem = (
    found: unknown,
    location: ProblemLocation,
    code: ProblemCode,
    expected: string,
    message: string,
  ): Problem => ({
    ...location,
    path: VERSION_KEY,
    field: VERSION_LABEL,
    expected,
    received: describeValue(found),
    message,
    code,
  });

  const safeParse = (input: unknown, options: ReadRecordOptions = {}): ReadRecordResult<z.output<S>> => {
    const { assumeVersion = definition.assumeVersion, ...location } = options;
    if (input === null || typeof input !== "object" || Array.isArray(input)) {
      return {
        ok: false,
        problems: [
          {
            ...location,
            path: "",
            field: "",
            expected: `a ${name} record (a group of fields)`,
            received: describeValue(input),
            message: "is not a record",
            code: "invalid_type",
          },
        ],
      };
    }
    const { [VERSION_KEY]: stated, ...fields } = input as Record<string, unknown>;
    let from: number;
    if (stated === undefined) {
      if (assumeVersion === undefined) {
        return {
          ok: false,
          problems: [
            versionProblem(
              stated,
              location,
              "required",
              `the version the record was written at (${known})`,
              `is missing: every stored ${name} record says which version of its schema it follows`,
            ),
          ],
        };
      }
      if (!(isPositiveInteger(assumeVersion) && assumeVersion <= version)) {
        throw new RangeError(`assumeVersion must be a known version of ${name} (${known}): got ${assumeVersion}`);
      }
      from = assumeVersion;
    } else if (isPositiveInteger(stated) && stated > version) {
      return {
        ok: false,
        problems: [
          versionProblem(
            stated,
            location,
            "unsupported_version",
            `a version this software reads (${known})`,
            `is newer than this software knows: the record was written by a later version; upgrade to read it`,
          ),
        ],
      };
    } else if (isPositiveInteger(stated)) {
      from = stated;
    } else {
      return {
        ok: false,
        problems: [
          versionProblem(stated, location, "invalid_value", `a version number (${known})`, "is not a version number"),
        ],
      };
    }

    const read = (value: unknown, v: number, after?: number): SafeResult<unknown> => {
      const s = schemaOf(v);
      const result = s.safeParse(value, { reportInput: true });
      if (result.success) return { ok: true, value: result.data };
      const problems = zodProblems(result.error, { schema: s, input: value, labels: labelsOf(v), location });
      if (after !== undefined) {
        for (const p of problems) p.message += ` (after upgrading the record from version ${after})`;
      }
      return { ok: false, problems };
    };

    let current = read(fields, from);
    for (let v = from; v < version && current.ok; v++) {
      let next: unknown;
      try {
        next = (migrations[v] as RecordMigration).up(current.value as never);
      } catch (error) {
        return {
          ok: false,
          problems: [
            {
              ...location,
              path: "",
              field: "",
              expected: `a record that can be upgraded to version ${v + 1}`,
              received: `a version ${v} record`,
              message: `could not be upgraded from version ${v} to ${v + 1}: ${error instanceof Error ? error.message : String(error)}`,
              code: "migration_failed",
            },
          ],
        };
      }
      current = read(next, v + 1, from);
    }
    return current.ok ? { ok: true, value: current.value as z.output<S>, fromVersion: from } : current;
  };

  const subject = `${name} record`;

  const safeParseAll = (inputs: readonly unknown[], options: Omit<ReadRecordOptions, "record"> = {}) => {
    const values: z.output<S>[] = [];
    const problems: Problem[] = [];
    inputs.forEach((input, i) => {
      const result = safeParse(input, { ...options, record: i + 1 });
      if (result.ok) values.push(result.value);
      else appendAll(problems, result.problems);
    });
    return problems.length ? { ok: false as const, problems } : { ok: true as const, value: values };
  };

  return {
    name,
    labels,
    description,
    version,
    versions,
    schema,
    safeParse,
    parse(input, options) {
      const result = safeParse(input, options);
      if (result.ok) return result.value;
      throw new StValidationError(result.problems, { subject });
    },
    safeParseAll,
    parseAll(inputs, options) {
      const result = safeParseAll(inputs, options);
      if (result.ok) return result.value;
      throw new StValidationError(result.problems, { subject: `${name} records` });
    },
    write(value) {
      const result = schema.safeParse(value, { reportInput: true });
      if (!result.success) {
        throw new StValidationError(zodProblems(result.error, { schema, input: value, labels }), { subject });
      }
      return { [VERSION_KEY]: version, ...result.data } as StoredRecord<z.output<S>, V>;
    },
    jsonSchema(v = version) {
      if (!versions.includes(v)) throw new RangeError(`${name} has no version ${v}: the known versions are ${known}`);
      const json = inputJsonSchema(schemaOf(v));
      const { $schema, properties, required, ...rest } = json as {
        $schema?: string;
        properties?: Record<string, unknown>;
        required?: string[];
      };
      return {
        $schema: $schema ?? "https://json-schema.org/draft/2020-12/schema",
        title: `${name} record, version ${v}`,
        ...(description === undefined ? {} : { description }),
        ...rest,
        type: "object",
        properties: {
          [VERSION_KEY]: { const: v, description: `${VERSION_LABEL}: the version of the ${name} record's schema` },
          ...properties,
        },
        required: [VERSION_KEY, ...(required ?? [])],
        additionalProperties: false,
      };
    },
  };
}
