/**
 * Demo data: two learning-review rounds for each of two boroughs, built from synthetic case lists
 * through this package's own API (sample, round, evidence, language lint). Every case, worker,
 * person and word of case notes here is invented. For `st demo`, examples and tests.
 * @module
 */
import { appendAll, argumentError } from "@st/core";
import { addIsoDays, type IsoDate } from "@st/core/calendar";
import type { RoleId } from "@st/core/practice";
import { type CanonicalAnswer, defaultChecklist } from "@st/practice-checklist";
import { checkArg, DEMO_BOROUGH } from "./arguments.js";
import { type CaseList, parseCaseList } from "./case-list.js";
import { createReviewRound } from "./create-round.js";
import { drawSample, sampledCaseIds } from "./draw-sample.js";
import { withLanguageEvidence } from "./language-evidence.js";
import { randomStream } from "./random.js";
import type { ReviewAction, ReviewedCase, ReviewRound } from "./review-round.js";
import { defaultSamplingFrame } from "./sampling-frame.js";

/** The boroughs of the demo: Hackney and Barnet (GSS codes). */
export const demoBoroughs = ["E09000012", "E09000003"] as const;

/** The two review periods of the demo: April to June 2024, and October to December 2024. */
export const demoPeriods = [
  { from: "2024-04-01", to: "2024-06-30" },
  { from: "2024-10-01", to: "2024-12-31" },
] as const;

/** The seeds the demo's samples are drawn with, by borough then round. */
export const demoSeeds: Readonly<Record<(typeof demoBoroughs)[number], readonly [number, number]>> = {
  E09000012: [20240701, 20250106],
  E09000003: [71, 72],
};

const SHORT: Readonly<Record<(typeof demoBoroughs)[number], string>> = { E09000012: "HK", E09000003: "BN" };

/** Throws a coded `StValidationError` unless `borough` is one of {@link demoBoroughs}. */
function checkDemoBorough(fn: string, borough: unknown): void {
  checkArg(fn, DEMO_BOROUGH, borough);
  if (!(demoBoroughs as readonly unknown[]).includes(borough))
    throw argumentError(fn, {
      argument: "borough",
      label: "Demo borough",
      expected: demoBoroughs.join(" or "),
      received: borough,
      message: "is not a borough of the demo",
    });
}

type Kind = "trained-consulted" | "untrained-unconsulted" | "trained-only" | "consulted-only";

/**
 * A synthetic case list for a borough: cases closed in each quarter of April to December 2024
 * (some still open, some without domestic abuse), workers with and without S&T Core training.
 * Barnet's April to June has only four untrained, unconsulted cases, so its first sample falls short.
 *
 * @throws StValidationError (also a `TypeError`, or a `RangeError` for another borough) unless
 * `borough` is one of {@link demoBoroughs}.
 */
export function demoCaseListCsv(borough: (typeof demoBoroughs)[number]): string {
  checkDemoBorough("demoCaseListCsv", borough);
  const random = randomStream(borough === "E09000012" ? 12 : 3, "demo-case-list");
  const pick = <T>(items: readonly T[]): T => items[random.nextInt(items.length)]!;
  const chance = (p: number) => random.nextUint32() / 0x1_0000_0000 < p;
  const trainedWorkers = ["W01", "W02", "W03", "W04", "W05", "W06"].map((w) => `${SHORT[borough]}-${w}`);
  const untrainedWorkers = ["W07", "W08", "W09", "W10", "W11"].map((w) => `${SHORT[borough]}-${w}`);
  const trainingDate = (worker: string) => `2023-${String(3 + (Number(worker.slice(-2)) % 6)).padStart(2, "0")}-15`;
  const rows: string[] = [
    "caseId,workerId,closedDate,daFactor,workerTrained,workerTrainedDate,consultation,outcome,team",
  ];
  let n = 0;
  const quarters: { from: IsoDate; days: number; counts: Record<Kind, number> }[] = [
    {
      from: "2024-04-01",
      days: 91,
      counts: {
        "trained-consulted": 8,
        "untrained-unconsulted": borough === "E09000003" ? 4 : 7,
        "trained-only": 3,
        "consulted-only": 2,
      },
    },
    {
      from: "2024-07-01",
      days: 92,
      counts: { "trained-consulted": 5, "untrained-unconsulted": 5, "trained-only": 2, "consulted-only": 1 },
    },
    {
      from: "2024-10-01",
      days: 92,
      counts: { "trained-consulted": 9, "untrained-unconsulted": 8, "trained-only": 3, "consulted-only": 2 },
    },
  ];
  for (const quarter of quarters) {
    for (const kind of Object.keys(quarter.counts) as Kind[]) {
      for (let i = 0; i < quarter.counts[kind]; i++) {
        n++;
        const trained = kind === "trained-consulted" || kind === "trained-only";
        const consulted = kind === "trained-consulted" || kind === "consulted-only";
        const worker = pick(trained ? trainedWorkers : untrainedWorkers);
        const closed = addIsoDays(quarter.from, random.nextInt(quarter.days));
        const nfa = chance(consulted ? 0.2 : 0.6);
        const outcome: string = nfa
          ? chance(0.3)
            ? "Early help"
            : "NFA"
          : pick(["CIN plan", "CIN plan", "CP plan", "CP plan", "PLO"]);
        rows.push(
          [
            `${SHORT[borough]}-${String(n).padStart(4, "0")}`,
            worker,
            closed,
            "Y",
            trained ? "Y" : "N",
            trained ? trainingDate(worker) : "",
            consulted ? "Y" : "N",
            outcome,
            pick(["Assessment 1", "Assessment 2", "Family support"]),
          ].join(","),
        );
      }
    }
    // Cases that are never in the population: no DA factor, and still open.
    for (let i = 0; i < 4; i++) {
      n++;
      const worker = pick([...trainedWorkers, ...untrainedWorkers]);
      const open = i === 3;
      rows.push(
        [
          `${SHORT[borough]}-${String(n).padStart(4, "0")}`,
          worker,
          open ? "" : addIsoDays(quarter.from, random.nextInt(quarter.days)),
          open ? "Y" : "N",
          trainedWorkers.includes(worker) ? "Y" : "N",
          trainedWorkers.includes(worker) ? trainingDate(worker) : "",
          "N",
          open ? "" : "NFA",
          "Assessment 1",
        ].join(","),
      );
    }
  }
  return `${rows.join("\n")}\n`;
}

