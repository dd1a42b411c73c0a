/**
 * Write Children in Need census XML, and generate realistic synthetic census data of any size:
 * for tests, benchmarks and demonstrations. Every child is invented; the same seed always gives the
 * same file.
 * @module
 */
import { argumentTypeError, checkArgument, seededRandom as random } from "@st/core";
import { type IsoDate, isoDateFromDayNumber, isoDayNumber } from "@st/core/calendar";
import { checkRecordArgument, checkTextArgument } from "./arguments.js";
import type { CinCensusHeader, CinChild, CinEpisode } from "./cin-records.js";
import { censusYear } from "./dates.js";
import type { CareEpisode } from "./extracts.js";

/** Which census layout to write: `Sex` (2024/25 onwards) or the older `GenderCurrent`. */
export type CensusLayout = "Sex" | "GenderCurrent";

/** Options for {@link censusXmlChunks}. */
export interface CensusXmlOptions {
  /** The layout. Default: `Sex` for reference dates from 31 March 2025, `GenderCurrent` before. */
  layout?: CensusLayout | undefined;
  /** Write each episode's `referralIssue` of {@link CinEpisode} as this local element (not a census element). Default: not written. */
  referralIssueElement?: string | undefined;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&apos;",
  );
}

function el(name: string, value: string | number | boolean | undefined, indent: string): string {
  if (value === undefined) return "";
  return `${indent}<${name}>${esc(String(value))}</${name}>\n`;
}

const GENDER_CODE = { M: "1", F: "2", U: "0" } as const;

/** The XML of one child, in the census's element order. */
export function childXml(child: CinChild, options: CensusXmlOptions & { layout: CensusLayout }): string {
  if (typeof child !== "object" || child === null || Array.isArray(child))
    checkArgument(child, "record", { fn: "childXml", argument: "child", label: "Child", expected: "a census child" });
  checkRecordArgument("childXml", "options", options);
  return childText(child, options);
}

/** {@link childXml} unchecked: a file is written a child at a time. */
function childText(child: CinChild, options: CensusXmlOptions & { layout: CensusLayout }): string {
  const i4 = "        ";
  const i5 = "          ";
  let out = "    <Child>\n      <ChildIdentifiers>\n";
  out += el("LAchildID", child.childId, i4);
  out += el("UPN", child.upn, i4);
  out += el("FormerUPN", child.formerUpn, i4);
  out += el("UPNunknown", child.upnUnknown, i4);
  out += el("PersonBirthDate", child.birthDate, i4);
  out += el("ExpectedPersonBirthDate", child.expectedBirthDate, i4);
  if (child.sex !== undefined) {
    out += options.layout === "Sex" ? el("Sex", child.sex, i4) : el("GenderCurrent", GENDER_CODE[child.sex], i4);
  }
  out += el("PersonDeathDate", child.deathDate, i4);
  out += "      </ChildIdentifiers>\n";
  if (child.ethnicity !== undefined || child.disabilities.length > 0) {
    out += "      <ChildCharacteristics>\n";
    out += el("Ethnicity", child.ethnicity, i4);
    if (child.disabilities.length > 0) {
      out += `${i4}<Disabilities>\n${child.disabilities.map((d) => el("Disability", d, i5)).join("")}${i4}</Disabilities>\n`;
    }
    out += "      </ChildCharacteristics>\n";
  }
  for (const e of child.episodes) out += episodeXml(e, options);
  out += "    </Child>\n";
  return out;
}

