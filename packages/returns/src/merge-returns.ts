/**
 * Merge boroughs' returns into the partnership's model: every figure by borough and quarter, a
 * coverage table of who returned what, and totals that never count a missing return as zero.
 * Pure: a reporting system can call it on returns it has read and checked.
 * @module
 */
import { checkArgument, type Problem, StValidationError } from "@st/core";
import { compareQuarters, type QuarterId, quartersBetween } from "@st/core/calendar";
import { partnershipBoroughs } from "@st/core/places";
import { checkList } from "./arguments.js";
import { boroughName } from "./borough-name.js";
import { type DefinitionRef, type Figure, type FigureStatus, type ReturnSection, returnSections } from "./figure.js";
import { LEARNING_REVIEW_DEFINITION } from "./figure-definitions.js";
import { type PartnershipReturn, returnId } from "./partnership-return.js";
import type { SuppressionRule } from "./suppression.js";

/** A return and the file it was read from. */
export interface ReturnFile {
  /** The file's name or path, for messages and for tracing a figure to it. */
  file: string;
  /** The return, checked (see `checkReturn`). */
  value: PartnershipReturn;
}

/** A return the model is built from. */
export interface ReturnEntry {
  /** `E09000012-2024-Q3-v1`. */
  id: string;
  /** The file it was read from. */
  file: string;
  /** GSS code. */
  borough: string;
  /** Borough name. */
  boroughName: string;
  /** Quarter. */
  quarter: QuarterId;
  /** Revision. */
  version: number;
  /** The return's own checksum. */
  checksum: string;
  /** The sections it holds figures for. */
  sections: ReturnSection[];
  /** Earlier versions of the same return it replaced. */
  supersedes: { id: string; file: string }[];
}

/** One borough's figure in one quarter, and the return it came from. */
export interface FigureCell {
  /** GSS code. */
  borough: string;
  /** Quarter. */
  quarter: QuarterId;
  /** The id of the return it came from. */
  returnId: string;
  /** The count or numerator; null when withheld. */
  value: number | null;
  /** The n; null when withheld. */
  n: number | null;
  /** Shown or withheld. */
  status: FigureStatus;
  /** What a table shows. */
  display: string;
  /**
   * What is known of the value: `[value, value]` when shown; `[1, 4]` for a count withheld as
   * "<5"; the complement's range for a share withheld because few did not; `[0, n]` (or
   * `[0, null]`, unbounded) for one withheld for another's sake.
   */
  bounds: [number, number | null];
  /** What is known of the n, the same way (for a count, the same as `bounds`). */
  nBounds: [number, number | null];
}

/** One figure across every return that holds it. */
export interface FigureSeries {
  /** The figure's id. */
  id: string;
  /** Its section. */
  section: ReturnSection;
  /** Its label. */
  label: string;
  /** Count or share. */
  kind: "count" | "share";
  /** What it counts. */
  unit: string;
  /** The definitions the returns computed it under (one, unless boroughs used different versions). */
  definitions: DefinitionRef[];
  /** Caveat ids. */
  caveats: string[];
  /** One cell a return that holds it, by borough then quarter. */
  cells: FigureCell[];
}

/** Whether a borough returned a quarter, and what for. */
export interface CoverageCell {
  /** The quarter. */
  quarter: QuarterId;
  /** The return's id, or null when the borough returned nothing for the quarter (a gap, never zero). */
  returnId: string | null;
  /** The sections the return holds. */
  sections: ReturnSection[];
}

