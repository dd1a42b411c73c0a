/**
 * Check a return before it is merged: its schema version and shape, the definitions its figures
 * cite, its borough and quarter, that the small-numbers rule was applied, and that nothing was
 * changed after it was built.
 * @module
 */
import { describeValue, type Problem, type ProblemCode, type SafeResult, safeParseWithProblems } from "@st/core";
import { findLocalAuthority } from "@st/core/places";
import { checkOptions } from "./arguments.js";
import type { Figure } from "./figure.js";
import { type KnownDefinition, knownDefinitions } from "./figure-definitions.js";
import { returnChecksum } from "./integrity.js";
import {
  type PartnershipReturn,
  partnershipReturnSchema,
  RETURN_KIND,
  RETURN_SCHEMA_VERSION,
  returnFieldLabels,
} from "./partnership-return.js";

/** Options for {@link checkReturn}. */
export interface CheckReturnOptions {
  /**
   * The file's name. When it starts `<GSS code>-<YYYY-Qn>` (as `st return build` names returns), the
   * borough and quarter inside must match it, so a renamed or mislabelled file is caught.
   */
  file?: string | undefined;
  /** Definitions to accept beside the built-in ones (a borough's own checklist, say). */
  definitions?: readonly KnownDefinition[] | undefined;
}

const problem = (
  path: string,
  field: string,
  expected: string,
  received: string,
  message: string,
  code: ProblemCode,
): Problem => ({
  path,
  field,
  expected,
  received,
  message,
  code,
});

function definitionProblems(figures: readonly Figure[], known: readonly KnownDefinition[]): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set<string>();
  figures.forEach((f, i) => {
    const key = `${f.definition.id}@${f.definition.version}`;
    if (reported.has(key)) return;
    const versions = known.filter((d) => d.id === f.definition.id).map((d) => d.version);
    if (versions.includes(f.definition.version)) return;
    reported.add(key);
    problems.push(
      versions.length
        ? problem(
            `figures.${i}.definition.version`,
            "Definition version",
            `a version this release knows (${versions.join(", ")})`,
            JSON.stringify(f.definition.version),
            `figure ${f.id} was computed under version ${f.definition.version} of ${f.definition.id}, which this release does not know: update st to read it`,
            "unknown_definition_version",
          )
        : problem(
            `figures.${i}.definition.id`,
            "Definition",
            "a definition this release knows",
            JSON.stringify(f.definition.id),
            `figure ${f.id} cites a definition this release does not know`,
            "unknown_definition",
          ),
    );
  });
  return problems;
}

function suppressionProblems(value: PartnershipReturn): Problem[] {
  const rule = value.suppression;
  const small = (x: number | null) => x !== null && x >= 1 && x < rule.threshold;
  const problems: Problem[] = [];
  const byId = new Map(value.figures.map((f) => [f.id, f]));
  value.figures.forEach((f, i) => {
    const at = `figures.${i}`;
    if ((f.status === "shown") !== (f.value !== null))
      problems.push(
        problem(
          `${at}.value`,
          "Value",
          f.status === "shown" ? "a number for a figure shown" : "null for a figure withheld",
          describeValue(f.value),
          `figure ${f.id} is ${f.status} but its value is ${f.value === null ? "missing" : "there"}`,
          "status_mismatch",
        ),
      );
    if (f.status !== "shown" || rule.exempt.includes(f.unit)) return;
    const revealing =
      f.kind === "count"
        ? small(f.value)
        : small(f.n) ||
          small(f.value) ||
          (rule.complements && f.n !== null && f.value !== null && small(f.n - f.value));
    if (revealing)
      problems.push(
        problem(
          `${at}.value`,
          "Value",
          `a count of 0 or at least ${rule.threshold}, or the figure withheld`,
          f.display,
          `figure ${f.id} shows a small number the return's rule withholds`,
          "unsuppressed_small_number",
        ),
      );
  });
  value.groups.forEach((g, i) => {
    const members = [g.total, ...g.parts].map((id) => byId.get(id));
    const missing = [g.total, ...g.parts].filter((_, j) => members[j] === undefined);
    if (missing.length) {
      problems.push(
        problem(
          `groups.${i}`,
          "Totals and their parts",
          "ids of figures in the return",
          missing.join(", "),
          `a total or part names figures the return does not hold`,
          "unknown_figure",
        ),
      );
      return;
    }
    const hidden = members.filter((m) => m!.value === null).length;
    if (hidden === 1)
      problems.push(
        problem(
          `groups.${i}`,
          "Totals and their parts",
          "no total with exactly one withheld part",
          `${g.total} = ${g.parts.join(" + ")} with one withheld`,
          `the withheld figure can be worked out from ${g.total} and its other parts: secondary suppression was not applied`,
          "secondary_suppression_missing",
        ),
      );
  });
  return problems;
}

