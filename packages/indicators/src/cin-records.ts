/**
 * Children in Need records: the census's modules as plain values, one child at a time. The census
 * XML reader produces them; CSV extracts (the Standard Safeguarding Dataset, generic extracts) are
 * assembled into the same shape, so every source feeds the same indicator engine.
 * @module
 */
import { isoDateSchema } from "@st/core/calendar";
import * as z from "zod";
import { checkTextArgument } from "./arguments.js";
import { readCensusBoolean, readCensusSex } from "./value-readers.js";

/** The census header: which collection, which year, which authority. */
export const cinCensusHeaderSchema = z.strictObject({
  /** `CIN`. */
  collection: z.string().optional(),
  /** The collection year as written, e.g. `2024`. */
  year: z.string().optional(),
  /** The census reference date, 31 March; the census year is the twelve months ending on it. */
  referenceDate: isoDateSchema.optional(),
  /** `L` for a local authority return. */
  sourceLevel: z.string().optional(),
  /** DfE local authority number (`LEA`), e.g. 204 for Hackney. */
  laNumber: z.int().optional(),
  /** The software that wrote the file. */
  softwareCode: z.string().optional(),
  /** The software release. */
  release: z.string().optional(),
  /** Serial number of the return. */
  serialNo: z.string().optional(),
  /** When the file was written, as given. */
  dateTime: z.string().optional(),
});
/** The census header. */
export type CinCensusHeader = z.infer<typeof cinCensusHeaderSchema>;

/** One assessment (`Assessments` module). */
export const cinAssessmentSchema = z.strictObject({
  /** `AssessmentActualStartDate`. */
  startDate: isoDateSchema.optional(),
  /** `AssessmentInternalReviewDate`. */
  internalReviewDate: isoDateSchema.optional(),
  /** `AssessmentAuthorisationDate`: when the assessment was completed and authorised. */
  authorisationDate: isoDateSchema.optional(),
  /** `AssessmentFactors` codes as written (e.g. `3B`, `16A`, `21`). */
  factors: z.array(z.string()),
});
/** One assessment. */
export type CinAssessment = z.infer<typeof cinAssessmentSchema>;

/** One child protection plan (`ChildProtectionPlans` module). */
export const cinCpPlanSchema = z.strictObject({
  /** `CPPstartDate`. */
  startDate: isoDateSchema.optional(),
  /** `CPPendDate`. */
  endDate: isoDateSchema.optional(),
  /** `InitialCategoryOfAbuse`: NEG, PHY, SAB, EMO or MUL. There is no DA category. */
  initialCategoryOfAbuse: z.string().optional(),
  /** `LatestCategoryOfAbuse`. */
  latestCategoryOfAbuse: z.string().optional(),
  /** `NumberOfPreviousCPP`. */
  numberOfPreviousCpp: z.int().optional(),
  /** `CPPreviewDate`s. */
  reviewDates: z.array(isoDateSchema),
});
/** One child protection plan. */
export type CinCpPlan = z.infer<typeof cinCpPlanSchema>;

/** One section 47 enquiry (`Section47` module). */
export const cinSection47Schema = z.strictObject({
  /** `S47ActualStartDate`. */
  startDate: isoDateSchema.optional(),
  /** `InitialCPCtarget`. */
  initialCpcTarget: isoDateSchema.optional(),
  /** `DateOfInitialCPC`. */
  dateOfInitialCpc: isoDateSchema.optional(),
  /** `ICPCnotRequired`. */
  icpcNotRequired: z.boolean().optional(),
});
/** One section 47 enquiry. */
export type CinSection47 = z.infer<typeof cinSection47Schema>;

/** One CIN plan (`CINPlanDates` module). */
export const cinPlanSchema = z.strictObject({
  /** `CINPlanStartDate`. */
  startDate: isoDateSchema.optional(),
  /** `CINPlanEndDate`. */
  endDate: isoDateSchema.optional(),
});
/** One CIN plan. */
export type CinPlan = z.infer<typeof cinPlanSchema>;

/** The pre-proceedings and family group decision-making block (`PreProceedingsandFGDM`, from 2025/26). */
export const cinPreProceedingsSchema = z.strictObject({
  /** `PPStartDate`. */
  startDate: isoDateSchema.optional(),
  /** `LBPSentDate`: letter before proceedings sent. */
  letterBeforeProceedingsDate: isoDateSchema.optional(),
  /** `FGDMMeetingOffer` as written. */
  fgdmMeetingOffer: z.string().optional(),
  /** `FGDMMeetingFac` as written. */
  fgdmMeetingFacilitated: z.string().optional(),
  /** `InitialPPMeetingDate`. */
  initialMeetingDate: isoDateSchema.optional(),
  /** `ReviewMeetingsCount`. */
  reviewMeetingsCount: z.int().optional(),
  /** `StepDecisionDate`. */
  stepDecisionDate: isoDateSchema.optional(),
  /** `PPOutcome` as written. */
  outcome: z.string().optional(),
  /** `CourtAppDate`. */
  courtApplicationDate: isoDateSchema.optional(),
  /** `LetterInitCPDate`. */
  letterInitialCpDate: isoDateSchema.optional(),
});
/** The pre-proceedings block. */
export type CinPreProceedings = z.infer<typeof cinPreProceedingsSchema>;