/** The merged model the partnership report is drawn from. */
export interface MergedReturns {
  /** Boroughs with at least one return, the partnership's first, in the order they joined. */
  boroughs: { code: string; name: string }[];
  /** Every quarter from the first returned to the last, gaps included. */
  quarters: QuarterId[];
  /** The returns used, by borough then quarter. */
  returns: ReturnEntry[];
  /** One row a borough: a cell a quarter. */
  coverage: { borough: string; name: string; quarters: CoverageCell[] }[];
  /** Every figure, in section order, then in the order returns list them. */
  figures: FigureSeries[];
  /** Every caveat cited, by id. */
  caveats: { id: string; text: string }[];
  /** The returns' notes, each with the return it came from. */
  notes: { returnId: string; text: string }[];
  /** The small-numbers rules the returns applied (one, unless boroughs configured different ones). */
  suppression: SuppressionRule[];
}

/** A total over several cells. */
export interface Aggregate {
  /** The sum of the figures shown; null when none was. */
  value: number | null;
  /** The sum of their n's. */
  n: number | null;
  /** `complete`: every borough-quarter asked for returned the figure and showed it; `partial`: some withheld it or did not return it; `gap`: no return holds it. */
  status: "complete" | "partial" | "gap";
  /** Returns that held the figure but withheld it. */
  withheld: number;
  /** Of the borough-quarters asked for, how many had no return (or no figure): gaps, not zeros. */
  gaps: number;
  /** What is known of the true total over the returns that hold the figure: the sum of the cells' bounds. */
  bounds: [number, number | null];
  /** The returns the total is drawn from. */
  returns: string[];
  /** What a table shows, e.g. `35`, `12 of 40`, `6 to 24 (6 withheld)`, `—`. */
  display: string;
}

function boroughOrder(code: string): number {
  const i = partnershipBoroughs.findIndex((b) => b.code === code);
  return i === -1 ? partnershipBoroughs.length : i;
}

/**
 * Merge returns. Two returns for the same borough and quarter are an error, unless their versions
 * differ: then the higher version supersedes the others, and the model says which it replaced.
 *
 * @throws `StValidationError` (from `@st/core`) naming the files of every duplicate borough-quarter; nothing is merged;
 * also a `TypeError`, coded `invalid_type`, when `returns` is not a list.
 */
