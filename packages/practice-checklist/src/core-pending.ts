/**
 * Stand-ins for what `@st/core` is about to export (principles, critical components, quarters,
 * terminology). Replaced by imports from `@st/core` as soon as it lands; nothing here is public.
 * @internal
 * @module
 */

/** Ids of the three S&T principles. */
export const principleIds = [
  "keep-child-safe-and-together",
  "partner-with-non-abusive-parent",
  "intervene-with-perpetrator",
] as const;
/** One of {@link principleIds}. */
export type PrincipleId = (typeof principleIds)[number];

/** Ids of the five S&T critical components. */
export const componentIds = [
  "pattern-of-coercive-control",
  "perpetrator-actions-harming-child",
  "non-abusive-parent-protective-efforts",
  "adverse-impact-on-child",
  "intersections",
] as const;
/** One of {@link componentIds}. */
export type ComponentId = (typeof componentIds)[number];

export const principleLabels: Record<PrincipleId, string> = {
  "keep-child-safe-and-together": "Keep the child safe and together with the {non-abusive parent}",
  "partner-with-non-abusive-parent": "Partner with the {non-abusive parent}",
  "intervene-with-perpetrator": "Intervene with the {perpetrator}",
};

export const componentLabels: Record<ComponentId, string> = {
  "pattern-of-coercive-control": "The {perpetrator}'s pattern of coercive control",
  "perpetrator-actions-harming-child": "Actions the {perpetrator} took to harm the child",
  "non-abusive-parent-protective-efforts": "The full spectrum of the {non-abusive parent}'s protective efforts",
  "adverse-impact-on-child": "Adverse impact on the child and on family functioning",
  intersections: "Substance use, mental health, culture and other socio-economic factors",
};

/** The calendar quarter `YYYY-Qn` of an ISO date. */
export function quarterOf(date: string): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return `${year}-Q${Math.ceil(month / 3)}`;
}

/** A terminology profile: words for the roles, by placeholder name. */
export interface TerminologyProfile {
  id: string;
  terms: Record<string, string>;
}

export const defaultProfile: TerminologyProfile = {
  id: "default",
  terms: {
    perpetrator: "perpetrator",
    survivor: "victim-survivor",
    "non-abusive parent": "non-abusive parent",
  },
};

/** Replace `{name}` placeholders with a profile's words. */
export function resolveLabel(label: string, profile: TerminologyProfile = defaultProfile): string {
  return label.replace(/\{([^{}]+)\}/g, (whole, name: string) => profile.terms[name] ?? whole);
}