/** The demo case list of a borough, read. Throws like {@link demoCaseListCsv}. */
export function demoCaseList(borough: (typeof demoBoroughs)[number]): CaseList {
  checkDemoBorough("demoCaseList", borough);
  return parseCaseList(demoCaseListCsv(borough));
}

// Synthetic extracts. Initials stand for invented people: {m} the mother, {f} the father, {c} a child.
const BEFORE = [
  "Visited the home. The couple have a volatile relationship and there was a domestic incident at the weekend. Mum has agreed to keep the children away from their arguments.",
  "Mum failed to protect the children by letting dad back into the home. She is non-engaging and did not answer calls this week.",
  "There was an altercation between the parents after a night out. It was an isolated incident and dad was remorseful. Both parents need to work on their communication.",
  "The children were exposed to domestic violence. {m} was assaulted in the kitchen. Mum says it will not happen again and the case can close.",
  "Strategy meeting held. DA is a concern in this family. Mother to ensure she does not resume the relationship.",
];
const AFTER = [
  "{f} pushed {m} against the wall and took her phone while {c} watched. {c} told me she was scared of her dad's shouting. {m} took the children to her mother's that night to keep them safe.",
  "{f} has a pattern of controlling {m}: he checks her messages, keeps the bank card and has threatened to take the children. His behaviour has left {c} anxious and not sleeping.",
  "I met {f} to talk about his behaviour and its effect on the children. I invited him to the perpetrator programme and said what we expect him to stop doing.",
  "{m} has sought a non-molestation order and changed the locks; these are her efforts to protect the children. The plan sets out what {f} must do, not what {m} must do to manage him.",
];
const MIXED = [
  "Home visit. {f} shouted at {m} and broke her phone on Friday; the children heard it from upstairs. {m} has agreed a safety plan with the IDVA.",
  "Police attended after {f} threatened {m}. DA is a concern and the plan will be reviewed next month.",
  "{m} described months of threats from {f}. There was an incident at the school gate last week. We will meet {f} about his behaviour.",
];

const ISSUES = [
  "domestic abuse",
  "parental mental health",
  "parental alcohol use",
  "housing",
  "school attendance",
  "child's emotional wellbeing",
];
const AGENCIES = ["police", "school", "health visitor", "IDVA service", "GP", "housing", "perpetrator programme"];
const INITIALS = "ABCDEFGHJKLMNPRSTVWY";

function answerFor(u: number, weights: readonly [CanonicalAnswer, number][]): CanonicalAnswer {
  let acc = 0;
  for (const [answer, w] of weights) {
    acc += w;
    if (u < acc) return answer;
  }
  return weights.at(-1)![0];
}

