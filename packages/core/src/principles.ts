/**
 * The Safe & Together model's three principles and five critical components, with stable ids.
 *
 * The ids are a contract: checklist items, learning reviews and `st checklist show --format json`
 * refer to principles and components by them, and stored records keep them. They never change; a
 * new wording changes the label or the description, not the id. Labels and descriptions are
 * templates: render them for a reader with `renderLabel(label, profile)`.
 * @module
 */
import * as z from "zod";
import { checkArgument } from "./argument-checks.js";

/**
 * The ids of the three S&T principles, in the model's order:
 * 1. `keep-child-safe-and-together`: keep the child safe and together with the non-abusive parent;
 * 2. `partner-with-non-abusive-parent`: partner with the non-abusive parent as a default position;
 * 3. `intervene-with-perpetrator`: intervene with the perpetrator to reduce risk and harm to the child.
 */
export const principleIds = [
  "keep-child-safe-and-together",
  "partner-with-non-abusive-parent",
  "intervene-with-perpetrator",
] as const;

/** One of the {@link principleIds}. */
export type PrincipleId = (typeof principleIds)[number];

/** A zod enum of the {@link principleIds}. */
export const principleIdSchema = z.enum(principleIds);

/**
 * The ids of the five S&T critical components, in the model's order:
 * 1. `pattern-of-coercive-control`: the perpetrator's pattern of coercive control;
 * 2. `perpetrator-actions-harming-child`: the actions the perpetrator took to harm the child;
 * 3. `non-abusive-parent-protective-efforts`: the full spectrum of the non-abusive parent's efforts to keep the child safe and well;
 * 4. `adverse-impact-on-child`: the adverse impact of the perpetrator's behaviour on the child (the multiple pathways to harm);
 * 5. `intersections`: the role of substance use, mental health, culture and other socio-economic factors.
 */
export const criticalComponentIds = [
  "pattern-of-coercive-control",
  "perpetrator-actions-harming-child",
  "non-abusive-parent-protective-efforts",
  "adverse-impact-on-child",
  "intersections",
] as const;

/** One of the {@link criticalComponentIds}. */
export type CriticalComponentId = (typeof criticalComponentIds)[number];

/** A zod enum of the {@link criticalComponentIds}. */
export const criticalComponentIdSchema = z.enum(criticalComponentIds);

/** One S&T principle. */
export interface Principle {
  /** The stable id, one of the {@link principleIds}. */
  readonly id: PrincipleId;
  /** Its number in the model, 1 to 3. */
  readonly number: 1 | 2 | 3;
  /** A short label template, e.g. `"Partner with the {nonAbusiveParent} as a default position"`. */
  readonly label: string;
  /** What the principle asks of practice, as a label template. */
  readonly description: string;
  /**
   * The principle in the partnership's evaluation's own words, quoted as printed (it says
   * "non-offending parent"); not a template, so no terminology profile changes it. For reports that
   * quote the documents; {@link PUBLISHED_PRINCIPLES_SOURCE} names where it is from.
   */
  readonly asPublished: string;
}

/** Where {@link Principle.asPublished} is quoted from. */
export const PUBLISHED_PRINCIPLES_SOURCE =
  "Garner & Kelly, On the Cusp of Systems Change: the Safe & Together London Partnership Project Evaluation Years 3/4 (CWASU, June 2025), Appendix 1: The Safe and Together Approach";

/** One S&T critical component. */
export interface CriticalComponent {
  /** The stable id, one of the {@link criticalComponentIds}. */
  readonly id: CriticalComponentId;
  /** Its number in the model, 1 to 5. */
  readonly number: 1 | 2 | 3 | 4 | 5;
  /** A short label template, e.g. `"The {perpetrator}'s pattern of coercive control"`. */
  readonly label: string;
  /** What a case file should show for this component, as a label template. */
  readonly description: string;
}

/** The three S&T principles, in the model's order. */
export const principles: readonly Principle[] = Object.freeze(
  [
    {
      id: "keep-child-safe-and-together",
      number: 1,
      label: "Keep the {child} safe and together with the {nonAbusiveParent}",
      asPublished: "keeping children safe and together with the non-offending parent",
      description:
        "Work for the {child}'s safety, healing from trauma, stability and nurturance by keeping the {child} with the {nonAbusiveParent}, rather than separating them because of the {perpetrator}'s behaviour.",
    },
    {
      id: "partner-with-non-abusive-parent",
      number: 2,
      label: "Partner with the {nonAbusiveParent} as a default position",
      asPublished: "partnering with the non-offending parent",
      description:
        "Start from partnership with the {nonAbusiveParent}: recognise and build on what they already do to keep the {child} safe and well, while their space for action is constrained by the {perpetrator}.",
    },
    {
      id: "intervene-with-perpetrator",
      number: 3,
      label: "Intervene with the {perpetrator} to reduce risk and harm to the {child}",
      asPublished: "intervening with the perpetrator",
      description:
        "Pivot to the {perpetrator}: engage them, hold them to account for their behaviour as a parenting choice that harms the {child}, and invite them to change.",
    },
  ].map((principle) => Object.freeze(principle as Principle)),
);

/** The five S&T critical components, in the model's order. */
export const criticalComponents: readonly CriticalComponent[] = Object.freeze(
  [
    {
      id: "pattern-of-coercive-control",
      number: 1,
      label: "The {perpetrator}'s pattern of coercive control",
      description:
        "The pattern of behaviour the {perpetrator} uses over time to control the {victimSurvivor} and the family, not single incidents.",
    },
    {
      id: "perpetrator-actions-harming-child",
      number: 2,
      label: "Actions taken by the {perpetrator} to harm the {child}",
      description:
        "The specific behaviours by which the {perpetrator} harmed the {child} or put the {child} at risk, named as the {perpetrator}'s choices.",
    },
    {
      id: "non-abusive-parent-protective-efforts",
      number: 3,
      label: "The full spectrum of the {nonAbusiveParent}'s efforts to keep the {child} safe and well",
      description:
        "Everything the {nonAbusiveParent} has done to protect and care for the {child}, including efforts the {perpetrator}'s behaviour has constrained or undermined.",
    },
    {
      id: "adverse-impact-on-child",
      number: 4,
      label: "The adverse impact of the {perpetrator}'s behaviour on the {child}",
      description:
        "The multiple pathways to harm: the impact on the {child} directly, and through the {nonAbusiveParent}'s parenting, family functioning, routines, housing, income and support.",
    },
    {
      id: "intersections",
      number: 5,
      label: "The role of substance use, mental health, culture and other socio-economic factors",
      description:
        "How substance use, mental health, culture and other socio-economic factors intersect with the {perpetrator}'s pattern of behaviour, assessed for each adult without letting them hide it.",
    },
  ].map((component) => Object.freeze(component as CriticalComponent)),
);

const principleById = new Map(principles.map((p) => [p.id, p]));
const componentById = new Map(criticalComponents.map((c) => [c.id, c]));

/** The principle with an id, or `undefined` when the id is not one of the {@link principleIds}. */
export function findPrinciple(id: string): Principle | undefined {
  checkArgument(id, "text", { fn: "findPrinciple", argument: "id", label: "Principle id" });
  return principleById.get(id as PrincipleId);
}

/** The critical component with an id, or `undefined` when the id is not one of the {@link criticalComponentIds}. */
export function findCriticalComponent(id: string): CriticalComponent | undefined {
  checkArgument(id, "text", { fn: "findCriticalComponent", argument: "id", label: "Critical component id" });
  return componentById.get(id as CriticalComponentId);
}
