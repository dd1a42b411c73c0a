/**
 * Data dictionaries: every field of a record or definition with its label, type, allowed values,
 * when it is required and since which schema version, generated from the form definition or the
 * zod schema that defines the record (never written by hand), and written as Markdown for the docs.
 * @module
 */
import * as z from "zod";
import { checkArgument } from "./argument-checks.js";
import { describeCondition } from "./form-answers.js";
import { type FormDefinition, type FormQuestion, resolveWith, type TextResolver } from "./form-definition.js";
import { defaultTerminology } from "./terminology.js";
import type { RecordSchema, VersionedRecord } from "./versioned-record.js";
import { type FieldLabels, labelFromKey } from "./zod-problems.js";

/** One field of a data dictionary. */
export interface DictionaryField {
  /** Where the field is in the record: dotted, `[]` after a list (`cases[].caseId`). */
  path: string;
  /** The field's label (for a form, the question). */
  label: string;
  /** The kind of value, in words: "text", "whole number", "date (YYYY-MM-DD)", "list of ...". */
  type: string;
  /** The values allowed, in words; empty when any value of the type is allowed. */
  allowedValues: string;
  /** Whether the field must be given, and when: "yes", "no", `yes, when "..." is "Yes"`. */
  required: string;
  /** The schema (or form) version the field first appeared in, unchanged since. */
  since: number;
  /** Help text or the field's description; empty when there is none. */
  help: string;
}

/** A titled group of fields: a section of a form, or a part of a record. */
export interface DictionaryGroup {
  /** The group's heading. */
  title: string;
  /** An id shown beside the heading (a section id, a field path). */
  id?: string | undefined;
  /** A sentence under the heading. */
  help?: string | undefined;
  /** The fields, in order. */
  fields: DictionaryField[];
}

/** A whole data dictionary page. */
export interface DataDictionary {
  /** What the page describes, e.g. "Complaints proforma"; the heading is "Data dictionary: <title>". */
  title: string;
  /** Where it is generated from and how to regenerate it, for the "do not edit" comment. */
  generatedBy: string;
  /** Paragraphs (Markdown) under the heading: what the record is, its versions, where its JSON Schema is. */
  intro: readonly string[];
  /** The groups of fields. */
  groups: readonly DictionaryGroup[];
  /** Further sections after the fields (rules across fields, timescales), each a heading and Markdown lines. */
  notes?: readonly { title: string; lines: readonly string[] }[] | undefined;
}

const FORM_TYPE_WORDS: Record<FormQuestion["type"], string> = {
  text: "text",
  longText: "text (long)",
  integer: "whole number",
  number: "number",
  date: "date (YYYY-MM-DD)",
  yesNo: "yes/no",
  yesNoUnknown: "yes/no/not known",
  choice: "one choice",
  multiChoice: "one or more choices",
};

/** Options for {@link formDictionaryGroups}. */
export interface FormDictionaryOptions {
  /** Resolves terminology placeholders in labels. Default: the default terminology. */
  resolve?: TextResolver | undefined;
  /** When each field first appeared, by question id; fields not listed are from version 1. */
  since?: Readonly<Record<string, number>> | undefined;
  /** The allowed values of a question in words, when the form cannot say them (e.g. a code list checked in code). */
  allowedValues?: ((question: FormQuestion) => string | undefined) | undefined;
}

function range(min: string | number | undefined, max: string | number | undefined, unit = ""): string {
  if (min !== undefined && max !== undefined) return `${min} to ${max}${unit}`;
  if (min !== undefined) return `${min} or more${unit}`;
  if (max !== undefined) return `at most ${max}${unit}`;
  return "";
}

/**
 * The groups of a data dictionary from a form definition: a group a section, a field a question,
 * with its type, its options (value and label), its bounds, and when it applies.
 */