function episodeXml(e: CinEpisode, options: CensusXmlOptions): string {
  const i4 = "        ";
  const i5 = "          ";
  const i6 = "            ";
  let out = "      <CINdetails>\n";
  out += el("CINreferralDate", e.referralDate, i4);
  out += el("ReferralSource", e.referralSource, i4);
  out += el("PrimaryNeedCode", e.primaryNeedCode, i4);
  out += el("CINclosureDate", e.closureDate, i4);
  out += el("ReasonForClosure", e.reasonForClosure, i4);
  out += el("DateOfInitialCPC", e.dateOfInitialCpc, i4);
  for (const a of e.assessments) {
    out += `${i4}<Assessments>\n`;
    out += el("AssessmentActualStartDate", a.startDate, i5);
    out += el("AssessmentInternalReviewDate", a.internalReviewDate, i5);
    out += el("AssessmentAuthorisationDate", a.authorisationDate, i5);
    out +=
      a.factors.length === 0
        ? `${i5}<FactorsIdentifiedAtAssessment/>\n`
        : `${i5}<FactorsIdentifiedAtAssessment>\n${a.factors.map((f) => el("AssessmentFactors", f, i6)).join("")}${i5}</FactorsIdentifiedAtAssessment>\n`;
    out += `${i4}</Assessments>\n`;
  }
  for (const p of e.cinPlans) {
    out += `${i4}<CINPlanDates>\n${el("CINPlanStartDate", p.startDate, i5)}${el("CINPlanEndDate", p.endDate, i5)}${i4}</CINPlanDates>\n`;
  }
  for (const s of e.section47) {
    out += `${i4}<Section47>\n${el("S47ActualStartDate", s.startDate, i5)}${el("InitialCPCtarget", s.initialCpcTarget, i5)}${el("DateOfInitialCPC", s.dateOfInitialCpc, i5)}${el("ICPCnotRequired", s.icpcNotRequired, i5)}${i4}</Section47>\n`;
  }
  out += el("ReferralNFA", e.referralNfa, i4);
  for (const p of e.cpPlans) {
    out += `${i4}<ChildProtectionPlans>\n`;
    out += el("CPPstartDate", p.startDate, i5);
    out += el("CPPendDate", p.endDate, i5);
    out += el("InitialCategoryOfAbuse", p.initialCategoryOfAbuse, i5);
    out += el("LatestCategoryOfAbuse", p.latestCategoryOfAbuse, i5);
    out += el("NumberOfPreviousCPP", p.numberOfPreviousCpp, i5);
    if (p.reviewDates.length > 0) {
      out += `${i5}<Reviews>\n${p.reviewDates.map((d) => el("CPPreviewDate", d, i6)).join("")}${i5}</Reviews>\n`;
    }
    out += `${i4}</ChildProtectionPlans>\n`;
  }
  for (const p of e.preProceedings) {
    out += `${i4}<PreProceedingsandFGDM>\n`;
    out += el("PPStartDate", p.startDate, i5);
    out += el("LBPSentDate", p.letterBeforeProceedingsDate, i5);
    out += el("FGDMMeetingOffer", p.fgdmMeetingOffer, i5);
    out += el("FGDMMeetingFac", p.fgdmMeetingFacilitated, i5);
    out += el("InitialPPMeetingDate", p.initialMeetingDate, i5);
    out += el("ReviewMeetingsCount", p.reviewMeetingsCount, i5);
    out += el("StepDecisionDate", p.stepDecisionDate, i5);
    out += el("PPOutcome", p.outcome, i5);
    out += el("CourtAppDate", p.courtApplicationDate, i5);
    out += el("LetterInitCPDate", p.letterInitialCpDate, i5);
    out += `${i4}</PreProceedingsandFGDM>\n`;
  }
  if (options.referralIssueElement && e.referralIssue !== undefined) {
    out += el(options.referralIssueElement, e.referralIssue, i4);
  }
  out += "      </CINdetails>\n";
  return out;
}

/**
 * A census file as a stream of XML text chunks (header, then one chunk a child, then the closing
 * tags), so files of any size can be written without holding them in memory.
 */
