/**
 * Where the Children in Need census puts each element: the containers that open a context and the
 * value elements known inside each, as the table the census reader looks each element up in, and
 * where each element belongs, for naming one found elsewhere. The reader walks a file with these;
 * what it does not find here it skips and counts.
 * @module
 */

export enum Ctx {
  Outside,
  Message,
  Header,
  CollectionDetails,
  Source,
  Children,
  Child,
  ChildIdentifiers,
  ChildCharacteristics,
  Disabilities,
  CinDetails,
  Assessment,
  Factors,
  CinPlan,
  Section47,
  CpPlan,
  Reviews,
  PreProceedings,
}

const CONTAINERS: Partial<Record<Ctx, Record<string, Ctx>>> = {
  [Ctx.Outside]: { Message: Ctx.Message },
  [Ctx.Message]: { Header: Ctx.Header, Children: Ctx.Children },
  [Ctx.Header]: { CollectionDetails: Ctx.CollectionDetails, Source: Ctx.Source },
  [Ctx.Children]: { Child: Ctx.Child },
  [Ctx.Child]: {
    ChildIdentifiers: Ctx.ChildIdentifiers,
    ChildCharacteristics: Ctx.ChildCharacteristics,
    CINdetails: Ctx.CinDetails,
  },
  [Ctx.ChildCharacteristics]: { Disabilities: Ctx.Disabilities },
  [Ctx.CinDetails]: {
    Assessments: Ctx.Assessment,
    CINPlanDates: Ctx.CinPlan,
    Section47: Ctx.Section47,
    ChildProtectionPlans: Ctx.CpPlan,
    PreProceedingsandFGDM: Ctx.PreProceedings,
  },
  [Ctx.Assessment]: { FactorsIdentifiedAtAssessment: Ctx.Factors },
  [Ctx.CpPlan]: { Reviews: Ctx.Reviews },
};

const KNOWN_LEAVES: Partial<Record<Ctx, ReadonlySet<string>>> = {
  [Ctx.CollectionDetails]: new Set(["Collection", "Year", "ReferenceDate"]),
  [Ctx.Source]: new Set(["SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime"]),
  [Ctx.ChildIdentifiers]: new Set([
    "LAchildID",
    "UPN",
    "FormerUPN",
    "UPNunknown",
    "PersonBirthDate",
    "ExpectedPersonBirthDate",
    "GenderCurrent",
    "Sex",
    "PersonDeathDate",
  ]),
  [Ctx.ChildCharacteristics]: new Set(["Ethnicity"]),
  [Ctx.Disabilities]: new Set(["Disability"]),
  [Ctx.CinDetails]: new Set([
    "CINreferralDate",
    "ReferralSource",
    "PrimaryNeedCode",
    "CINclosureDate",
    "ReasonForClosure",
    "DateOfInitialCPC",
    "ReferralNFA",
  ]),
  [Ctx.Assessment]: new Set([
    "AssessmentActualStartDate",
    "AssessmentInternalReviewDate",
    "AssessmentAuthorisationDate",
  ]),
  [Ctx.Factors]: new Set(["AssessmentFactors"]),
  [Ctx.CinPlan]: new Set(["CINPlanStartDate", "CINPlanEndDate"]),
  [Ctx.Section47]: new Set(["S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired"]),
  [Ctx.CpPlan]: new Set([
    "CPPstartDate",
    "CPPendDate",
    "InitialCategoryOfAbuse",
    "LatestCategoryOfAbuse",
    "NumberOfPreviousCPP",
  ]),
  [Ctx.Reviews]: new Set(["CPPreviewDate"]),
  [Ctx.PreProceedings]: new Set([
    "PPStartDate",
    "LBPSentDate",
    "FGDMMeetingOffer",
    "FGDMMeetingFac",
    "InitialPPMeetingDate",
    "ReviewMeetingsCount",
    "StepDecisionDate",
    "PPOutcome",
    "CourtAppDate",
    "LetterInitCPDate",
  ]),
};

// One lookup an element: its code in the current context is the context it opens (a container),
// 0 for a known leaf, or absent for an element the census does not have there. Names are found by
// length, then compared: cheaper than hashing every tag name the parser hands over.
export const ELEMENTS: readonly ((string | number)[] | undefined)[][] = Object.values(Ctx)
  .filter((v): v is Ctx => typeof v === "number")
  .map((ctx) => {
    const byLength: ((string | number)[] | undefined)[] = [];
    const entries: [string, number][] = [
      ...Object.entries(CONTAINERS[ctx] ?? {}),
      ...[...(KNOWN_LEAVES[ctx] ?? [])].map((name): [string, number] => [name, 0]),
    ];
    for (const [name, code] of entries) {
      const bucket = byLength[name.length] ?? [];
      bucket.push(name, code);
      byLength[name.length] = bucket;
    }
    return byLength;
  });

// Where the census puts each element it knows, for a problem naming an element found elsewhere.
const CONTEXT_PATH = new Map<Ctx, string>([[Ctx.Outside, ""]]);
export const KNOWN_WHERE = new Map<string, string>();
{
  const walk = (ctx: Ctx) => {
    const here = CONTEXT_PATH.get(ctx)!;
    for (const [name, next] of Object.entries(CONTAINERS[ctx] ?? {})) {
      const path = here === "" ? name : `${here}/${name}`;
      CONTEXT_PATH.set(next, path);
      if (!KNOWN_WHERE.has(name)) KNOWN_WHERE.set(name, here || "the root");
      walk(next);
    }
    for (const name of KNOWN_LEAVES[ctx] ?? []) if (!KNOWN_WHERE.has(name)) KNOWN_WHERE.set(name, here);
  };
  walk(Ctx.Outside);
}
// The element a context is, by name (the last step of its path): worked out once, since it is
// asked for every element skipped, such as a borough's own referral issue in every episode.
const CONTEXT_NAMES = new Map([...CONTEXT_PATH].map(([ctx, path]) => [ctx, path.split("/").at(-1) ?? ""]));
export const contextName = (ctx: Ctx) => CONTEXT_NAMES.get(ctx) ?? "";
export const localName = (name: string) => name.slice(name.indexOf(":") + 1);
