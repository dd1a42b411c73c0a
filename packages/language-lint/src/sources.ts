/**
 * The practice guidance the rules are written from, cited by code in each rule's `sources`.
 * Codes follow the partnership's domain research (S: Safe & Together; D: language; L: learning
 * reviews and inspections).
 * @module
 */
import { CODES, checkArg, EXPLANATION } from "./arguments.js";

/** One source of practice guidance. */
export interface Source {
  /** Short citation a person can look up. */
  title: string;
  /** Where it was read (a site and page, without a scheme). */
  where: string;
}

/** Every source a rule of the default pack cites, by code. */
export const sources: Readonly<Record<string, Source>> = {
  S1: {
    title: "Safe & Together Institute, The Safe & Together Model",
    where: "safeandtogetherinstitute.com/the-safe-together-model",
  },
  S2: {
    title: "Queensland Child Safety Practice Manual, Safe & Together model",
    where: "cspm.csyw.qld.gov.au (domestic and family violence practice kit)",
  },
  S3: {
    title: "Safe & Together Institute podcast S2E4 (the critical components as the foundational guide)",
    where: "buzzsprout.com/799610",
  },
  S4: {
    title: "Safe & Together Institute, Good assessment goes beyond 'did the children see or hear'",
    where: "safeandtogetherinstitute.com (blog)",
  },
  S5: {
    title: "Safe & Together Institute, Characteristics of the Safe & Together Model suite",
    where: "safeandtogetherinstitute.com",
  },
  S6: { title: "Queensland Child Safety Practice Manual, Partnering with mothers", where: "cspm.csyw.qld.gov.au" },
  S8: {
    title: "Safe & Together Institute podcast S2E18, Multiple Pathways to Harm",
    where: "safeandtogetherinstitute.com",
  },
  S9: {
    title: "Safe & Together Institute, STIM guide (intersections: substance use, mental health, culture)",
    where: "safeandtogetherinstitute.com/stim-guide",
  },
  S11: { title: "David Mandel (2015), on substance use and domestic violence", where: "endingviolence.com" },
  S13: {
    title: "Safe & Together Institute, Mapping perpetrators' patterns",
    where: "safeandtogetherinstitute.com (blog)",
  },
  S15: {
    title: "Safe & Together Institute podcast S3E11, Pivoting to the Perpetrator",
    where: "safeandtogetherinstitute.com",
  },
  S16: {
    title: "NSW Home Truths (2015) on moving away from 'failure to protect'",
    where: "cwpracticelive.facs.nsw.gov.au",
  },
  S17: { title: "Queensland Child Safety Practice Manual, Key messages", where: "cspm.csyw.qld.gov.au" },
  S18: { title: "Safe & Together Institute, Definitions and key markers", where: "safeandtogetherinstitute.com" },
  S19: {
    title: "Safe & Together Institute, Domestic violence-informed family services",
    where: "safeandtogetherinstitute.com",
  },
  S20: { title: "NSW study of documentation: behavioural specificity", where: "discovery.researcher.life" },
  S21: { title: "Safe & Together Australia, National DV-Informed Case Reading report (2017)", where: "issuu.com" },
  S23: {
    title: "Safe & Together Institute, Mapping perpetrator patterns: avoiding misidentification",
    where: "safeandtogetherinstitute.com (blog)",
  },
  S24: {
    title: "Safe & Together Institute podcast S2E17 ('person who chooses violence')",
    where: "buzzsprout.com/799610",
  },
  D1: { title: "Coates & Wade (2007), Language and violence, Journal of Family Violence 22:511-522", where: "doi.org" },
  D2: { title: "Queensland Child Safety Practice Manual, Use of language", where: "cspm.csyw.qld.gov.au" },
  D3: { title: "Queensland Child Safety Practice Manual, Recording violence", where: "cspm.csyw.qld.gov.au" },
  D4: { title: "Queensland Child Safety Practice Manual, Talking with men", where: "cspm.csyw.qld.gov.au" },
  D5: { title: "Bangor Daily News (2016), on the language of abuse reporting", where: "bangordailynews.com" },
  D6: { title: "Haven Program and Hyde County Hotline glossaries", where: "havenprogram.com; hydecounty-hotline.org" },
  D7: { title: "Insight Exchange, Language Lab", where: "insightexchange.net/language-lab" },
  D8: { title: "JF&CS Boston, Domestic violence, not a dispute", where: "jfcsboston.org/blog" },
  D9: { title: "Safespots, Language to avoid", where: "safespots.org.uk" },
  D10: { title: "Everyday Victim Blaming", where: "everydayvictimblaming.com" },
  D11: { title: "Crown Prosecution Service, Domestic abuse guidelines for prosecutors", where: "cps.gov.uk" },
  D12: { title: "GreenHouse17, victim-blaming phrases", where: "greenhouse17.org" },
  D13: { title: "SafeLives, Responding to perpetrators", where: "safelives.org.uk" },
  D14: { title: "Community Care (2018), on 'failure to protect'", where: "communitycare.co.uk" },
  D15: { title: "IVSHA, Words are powerful", where: "ivsha.org" },
  D16: { title: "The Independent, on Level Up's campaign against 'crime of passion'", where: "newsmuncher.com" },
  D17: {
    title: "Level Up, Media guidelines for reporting domestic abuse deaths",
    where: "welevelup.org/media-guidelines",
  },
  D18: { title: "Anawim, language of victim blaming", where: "anawim.co.uk" },
  D19: { title: "The Pool, Dignity for dead women", where: "the-pool.com" },
  D20: { title: "Shelter design system, 'domestic abuse' not 'domestic violence'", where: "design.shelter.org.uk" },
  D21: { title: "Essex County Council, The language we use", where: "essex.gov.uk" },
  D22: { title: "Social Work Today (2022), Wigan on language", where: "socialworktoday.co.uk" },
  D23: { title: "Victoria MARAM framework, terminology", where: "vic.gov.au" },
  D28: { title: "Domestic violence documentation tips", where: "docsbay.net" },
  D29: { title: "David Mandel, on case notes used out of context", where: "LinkedIn article" },
  D30: { title: "Queensland Child Safety Practice Manual, Principles for engaging men", where: "cspm.csyw.qld.gov.au" },
  D31: { title: "Balancing engagement and accountability with fathers", where: "docsbay.net" },
  D32: {
    title: "SafeLives (2023), A public health approach to ending domestic abuse for the whole family",
    where: "safelives.org.uk",
  },
  L11: { title: "Domestic Abuse Commissioner (2025), Victims in their own right?", where: "gov.uk" },
  L12: {
    title: "Child Safeguarding Practice Review Panel briefing on domestic abuse",
    where: "todaysfamilylawyer.co.uk",
  },
  L13: {
    title: "Joint targeted area inspection (2017), on agreements that made victims responsible",
    where: "careappointments.com",
  },
  L14: {
    title: "Community Care (2017), on the joint targeted inspection of domestic abuse",
    where: "communitycare.co.uk",
  },
  L15: {
    title: "Joint targeted area inspection summary (2025): agencies rely on non-abusing adults",
    where: "narrativecare.org",
  },
};

/** A rule's explanation followed by its sources in words. */
export function citeSources(explanation: string, codes: readonly string[] | undefined): string {
  checkArg("citeSources", EXPLANATION, explanation);
  checkArg("citeSources", CODES, codes);
  if (!codes?.length) return explanation;
  const cited = codes.map((code) => sources[code]?.title ?? code);
  return `${explanation} Sources: ${cited.join("; ")}.`;
}
