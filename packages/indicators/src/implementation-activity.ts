/**
 * Implementation indicators from activity data: what the partnership did to put S&T into practice
 * (training attended, case consultations held, the perpetrator engagement form in the case
 * management system, visits to the professional hub), shown beside the CSC indicators as the
 * evaluation reads them. The same rule as the CSC figures: a figure not given is `null`, never 0.
 * @module
 */
import { checkArgument, parseWithProblems } from "@st/core";
import { findLocalAuthority } from "@st/core/places";
import * as z from "zod";
import { checkTextArgument } from "./arguments.js";

/** The activities counted, by borough. */
export const activityIds = [
  "overview-training",
  "core-training",
  "supervisor-training",
  "refresher-training",
  "case-consultations",
  "perpetrator-engagement-form",
] as const;

/** One of {@link activityIds}. */
export type ActivityId = (typeof activityIds)[number];

/** The evaluation's funding periods, in order. */
export const activityPeriodIds = ["year-1", "year-2", "years-3-4"] as const;

/** One of {@link activityPeriodIds}. */
export type ActivityPeriodId = (typeof activityPeriodIds)[number];

/** How each period is written in reports. */
export const activityPeriodLabels: Readonly<Record<ActivityPeriodId, string>> = {
  "year-1": "Year 1",
  "year-2": "Year 2",
  "years-3-4": "Years 3/4",
};

/** What each activity counts, in words. */
export const activityDefinitions: Readonly<Record<ActivityId, { label: string; definition: string }>> = {
  "overview-training": {
    label: "Overview training attendance",
    definition: "People attending the one-day S&T Overview course.",
  },
  "core-training": {
    label: "Core training attendance",
    definition: "People attending the four-day S&T Core course.",
  },
  "supervisor-training": {
    label: "Supervisor training attendance",
    definition: "Managers and supervisors attending the two-day S&T supervisors course.",
  },
  "refresher-training": {
    label: "Refresher training attendance",
    definition: "People attending a refresher session (for those first trained through blended remote delivery).",
  },
  "case-consultations": {
    label: "Case consultations",
    definition: "Case consultations held by the borough's implementation lead; `months` says over how many months.",
  },
  "perpetrator-engagement-form": {
    label: "Perpetrator engagement forms completed",
    definition:
      "Perpetrator engagement forms completed in the case management system; `status` says where the form stands where no count was given.",
  },
};

/** One activity figure: a borough's count for one activity in one period. */
export interface ActivityFigure {
  /** The borough's GSS code. */
  borough: string;
  /** The activity. */
  activity: ActivityId;
  /** The funding period. */
  period: ActivityPeriodId;
  /** The count, or `null` where none was given (not delivered, not yet a member, unknown): never 0 for a missing figure. */
  value: number | null;
  /** Over how many months, where the source says. */
  months?: number | undefined;
  /** Where things stand, in the source's words, when that is all there is (e.g. "In process"). */
  status?: string | undefined;
}

/** Visits to one page of the partnership's professional hub (partnership-wide, not by borough). */
export interface HubVisits {
  /** The hub's section ("Training", "Resources"). */
  section: string;
  /** The page. */
  page: string;
  /** Visits in each period; `null` where none was given. */
  visits: Partial<Record<ActivityPeriodId, number | null>>;
}

/** Implementation activity: the figures by borough, hub visits, where they come from and their notes. */
export interface ActivityTable {
  /** Where the figures come from, in one sentence. */
  source: string;
  /** The figures, by borough, activity and period. */
  figures: ActivityFigure[];
  /** Visits to the professional hub by page. */
  hubVisits: HubVisits[];
  /** What a reader must know. */
  notes: string[];
}

const count = z.int().min(0).nullable();

/** Schema of an {@link ActivityTable}, to read a borough's own activity figures from JSON. */
export const activityTableSchema = z.strictObject({
  source: z.string().min(1),
  figures: z.array(
    z.strictObject({
      borough: z.string().refine((b) => findLocalAuthority(b) !== undefined, "must be a borough's GSS code or name"),
      activity: z.enum(activityIds),
      period: z.enum(activityPeriodIds),
      value: count,
      months: z.int().min(1).max(36).optional(),
      status: z.string().min(1).optional(),
    }),
  ),
  hubVisits: z.array(
    z.strictObject({
      section: z.string().min(1),
      page: z.string().min(1),
      visits: z.partialRecord(z.enum(activityPeriodIds), count),
    }),
  ),
  notes: z.array(z.string()),
});

/**
 * Read an activity table from parsed JSON, boroughs given by name read as GSS codes, or throw an
 * `StValidationError` naming every problem.
 */
export function parseActivityTable(input: unknown, subject = "activity table"): ActivityTable {
  const table = parseWithProblems(activityTableSchema, input, { subject }) as ActivityTable;
  return {
    ...table,
    figures: table.figures.map((f) => ({ ...f, borough: findLocalAuthority(f.borough)!.code })),
  };
}

const HK = "E09000012";
const WF = "E09000031";
const NH = "E09000025";
const HF = "E09000013";
const BN = "E09000003";
const BD = "E09000002";

type Row = readonly [string, readonly (number | null)[]];

function byPeriod(activity: ActivityId, rows: readonly Row[]): ActivityFigure[] {
  return rows.flatMap(([borough, values]) =>
    activityPeriodIds.map((period, i) => ({ borough, activity, period, value: values[i] ?? null })),
  );
}

