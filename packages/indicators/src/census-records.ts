/**
 * Assembling the census records as the reader walks the file: the header, and each child with its
 * episodes, assessments, plans, section 47 enquiries and pre-proceedings, from the values of the
 * elements the census layout knows. A child is handed to `onChild` when its `</Child>` is read,
 * unless it has no `LAchildID` or repeats one already read. A value that cannot be read is a
 * problem, left out of the record.
 * @module
 */
import { Ctx as CtxModule } from "./census-layout.js";
import type { CensusProblems } from "./census-problems.js";
import { CensusValues } from "./census-values.js";
import type { CinCensusReadOptions } from "./cin-census-reader.js";
import {
  CIN_ASSESSMENT_FACTOR_CODES,
  type CinAssessment,
  type CinCensusHeader,
  type CinChild,
  type CinCpPlan,
  type CinEpisode,
  type CinPlan,
  type CinPreProceedings,
  type CinSection47,
  emptyEpisode,
} from "./cin-records.js";
import { readCensusSex } from "./value-readers.js";

// The contexts held in this module's own binding: where modules are not bundled together (vitest
// runs the sources) each read of an imported binding is a call, and every value read switches on them.
const Ctx = CtxModule;
type Ctx = CtxModule;

/** The records of one census read, built a value at a time. */
export class CensusRecords {
  readonly #options: Pick<CinCensusReadOptions, "onHeader" | "onChild">;
  readonly #problems: CensusProblems;
  readonly #values: CensusValues;
  #header: CinCensusHeader | undefined;
  #child: CinChild | undefined;
  #episode: CinEpisode | undefined;
  #assessment: CinAssessment | undefined;
  #cinPlan: CinPlan | undefined;
  #s47: CinSection47 | undefined;
  #cpp: CinCpPlan | undefined;
  #pp: CinPreProceedings | undefined;
  #children = 0;
  #episodes = 0;
  #childColumn = 0;
  readonly #childLines = new Map<string, number>();
  #latestReferral = "";
  #authorisations: { assessment: CinAssessment; line: number; column: number }[] = [];

  constructor(options: Pick<CinCensusReadOptions, "onHeader" | "onChild" | "referenceDate">, problems: CensusProblems) {
    this.#options = options;
    this.#problems = problems;
    this.#values = new CensusValues(options.referenceDate, problems);
  }

  /** The header, once its element has opened. */
  get header(): CinCensusHeader | undefined {
    return this.#header;
  }

  /** Children read (handed to `onChild`). */
  get children(): number {
    return this.#children;
  }

  /** CIN episodes read. */
  get episodes(): number {
    return this.#episodes;
  }

  /** The latest `CINreferralDate` read, or "" before any. */
  get latestReferral(): string {
    return this.#latestReferral;
  }

  /** The id of the child being read, if any: problems name it. */
  get childId(): string | undefined {
    return this.#child?.childId;
  }

  /** The CIN episode being read, if any. */
  get episode(): CinEpisode | undefined {
    return this.#episode;
  }

  /** A container the census has opened (`line` and `column` just after its start tag): its record starts. */
  open(ctx: Ctx, line: number, column: number): void {
    switch (ctx) {
      case Ctx.Header:
        this.#header = {};
        break;
      case Ctx.Child:
        this.#child = { childId: "", disabilities: [], episodes: [], line };
        this.#childColumn = column;
        break;
      case Ctx.CinDetails:
        this.#episode = emptyEpisode();
        this.#authorisations = [];
        break;
      case Ctx.Assessment:
        this.#assessment = { factors: [] };
        break;
      case Ctx.CinPlan:
        this.#cinPlan = {};
        break;
      case Ctx.Section47:
        this.#s47 = {};
        break;
      case Ctx.CpPlan:
        this.#cpp = { reviewDates: [] };
        break;
      case Ctx.PreProceedings:
        this.#pp = {};
        break;
      default:
        break;
    }
  }