function fillCase(c: ReviewedCase, roundIndex: number, seed: number): ReviewedCase {
  const random = randomStream(seed, `case:${c.caseId}`);
  const u = () => random.nextUint32() / 0x1_0000_0000;
  const pick = <T>(items: readonly T[]): T => items[random.nextInt(items.length)]!;
  const trained = c.cohort === "trained-consulted";
  const m = `Ms ${pick([...INITIALS])}`;
  const f = `Mr ${pick([...INITIALS])}`;
  const childInitial = pick([...INITIALS]);
  const ages = Array.from({ length: 1 + random.nextInt(3) }, () => random.nextInt(16));
  const fill = (template: string) =>
    template.replaceAll("{m}", m).replaceAll("{f}", f).replaceAll("{c}", `${childInitial} (${ages[0]})`);
  // Round 2: the untrained cohort's notes are better too (the borough's practice culture moving).
  const pool = trained ? AFTER : roundIndex === 0 ? BEFORE : u() < 0.6 ? MIXED : BEFORE;
  const first = random.nextInt(pool.length);
  const texts = [pool[first]!, pool[(first + 1 + random.nextInt(pool.length - 1)) % pool.length]!];
  const written = c.closedDate ? addIsoDays(c.closedDate, -20 - random.nextInt(60)) : undefined;
  const weights: readonly [CanonicalAnswer, number][] = trained
    ? roundIndex === 0
      ? [
          ["yes", 0.5],
          ["partly", 0.3],
          ["no", 0.08],
          ["not-evidenced", 0.08],
          ["not-applicable", 0.04],
        ]
      : [
          ["yes", 0.62],
          ["partly", 0.24],
          ["no", 0.04],
          ["not-evidenced", 0.06],
          ["not-applicable", 0.04],
        ]
    : roundIndex === 0
      ? [
          ["yes", 0.12],
          ["partly", 0.22],
          ["no", 0.34],
          ["not-evidenced", 0.28],
          ["not-applicable", 0.04],
        ]
      : [
          ["yes", 0.24],
          ["partly", 0.3],
          ["no", 0.22],
          ["not-evidenced", 0.2],
          ["not-applicable", 0.04],
        ];
  const answers = defaultChecklist.items.map((item) => {
    const answer = answerFor(u(), weights);
    const note =
      answer === "no" && item.section === "planning"
        ? `The plan asks ${m} to keep ${f} away; it sets no actions for ${f}.`
        : answer === "yes" && item.section === "pattern"
          ? `The assessment sets out ${f}'s controlling behaviour over time, not only the latest incident.`
          : undefined;
    return note ? { item: item.id, answer, note } : { item: item.id, answer };
  });
  const adults: { role: RoleId; note?: string }[] = [{ role: "non-abusive-parent" }, { role: "perpetrator" }];
  if (u() < 0.3) adults.push({ role: "other-family-member", note: "maternal grandmother, a support" });
  const actions: ReviewAction[] = trained
    ? [{ action: "Share the case as a practice example at the team meeting", owner: "Team manager" }]
    : [
        {
          action: "Book the worker onto S&T Core training",
          owner: "Practice development lead",
          due: addIsoDays(c.closedDate ?? "2024-12-31", 60),
        },
        { action: "Offer a case consultation on the worker's current DA cases", owner: "S&T implementation lead" },
      ];
  const next: ReviewedCase = {
    ...c,
    context: {
      ...c.context,
      children: ages.map((age) => ({ age })),
      adults,
      presentingIssues: ["domestic abuse", ...(u() < 0.5 ? [pick(ISSUES.slice(1))] : [])],
      agencies: [...new Set([pick(AGENCIES), pick(AGENCIES), "police"])].sort(),
      summary: `${ages.length} ${ages.length === 1 ? "child" : "children"} living with their mother; the father's abuse was the reason for referral.`,
    },
    answers,
    extracts: texts.map((text, i) => ({
      id: `${c.caseId}-note-${i + 1}`,
      source: i === 0 ? ("case-notes" as const) : ("assessment" as const),
      ...(written ? { writtenOn: written } : {}),
      text: fill(text),
    })),
    strengths: trained
      ? [`The record names ${f}'s behaviour and its effect on the children.`]
      : u() < 0.5
        ? [`${m}'s wish to keep the children safe is recorded.`]
        : [],
    improvements: trained
      ? u() < 0.5
        ? ["Record how the plan will check the father's change, not only his attendance."]
        : []
      : [
          "Name who did what: the notes describe incidents and a relationship, not the father's behaviour.",
          "Set actions for the father in the plan rather than asking the mother to keep him away.",
        ],
    learnings: trained
      ? ["The consultation helped the worker pivot the assessment to the father's parenting choices."]
      : ["Without training or consultation, the file held the mother responsible for the children's safety."],
    actions,
  };
  if (c.consultation === "yes") {
    next.consultationImpact =
      "The consultation mapped the father's pattern of control and led to a plan with actions for him; the worker partnered with the mother on her safety plan.";
  }
  return next;
}