export function mergeReturns(returns: readonly ReturnFile[]): MergedReturns {
  checkList("mergeReturns", returns, "returns", "Quarterly returns", "a list of checked returns, each with its file");
  const byPlace = new Map<string, ReturnFile[]>();
  for (const r of returns) {
    const key = `${r.value.borough} ${r.value.quarter}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), r]);
  }
  const problems: Problem[] = [];
  const chosen: { file: ReturnFile; supersedes: ReturnFile[] }[] = [];
  for (const list of byPlace.values()) {
    const sorted = [...list].sort((a, b) => b.value.version - a.value.version);
    const top = sorted[0]!;
    const twins = sorted.filter((r) => r.value.version === top.value.version);
    if (twins.length > 1) {
      problems.push({
        path: "version",
        field: "Return version",
        expected: `one return for ${top.value.boroughName} ${top.value.quarter}, or a correction with a higher version`,
        received: `version ${top.value.version} in ${twins.map((t) => t.file).join(" and ")}`,
        message: `${twins.map((t) => t.file).join(" and ")} are both version ${top.value.version} of ${top.value.boroughName}'s ${top.value.quarter} return: remove one, or rebuild the correction with --version ${top.value.version + 1}`,
        code: "duplicate_return",
      });
      continue;
    }
    chosen.push({ file: top, supersedes: sorted.slice(1) });
  }
  if (problems.length) throw new StValidationError(problems, { subject: "the returns: nothing was merged" });

  chosen.sort(
    (a, b) =>
      boroughOrder(a.file.value.borough) - boroughOrder(b.file.value.borough) ||
      a.file.value.borough.localeCompare(b.file.value.borough) ||
      compareQuarters(a.file.value.quarter as QuarterId, b.file.value.quarter as QuarterId),
  );
  const entries: ReturnEntry[] = chosen.map(({ file, supersedes }) => ({
    id: returnId(file.value),
    file: file.file,
    borough: file.value.borough,
    boroughName: file.value.boroughName,
    quarter: file.value.quarter as QuarterId,
    version: file.value.version,
    checksum: file.value.checksum,
    sections: returnSections.filter((s) => file.value.figures.some((f) => f.section === s)),
    supersedes: supersedes.map((s) => ({ id: returnId(s.value), file: s.file })),
  }));
  const boroughCodes = [...new Set(entries.map((e) => e.borough))];
  const quarterList = [...new Set(entries.map((e) => e.quarter))].sort(compareQuarters);
  const quarters = quarterList.length ? quartersBetween(quarterList[0]!, quarterList.at(-1)!) : [];
  const entryAt = new Map(entries.map((e) => [`${e.borough} ${e.quarter}`, e]));

  const series = new Map<string, FigureSeries>();
  const caveats = new Map<string, { id: string; text: string }>();
  const notes: { returnId: string; text: string }[] = [];
  const rules = new Map<string, SuppressionRule>();
  const seenCases = new Map<string, Set<string>>();
  for (const { file } of chosen) {
    const r = file.value;
    const id = returnId(r);
    rules.set(JSON.stringify(r.suppression), r.suppression);
    for (const c of r.caveats) caveats.set(c.id, c);
    for (const text of r.notes) notes.push({ returnId: id, text });
    for (const f of [...r.figures, ...seenBefore(r, seenCases)]) addCell(series, f, r, id);
  }
  const figures = [...series.values()].sort(
    (a, b) => returnSections.indexOf(a.section) - returnSections.indexOf(b.section),
  );
  return {
    boroughs: boroughCodes.map((code) => ({ code, name: boroughName(code) })),
    quarters,
    returns: entries,
    coverage: boroughCodes.map((code) => ({
      borough: code,
      name: boroughName(code),
      quarters: quarters.map((quarter) => {
        const entry = entryAt.get(`${code} ${quarter}`);
        return { quarter, returnId: entry?.id ?? null, sections: entry?.sections ?? [] };
      }),
    })),
    figures,
    caveats: [...caveats.values()],
    notes,
    suppression: [...rules.values()],
  };
}

function addCell(series: Map<string, FigureSeries>, f: Figure, r: PartnershipReturn, id: string): void {
  let s = series.get(f.id);
  if (!s) {
    s = {
      id: f.id,
      section: f.section,
      label: f.label,
      kind: f.kind,
      unit: f.unit,
      definitions: [],
      caveats: [],
      cells: [],
    };
    series.set(f.id, s);
  }
  if (!s.definitions.some((d) => d.id === f.definition.id && d.version === f.definition.version))
    s.definitions.push(f.definition);
  for (const c of f.caveats) if (!s.caveats.includes(c)) s.caveats.push(c);
  s.cells.push({
    borough: r.borough,
    quarter: r.quarter as QuarterId,
    returnId: id,
    value: f.value,
    n: f.n,
    status: f.status,
    display: f.display,
    ...boundsOf(f, r.suppression),
  });
}

type Bounds = [number, number | null];

/** What a withheld figure's display and the rule tell of its value and n. */
function boundsOf(f: Figure, rule: SuppressionRule): { bounds: Bounds; nBounds: Bounds } {
  const small = rule.threshold - 1;
  const smallShown = f.display.startsWith(`<${rule.threshold}`);
  if (f.kind === "count") {
    const bounds: Bounds = f.value !== null ? [f.value, f.value] : smallShown ? [1, small] : [0, null];
    return { bounds, nBounds: bounds };
  }
  if (f.n === null) {
    // The n itself was small (withheld as "<5"), or withheld for another's sake: the value is at most the n.
    const nBounds: Bounds = smallShown ? [1, small] : [0, null];
    return { bounds: [0, nBounds[1]], nBounds };
  }
  const nBounds: Bounds = [f.n, f.n];
  if (f.value !== null) return { bounds: [f.value, f.value], nBounds };
  if (smallShown) return { bounds: [1, small], nBounds };
  if (f.status === "suppressed" && rule.complements) return { bounds: [Math.max(0, f.n - small), f.n - 1], nBounds };
  return { bounds: [0, f.n], nBounds };
}

