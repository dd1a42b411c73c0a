/**
 * Stages of implementation: how far each partnership borough is into Safe & Together, as the
 * partnership's evaluation reads every result. Its indicator data are a "four-track data
 * collection": Hackney and Waltham Forest, who began S&T work before the partnership; Newham, a
 * founder member; Hammersmith and Fulham, joining in Year 2; Barnet and Barking and Dagenham,
 * joining in Year 3. Data, not code: reports and findings group boroughs by these tracks, and a
 * partnership that grows adds a stage or a borough here.
 * @module
 */

import { checkArgument } from "./argument-checks.js";
import { findLocalAuthority, type GssCode } from "./local-authorities.js";

/** The ids of the stages, earliest start first. */
export const implementationStageIds = ["before-partnership", "founder", "joined-year-2", "joined-year-3"] as const;

/** One of {@link implementationStageIds}. */
export type ImplementationStageId = (typeof implementationStageIds)[number];

/** A stage of implementation: the boroughs that started S&T at the same point. */
export interface ImplementationStage {
  /** Stable id. */
  readonly id: ImplementationStageId;
  /** A short label for tables and headings. */
  readonly label: string;
  /** What the stage is, in the evaluation's terms. */
  readonly description: string;
  /** The year these boroughs joined the partnership. */
  readonly partnershipJoined: number;
  /** True when the boroughs worked with S&T before they joined the partnership. */
  readonly startedBeforePartnership: boolean;
  /** The boroughs, as GSS codes, in the evaluation's order. */
  readonly boroughs: readonly GssCode[];
}

/** Where the stages are taken from. */
export const IMPLEMENTATION_STAGES_SOURCE =
  "Garner & Kelly, On the Cusp of Systems Change: the Safe & Together London Partnership Project Evaluation Years 3/4 (CWASU, June 2025), Children's social care data";

/** The four stages of the partnership's boroughs, earliest start first. */
export const implementationStages: readonly ImplementationStage[] = Object.freeze(
  [
    {
      id: "before-partnership",
      label: "S&T before the partnership",
      description:
        "Began S&T work before the partnership and have been members since it started in 2021 (Year 1): the longest implementation.",
      partnershipJoined: 2021,
      startedBeforePartnership: true,
      boroughs: ["E09000012", "E09000031"] as GssCode[],
    },
    {
      id: "founder",
      label: "Founder member (2021)",
      description: "A founder member of the current partnership, with S&T since Year 1 (2021).",
      partnershipJoined: 2021,
      startedBeforePartnership: false,
      boroughs: ["E09000025"] as GssCode[],
    },
    {
      id: "joined-year-2",
      label: "Joined in Year 2 (2022)",
      description: "Joined the partnership at the start of Year 2 (2022).",
      partnershipJoined: 2022,
      startedBeforePartnership: false,
      boroughs: ["E09000013"] as GssCode[],
    },
    {
      id: "joined-year-3",
      label: "Joined in Year 3 (2023)",
      description:
        "Joined the partnership in Year 3 (2023): figures from July 2023 cover their first months of implementation.",
      partnershipJoined: 2023,
      startedBeforePartnership: false,
      boroughs: ["E09000003", "E09000002"] as GssCode[],
    },
  ].map((stage) => Object.freeze({ ...stage, boroughs: Object.freeze(stage.boroughs) }) as ImplementationStage),
);

/**
 * The stage of implementation of a borough, given as a GSS code or a name ("Hackney", "LBBD"), or
 * `undefined` for a borough outside the partnership.
 */
export function implementationStageOf(borough: string): ImplementationStage | undefined {
  checkArgument(borough, "text", { fn: "implementationStageOf", argument: "borough", label: "Borough" });
  const code = findLocalAuthority(borough)?.code;
  return code === undefined ? undefined : implementationStages.find((s) => s.boroughs.includes(code));
}

/**
 * Group boroughs by stage of implementation, stages in order and boroughs in the order given;
 * boroughs outside the partnership come last, under `stage: undefined`. Empty stages are left out.
 */
export function groupByImplementationStage<T>(
  items: readonly T[],
  boroughOf: (item: T) => string,
): { stage: ImplementationStage | undefined; items: T[] }[] {
  checkArgument(items, "list", { fn: "groupByImplementationStage", argument: "items", label: "Items" });
  checkArgument(boroughOf, "function", {
    fn: "groupByImplementationStage",
    argument: "boroughOf",
    label: "Borough of an item",
  });
  const groups = new Map<ImplementationStage | undefined, T[]>();
  for (const stage of implementationStages) groups.set(stage, []);
  groups.set(undefined, []);
  for (const item of items) groups.get(implementationStageOf(boroughOf(item)))!.push(item);
  return [...groups].filter(([, list]) => list.length > 0).map(([stage, list]) => ({ stage, items: list }));
}