export function formDictionaryGroups(
  definition: FormDefinition,
  options: FormDictionaryOptions = {},
): DictionaryGroup[] {
  checkArgument(definition, "record", {
    fn: "formDictionaryGroups",
    argument: "definition",
    label: "Form definition",
    expected: "a form definition",
  });
  checkArgument(options, "record", { fn: "formDictionaryGroups", argument: "options", label: "Options" });
  const resolve = options.resolve ?? resolveWith(defaultTerminology);
  const allowed = (q: FormQuestion): string => {
    const own = options.allowedValues?.(q);
    if (own !== undefined) return own;
    switch (q.type) {
      case "choice":
      case "multiChoice":
        return q.options.map((o) => `\`${o.value}\` ${resolve(o.label)}`).join("; ");
      case "integer":
      case "number":
        return range(q.min, q.max);
      case "date":
        return range(q.min, q.max);
      case "text":
      case "longText":
        return q.maxLength === undefined ? "" : `at most ${q.maxLength} characters`;
      default:
        return "";
    }
  };
  return definition.sections.map((section) => ({
    title: resolve(section.title),
    id: section.id,
    help: section.help ? resolve(section.help) : undefined,
    fields: section.questions.map((q) => {
      const when = describeCondition(definition, q, resolve)?.replace(/^only /, "");
      return {
        path: q.id,
        label: resolve(q.label),
        type: FORM_TYPE_WORDS[q.type],
        allowedValues: allowed(q),
        required: when ? (q.required ? `yes, ${when}` : `only ${when}; optional`) : q.required ? "yes" : "no",
        since: options.since?.[q.id] ?? 1,
        help: q.help ? resolve(q.help) : "",
      };
    }),
  }));
}

type JsonSchema = {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  default?: unknown;
};

/** Options for {@link schemaDictionaryFields}. */
export interface SchemaDictionaryOptions {
  /** Labels of the fields, keyed as for problems (see {@link FieldLabels}); else the schema's title, else the key in words. */
  labels?: FieldLabels | undefined;
  /** The version each field first appeared in, by path (`cases[].caseId`). Default 1. */
  since?: ((path: string) => number) | undefined;
}

const SAFE_MAX = Number.MAX_SAFE_INTEGER;
const quote = (v: unknown) => `\`${typeof v === "string" ? v : JSON.stringify(v)}\``;

/** A JSON Schema without its `null` branch, and whether there was one. */
function withoutNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    const rest = branches.filter((b) => b.type !== "null");
    if (rest.length < branches.length) {
      return {
        schema: rest.length === 1 ? { ...rest[0], ...pick(schema) } : { ...schema, anyOf: rest },
        nullable: true,
      };
    }
  }
  if (Array.isArray(schema.type) && schema.type.includes("null")) {
    const type = schema.type.filter((t) => t !== "null");
    return { schema: { ...schema, type: type.length === 1 ? (type[0] as string) : type }, nullable: true };
  }
  return { schema, nullable: false };
}

function pick(schema: JsonSchema): JsonSchema {
  return {
    ...(schema.description ? { description: schema.description } : {}),
    ...(schema.title ? { title: schema.title } : {}),
  };
}

function typeWords(schema: JsonSchema): string {
  if (schema.const !== undefined) return typeof schema.const === "number" ? "number" : "text";
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return [...new Set(branches.map(typeWords))].join(" or ");
  switch (schema.type) {
    case "string":
      return schema.format === "date" ? "date (YYYY-MM-DD)" : "text";
    case "integer":
      return "whole number";
    case "number":
      return "number";
    case "boolean":
      return "true/false";
    case "object":
      return schema.properties ? "group of fields" : "map of values";
    case "array":
      return `list of ${schema.items ? plural(typeWords(schema.items)) : "values"}`;
    default:
      return "any value";
  }
}

function plural(words: string): string {
  return words
    .split(" or ")
    .map((w) =>
      w === "text"
        ? "texts"
        : w.startsWith("group of")
          ? w.replace(/^group/, "groups")
          : w.startsWith("list of")
            ? w.replace(/^list/, "lists")
            : w.startsWith("date")
              ? w.replace(/^date/, "dates")
              : w.endsWith("number")
                ? `${w}s`
                : w,
    )
    .join(" or ");
}