/**
 * The one figure the pseudonyms exist for: how many of a round's cases the same borough had
 * reviewed in an earlier round, matched on the borough's keyed pseudonyms (never on case ids).
 * Withheld as a small number like any other count.
 */
function seenBefore(r: PartnershipReturn, seen: Map<string, Set<string>>): Figure[] {
  const cases = r.pseudonyms.reviewedCases;
  if (cases.length === 0) return [];
  const earlier = seen.get(r.borough) ?? new Set<string>();
  const value = cases.filter((c) => earlier.has(c)).length;
  seen.set(r.borough, new Set([...earlier, ...cases]));
  const withheld = value >= 1 && value < r.suppression.threshold;
  return [
    {
      id: "learning-review/all/reviewed-before",
      section: "learning-review",
      label: "All cases: cases reviewed in an earlier round too (matched on pseudonyms)",
      kind: "count",
      unit: "cases",
      definition: LEARNING_REVIEW_DEFINITION,
      value: withheld ? null : value,
      n: withheld ? null : value,
      status: withheld ? "suppressed" : "shown",
      display: withheld ? `<${r.suppression.threshold}` : String(value),
      caveats: [],
      sources: [],
    },
  ];
}

/**
 * Total a figure over the cells of the borough-quarters asked for: the figures shown are summed; a
 * withheld figure or a missing return makes the total partial and the display says so, so a
 * reader never takes a gap for a zero.
 */
export function aggregate(series: FigureSeries, places: readonly { borough: string; quarter: QuarterId }[]): Aggregate {
  checkArgument(series, "record", {
    fn: "aggregate",
    argument: "series",
    label: "Figure series",
    expected: "a figure series of merged returns",
  });
  checkList("aggregate", places, "places", "Places", "a list of boroughs and quarters");
  const cells = places.map((p) => series.cells.find((c) => c.borough === p.borough && c.quarter === p.quarter));
  const present = cells.filter((c): c is FigureCell => c !== undefined);
  const shown = present.filter((c) => c.value !== null);
  const withheld = present.length - shown.length;
  const gaps = cells.length - present.length;
  const value = shown.length ? shown.reduce((s, c) => s + c.value!, 0) : null;
  const n = shown.length ? shown.reduce((s, c) => s + (c.n ?? 0), 0) : null;
  const bounds = sumBounds(present.map((c) => c.bounds));
  const status = present.length === 0 ? "gap" : withheld || gaps ? "partial" : "complete";
  const display =
    present.length === 0
      ? "—"
      : withheld === 0
        ? exact(series, value!, n!)
        : range(series, bounds, sumBounds(present.map((c) => c.nBounds)), withheld);
  return { value, n, status, withheld, gaps, bounds, returns: present.map((c) => c.returnId), display };
}

const exact = (series: FigureSeries, value: number, n: number) =>
  series.kind === "share" ? `${value} of ${n}` : String(value);

function sumBounds(list: readonly Bounds[]): Bounds {
  const lower = list.reduce((s, b) => s + b[0], 0);
  return [lower, list.every((b) => b[1] !== null) ? list.reduce((s, b) => s + b[1]!, 0) : null];
}

const written = ([lower, upper]: Bounds) =>
  upper === lower ? String(lower) : upper === null ? `at least ${lower}` : `${lower} to ${upper}`;

/** A total with withheld parts, as a range: "6 to 24 (6 withheld)", "20 to 26 of 45 (1 withheld)". */
function range(series: FigureSeries, bounds: Bounds, nBounds: Bounds, withheld: number): string {
  const of = series.kind === "share" ? ` of ${written(nBounds)}` : "";
  return `${written(bounds)}${of} (${withheld} withheld)`;
}