  /** A value element has closed, its text read: the value goes into its record. */
  leaf(ctx: Ctx, name: string, text: string): void {
    this.#values.text = text;
    switch (ctx) {
      case Ctx.CinDetails: {
        const e = this.#episode!;
        switch (name) {
          case "CINreferralDate": {
            const date = this.#values.date(name, "CINdetails.CINreferralDate");
            if (date !== undefined) e.referralDate = date;
            if (date !== undefined && date > this.#latestReferral) this.#latestReferral = date;
            return;
          }
          case "ReferralSource": {
            const value = this.#values.str();
            if (value !== undefined) e.referralSource = value;
            return;
          }
          case "PrimaryNeedCode": {
            const value = this.#values.str();
            if (value !== undefined) e.primaryNeedCode = value;
            return;
          }
          case "CINclosureDate":
            set(e, "closureDate", this.#values.date(name, "CINdetails.CINclosureDate"));
            return;
          case "ReasonForClosure":
            set(e, "reasonForClosure", this.#values.str());
            return;
          case "DateOfInitialCPC":
            set(e, "dateOfInitialCpc", this.#values.date(name, "CINdetails.DateOfInitialCPC"));
            return;
          case "ReferralNFA":
            set(e, "referralNfa", this.#values.bool(name, "CINdetails.ReferralNFA"));
            return;
        }
        return;
      }
      case Ctx.Assessment: {
        const a = this.#assessment!;
        switch (name) {
          case "AssessmentActualStartDate": {
            const date = this.#values.date(name, "Assessments.AssessmentActualStartDate");
            if (date !== undefined) a.startDate = date;
            return;
          }
          case "AssessmentInternalReviewDate":
            set(a, "internalReviewDate", this.#values.date(name, "Assessments.AssessmentInternalReviewDate"));
            return;
          case "AssessmentAuthorisationDate": {
            const date = this.#values.date(name, "Assessments.AssessmentAuthorisationDate");
            if (date !== undefined) {
              a.authorisationDate = date;
              this.#authorisations.push({
                assessment: a,
                line: this.#problems.valueLine,
                column: this.#problems.valueColumn,
              });
            }
            return;
          }
        }
        return;
      }
      case Ctx.Factors: {
        const text = this.#values.str();
        if (text === undefined) return;
        const code = text.toUpperCase();
        if (CIN_ASSESSMENT_FACTOR_CODES.has(code)) {
          this.#assessment!.factors.push(code);
          return;
        }
        this.#problems.add(
          name,
          text,
          "an assessment factor code of the census (1A to 24A, 20 or 21)",
          "Assessments.FactorsIdentifiedAtAssessment.AssessmentFactors",
          {
            code: "unknown_code",
            message: `${text} is not an assessment factor code of the census; it is left out`,
          },
        );
        return;
      }
      case Ctx.CpPlan: {
        const p = this.#cpp!;
        switch (name) {
          case "CPPstartDate":
            set(p, "startDate", this.#values.date(name, "ChildProtectionPlans.CPPstartDate"));
            return;
          case "CPPendDate":
            set(p, "endDate", this.#values.date(name, "ChildProtectionPlans.CPPendDate"));
            return;
          case "InitialCategoryOfAbuse":
            set(p, "initialCategoryOfAbuse", this.#values.str());
            return;
          case "LatestCategoryOfAbuse":
            set(p, "latestCategoryOfAbuse", this.#values.str());
            return;
          case "NumberOfPreviousCPP":
            set(p, "numberOfPreviousCpp", this.#values.int(name, "ChildProtectionPlans.NumberOfPreviousCPP"));
            return;
        }
        return;
      }
      case Ctx.Reviews: {
        const date = this.#values.date(name, "ChildProtectionPlans.Reviews.CPPreviewDate");
        if (date !== undefined) this.#cpp!.reviewDates.push(date);
        return;
      }
      case Ctx.Section47: {
        const s = this.#s47!;
        switch (name) {
          case "S47ActualStartDate":
            set(s, "startDate", this.#values.date(name, "Section47.S47ActualStartDate"));
            return;
          case "InitialCPCtarget":
            set(s, "initialCpcTarget", this.#values.date(name, "Section47.InitialCPCtarget", false));
            return;
          case "DateOfInitialCPC":
            set(s, "dateOfInitialCpc", this.#values.date(name, "Section47.DateOfInitialCPC"));
            return;
          case "ICPCnotRequired":
            set(s, "icpcNotRequired", this.#values.bool(name, "Section47.ICPCnotRequired"));
            return;
        }
        return;
      }
      case Ctx.CinPlan: {
        const p = this.#cinPlan!;
        if (name === "CINPlanStartDate") set(p, "startDate", this.#values.date(name, "CINPlanDates.CINPlanStartDate"));
        else if (name === "CINPlanEndDate") set(p, "endDate", this.#values.date(name, "CINPlanDates.CINPlanEndDate"));
        return;
      }
      case Ctx.PreProceedings:
        this.#preProceedingsLeaf(name);
        return;
      case Ctx.ChildIdentifiers:
        this.#identifierLeaf(name);
        return;
      case Ctx.ChildCharacteristics:
        if (name === "Ethnicity") set(this.#child!, "ethnicity", this.#values.str());
        return;
      case Ctx.Disabilities: {
        const code = this.#values.str();
        if (code !== undefined) this.#child!.disabilities.push(code);
        return;
      }
      case Ctx.CollectionDetails:
      case Ctx.Source:
        this.#headerLeaf(name);
        return;
      default:
        return;
    }
  }

  /** The borough's own referral issue element (not a census field) has closed inside the episode. */
  referralIssue(text: string): void {
    this.#values.text = text;
    const value = this.#values.str();
    if (value !== undefined) this.#episode!.referralIssue = value;
  }

  /** A container has closed: its record is complete and joins the one it belongs to, a child goes to `onChild`. */
  close(ctx: Ctx): void {
    switch (ctx) {
      case Ctx.Header:
        if (this.#header) this.#options.onHeader?.(this.#header);
        break;
      case Ctx.Child: {
        const child = this.#child!;
        this.#child = undefined;
        if (child.childId === "") {
          this.#problems.skipChild(
            "missing_id",
            "without an LAchildID",
            "a child without an LAchildID cannot be counted; the child is not read",
            "no LAchildID",
            child.line!,
            this.#childColumn,
          );
          return;
        }
        const first = this.#childLines.get(child.childId);
        if (first !== undefined) {
          this.#problems.skipChild(
            "duplicate_id",
            "repeating an LAchildID already read",
            `LAchildID ${child.childId} was already read at line ${first}; counting it twice would double its figures, so this record is not read`,
            JSON.stringify(child.childId),
            child.line!,
            this.#childColumn,
          );
          return;
        }
        this.#childLines.set(child.childId, child.line!);
        this.#children++;
        this.#options.onChild(child);
        break;
      }
      case Ctx.CinDetails:
        this.#checkAuthorisations();
        this.#episodes++;
        this.#child?.episodes.push(this.#episode!);
        this.#episode = undefined;
        break;
      case Ctx.Assessment:
        this.#episode?.assessments.push(this.#assessment!);
        this.#assessment = undefined;
        break;
      case Ctx.CinPlan:
        this.#episode?.cinPlans.push(this.#cinPlan!);
        break;
      case Ctx.Section47:
        this.#episode?.section47.push(this.#s47!);
        break;
      case Ctx.CpPlan:
        this.#episode?.cpPlans.push(this.#cpp!);
        break;
      case Ctx.PreProceedings:
        this.#episode?.preProceedings.push(this.#pp!);
        break;
      default:
        break;
    }
  }

  /** An assessment authorised before its episode's referral: the authorisation date is left out. */
  #checkAuthorisations(): void {
    const referral = this.#episode?.referralDate;
    if (referral === undefined) return;
    for (const { assessment, line, column } of this.#authorisations) {
      const date = assessment.authorisationDate;
      if (date === undefined || date >= referral) continue;
      delete assessment.authorisationDate;
      this.#problems.add(
        "AssessmentAuthorisationDate",
        date,
        `a date on or after the episode's CINreferralDate, ${referral}`,
        "Assessments.AssessmentAuthorisationDate",
        {
          code: "date_order",
          message: `AssessmentAuthorisationDate ${date} is before the episode's CINreferralDate ${referral}; the authorisation date is left out`,
          line,
          column,
        },
      );
    }
  }

  #identifierLeaf(name: string): void {
    const c = this.#child!;
    switch (name) {
      case "LAchildID":
        c.childId = this.#values.str() ?? "";
        return;
      case "UPN":
        set(c, "upn", this.#values.str());
        return;
      case "FormerUPN":
        set(c, "formerUpn", this.#values.str());
        return;
      case "UPNunknown":
        set(c, "upnUnknown", this.#values.str());
        return;
      case "PersonBirthDate":
        set(c, "birthDate", this.#values.date(name, "ChildIdentifiers.PersonBirthDate", false));
        return;
      case "ExpectedPersonBirthDate":
        set(c, "expectedBirthDate", this.#values.date(name, "ChildIdentifiers.ExpectedPersonBirthDate", false));
        return;
      case "PersonDeathDate":
        set(c, "deathDate", this.#values.date(name, "ChildIdentifiers.PersonDeathDate"));
        return;
      case "Sex":
      case "GenderCurrent": {
        const text = this.#values.text;
        if (text.trim() === "") return;
        const sex = readCensusSex(text);
        if (sex === undefined) {
          this.#problems.add(name, text, name === "Sex" ? "M, F or U" : "1, 2, 0 or 9", `ChildIdentifiers.${name}`);
        }
        set(c, "sex", sex);
        return;
      }
    }
  }

  #preProceedingsLeaf(name: string): void {
    const p = this.#pp!;
    const path = `PreProceedingsandFGDM.${name}`;
    switch (name) {
      case "PPStartDate":
        set(p, "startDate", this.#values.date(name, path));
        return;
      case "LBPSentDate":
        set(p, "letterBeforeProceedingsDate", this.#values.date(name, path));
        return;
      case "FGDMMeetingOffer":
        set(p, "fgdmMeetingOffer", this.#values.str());
        return;
      case "FGDMMeetingFac":
        set(p, "fgdmMeetingFacilitated", this.#values.str());
        return;
      case "InitialPPMeetingDate":
        set(p, "initialMeetingDate", this.#values.date(name, path));
        return;
      case "ReviewMeetingsCount":
        set(p, "reviewMeetingsCount", this.#values.int(name, path));
        return;
      case "StepDecisionDate":
        set(p, "stepDecisionDate", this.#values.date(name, path));
        return;
      case "PPOutcome":
        set(p, "outcome", this.#values.str());
        return;
      case "CourtAppDate":
        set(p, "courtApplicationDate", this.#values.date(name, path));
        return;
      case "LetterInitCPDate":
        set(p, "letterInitialCpDate", this.#values.date(name, path));
        return;
    }
  }

  #headerLeaf(name: string): void {
    const h = this.#header!;
    switch (name) {
      case "Collection":
        set(h, "collection", this.#values.str());
        return;
      case "Year":
        set(h, "year", this.#values.str());
        return;
      case "ReferenceDate":
        set(h, "referenceDate", this.#values.date(name, "Header.CollectionDetails.ReferenceDate", false));
        if (this.#values.referenceDate === undefined) this.#values.setReferenceDate(h.referenceDate);
        return;
      case "SourceLevel":
        set(h, "sourceLevel", this.#values.str());
        return;
      case "LEA":
        set(h, "laNumber", this.#values.int(name, "Header.Source.LEA"));
        return;
      case "SoftwareCode":
        set(h, "softwareCode", this.#values.str());
        return;
      case "Release":
        set(h, "release", this.#values.str());
        return;
      case "SerialNo":
        set(h, "serialNo", this.#values.str());
        return;
      case "DateTime":
        set(h, "dateTime", this.#values.str());
        return;
    }
  }
}

// Assign only defined values, so records never carry `key: undefined` (exactOptionalPropertyTypes).
function set<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
