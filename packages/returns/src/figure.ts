/**
 * One figure of a return: a count or a share, for one borough and one quarter, with its n, the
 * definition it was computed under, its caveats and the source files it came from.
 * @module
 */
import * as z from "zod";
import { checkFigure } from "./arguments.js";

/** The parts of the partnership report a figure belongs to, in report order. */
export const returnSections = ["indicators", "complaints", "checklist", "learning-review", "language"] as const;
/** One of {@link returnSections}. */
export type ReturnSection = (typeof returnSections)[number];

/** What the report calls each section. */
export const sectionTitles: Record<ReturnSection, string> = {
  indicators: "CSC indicators",
  complaints: "Complaints from perpetrators: monitoring",
  checklist: "Practice checklist audits",
  "learning-review": "Learning reviews",
  language: "Language in case notes, before and after training",
};

/**
 * `shown`: the figure as computed. `suppressed`: withheld because it (or its n, or its complement)
 * is a small number. `secondary`: withheld so that a total or a difference cannot reveal a
 * suppressed one.
 */
export const figureStatuses = ["shown", "suppressed", "secondary"] as const;
/** One of {@link figureStatuses}. */
export type FigureStatus = (typeof figureStatuses)[number];

/** A definition a figure was computed under: its id and version. */
export const definitionRefSchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1),
});
/** A definition a figure was computed under. */
export type DefinitionRef = z.infer<typeof definitionRefSchema>;

/** Schema of one {@link Figure}. */
export const figureSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9:.-]+)+$/, "must be a figure id such as indicators/da-referral-on-intake"),
  section: z.enum(returnSections).describe("The report section"),
  label: z.string().min(1).describe("What the figure counts"),
  kind: z.enum(["count", "share"]).describe("A count, or a share (value of n)"),
  unit: z
    .string()
    .min(1)
    .describe("What is counted: children, complaints, cases, answers, findings, steps, notes, words"),
  definition: definitionRefSchema.describe("The definition and version the figure was computed under"),
  value: z.int().min(0).nullable().describe("The count or numerator; null when withheld"),
  n: z.int().min(0).nullable().describe("The count again, or the share's denominator; null when withheld"),
  status: z
    .enum(figureStatuses)
    .describe("shown, suppressed (a small number) or secondary (withheld for another's sake)"),
  display: z.string().min(1).describe("What a table shows: 12, 7 of 10, <5, [c] of 23"),
  caveats: z.array(z.string()).describe("Ids of the return's caveats that apply"),
  sources: z.array(z.string()).describe("Names of the source files it was computed from"),
});

/**
 * One figure of a return. A `count` counts `value` things (its `n` is the count itself); a
 * `share` is `value` of `n` (the records that answered). A withheld figure has `value: null` (and
 * `n: null` when the n itself is small); `display` is what a table shows: `12`, `7 of 10`, `<5`,
 * `[c] of 23`.
 */
export type Figure = z.infer<typeof figureSchema>;

/** A figure as computed, before the small-numbers rule: value and n are always known. */
export interface RawFigure {
  /** Stable id, `section/...`, e.g. `complaints/convention/copied-in-others`. */
  id: string;
  /** The report section. */
  section: ReturnSection;
  /** What the figure counts, for tables. */
  label: string;
  /** A count, or a share (`value` of `n`). */
  kind: "count" | "share";
  /** What is counted: children, complaints, cases, answers, findings, steps, notes, words. */
  unit: string;
  /** The definition the figure was computed under. */
  definition: DefinitionRef;
  /** The count, or the share's numerator. */
  value: number;
  /** The count again, or the share's denominator. */
  n: number;
  /** Ids of the return's caveats that apply. */
  caveats: string[];
  /** Names of the source files it was computed from. */
  sources: string[];
}

/** Parts that add up to a total: `total = sum(parts)` for the value and for the n. */
export const additiveGroupSchema = z.strictObject({
  total: z.string().min(1),
  parts: z.array(z.string().min(1)).min(1),
});
/** Figures that add up to another: the small-numbers rule keeps any one part from being worked out. */
export type AdditiveGroup = z.infer<typeof additiveGroupSchema>;

/** A count figure. */
export function countFigure(base: Omit<RawFigure, "kind" | "n">): RawFigure {
  checkFigure("countFigure", base);
  return { ...base, kind: "count", n: base.value };
}

/** A share figure: `value` of `n`. */
export function shareFigure(base: Omit<RawFigure, "kind">): RawFigure {
  checkFigure("shareFigure", base);
  return { ...base, kind: "share" };
}
