/**
 * The words of the pattern map: the kinds of behaviour it records, the sources it cites, the
 * pathways by which the behaviour harms a child, and the kinds of engagement with the
 * {perpetrator}. Data, not code: each list is the options of a question of {@link patternMapForm}.
 * Labels hold terminology placeholders, resolved when shown.
 * @module
 */
import type { AnswerOption } from "@st/core/forms";

/**
 * The id checklist items and other records use to point at a pattern map (for example an item's
 * `tools` list in `@st/practice-checklist`), so they name the tool without importing it.
 */
export const PATTERN_MAP_TOOL_ID = "perpetrator-pattern-map";

/** The kinds of behaviour in the {perpetrator}'s pattern of coercive control. */
export const BEHAVIOUR_KINDS = [
  { value: "physical-violence", label: "Physical violence" },
  { value: "sexual-abuse", label: "Sexual abuse or coercion" },
  { value: "threats", label: "Threats and intimidation" },
  { value: "emotional-abuse", label: "Degrading, humiliating or frightening the {victimSurvivor}" },
  { value: "isolation", label: "Isolating the {victimSurvivor} from family, friends and support" },
  { value: "monitoring", label: "Monitoring, stalking or tracking" },
  { value: "economic-abuse", label: "Controlling money, housing or work" },
  { value: "using-children", label: "Using the children against the {victimSurvivor}" },
  { value: "undermining-parenting", label: "Undermining the {nonAbusiveParent}'s parenting" },
  { value: "harm-to-child", label: "Harming or frightening a child directly" },
  { value: "sabotaging-health", label: "Sabotaging the {victimSurvivor}'s health, treatment or recovery" },
  { value: "post-separation", label: "Abuse after separation (contact, courts, complaints)" },
  { value: "other", label: "Other" },
] as const satisfies readonly AnswerOption[];

/** Where a piece of the map comes from. Every behaviour and effort names its source. */
export const SOURCES = [
  { value: "victim-survivor", label: "The {victimSurvivor}'s account" },
  { value: "child", label: "A child's account" },
  { value: "perpetrator", label: "The {perpetrator}'s own account" },
  { value: "practitioner", label: "Observed by the {practitioner}" },
  { value: "police", label: "Police" },
  { value: "school", label: "School or nursery" },
  { value: "health", label: "Health (GP, health visitor, hospital)" },
  { value: "court", label: "Court papers" },
  { value: "other-agency", label: "Another agency" },
  { value: "other", label: "Other" },
] as const satisfies readonly AnswerOption[];

/**
 * The multiple pathways by which the {perpetrator}'s behaviour harms a child: far more than
 * whether the child saw or heard an incident.
 */
export const IMPACT_PATHWAYS = [
  { value: "physical-harm", label: "Physical harm, or the risk of it" },
  { value: "living-with-abuse", label: "Seeing, hearing or living with the abuse" },
  { value: "emotional-wellbeing", label: "Fear, distress, behaviour and emotional wellbeing" },
  { value: "parenting-undermined", label: "The {nonAbusiveParent}'s parenting undermined" },
  { value: "relationship-undermined", label: "The child's relationship with the {nonAbusiveParent} damaged" },
  { value: "family-functioning", label: "Home, routines, money or housing disrupted" },
  { value: "education-health", label: "Schooling, health or development affected" },
  { value: "isolation", label: "Cut off from family, friends or community" },
  { value: "perpetrator-parenting", label: "The {perpetrator}'s own parenting of the child" },
  { value: "other", label: "Other" },
] as const satisfies readonly AnswerOption[];

/** How the {perpetrator} was engaged, and invited to change. */
export const ENGAGEMENT_KINDS = [
  { value: "invitation-to-change", label: "Invitation to change" },
  { value: "conversation", label: "Interview, visit or call" },
  { value: "expectations-set", label: "Behaviour-specific expectations set in the plan" },
  { value: "programme-referral", label: "Referral to a behaviour change programme" },
  { value: "progress-review", label: "Review of progress against the expectations" },
  { value: "other", label: "Other" },
] as const satisfies readonly AnswerOption[];

/** How the {perpetrator} responded to an engagement. */
export const ENGAGEMENT_RESPONSES = [
  { value: "engaged", label: "Engaged" },
  { value: "partly", label: "Partly engaged" },
  { value: "declined", label: "Declined" },
  { value: "no-response", label: "Did not respond" },
  { value: "pending", label: "Not yet known" },
] as const satisfies readonly AnswerOption[];

/** What one row of the pattern map's workbook records. */
export const ENTRY_KINDS = [
  { value: "behaviour", label: "A behaviour of the {perpetrator}" },
  { value: "impact", label: "An impact on a child" },
  { value: "protective-effort", label: "A protective effort of the {nonAbusiveParent}" },
  { value: "engagement", label: "Engagement with the {perpetrator}" },
] as const satisfies readonly AnswerOption[];

/** The values of a list of options, as a zod enum takes them. */
export const valuesOf = <T extends { value: string }>(options: readonly T[]) =>
  options.map((o) => o.value) as [T["value"], ...T["value"][]];
