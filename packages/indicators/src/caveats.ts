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

/**
 * Every caveat, by id. Indicator definitions refer to these ids; the {@link SET_CAVEAT_IDS} apply to
 * every indicator and come first wherever caveats are shown.
 */
export const caveats = {
  "not-comparable": {
    id: "not-comparable",
    text: "The boroughs' figures are not comparable: each borough counts by its own query on its own case management system, with its own intake process (some use the legal definition of domestic abuse, some flag it at intake, some after assessment). The evaluators present each borough separately; a partnership total adds up figures counted in different ways.",
  },
  "not-only-metric": {
    id: "not-only-metric",
    text: "The evaluators do not think these indicators should be the only metric through which Safe & Together is assessed, and a change in them cannot be said to show the specific impact of Safe & Together: read them beside the training, case consultations, learning reviews and practice they sit alongside.",
  },
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
    text: "The DA flag does not say whether domestic abuse was raised at intake or only identified after assessment, and can rarely be updated except in open text, so a rise in identification after intake is virtually impossible to measure.",
  },
  "care-decision": {
    id: "care-decision",
    text: "Domestic abuse is rarely selectable as a factor in a care plan or a decision to take a child into care, so analysts correlate two fields (a child starting to be looked after, and a DA factor on the child's assessment); the figure shows that the two occur together, not that DA led to the decision, which may have been about substance misuse or mental health, linked to DA or not.",
  },
  "identification-offsets": {
    id: "identification-offsets",
    text: "S&T aims both to identify more domestic abuse and, by partnering with victim-survivors, to take fewer children into care; the two pull against each other. More identification brings more cases where DA is a factor into every count, so it can dampen the expected fall in children taken into care where DA was a factor, or offset it altogether: a level or rising figure does not show that the approach is not working.",
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

/**
 * The caveats that apply to every indicator of every set, whatever its definition lists: the
 * figures are not comparable between boroughs, and the indicators cannot be the only metric nor
 * attribute change to S&T.
 */
export const SET_CAVEAT_IDS = ["not-comparable", "not-only-metric"] as const;

/** The id of one of the {@link caveats}. */
export type CaveatId = keyof typeof caveats;

/** The ids of every caveat. */
export const CAVEAT_IDS = Object.keys(caveats) as CaveatId[];