function referenceProblems(value: PartnershipReturn): Problem[] {
  const caveats = new Set(value.caveats.map((c) => c.id));
  const sources = new Set(value.sources.map((s) => s.name));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  value.figures.forEach((f, i) => {
    if (seen.has(f.id))
      problems.push(
        problem(
          `figures.${i}.id`,
          "Figure id",
          "each figure once",
          f.id,
          `figure ${f.id} appears twice`,
          "duplicate_figure",
        ),
      );
    seen.add(f.id);
    if (!f.id.startsWith(`${f.section}/`))
      problems.push(
        problem(
          `figures.${i}.section`,
          "Section",
          `the section its id starts with`,
          f.section,
          `figure ${f.id} is filed under ${f.section}`,
          "section_mismatch",
        ),
      );
    for (const c of f.caveats)
      if (!caveats.has(c))
        problems.push(
          problem(
            `figures.${i}.caveats`,
            "Caveats",
            "ids of the return's caveats",
            c,
            `figure ${f.id} cites a caveat the return does not hold`,
            "unknown_caveat",
          ),
        );
    for (const s of f.sources)
      for (const name of s.split(" + "))
        if (!sources.has(name))
          problems.push(
            problem(
              `figures.${i}.sources`,
              "Source files",
              "names of the return's source files",
              name,
              `figure ${f.id} cites a source file the return does not list`,
              "unknown_source",
            ),
          );
  });
  return problems;
}

function placeProblems(value: PartnershipReturn, file: string | undefined): Problem[] {
  const problems: Problem[] = [];
  const authority = findLocalAuthority(value.borough);
  if (!authority?.london)
    problems.push(
      problem(
        "borough",
        "Borough",
        "a local authority's GSS code",
        value.borough,
        "is not a local authority this release knows",
        "unknown_borough",
      ),
    );
  else if (authority.name !== value.boroughName)
    problems.push(
      problem(
        "boroughName",
        "Borough name",
        authority.name,
        JSON.stringify(value.boroughName),
        `does not match the borough code ${value.borough}`,
        "borough_mismatch",
      ),
    );
  const named = file
    ?.split(/[\\/]/)
    .pop()
    ?.match(/^(E\d{8}|W\d{8})-(\d{4}-Q[1-4])/);
  if (named && (named[1] !== value.borough || named[2] !== value.quarter))
    problems.push(
      problem(
        named[1] !== value.borough ? "borough" : "quarter",
        named[1] !== value.borough ? "Borough" : "Quarter",
        `${named[1]} ${named[2]}, as the file's name says`,
        `${value.borough} ${value.quarter}`,
        "does not match the file's name: the file was renamed, or holds another return",
        "file_name_mismatch",
      ),
    );
  return problems;
}

/**
 * Check a return read from JSON. Returns the return, or every problem found, each naming the field
 * by its label; never throws. A return written by a newer schema version is refused before anything
 * else, since its fields may not mean what this release thinks.
 */
export async function checkReturn(
  json: unknown,
  options: CheckReturnOptions = {},
): Promise<SafeResult<PartnershipReturn>> {
  checkOptions("checkReturn", options);
  if (json === null || typeof json !== "object" || Array.isArray(json))
    return {
      ok: false,
      problems: [
        problem(
          "",
          "the file",
          "a partnership return (a JSON object)",
          describeValue(json),
          "is not a partnership return",
          "not_a_return",
        ),
      ],
    };
  const record = json as Record<string, unknown>;
  if (record.kind !== RETURN_KIND)
    return {
      ok: false,
      problems: [
        problem(
          "kind",
          returnFieldLabels.kind!,
          JSON.stringify(RETURN_KIND),
          describeValue(record.kind),
          "is not a partnership return",
          "not_a_return",
        ),
      ],
    };
  const version = record.schemaVersion;
  if (typeof version === "number" && Number.isInteger(version) && version > RETURN_SCHEMA_VERSION)
    return {
      ok: false,
      problems: [
        problem(
          "schemaVersion",
          returnFieldLabels.schemaVersion!,
          `${RETURN_SCHEMA_VERSION} or earlier`,
          String(version),
          `the return was written by a newer release (schema version ${version}) than this one reads (${RETURN_SCHEMA_VERSION}): update st to read it`,
          "newer_schema_version",
        ),
      ],
    };
  const parsed = safeParseWithProblems(partnershipReturnSchema, json, {
    labels: (_path, segments) =>
      returnFieldLabels[String([...segments].reverse().find((s) => typeof s === "string") ?? "")],
  });
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const problems = [
    ...placeProblems(value, options.file),
    ...definitionProblems(value.figures, [...knownDefinitions, ...(options.definitions ?? [])]),
    ...referenceProblems(value),
    ...suppressionProblems(value),
  ];
  const expected = await returnChecksum(record);
  if (expected !== value.checksum)
    problems.push(
      problem(
        "checksum",
        returnFieldLabels.checksum!,
        expected,
        value.checksum,
        "does not match the return's contents: a figure or field was changed after the return was built (rebuild it, never edit it)",
        "checksum_mismatch",
      ),
    );
  return problems.length ? { ok: false, problems } : { ok: true, value };
}