/**
 * The partnership's published activity figures: Garner & Kelly, "On the Cusp of Systems Change"
 * (CWASU, June 2025), Tables 3 (case consultations), 4 (hub visits), 5 (perpetrator engagement form)
 * and 12 to 15 (training attendance by borough). A dash in the tables is `null`: the borough was not
 * yet a member, or nothing was given.
 */
export function publishedPartnershipActivity(): ActivityTable {
  const consultations: [string, (number | null)[], (number | null)[]][] = [
    [HK, [81, 63, 113], [9, 8, 18]],
    [WF, [99, 63, 214], [9, 8, 18]],
    [NH, [38, 93, 184], [7, 11, 18]],
    [HF, [null, 27, 112], [null, 8, 18]],
    [BN, [null, null, 75], [null, null, 12]],
    [BD, [null, null, 76], [null, null, 12]],
  ];
  const form: [string, number | null, string][] = [
    [HK, 12, "Live with 12 completions"],
    [WF, null, "In process"],
    [NH, null, "Unknown"],
    [HF, null, "Unknown"],
    [BN, null, "Live and currently being piloted"],
    [BD, null, "Unknown"],
  ];
  const hub: [string, string, number, number][] = [
    ["Training", "Training and Events", 679, 243],
    ["Training", "S&T: core training", 491, 591],
    ["Training", "S&T: E-Learning courses", 202, 88],
    ["Training", "S&T: Overview training", 115, 142],
    ["Resources", "Main landing page", 1503, 703],
    ["Resources", "Resources for practitioners", 477, 202],
    ["Resources", "Engaging with perpetrators", 317, 909],
    ["Resources", "Perpetrator marketplace", 278, 22],
    ["Resources", "Resources for managers", 241, 70],
    ["Resources", "Partnering with Survivors", 236, 77],
    ["Resources", "Events", 225, 84],
    ["Resources", "Contact us", 216, 130],
    ["Resources", "Evaluation", 171, 166],
    ["Resources", "Working with perpetrators", 123, 11],
    ["Resources", "Working with Children", 114, 59],
  ];
  return {
    source:
      "Activity as published in the partnership's evaluation (Garner & Kelly, CWASU, June 2025, Tables 3, 4, 5 and 12 to 15).",
    figures: [
      ...byPeriod("overview-training", [
        [HK, [46, 29, 96]],
        [WF, [41, 47, 107]],
        [NH, [74, 29, 153]],
        [HF, [null, 56, 64]],
        [BN, [null, null, 159]],
        [BD, [null, null, 138]],
      ]),
      ...byPeriod("core-training", [
        [HK, [18, 60, 63]],
        [WF, [31, 57, 71]],
        [NH, [43, 57, 87]],
        [HF, [null, 49, 66]],
        [BN, [null, null, 86]],
        [BD, [null, null, 82]],
      ]),
      ...byPeriod("supervisor-training", [
        [HK, [null, null, 1]],
        [WF, [null, null, 4]],
        [NH, [null, null, 6]],
        [HF, [null, null, 4]],
        [BN, [null, null, 7]],
        [BD, [null, null, 6]],
      ]),
      ...byPeriod("refresher-training", [
        [HK, [null, null, 3]],
        [WF, [null, null, 25]],
        [NH, [null, null, null]],
        [HF, [null, null, null]],
        [BN, [null, null, null]],
        [BD, [null, null, 5]],
      ]),
      ...consultations.flatMap(([borough, values, months]) =>
        activityPeriodIds.map((period, i) => ({
          borough,
          activity: "case-consultations" as const,
          period,
          value: values[i] ?? null,
          ...(months[i] ? { months: months[i]! } : {}),
        })),
      ),
      ...form.map(([borough, value, status]) => ({
        borough,
        activity: "perpetrator-engagement-form" as const,
        period: "years-3-4" as const,
        value,
        status,
      })),
    ],
    hubVisits: hub.map(([section, page, year2, years34]) => ({
      section,
      page,
      visits: { "year-2": year2, "years-3-4": years34 },
    })),
    notes: [
      "Training attendance by borough (Tables 12 to 15) counts the six current boroughs; the evaluation's Table 1 counts all eight boroughs that have ever been members (2,607 attendances in all), so its Year 1 and 2 figures are larger.",
      "Table 14 prints a total of 25 supervisor training attendances, but its six boroughs' figures add up to 28; the boroughs' figures are kept as printed.",
      "Supervisor training was first delivered in Years 3/4 and refresher training only there; a borough with no refresher figure is shown as no figure, not as none attended.",
      "The perpetrator engagement form is live in two boroughs: Hackney (12 completions) and Barnet (being piloted). Elsewhere the evaluation gives its status, not a count.",
      "Hub visits are for the whole partnership, by page; the hub has been live since the start of Year 2.",
    ],
  };
}

/** One activity's figures for one borough, period by period (`null` where none was given). */
export function activityRow(
  table: ActivityTable,
  borough: string,
  activity: ActivityId,
): { value: number | null; months?: number | undefined; status?: string | undefined }[] {
  if (typeof table !== "object" || table === null || Array.isArray(table))
    checkArgument(table, "record", {
      fn: "activityRow",
      argument: "table",
      label: "Activity table",
      expected: "an implementation activity table",
    });
  checkTextArgument("activityRow", "borough", "Borough", borough, "a borough's GSS code");
  checkTextArgument("activityRow", "activity", "Activity id", activity);
  return activityPeriodIds.map((period) => {
    const f = table.figures.find((x) => x.borough === borough && x.activity === activity && x.period === period);
    return f ? { value: f.value, months: f.months, status: f.status } : { value: null };
  });
}