export function censusXmlChunks(
  header: CinCensusHeader,
  children: Iterable<CinChild>,
  options: CensusXmlOptions = {},
): Generator<string, void, undefined> {
  // Checked when called, not when the first chunk is pulled.
  if (typeof header !== "object" || header === null || Array.isArray(header))
    checkArgument(header, "record", {
      fn: "censusXmlChunks",
      argument: "header",
      label: "Census header",
      expected: "a census header",
    });
  if (typeof (children as Partial<Iterable<CinChild>> | null)?.[Symbol.iterator] !== "function")
    throw argumentTypeError("censusXmlChunks", {
      argument: "children",
      label: "Children",
      expected: "the census children (a list or other iterable)",
      received: children,
      message: "is not a list or other iterable of census children",
    });
  checkRecordArgument("censusXmlChunks", "options", options);
  return xmlChunks(header, children, options);
}

function* xmlChunks(
  header: CinCensusHeader,
  children: Iterable<CinChild>,
  options: CensusXmlOptions,
): Generator<string, void, undefined> {
  const layout = options.layout ?? ((header.referenceDate ?? "9999") >= "2025-03-31" ? "Sex" : "GenderCurrent");
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n  <Header>\n    <CollectionDetails>\n';
  out += el("Collection", header.collection ?? "CIN", "      ");
  out += el("Year", header.year, "      ");
  out += el("ReferenceDate", header.referenceDate, "      ");
  out += "    </CollectionDetails>\n    <Source>\n";
  out += el("SourceLevel", header.sourceLevel ?? "L", "      ");
  out += el("LEA", header.laNumber, "      ");
  out += el("SoftwareCode", header.softwareCode, "      ");
  out += el("Release", header.release, "      ");
  out += el("SerialNo", header.serialNo, "      ");
  out += el("DateTime", header.dateTime, "      ");
  out += "    </Source>\n  </Header>\n  <Children>\n";
  yield out;
  let batch = "";
  for (const child of children) {
    batch += childText(child, { ...options, layout });
    if (batch.length > 65_536) {
      yield batch;
      batch = "";
    }
  }
  yield `${batch}  </Children>\n</Message>\n`;
}

/** Options for {@link syntheticChildren}. */
export interface SyntheticCensusOptions {
  /** How many children. */
  children: number;
  /** The census reference date (31 March); episodes fall in the twelve months before it, some earlier. */
  referenceDate: IsoDate;
  /** Seed of the pseudo-random generator. Same seed, same children. Default 1. */
  seed?: number | undefined;
  /** Prefix of the invented child ids. Default `SYN`. */
  idPrefix?: string | undefined;
  /** Share of assessments recording a DA factor. Default 0.4 (roughly the national picture). */
  daShare?: number | undefined;
  /**
   * Record a referral issue on each episode, as a borough's own referral records would: `DA` for
   * most referrals whose assessment records DA, another issue otherwise. Default: not recorded.
   */
  referralIssues?: boolean | undefined;
}