/**
 * The round's own qualitative record (synthetic): what the files show by principle, how
 * consultations shaped practice and what to improve, written for an established borough (Hackney)
 * and a newer one (Barnet) as the evaluation describes them.
 */
function demoQualitative(
  borough: (typeof demoBoroughs)[number],
  roundIndex: number,
): Pick<ReviewRound, "findings" | "consultationImpact" | "improvements"> {
  const established = borough === "E09000012";
  return {
    findings: established
      ? [
          {
            principle: "keep-child-safe-and-together",
            text: "Across trained and untrained workers, the files keep the children with their mother and name the father's behaviour as the risk to them.",
          },
          {
            principle: "partner-with-non-abusive-parent",
            text: "Mothers' protective efforts are recorded in most files (moving the children to family, seeking orders); safety plans are agreed with them rather than imposed.",
          },
          {
            principle: "intervene-with-perpetrator",
            text:
              roundIndex === 0
                ? "Fathers are held to account and domestic abuse is framed as a parenting choice, but plans rarely set behaviour-specific goals for them."
                : "More plans now set behaviour-specific goals for the father; supervision notes support workers to hold high parenting expectations of him.",
          },
        ]
      : [
          {
            principle: "keep-child-safe-and-together",
            text: "Files of untrained workers still describe incidents in a relationship rather than a pattern of behaviour.",
          },
          {
            principle: "partner-with-non-abusive-parent",
            text:
              roundIndex === 0
                ? "Mutualising language in most files, more so where the worker had not had Core training; the mother's protective efforts are missed."
                : "Less mutualising language and stronger partnering with mothers; safety plans still ask mothers to manage the father.",
          },
          {
            principle: "intervene-with-perpetrator",
            text: "Child protection plans include actions for fathers, but little work frames the abuse as a parenting choice.",
          },
        ],
    consultationImpact: established
      ? "Consultations helped workers map the father's pattern of control and turn it into plan actions for him; untrained workers supported in supervision showed some of the same practice."
      : "Where the worker had a consultation the file names the father's behaviour and its impact on the children; where not, the language and plans stay incident-based.",
    improvements: established
      ? ["Behaviour-specific goals for fathers in every plan.", "Record considerations of worker safety."]
      : [
          "Safety plans that do not make the mother responsible for the father's behaviour.",
          "Pattern-based framing in assessments.",
        ],
  };
}

/**
 * The demo's rounds: for each borough, round 1 (April to June 2024) and round 2 (October to
 * December 2024), each drawn from {@link demoCaseList} with the default frame, round 2 leaving out
 * round 1's cases, every case filled with synthetic evidence, extracts and actions, and the language
 * lint run over the extracts. Deterministic: the same rounds on every call.
 */
export function demoRounds(): ReviewRound[] {
  const rounds: ReviewRound[] = [];
  for (const borough of demoBoroughs) {
    const list = demoCaseList(borough);
    const reviewed: string[] = [];
    demoPeriods.forEach((period, roundIndex) => {
      const seed = demoSeeds[borough][roundIndex]!;
      const sample = drawSample(list, defaultSamplingFrame, { seed, period, exclude: reviewed });
      appendAll(reviewed, sampledCaseIds(sample));
      const round = createReviewRound(sample, list, {
        id: `${SHORT[borough].toLowerCase()}-2024-${roundIndex === 0 ? "q2" : "q4"}`,
        borough,
        round: roundIndex + 1,
        reviewers: [
          { role: "qa-auditor", id: `${SHORT[borough]}-QA1` },
          { role: "implementation-lead", id: `${SHORT[borough]}-IL1` },
        ],
        drawnOn: addIsoDays(period.to, 7),
      });
      const filled: ReviewRound = {
        ...round,
        reviewedOn: addIsoDays(period.to, 35),
        title: `Learning review, ${roundIndex === 0 ? "April to June" : "October to December"} 2024`,
        cases: round.cases.map((c) => fillCase(c, roundIndex, seed)),
        ...demoQualitative(borough, roundIndex),
        learnings:
          roundIndex === 0
            ? [
                "Files of untrained workers describe incidents and a relationship; the father's behaviour is rarely named.",
                "Plans for cases without a consultation ask the mother to keep the children safe and set nothing for the father.",
              ]
            : [
                "Language has moved: more notes name what the father did and how it affects the children.",
                "Cases closed after assessment without a consultation still lack a plan for the father.",
              ],
        actions: [
          {
            action: "Offer S&T Core training to every worker in the untrained cohort",
            owner: "Principal social worker",
            due: addIsoDays(period.to, 90),
            status: roundIndex === 0 ? "done" : "open",
          },
        ],
      };
      rounds.push(withLanguageEvidence(filled));
    });
  }
  return rounds;
}