function allowedWords(schema: JsonSchema): string {
  const parts: string[] = [];
  if (schema.const !== undefined) parts.push(`always ${quote(schema.const)}`);
  if (schema.enum) parts.push(schema.enum.map(quote).join(", "));
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    const each = branches.map(allowedWords).filter((w) => w !== "");
    if (each.length) parts.push(each.join("; or "));
  }
  if (schema.pattern) parts.push(`matching \`${schema.pattern}\``);
  const max = schema.maximum !== undefined && schema.maximum < SAFE_MAX ? schema.maximum : undefined;
  const min = schema.minimum ?? schema.exclusiveMinimum;
  if (schema.type === "number" || schema.type === "integer") {
    const r =
      schema.exclusiveMinimum !== undefined && max === undefined
        ? `more than ${schema.exclusiveMinimum}`
        : range(min, max);
    if (r) parts.push(r);
  }
  if (schema.type === "string" && (schema.minLength ?? 0) > 1) parts.push(`at least ${schema.minLength} characters`);
  if (schema.type === "string" && schema.minLength === 1 && !schema.enum && !schema.pattern) parts.push("not empty");
  if (schema.maxLength !== undefined) parts.push(`at most ${schema.maxLength} characters`);
  if (schema.type === "array") {
    const items = schema.items ? allowedWords(schema.items) : "";
    const count = range(schema.minItems, schema.maxItems);
    if (count) parts.push(`${count} items`);
    if (items && schema.items?.type !== "object") parts.push(`each ${items}`);
  }
  return parts.join("; ");
}

/** Variants of a discriminated union: objects told apart by one property's constant value. */
function variantsOf(
  schema: JsonSchema,
): { key: string; variants: { value: unknown; schema: JsonSchema }[] } | undefined {
  const branches = schema.oneOf ?? schema.anyOf;
  if (!branches || branches.length < 2 || !branches.every((b) => b.type === "object" && b.properties)) return undefined;
  const first = branches[0]!.properties!;
  for (const key of Object.keys(first)) {
    const values = branches.map((b) => b.properties?.[key]?.const ?? b.properties?.[key]?.enum);
    if (values.every((v) => v !== undefined)) {
      return {
        key,
        variants: branches.map((b) => ({ value: b.properties![key]!.const ?? b.properties![key]!.enum, schema: b })),
      };
    }
  }
  return undefined;
}

function labelOf(
  segments: readonly (string | number)[],
  schema: JsonSchema,
  labels: FieldLabels | undefined,
  topLevel: ReadonlySet<string>,
): string {
  const last = segments.at(-1) ?? "";
  const path = segments.join(".");
  let label: string | undefined;
  if (typeof labels === "function") label = labels(path, segments);
  else if (labels) {
    label =
      labels[segments.map((s) => (typeof s === "number" ? "*" : s)).join(".")] ??
      // A bare key labels a nested field too, unless it is the label of a top-level field of that name
      // (the round's "id" is "Round id"; its reviewers' ids are not).
      (typeof last === "string" && (segments.length === 1 || !topLevel.has(last)) ? labels[last] : undefined);
  }
  return label ?? schema.title ?? labelFromKey(last);
}

/**
 * Every field of a JSON Schema (as `z.toJSONSchema` or `VersionedRecord.jsonSchema` writes it), in
 * order, depth first: a group of fields is listed, then its fields; a list of groups is listed, then
 * the fields of each item (`cases[].caseId`). The variants of a discriminated union are listed
 * together, each field required only "when `kind` is ...".
 */