/** One CIN episode (`CINdetails`): one referral and what followed it. */
export const cinEpisodeSchema = z.strictObject({
  /** `CINreferralDate`. */
  referralDate: isoDateSchema.optional(),
  /** `ReferralSource`: who referred (1A to 10). Code 3A here is a GP, not domestic abuse. */
  referralSource: z.string().optional(),
  /** `PrimaryNeedCode` (N0 to N9). */
  primaryNeedCode: z.string().optional(),
  /** `CINclosureDate`; absent while the episode is open. */
  closureDate: isoDateSchema.optional(),
  /** `ReasonForClosure` (RC1 to RC9). */
  reasonForClosure: z.string().optional(),
  /** `DateOfInitialCPC` at episode level. */
  dateOfInitialCpc: isoDateSchema.optional(),
  /** `ReferralNFA`: the referral led to no further action. */
  referralNfa: z.boolean().optional(),
  /** The borough's own referral issue, when its export or a referral extract carries one (not a census field). */
  referralIssue: z.string().optional(),
  /** The episode's assessments. */
  assessments: z.array(cinAssessmentSchema),
  /** The episode's CIN plans. */
  cinPlans: z.array(cinPlanSchema),
  /** The episode's section 47 enquiries. */
  section47: z.array(cinSection47Schema),
  /** The episode's child protection plans. */
  cpPlans: z.array(cinCpPlanSchema),
  /** The episode's pre-proceedings blocks. */
  preProceedings: z.array(cinPreProceedingsSchema),
});
/** One CIN episode. */
export type CinEpisode = z.infer<typeof cinEpisodeSchema>;

/** One child (`Child`): identifiers, characteristics and every CIN episode in the return. */
export const cinChildSchema = z.strictObject({
  /** `LAchildID`: the authority's own id for the child. */
  childId: z.string().min(1),
  /** `UPN`. */
  upn: z.string().optional(),
  /** `FormerUPN`. */
  formerUpn: z.string().optional(),
  /** `UPNunknown` (UN1 to UN7). */
  upnUnknown: z.string().optional(),
  /** `PersonBirthDate`. */
  birthDate: isoDateSchema.optional(),
  /** `ExpectedPersonBirthDate`. */
  expectedBirthDate: isoDateSchema.optional(),
  /** `Sex` (2024/25 on) or `GenderCurrent` (to 2023/24), normalised: M, F or U (not known or not stated). */
  sex: z.enum(["M", "F", "U"]).optional(),
  /** `PersonDeathDate`. */
  deathDate: isoDateSchema.optional(),
  /** `Ethnicity` code. */
  ethnicity: z.string().optional(),
  /** `Disability` codes. */
  disabilities: z.array(z.string()),
  /** The child's CIN episodes in this return. */
  episodes: z.array(cinEpisodeSchema),
  /** Line of the file the child's record starts on, when read from a file. */
  line: z.int().optional(),
});
/** One child. */
export type CinChild = z.infer<typeof cinChildSchema>;

/**
 * Every `AssessmentFactors` code the census accepts (the 2024 schema and DfE rule 8897Q): 18A and
 * 19A still validate, though from 2024/25 DfE asks for 18B/18C and 19B/19C instead.
 */
export const CIN_ASSESSMENT_FACTOR_CODES: ReadonlySet<string> = new Set([
  ...["1", "2", "3", "4", "5", "6"].flatMap((n) => [`${n}A`, `${n}B`, `${n}C`]),
  "7A",
  ...["8B", "8C", "8D", "8E", "8F"],
  ...["9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A"],
  ...["18A", "18B", "18C", "19A", "19B", "19C"],
  ...["20", "21", "22A", "23A", "24A"],
]);

/** A new, empty episode. */
export function emptyEpisode(): CinEpisode {
  return { assessments: [], cinPlans: [], section47: [], cpPlans: [], preProceedings: [] };
}

/**
 * Read a census boolean. The census writes them six ways (`true`, `false`, `TRUE`, `FALSE`, `1`,
 * `0`); anything else is `undefined` so the caller can report it.
 */
export function parseCensusBoolean(text: string): boolean | undefined {
  checkTextArgument("parseCensusBoolean", "text", "Census boolean", text);
  return readCensusBoolean(text);
}

/**
 * Normalise the census's sex codes: `Sex` is M/F/U; the older `GenderCurrent` is 1 (male),
 * 2 (female), 0 (not known) or 9 (not specified). Anything else is `undefined`.
 */
export function parseCensusSex(text: string): "M" | "F" | "U" | undefined {
  checkTextArgument("parseCensusSex", "text", "Census sex code", text);
  return readCensusSex(text);
}
