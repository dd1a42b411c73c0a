/**
 * Stand-ins for what `@st/core` is about to export (principles, critical components, quarters,
 * terminology), with the same names. Replaced by imports from `@st/core` as soon as it lands.
 * @internal
 * @module
 */
import { z } from "zod";

export const principleIds = [
  "keep-child-safe-and-together",
  "partner-with-non-abusive-parent",
  "intervene-with-perpetrator",
] as const;
export type PrincipleId = (typeof principleIds)[number];

export const criticalComponentIds = [
  "pattern-of-coercive-control",
  "perpetrator-actions-harming-child",
  "non-abusive-parent-protective-efforts",
  "adverse-impact-on-child",
  "intersections",
] as const;
export type CriticalComponentId = (typeof criticalComponentIds)[number];

export const principles: readonly { id: PrincipleId; label: string }[] = [
  { id: "keep-child-safe-and-together", label: "Keep the {child} safe and together with the {nonAbusiveParent}" },
  { id: "partner-with-non-abusive-parent", label: "Partner with the {nonAbusiveParent} as a default position" },
  {
    id: "intervene-with-perpetrator",
    label: "Intervene with the {perpetrator} to reduce risk and harm to the {child}",
  },
];

export const criticalComponents: readonly { id: CriticalComponentId; label: string }[] = [
  { id: "pattern-of-coercive-control", label: "The {perpetrator}'s pattern of coercive control" },
  { id: "perpetrator-actions-harming-child", label: "Actions taken by the {perpetrator} to harm the {child}" },
  {
    id: "non-abusive-parent-protective-efforts",
    label: "The full spectrum of the {nonAbusiveParent}'s efforts to keep the {child} safe and well",
  },
  { id: "adverse-impact-on-child", label: "The adverse impact of the {perpetrator}'s behaviour on the {child}" },
  { id: "intersections", label: "The role of substance use, mental health, culture and other socio-economic factors" },
];

export type QuarterId = `${number}-Q${1 | 2 | 3 | 4}`;
export function quarterOf(date: string): QuarterId {
  return `${Number(date.slice(0, 4))}-Q${Math.ceil(Number(date.slice(5, 7)) / 3) as 1 | 2 | 3 | 4}`;
}

export interface TermForms {
  readonly singular: string;
  readonly plural: string;
}
export interface TerminologyProfile {
  readonly id: string;
  readonly name: string;
  readonly terms: Readonly<Record<string, TermForms>>;
}
export const defaultTerminology: TerminologyProfile = {
  id: "default",
  name: "Safe & Together (default)",
  terms: {
    perpetrator: { singular: "perpetrator", plural: "perpetrators" },
    victimSurvivor: { singular: "victim-survivor", plural: "victim-survivors" },
    nonAbusiveParent: { singular: "non-abusive parent", plural: "non-abusive parents" },
    child: { singular: "child", plural: "children" },
  },
};

export function renderLabel(template: string, profile: TerminologyProfile): string {
  return template.replace(/\{([A-Za-z]+)(:plural|:a)?\}/g, (whole, name: string, modifier?: string) => {
    const key = name.charAt(0).toLowerCase() + name.slice(1);
    const forms = profile.terms[key];
    if (!forms) return whole;
    const text =
      modifier === ":plural"
        ? forms.plural
        : modifier === ":a"
          ? `${/^[aeiou]/i.test(forms.singular) ? "an" : "a"} ${forms.singular}`
          : forms.singular;
    return name === key ? text : text.charAt(0).toUpperCase() + text.slice(1);
  });
}

export const labelTemplateSchema = z.string().min(1, "must not be empty");