const OTHER_FACTORS = [
  "1B",
  "2B",
  "4A",
  "4B",
  "4C",
  "5B",
  "6B",
  "7A",
  "10A",
  "11A",
  "13A",
  "14A",
  "15A",
  "16A",
  "17A",
  "18C",
  "20",
  "24A",
];
const SOURCES = ["1A", "1B", "2A", "2B", "3A", "3B", "3E", "3F", "4", "5A", "5D", "6", "6", "6", "7", "8", "9", "10"];
const NEEDS = ["N1", "N1", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N0"];
const ETHNICITIES = ["WBRI", "WOTH", "MWBC", "AIND", "APKN", "ABAN", "BCRB", "BAFR", "CHNE", "OOTH", "REFU", "NOBT"];
const CATEGORIES = ["NEG", "EMO", "EMO", "PHY", "SAB", "MUL"];
const ISSUES = ["Neglect", "Parental mental health", "Child behaviour", "Parental substance misuse", "Other"];

/**
 * Realistic synthetic children for one census year: referrals through the year (some from the year
 * before, still open), assessments with factors (domestic abuse at about the national rate),
 * section 47 enquiries, CIN and child protection plans, closures, and from 2025/26 the
 * pre-proceedings block. Lazy: children are made as they are read, so any number can be streamed.
 */
export function syntheticChildren(options: SyntheticCensusOptions): Generator<CinChild, void, undefined> {
  checkSyntheticOptions("syntheticChildren", options);
  return makeChildren(options);
}

function* makeChildren(options: SyntheticCensusOptions): Generator<CinChild, void, undefined> {
  const next = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const { from, to } = censusYear(options.referenceDate);
  const start = isoDayNumber(from);
  const end = isoDayNumber(to);
  const daShare = options.daShare ?? 0.4;
  const prefix = options.idPrefix ?? "SYN";
  const width = Math.max(6, String(options.children).length);
  const preProceedings = options.referenceDate >= "2026-03-31";
  for (let n = 1; n <= options.children; n++) {
    const birth = end - Math.floor(next() * 17 * 365) - 30;
    const child: CinChild = {
      childId: `${prefix}${String(n).padStart(width, "0")}`,
      birthDate: isoDateFromDayNumber(birth),
      sex: next() < 0.49 ? "M" : next() < 0.98 ? "F" : "U",
      ethnicity: pick(ETHNICITIES),
      disabilities: next() < 0.1 ? ["LD"] : ["NONE"],
      episodes: [],
    };
    if (next() < 0.6) child.upn = `A${String(Math.floor(next() * 1e12)).padStart(12, "0")}`;
    else child.upnUnknown = pick(["UN1", "UN2", "UN3", "UN5"]);
    const episodes = next() < 0.18 ? 2 : 1;
    // A fifth of first episodes began in the previous year and are still open on 1 April.
    let referral = next() < 0.2 ? start - 1 - Math.floor(next() * 300) : start + Math.floor(next() * (end - start));
    for (let k = 0; k < episodes; k++) {
      if (referral > end) break;
      const e: CinEpisode = {
        referralDate: isoDateFromDayNumber(referral),
        referralSource: pick(SOURCES),
        primaryNeedCode: pick(NEEDS),
        assessments: [],
        cinPlans: [],
        section47: [],
        cpPlans: [],
        preProceedings: [],
      };
      const nfa = next() < 0.08;
      e.referralNfa = nfa;
      let da = false;
      let last = referral;
      if (!nfa) {
        const assessments = next() < 0.15 ? 2 : 1;
        for (let a = 0; a < assessments; a++) {
          const startDay = last + 1 + Math.floor(next() * 10);
          const authorised = next() < 0.93 ? startDay + 10 + Math.floor(next() * 35) : undefined;
          const factors: string[] = [];
          if (next() < daShare) {
            da = true;
            factors.push(next() < 0.75 ? "3B" : next() < 0.6 ? "3A" : "3C");
            if (next() < 0.25) factors.push("3A");
          }
          const others = Math.floor(next() * 4);
          for (let f = 0; f < others; f++) {
            const code = pick(OTHER_FACTORS);
            if (!factors.includes(code)) factors.push(code);
          }
          if (factors.length === 0) factors.push("21");
          e.assessments.push({
            startDate: isoDateFromDayNumber(startDay),
            ...(authorised !== undefined && authorised <= end
              ? { authorisationDate: isoDateFromDayNumber(authorised) }
              : {}),
            factors,
          });
          last = authorised ?? startDay;
        }
        if (next() < 0.22) {
          const s47 = referral + 2 + Math.floor(next() * 20);
          const conference = s47 + 10 + Math.floor(next() * 8);
          const needed = next() < 0.55;
          e.section47.push({
            startDate: isoDateFromDayNumber(s47),
            initialCpcTarget: isoDateFromDayNumber(s47 + 15),
            ...(needed ? { dateOfInitialCpc: isoDateFromDayNumber(conference) } : {}),
            icpcNotRequired: !needed,
          });
          if (needed && next() < 0.8 && conference <= end) {
            e.dateOfInitialCpc = isoDateFromDayNumber(conference);
            const planEnd = conference + 90 + Math.floor(next() * 300);
            const category = pick(CATEGORIES);
            e.cpPlans.push({
              startDate: isoDateFromDayNumber(conference),
              ...(planEnd <= end ? { endDate: isoDateFromDayNumber(planEnd) } : {}),
              initialCategoryOfAbuse: category,
              latestCategoryOfAbuse: next() < 0.85 ? category : pick(CATEGORIES),
              numberOfPreviousCpp: next() < 0.8 ? 0 : 1 + Math.floor(next() * 2),
              reviewDates: conference + 90 <= end ? [isoDateFromDayNumber(conference + 90)] : [],
            });
            if (preProceedings && next() < 0.12) {
              const pp = conference + 30 + Math.floor(next() * 60);
              if (pp <= end) {
                e.preProceedings.push({
                  startDate: isoDateFromDayNumber(pp),
                  letterBeforeProceedingsDate: isoDateFromDayNumber(pp + 1),
                  fgdmMeetingOffer: "1",
                  fgdmMeetingFacilitated: next() < 0.6 ? "1" : "0",
                  initialMeetingDate: isoDateFromDayNumber(pp + 14),
                  reviewMeetingsCount: Math.floor(next() * 4),
                  outcome: pick(["A", "B", "C"]),
                });
              }
            }
          }
        } else if (next() < 0.35) {
          const planStart = last + 5;
          if (planStart <= end) {
            const planEnd = planStart + 60 + Math.floor(next() * 200);
            e.cinPlans.push({
              startDate: isoDateFromDayNumber(planStart),
              ...(planEnd <= end ? { endDate: isoDateFromDayNumber(planEnd) } : {}),
            });
          }
        }
      }
      const closure = nfa ? referral + Math.floor(next() * 3) : last + 20 + Math.floor(next() * 250);
      if (closure <= end) {
        e.closureDate = isoDateFromDayNumber(closure);
        e.reasonForClosure = nfa ? "RC8" : pick(["RC7", "RC7", "RC7", "RC8", "RC9", "RC5", "RC4"]);
      }
      if (options.referralIssues) {
        e.referralIssue = da && next() < 0.6 ? "DA" : pick(ISSUES);
      }
      child.episodes.push(e);
      if (e.closureDate === undefined) break;
      referral = isoDayNumber(e.closureDate) + 20 + Math.floor(next() * 200);
    }
    yield child;
  }
}

/**
 * Synthetic SSDA903 episodes for some of the children {@link syntheticChildren} makes with the same
 * options: about one child in forty starts to be looked after during the year, a few on short breaks.
 */
export function syntheticCareEpisodes(options: SyntheticCensusOptions): Generator<CareEpisode, void, undefined> {
  checkSyntheticOptions("syntheticCareEpisodes", options);
  return careEpisodes(options);
}

function* careEpisodes(options: SyntheticCensusOptions): Generator<CareEpisode, void, undefined> {
  const next = random((options.seed ?? 1) ^ 0x5bd1e995);
  const { from, to } = censusYear(options.referenceDate);
  const start = isoDayNumber(from);
  const end = isoDayNumber(to);
  const prefix = options.idPrefix ?? "SYN";
  const width = Math.max(6, String(options.children).length);
  for (let n = 1; n <= options.children; n++) {
    if (next() >= 0.025) continue;
    const decom = start + Math.floor(next() * (end - start));
    const shortBreak = next() < 0.08;
    yield {
      childId: `${prefix}${String(n).padStart(width, "0")}`,
      startDate: isoDateFromDayNumber(decom),
      reasonForNewEpisode: "S",
      legalStatus: shortBreak ? "V3" : next() < 0.5 ? "V2" : next() < 0.6 ? "C2" : "C1",
      categoryOfNeed: next() < 0.6 ? "N1" : "N4",
    };
  }
}

/** The options of the synthetic generators, checked when they are called rather than when first pulled. */
function checkSyntheticOptions(fn: string, options: SyntheticCensusOptions): void {
  checkRecordArgument(fn, "options", options);
  checkTextArgument(
    fn,
    "options.referenceDate",
    "Census reference date",
    options.referenceDate,
    "a date written YYYY-MM-DD",
  );
}
