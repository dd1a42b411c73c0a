/**
 * The small-numbers rule, as English official statistics apply it: a count from 1 to 4 is shown
 * as "<5", and further figures are withheld where a total or a difference would let a reader work
 * a withheld one out (secondary suppression). The threshold is configurable; the rule travels in
 * every return, so a reader knows what was applied.
 * @module
 */

import { checkArgument } from "@st/core";
import * as z from "zod";
import { checkList, checkOptions } from "./arguments.js";
import type { AdditiveGroup, Figure, RawFigure } from "./figure.js";

/** Schema of a {@link SuppressionRule}. */
export const suppressionRuleSchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1),
  threshold: z.int().min(1).max(1000),
  complements: z.boolean(),
  exempt: z.array(z.string()),
  secondaryDisplay: z.string().min(1),
  text: z.string().min(1),
});

/** How small numbers are withheld. */
export interface SuppressionRule {
  /** The rule's id. */
  id: string;
  /** Its version. */
  version: string;
  /** Counts from 1 to `threshold - 1` are withheld and shown as `<threshold`. 0 is shown. */
  threshold: number;
  /**
   * Also withhold a share whose complement is small (`n - value` from 1 to threshold - 1), since
   * "23 of 25" tells that 2 did not.
   */
  complements: boolean;
  /** Units never withheld because they count no one (words). */
  exempt: string[];
  /** What a figure withheld for another's sake shows. */
  secondaryDisplay: string;
  /** The rule in words, for reports to quote. */
  text: string;
}

/** Describe a rule in words. */
export function suppressionRuleText(threshold: number, complements: boolean): string {
  checkArgument(threshold, "number", { fn: "suppressionRuleText", argument: "threshold", label: "Threshold" });
  checkArgument(complements, "boolean", { fn: "suppressionRuleText", argument: "complements", label: "Complements" });
  const small = threshold <= 2 ? "a count of 1" : `counts from 1 to ${threshold - 1}`;
  return (
    `Small numbers are withheld: ${small} of children, cases, complaints, answers or findings is shown as "<${threshold}"` +
    (complements ? `, and so is a share whose remainder (n minus the count) is that small` : "") +
    '. Where a total or a difference would reveal a withheld figure, one more figure is withheld and shown as "[c]". ' +
    "Zero is shown. Word counts are never withheld."
  );
}

/** A rule withholding counts below `threshold` (default 5, the partnership's). */
export function smallNumbersRule(threshold = 5, options: { complements?: boolean } = {}): SuppressionRule {
  checkArgument(threshold, "number", { fn: "smallNumbersRule", argument: "threshold", label: "Threshold" });
  checkOptions("smallNumbersRule", options);
  const complements = options.complements ?? true;
  return {
    id: "st-small-numbers",
    version: "1",
    threshold,
    complements,
    exempt: ["words"],
    secondaryDisplay: "[c]",
    text: suppressionRuleText(threshold, complements),
  };
}

/** The partnership's default: counts 1 to 4 shown as "<5", with secondary suppression. */
export const defaultSuppressionRule: SuppressionRule = smallNumbersRule(5);

const isSmall = (x: number, rule: SuppressionRule) => x >= 1 && x < rule.threshold;

interface Cell {
  figure: RawFigure;
  valueHidden: boolean;
  nHidden: boolean;
  primary: boolean;
}

function primary(figure: RawFigure, rule: SuppressionRule): Pick<Cell, "valueHidden" | "nHidden"> {
  if (rule.exempt.includes(figure.unit)) return { valueHidden: false, nHidden: false };
  if (figure.kind === "count") {
    const small = isSmall(figure.value, rule);
    return { valueHidden: small, nHidden: small };
  }
  if (isSmall(figure.n, rule)) return { valueHidden: true, nHidden: true };
  const small = isSmall(figure.value, rule) || (rule.complements && isSmall(figure.n - figure.value, rule));
  return { valueHidden: small, nHidden: false };
}

/**
 * Apply the rule: primary suppression of every small figure, then secondary suppression until no
 * additive group has exactly one withheld member (for the values, and for the n's). The figure
 * withheld for another's sake is the smallest shown part, a non-zero one first, so as little as
 * possible is lost.
 */
export function applySuppression(
  figures: readonly RawFigure[],
  groups: readonly AdditiveGroup[],
  rule: SuppressionRule = defaultSuppressionRule,
): Figure[] {
  checkList("applySuppression", figures, "figures", "Figures");
  checkList("applySuppression", groups, "groups", "Additive groups");
  checkOptions("applySuppression", rule, "rule", "Small-numbers rule");
  const cells = new Map<string, Cell>();
  for (const figure of figures) {
    const p = primary(figure, rule);
    cells.set(figure.id, { figure, ...p, primary: p.valueHidden });
  }
  const members = groups
    .map((g) => ({ total: cells.get(g.total), parts: g.parts.map((id) => cells.get(id)) }))
    .filter((g): g is { total: Cell; parts: Cell[] } => g.total !== undefined && g.parts.every((p) => p !== undefined));
  let changed = true;
  while (changed) {
    changed = false;
    for (const { total, parts } of members) {
      for (const channel of ["valueHidden", "nHidden"] as const) {
        const all = [total, ...parts];
        if (all.filter((c) => c[channel]).length !== 1) continue;
        const candidates = parts.filter((c) => !c[channel] && !rule.exempt.includes(c.figure.unit));
        const pick =
          [...candidates].sort(
            (a, b) =>
              Number(a.figure.value === 0) - Number(b.figure.value === 0) ||
              a.figure.value - b.figure.value ||
              a.figure.n - b.figure.n,
          )[0] ?? (total[channel] ? undefined : total);
        if (!pick) continue;
        pick.valueHidden = true;
        if (channel === "nHidden" || pick.figure.kind === "count") pick.nHidden = true;
        changed = true;
      }
    }
  }
  return figures.map((f) => toFigure(cells.get(f.id)!, rule));
}

function toFigure(cell: Cell, rule: SuppressionRule): Figure {
  const { figure } = cell;
  const base = {
    id: figure.id,
    section: figure.section,
    label: figure.label,
    kind: figure.kind,
    unit: figure.unit,
    definition: figure.definition,
    caveats: figure.caveats,
    sources: figure.sources,
  };
  if (!cell.valueHidden) {
    return {
      ...base,
      value: figure.value,
      n: figure.n,
      status: "shown",
      display: figure.kind === "share" ? `${figure.value} of ${figure.n}` : String(figure.value),
    };
  }
  const smallShown = cell.primary && (isSmall(figure.value, rule) || (cell.nHidden && isSmall(figure.n, rule)));
  const head = smallShown ? `<${rule.threshold}` : rule.secondaryDisplay;
  const n = cell.nHidden ? null : figure.n;
  return {
    ...base,
    value: null,
    n: figure.kind === "share" ? n : null,
    status: cell.primary ? "suppressed" : "secondary",
    display: figure.kind === "share" && n !== null ? `${head} of ${n}` : head,
  };
}