export function schemaDictionaryFields(
  jsonSchema: Readonly<Record<string, unknown>>,
  options: SchemaDictionaryOptions = {},
): DictionaryField[] {
  checkArgument(jsonSchema, "record", { fn: "schemaDictionaryFields", argument: "jsonSchema", label: "JSON Schema" });
  checkArgument(options, "record", { fn: "schemaDictionaryFields", argument: "options", label: "Options" });
  const root = jsonSchema as JsonSchema;
  const defs = root.$defs ?? {};
  const deref = (s: JsonSchema): JsonSchema => {
    let out = s;
    for (let i = 0; out.$ref && i < 20; i++) {
      const name = out.$ref.replace(/^#\/\$defs\//, "");
      const { $ref: _, ...rest } = out;
      out = { ...defs[name], ...rest };
    }
    return out;
  };
  const topLevel = new Set(Object.keys(root.properties ?? {}));
  const out: DictionaryField[] = [];
  const walk = (
    schema: JsonSchema,
    segments: (string | number)[],
    path: string,
    required: string,
    seen: ReadonlySet<string>,
  ): void => {
    const raw = deref(schema);
    const { schema: s, nullable } = withoutNull(raw);
    if (segments.length > 0) {
      out.push({
        path,
        label: labelOf(segments, s, options.labels, topLevel),
        type: `${typeWords(s)}${nullable ? " or null (no figure)" : ""}`,
        allowedValues: allowedWords(s),
        required,
        since: options.since?.(path) ?? 1,
        help: s.description ?? "",
      });
    }
    // A recursive schema (a $ref to a definition being listed) is listed once, not followed again.
    if (schema.$ref !== undefined && seen.has(schema.$ref)) return;
    const inner = schema.$ref === undefined ? seen : new Set(seen).add(schema.$ref);
    const req = (o: JsonSchema, key: string, condition?: string): string => {
      const isRequired = (o.required ?? []).includes(key);
      if (condition) return isRequired ? `yes, ${condition}` : `only ${condition}; optional`;
      return isRequired ? "yes" : "no";
    };
    const objectFields = (o: JsonSchema, prefix: string, segs: (string | number)[]) => {
      for (const [key, child] of Object.entries(o.properties ?? {})) {
        walk(child, [...segs, key], prefix ? `${prefix}.${key}` : key, req(o, key), inner);
      }
    };
    const variants = variantsOf(s);
    if (variants) {
      // Fields every variant has are listed once; the others say which variants they belong to.
      const valueWords = (value: unknown) => (Array.isArray(value) ? value.map(quote).join(" or ") : quote(value));
      const keys = [...new Set(variants.variants.flatMap((v) => Object.keys(v.schema.properties ?? {})))];
      for (const key of keys) {
        const having = variants.variants.filter((v) => v.schema.properties?.[key] !== undefined);
        const childPath = path ? `${path}.${key}` : key;
        const first = having[0]!.schema;
        const before = out.length;
        if (having.length === variants.variants.length) {
          walk(first.properties![key]!, [...segments, key], childPath, req(first, key), inner);
        } else {
          const when = `when \`${variants.key}\` is ${having.map((v) => valueWords(v.value)).join(" or ")}`;
          walk(first.properties![key]!, [...segments, key], childPath, req(first, key, when), inner);
        }
        const field = out[before];
        if (!field) continue;
        if (key === variants.key) {
          field.allowedValues = variants.variants.map((v) => valueWords(v.value)).join(", ");
        } else if (having.length > 1) {
          const words = having.map((v) => allowedWords(withoutNull(deref(v.schema.properties![key]!)).schema));
          if (new Set(words).size > 1) {
            field.allowedValues = having.map((v, i) => `${valueWords(v.value)}: ${words[i] || "any"}`).join("; ");
          }
        }
      }
      return;
    }
    if (s.type === "object" && s.properties) objectFields(s, path, segments);
    if (s.type === "object" && typeof s.additionalProperties === "object") {
      walk(s.additionalProperties, [...segments, "*"], `${path}.*`, "no", inner);
    }
    if (s.type === "array" && s.items) {
      const item = withoutNull(deref(s.items)).schema;
      if (
        (item.type === "object" && (item.properties || typeof item.additionalProperties === "object")) ||
        variantsOf(item)
      ) {
        const vs = variantsOf(item);
        if (vs) walk(item, [...segments, 0], `${path}[]`, "yes", inner);
        else {
          if (item.properties) objectFields(item, `${path}[]`, [...segments, 0]);
          if (typeof item.additionalProperties === "object") {
            walk(item.additionalProperties, [...segments, 0, "*"], `${path}[].*`, "no", inner);
          }
        }
      }
    }
  };
  walk(root, [], "", "yes", new Set<string>());
  return out;
}

/** Options for {@link recordDictionaryGroups}. */
export interface RecordDictionaryOptions {
  /** Labels of the fields; default: the record's own labels. */
  labels?: FieldLabels | undefined;
  /**
   * The title of the group of top-level fields. Every top-level field holding a group or a list
   * of groups gets a group of its own after it, titled with the field's label.
   */
  title?: string | undefined;
}

/** The paths of a JSON Schema's fields, without their details. */
function pathsOf(jsonSchema: Record<string, unknown>): Set<string> {
  return new Set(schemaDictionaryFields(jsonSchema).map((f) => `${f.path} ${f.type}`));
}

/**
 * The groups of a data dictionary from a versioned record type: every field of the current
 * version, from its JSON Schema, with the version it first appeared in (a field is "since" the
 * oldest version from which it has had the same path and type in every version up to now).
 */
export function recordDictionaryGroups(
  record: VersionedRecord<RecordSchema, number>,
  options: RecordDictionaryOptions = {},
): DictionaryGroup[] {
  checkArgument(record, "record", {
    fn: "recordDictionaryGroups",
    argument: "record",
    label: "Record type",
    expected: "a versioned record type",
  });
  checkArgument(options, "record", { fn: "recordDictionaryGroups", argument: "options", label: "Options" });
  const byVersion = record.versions.map((v) => pathsOf(record.jsonSchema(v)));
  const since = (key: string) => {
    let v = record.version;
    while (v > 1 && byVersion[v - 2]?.has(key)) v--;
    return v;
  };
  const fields = schemaDictionaryFields(record.jsonSchema(), { labels: options.labels ?? record.labels });
  for (const f of fields) f.since = since(`${f.path} ${f.type}`);
  return groupByTopLevel(
    fields.filter((f) => f.path !== "schemaVersion"),
    options.title ?? "The record",
  );
}

/** Options for {@link zodDictionaryGroups}. */
export interface ZodDictionaryOptions extends SchemaDictionaryOptions {
  /** The title of the group of top-level fields. Default "The fields". */
  title?: string | undefined;
}

/**
 * The groups of a data dictionary from a zod schema that is not a versioned record (e.g. an output
 * format): every field, from the schema's JSON Schema, all "since" version 1 unless told.
 */
export function zodDictionaryGroups(schema: z.ZodType, options: ZodDictionaryOptions = {}): DictionaryGroup[] {
  checkArgument(schema, "record", {
    fn: "zodDictionaryGroups",
    argument: "schema",
    label: "Schema",
    expected: "a zod schema",
  });
  checkArgument(options, "record", { fn: "zodDictionaryGroups", argument: "options", label: "Options" });
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return groupByTopLevel(schemaDictionaryFields(json, options), options.title ?? "The fields");
}

function groupByTopLevel(fields: readonly DictionaryField[], title: string): DictionaryGroup[] {
  const top = fields.filter((f) => !/[.[]/.test(f.path));
  const groups: DictionaryGroup[] = [{ title, fields: top }];
  for (const parent of top) {
    const nested = fields.filter((f) => f.path.startsWith(`${parent.path}.`) || f.path.startsWith(`${parent.path}[]`));
    if (nested.length > 0)
      groups.push({ title: parent.label, id: parent.path, help: parent.help || undefined, fields: nested });
  }
  return groups;
}

const cell = (text: string | number) => String(text).replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A data dictionary as a Markdown page: the intro, a table a group, then the notes. */
export function dataDictionaryMarkdown(dictionary: DataDictionary): string {
  checkArgument(dictionary, "record", {
    fn: "dataDictionaryMarkdown",
    argument: "dictionary",
    label: "Data dictionary",
    expected: "a data dictionary",
  });
  const lines = [
    `# Data dictionary: ${dictionary.title}`,
    "",
    `<!-- Generated from ${dictionary.generatedBy}. Do not edit. -->`,
    "",
  ];
  for (const paragraph of dictionary.intro) if (paragraph) lines.push(paragraph, "");
  for (const group of dictionary.groups) {
    lines.push(`## ${group.title}${group.id ? ` (\`${group.id}\`)` : ""}`, "");
    if (group.help) lines.push(group.help, "");
    lines.push(
      "| Field | Label | Type | Allowed values | Required | Since | Help |",
      "| --- | --- | --- | --- | --- | --- | --- |",
    );
    for (const f of group.fields) {
      lines.push(
        `| \`${f.path}\` | ${cell(f.label)} | ${cell(f.type)} | ${cell(f.allowedValues)} | ${cell(f.required)} | ${f.since} | ${cell(f.help)} |`,
      );
    }
    lines.push("");
  }
  for (const note of dictionary.notes ?? []) lines.push(`## ${note.title}`, "", ...note.lines, "");
  return `${lines.join("\n").trimEnd()}\n`;
}
