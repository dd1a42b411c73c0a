/**
 * Read the partnership's published indicator tables, messy as they are: each borough's table has
 * its own row labels ("New cases where DA is the referral issue on intake", "New cases in this
 * period where DA/DV* is the referral issue on intake"), its own quarter labels ("Jul-Sep 23",
 * "July-sept 23", "April-June 24", "Jul- Sep 23"), empty cells for quarters it did not return, and
 * analysts' notes printed under it. Rows are matched to indicators by meaning, every label is
 * parsed, empty cells stay missing (never zero), and the notes stay attached to their borough.
 * @module
 */
import { appendAll, checkArgument, type Problem, type ProblemCode, StValidationError } from "@st/core";
import { formatQuarter, type QuarterId, safeParseQuarterLabel } from "@st/core/calendar";
import { findLocalAuthority } from "@st/core/places";
import { checkRecordArgument, checkTextArgument } from "./arguments.js";
import { parseDelimited } from "./csv.js";
import {
  getIndicatorSet,
  type IndicatorDefinition,
  type IndicatorId,
  type IndicatorSet,
  indicatorSets,
} from "./indicator-definitions.js";
import {
  caveatNotes,
  caveatsOf,
  type IndicatorTable,
  MAX_INDICATOR_FIGURE,
  type SeriesPoint,
  summariseIndicators,
} from "./indicator-table.js";

/** Why a row label did or did not match an indicator. */
export type LabelMatchResult =
  | { ok: true; indicator: IndicatorId }
  | { ok: false; reason: "no-match" }
  | { ok: false; reason: "ambiguous"; candidates: IndicatorId[] };

