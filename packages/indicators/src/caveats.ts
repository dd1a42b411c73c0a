/**
 * The caveats the partnership's evaluators raised about the indicators. They travel with every
 * figure: each indicator definition names the caveats that apply to it, and every output carries
 * their text.
 * @module
 */

/** A caveat: a fixed id and the sentence shown beside the figures. */
export interface Caveat {
  /** Stable id, e.g. `legal-definition`. */
  id: string;
  /** The caveat in plain language, one or two sentences. */
  text: string;
}

/** Every caveat, by id. Indicator definitions refer to these ids. */
export const caveats = {
  "legal-definition": {
    id: "legal-definition",
    text: "Some boroughs use the legal definition of domestic abuse (Domestic Abuse Act 2021), which covers abuse by family members as well as intimate partner violence; Safe & Together is designed for intimate partner violence, and no borough's data can select it alone.",
  },
  "factor-codes": {
    id: "factor-codes",
    text: "In the Children in Need data, domestic abuse is recorded as assessment factors 3A (the child is the subject), 3B (a parent or carer is the subject) and 3C (another person in the household is the subject).",
  },
  "flag-timing": {
    id: "flag-timing",
    text: "The DA flag does not say whether domestic abuse was raised at intake or only identified after assessment.",
  },
  "care-decision": {
    id: "care-decision",
    text: "Domestic abuse is rarely selectable as a factor in a care decision, so analysts correlate two fields (a child starting to be looked after, and a DA factor on the child's assessment); the figure shows that the two occur together, not that DA caused the decision.",
  },
  "identification-offsets": {
    id: "identification-offsets",
    text: "More identification of domestic abuse can offset fewer care orders: a rise in DA-flagged cases alongside a fall in children taken into care may reflect better identification rather than a change in need.",
  },
  "referral-reason-local": {
    id: "referral-reason-local",
    text: "The Children in Need census records who made a referral, not why; DA as the referral issue comes from each borough's own referral records, which each case management system records differently.",
  },
  "missing-not-zero": {
    id: "missing-not-zero",
    text: "A quarter a borough did not return is missing, not zero; partnership totals say how many boroughs they cover.",
  },
  "re-referral-history": {
    id: "re-referral-history",
    text: "A re-referral needs the child's referrals in the 12 months before; where earlier data is not available, re-referrals near the start of the data are undercounted.",
  },
} as const satisfies Record<string, Caveat>;

/** The id of one of the {@link caveats}. */
export type CaveatId = keyof typeof caveats;

/** The ids of every caveat. */
export const CAVEAT_IDS = Object.keys(caveats) as CaveatId[];