function normalise(label: string): string {
  return ` ${label
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
}

function matches(text: string, indicator: IndicatorDefinition): boolean {
  const has = (phrase: string) => text.includes(` ${phrase} `);
  return indicator.labelMatch.all.every((group) => group.some(has)) && !indicator.labelMatch.none.some(has);
}

/**
 * Match a published row label to an indicator by meaning, using each indicator's
 * {@link IndicatorDefinition.labelMatch} phrases. Wording, case, punctuation and asterisks do not
 * matter ("DA/DV*" reads as "DA DV"). By default every indicator of both partnership sets is tried.
 */
export function matchIndicatorLabel(
  label: string,
  indicators: readonly IndicatorDefinition[] = allPartnershipIndicators(),
): LabelMatchResult {
  checkTextArgument("matchIndicatorLabel", "label", "Row label", label);
  if (!Array.isArray(indicators))
    checkArgument(indicators, "list", {
      fn: "matchIndicatorLabel",
      argument: "indicators",
      label: "Indicators",
      expected: "a list of indicator definitions",
    });
  return matchLabel(label, indicators);
}

/** {@link matchIndicatorLabel} unchecked: a file reads it for every row. */
function matchLabel(label: string, indicators: readonly IndicatorDefinition[]): LabelMatchResult {
  const text = normalise(label);
  const candidates = [...new Set(indicators.filter((i) => matches(text, i)).map((i) => i.id))];
  if (candidates.length === 1) return { ok: true, indicator: candidates[0]! };
  if (candidates.length === 0) return { ok: false, reason: "no-match" };
  return { ok: false, reason: "ambiguous", candidates };
}

function allPartnershipIndicators(): IndicatorDefinition[] {
  const byId = new Map<IndicatorId, IndicatorDefinition>();
  for (const set of Object.values(indicatorSets)) for (const i of set.indicators) byId.set(i.id, i);
  return [...byId.values()];
}

/** Options for {@link readPublishedReturns}. */
export interface ReadPublishedReturnsOptions {
  /** The file's name, for notes and errors. */
  fileName?: string | undefined;
  /** The set the table reports. Default: `2025` when it has re-referral rows and no children-into-care rows, otherwise `2023`. */
  definition?: IndicatorSet | "2023" | "2025" | undefined;
}

const MISSING = new Set(["", "-", "–", "—", "n/a", "na", "..", "."]);

interface BoroughTable {
  gss: string;
  name: string;
  quarters: (QuarterId | undefined)[];
  rows: Map<IndicatorId, { label: string; values: (number | null)[]; line: number }>;
  notes: string[];
}

/**
 * Read published returns laid out as the partnership's evaluation tables are: a `header` row per
 * borough giving its quarter labels, then one row per indicator (`table`, `borough`, row label,
 * one cell a quarter). Lines starting with `#` are comments; notes written in them as
 * `Borough: "note"`, or rows `note <tab> Borough <tab> text`, are attached to that borough.
 *
 * Every problem (an unmatched or ambiguous row label, an unparseable quarter label, an unknown
 * borough, a cell that is not a count) is collected and thrown together as a
 * {@link StValidationError} quoting what was found and its line.
 */
export function readPublishedReturns(text: string, options: ReadPublishedReturnsOptions = {}): IndicatorTable {
  checkTextArgument("readPublishedReturns", "text", "Published returns", text, "the text of a published returns file");
  checkRecordArgument("readPublishedReturns", "options", options);
  const fileName = options.fileName ?? "published returns";
  const problems: Problem[] = [];
  const fileNotes: string[] = [];
  const boroughs = new Map<string, BoroughTable>();
  const labelsUsed = new Map<IndicatorId, Map<string, string[]>>();
  const indicators = allPartnershipIndicators();

  const commentNotes: { gss: string; name: string; note: string }[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const dataLines: string[] = [];
  for (const line of lines) {
    if (line.trimStart().startsWith("#")) {
      const comment = line.trimStart().slice(1).trim();
      const noted = extractBoroughNotes(comment);
      if (noted.length === 0) {
        if (comment !== "") fileNotes.push(`From ${fileName}: ${comment}`);
      } else {
        appendAll(commentNotes, noted);
      }
      dataLines.push("");
    } else {
      dataLines.push(line);
    }
  }

  function borough(gss: string, name: string): BoroughTable {
    let b = boroughs.get(gss);
    if (!b) {
      b = { gss, name, quarters: [], rows: new Map(), notes: [] };
      boroughs.set(gss, b);
    }
    return b;
  }

  const problem = (
    line: number,
    field: string,
    expected: string,
    received: string,
    message: string,
    code: ProblemCode,
  ) => problems.push({ path: "", field, expected, received, message, code, line });

  const rows = parseDelimited(dataLines.join("\n"), { fileName });
  let globalQuarters: (QuarterId | undefined)[] | undefined;
  for (const row of rows) {
    const [kind = "", boroughCell = "", label = "", ...cells] = row.cells.map((c) => c.trim());
    if (kind.toLowerCase() === "table" && boroughCell.toLowerCase() === "borough") {
      // The column header: quarter labels here apply to every borough (placeholders like col1 are skipped).
      if (cells.every((c) => /^col\d+$/i.test(c) || c === "")) continue;
      globalQuarters = parseQuarterCells(cells, row.line, "(all boroughs)");
      continue;
    }
    const la = boroughCell === "" ? undefined : findLocalAuthority(boroughCell);
    if (!la) {
      problem(
        row.line,
        "borough",
        "a London borough's name or GSS code",
        JSON.stringify(boroughCell),
        `"${boroughCell}" is not a borough this package knows`,
        "unknown_borough",
      );
      continue;
    }
    const b = borough(la.code, la.london ? la.name : la.code);
    if (kind.toLowerCase() === "header") {
      b.quarters = parseQuarterCells(cells, row.line, b.name);
      continue;
    }
    if (kind.toLowerCase() === "note") {
      const note = [label, ...cells].filter((c) => c !== "").join(" ");
      if (note) b.notes.push(note);
      continue;
    }
    const match = matchLabel(label, indicators);
    if (!match.ok) {
      problem(
        row.line,
        "row label",
        "a row label naming one of the indicators (DA referral on intake, DA flagged after assessment, CP plans with DA, children into care with DA, DA re-referrals)",
        JSON.stringify(label),
        match.reason === "ambiguous"
          ? `the row label "${label}" could mean ${match.candidates.join(" or ")}`
          : `the row label "${label}" matches no indicator`,
        match.reason === "ambiguous" ? "ambiguous_label" : "unmatched_label",
      );
      continue;
    }
    if (b.rows.has(match.indicator)) {
      problem(
        row.line,
        "row label",
        "one row per indicator per borough",
        JSON.stringify(label),
        `${b.name} already has a row for ${match.indicator} (line ${b.rows.get(match.indicator)!.line})`,
        "duplicate_row",
      );
      continue;
    }
    const quarters = b.quarters.length > 0 ? b.quarters : globalQuarters;
    if (!quarters) {
      problem(
        row.line,
        "header",
        `a header row giving ${b.name}'s quarter labels before its figures`,
        "no header row",
        `${b.name}'s figures come before any row saying which quarters they are for`,
        "missing_header",
      );
      continue;
    }
    const values: (number | null)[] = [];
    cells.forEach((cell, i) => {
      const value = parseCount(cell);
      if (value === undefined) {
        problem(
          row.line,
          `column ${i + 4}`,
          `a whole number up to ${MAX_INDICATOR_FIGURE.toLocaleString("en-GB")}, or an empty cell for a quarter not returned`,
          JSON.stringify(cell),
          `"${cell}" is not a count (${b.name}, ${label})`,
          "invalid_count",
        );
        values.push(null);
        return;
      }
      if (value !== null && quarters[i] === undefined && i >= quarters.length) {
        problem(
          row.line,
          `column ${i + 4}`,
          "a figure under a quarter label",
          JSON.stringify(cell),
          `a figure with no quarter label above it`,
          "unlabelled_figure",
        );
      }
      values.push(value);
    });
    b.rows.set(match.indicator, { label, values, line: row.line });
    const used = labelsUsed.get(match.indicator) ?? new Map<string, string[]>();
    used.set(label, [...(used.get(label) ?? []), b.name]);
    labelsUsed.set(match.indicator, used);
  }

  function parseQuarterCells(cells: string[], line: number, whose: string): (QuarterId | undefined)[] {
    const columnOf = new Map<QuarterId, number>();
    return cells.map((cell, i) => {
      if (cell === "") return undefined;
      const parsed = safeParseQuarterLabel(cell);
      if (parsed.ok) {
        // Two columns for one quarter would give two figures for it, and only one would be shown.
        const earlier = columnOf.get(parsed.value);
        if (earlier !== undefined) {
          problem(
            line,
            `column ${i + 4}`,
            "each quarter labelled once",
            JSON.stringify(cell),
            `columns ${earlier + 4} and ${i + 4} are both labelled ${formatQuarter(parsed.value, "short")} (${whose})`,
            "duplicate_quarter",
          );
          return undefined;
        }
        columnOf.set(parsed.value, i);
        return parsed.value;
      }
      problem(
        line,
        `column ${i + 4}`,
        'a quarter label such as "Jul-Sep 23"',
        JSON.stringify(cell),
        `the quarter label "${cell}" could not be read (${whose})`,
        "invalid_quarter_label",
      );
      return undefined;
    });
  }

  // Notes written in comments join their borough's table (after its own note rows), keeping the
  // boroughs in the order their tables appear.
  for (const { gss, name, note } of commentNotes) borough(gss, name).notes.push(note);

  if (problems.length === 0 && boroughs.size === 0) {
    problem(1, fileName, "a table of indicator figures", "no rows", `${fileName} holds no figures`, "empty_file");
  }
  if (problems.length > 0) throw new StValidationError(problems, { subject: fileName });

  const found = new Set<IndicatorId>();
  for (const b of boroughs.values()) for (const id of b.rows.keys()) found.add(id);
  const set =
    typeof options.definition === "object"
      ? options.definition
      : getIndicatorSet(
          options.definition ??
            (found.has("da-re-referrals") && !found.has("children-into-care-with-da") ? "2025" : "2023"),
        );
  const ids = set.indicators.map((i) => i.id).filter((id) => found.has(id));
  const extra = [...found].filter((id) => !ids.includes(id));
  if (extra.length > 0) {
    throw new StValidationError(
      [
        {
          path: "",
          field: "definition",
          expected: `rows for the indicators of the ${set.id} set`,
          received: extra.join(", "),
          message: `${fileName} has rows for ${extra.join(", ")}, which the ${set.id} set does not include`,
          code: "indicator_not_in_set",
        },
      ],
      { subject: fileName },
    );
  }

  const quarterSet = new Set<QuarterId>();
  for (const b of boroughs.values()) {
    const qs = b.quarters.length > 0 ? b.quarters : (globalQuarters ?? []);
    for (const q of qs) if (q) quarterSet.add(q);
  }
  const quarters = [...quarterSet].sort();

  const series: SeriesPoint[] = [];
  const notes: string[] = [set.title];
  const boroughNotes: string[] = [];
  for (const b of boroughs.values()) {
    const qs = b.quarters.length > 0 ? b.quarters : (globalQuarters ?? []);
    const missing = new Set<QuarterId>();
    for (const id of ids) {
      const row = b.rows.get(id);
      for (const quarter of quarters) {
        const index = qs.indexOf(quarter);
        const value = row && index >= 0 ? (row.values[index] ?? null) : null;
        if (value === null) missing.add(quarter);
        series.push({ borough: b.gss, indicator: id, quarter, value });
      }
      if (!row) boroughNotes.push(`${b.name} returned no row for ${id}; its figures are null.`);
    }
    const wholly = quarters.filter((q) =>
      ids.every(
        (id) => series.find((p) => p.borough === b.gss && p.indicator === id && p.quarter === q)?.value === null,
      ),
    );
    if (wholly.length > 0) {
      boroughNotes.push(
        `${b.name} returned no figures for ${wholly.map((q) => formatQuarter(q, "short")).join(", ")}; these are null, not zero.`,
      );
    } else if (missing.size > 0) {
      boroughNotes.push(`${b.name} left some cells empty; they are null, not zero.`);
    }
    for (const note of b.notes) boroughNotes.push(`${b.name} (${b.gss}), note printed with its table: ${note}`);
  }
  notes.push(
    `Read from ${fileName}: ${boroughs.size} boroughs, ${quarters.length} quarters${
      quarters.length > 0
        ? ` (${formatQuarter(quarters[0]!, "short")} to ${formatQuarter(quarters.at(-1)!, "short")})`
        : ""
    }. Figures are as each borough published them, counted by its own query.`,
  );
  for (const id of ids) {
    const used = labelsUsed.get(id);
    if (!used) continue;
    notes.push(
      `${id} was read from the rows labelled ${[...used.entries()].map(([label, names]) => `"${label}" (${names.join(", ")})`).join("; ")}.`,
    );
  }
  appendAll(appendAll(notes, boroughNotes), fileNotes);
  const caveats = caveatsOf(set, ids);
  notes.push(...caveatNotes(caveats));
  return {
    definition: set.id,
    series,
    notes,
    indicators: summariseIndicators({ ...set, indicators: set.indicators.filter((i) => ids.includes(i.id)) }, false),
    boroughs: [...boroughs.values()].map((b) => ({
      gss: b.gss,
      name: b.name,
      notes: b.notes,
      labels: Object.fromEntries([...b.rows].map(([id, row]) => [id, row.label])),
    })),
    caveats,
  };
}

function parseCount(cell: string): number | null | undefined {
  const text = cell.trim();
  if (MISSING.has(text.toLowerCase())) return null;
  const digits = text.replace(/(\d),(?=\d{3}\b)/g, "$1");
  if (!/^\d+$/.test(digits)) return undefined;
  const count = Number(digits);
  return count <= MAX_INDICATOR_FIGURE ? count : undefined;
}

/** Notes written in a comment as `Borough: "note"`, for every name that is a borough. */
function extractBoroughNotes(comment: string): { gss: string; name: string; note: string }[] {
  const out: { gss: string; name: string; note: string }[] = [];
  for (const match of comment.matchAll(/([A-Za-z&' ]+?):\s*"([^"]+)"/g)) {
    const la = findLocalAuthority(match[1]!.trim());
    if (la) out.push({ gss: la.code, name: la.london ? la.name : la.code, note: match[2]!.trim() });
  }
  return out;
}
