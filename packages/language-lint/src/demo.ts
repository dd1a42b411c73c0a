/**
 * Demo data: synthetic case-note extracts, the same situations written before and after a worker's
 * Safe & Together Core training, for `st demo`, examples, tests and a borough trying the linter.
 * Every person, address and event here is invented; initials stand for invented names. The "before"
 * notes show the habits the partnership's reviews found (mutualising, victim-blaming, minimising,
 * abuse with no one doing it); the "after" notes name the perpetrator's behaviour, its impact on the
 * children and the mother's protective efforts. Kept out of the main entry so an application that
 * lints real notes does not ship it.
 * @module
 */
import { describeValue, type SafeResult, StValidationError, safeParseWithProblems } from "@st/core";
import { type GssCode, localAuthorityCodeSchema } from "@st/core/places";
import * as z from "zod";

/** When an extract was written, relative to the worker's S&T Core training. */
export const writtenWhen = ["before-training", "after-training"] as const;

/**
 * Schema of a {@link CaseNoteExtract}: the shape of the demo's extracts, and of a borough's own
 * extracts exported to compare before and after training (unknown fields are errors that name them).
 */
export const caseNoteExtractSchema = z.strictObject({
  id: z.string().trim().min(1).describe("Stable id of the extract"),
  borough: localAuthorityCodeSchema.describe("The borough's GSS code, e.g. E09000012"),
  written: z.enum(writtenWhen).describe("Written before or after the worker's S&T Core training"),
  situation: z
    .string()
    .trim()
    .min(1)
    .describe("The situation, pairing an extract written before training with one after"),
  text: z.string().describe("The extract itself"),
});

/** One case-note extract written before or after the worker's S&T Core training. */
export interface CaseNoteExtract {
  /** Stable id, e.g. the situation and whether it was written before or after training (`note-01-before`). */
  id: string;
  /** GSS code of the borough the case belongs to. */
  borough: GssCode;
  /** Written before or after the worker's S&T Core training. */
  written: (typeof writtenWhen)[number];
  /** The situation, pairing an extract written before training with one written after. */
  situation: string;
  /** The extract itself. */
  text: string;
}

/**
 * Check a list of case-note extracts (e.g. a borough's `case-notes.json`), returning them or every
 * problem found, each with its 1-based `record` number and the field's label. Never throws.
 */
export function safeParseCaseNoteExtracts(input: unknown): SafeResult<CaseNoteExtract[]> {
  if (!Array.isArray(input)) {
    return {
      ok: false,
      problems: [
        {
          path: "",
          field: "Case-note extracts",
          expected: "a list of case-note extracts",
          received: describeValue(input),
          message: "must be a list of case-note extracts",
          code: "invalid_type",
        },
      ],
    };
  }
  const extracts: CaseNoteExtract[] = [];
  const problems = input.flatMap((item, i) => {
    const result = safeParseWithProblems(caseNoteExtractSchema, item, {
      labels,
      location: { record: i + 1 },
    });
    if (!result.ok) return result.problems;
    extracts.push(result.value);
    return [];
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: extracts };
}

/**
 * Check a list of case-note extracts like {@link safeParseCaseNoteExtracts}.
 * @throws {@link @st/core!index.StValidationError} carrying every problem of every extract.
 */
export function parseCaseNoteExtracts(input: unknown): CaseNoteExtract[] {
  const result = safeParseCaseNoteExtracts(input);
  if (!result.ok) throw new StValidationError(result.problems, { subject: "case-note extracts" });
  return result.value;
}

const labels = {
  id: "Extract id",
  borough: "Borough",
  written: "Written before or after training",
  situation: "Situation",
  text: "Extract text",
} as const;

const HACKNEY = "E09000012";
const BARNET = "E09000003";
const NEWHAM = "E09000025";
const WALTHAM_FOREST = "E09000031";

const pairs: ReadonlyArray<{ situation: string; borough: GssCode; before: string; after: string }> = [
  {
    situation: "Home visit after a police call-out",
    borough: HACKNEY,
    before:
      "Home visit completed. The parents have a volatile relationship and argue in front of the children. " +
      "Police were called on Saturday following a domestic incident. Mum says things have calmed down and she does not want to take it further.",
    after:
      "Home visit completed. On Saturday Mr B shouted at Ms A and threw a mug at her while J (6) and K (3) were in the room; a neighbour called the police. " +
      "Ms A took the children to her sister's that night to keep them safe. Mr B's behaviour frightened the children: J told me he hid under the table.",
  },
  {
    situation: "Strategy discussion summary",
    borough: HACKNEY,
    before:
      "There is a history of domestic violence between the couple. Ms A has failed to protect the children by allowing Mr B back into the home. " +
      "She needs to prioritise the children's safety over her relationship.",
    after:
      "Mr B has a pattern of controlling Ms A: he checks her phone, limits her money and has assaulted her twice this year. " +
      "Ms A has sought an occupation order and changed the locks; Mr B came back to the home in breach of his bail conditions. " +
      "The plan will set out what Mr B must stop doing and how his compliance will be checked.",
  },
  {
    situation: "Child and family assessment analysis",
    borough: BARNET,
    before:
      "Both parents have contributed to a toxic relationship. It was a one-off incident when dad lost his temper after drinking. " +
      "Mum is non-engaging and did not attend the last two appointments.",
    after:
      "Mr D hit Ms C in front of L (9) in March, and she describes months of threats before that. Alcohol does not explain his choices: he has been controlling when sober too. " +
      "Ms C missed two appointments because Mr D took her phone; she attended once we offered a visit while he was at work.",
  },
  {
    situation: "Case note after a school contact",
    borough: BARNET,
    before:
      "School report that L seems withdrawn. There has been an altercation at home and the children were exposed to DV. " +
      "Mother to ensure the children are not exposed to further incidents.",
    after:
      "School report that L seems withdrawn since Mr D pushed Ms C into a door last week. L told her teacher she is scared when her dad shouts. " +
      "I will ask Mr D to meet me about his behaviour and its effect on L; Ms C has agreed a safety plan with the IDVA that Mr D will not see.",
  },
  {
    situation: "Supervision record",
    borough: NEWHAM,
    before:
      "Discussed the family in supervision. Mum keeps going back to him and the worker feels frustrated. " +
      "The couple's relationship is the main risk. Ms F was assaulted in the early hours and the children were in the house.",
    after:
      "Discussed the family in supervision. Mr G assaulted Ms F in the early hours while the children were upstairs. " +
      "We considered why Ms F returned: Mr G threatened to take the children abroad and she had nowhere safe to go. " +
      "Action: invite Mr G to a meeting about his parenting and refer him to a perpetrator programme.",
  },
  {
    situation: "Child protection conference report",
    borough: NEWHAM,
    before:
      "There have been incidents of domestic abuse in the household. Ms F has a history of poor choices in partners. " +
      "The parents were advised that the children must not witness any more arguments.",
    after:
      "Mr G has been violent and controlling towards Ms F throughout their relationship, including strangling her in January. " +
      "His violence has left the children anxious and M (4) wetting the bed again. " +
      "Ms F has kept the children's routines going and taken them to a refuge once; her efforts are a strength we will build on.",
  },
  {
    situation: "Contact with the father",
    borough: WALTHAM_FOREST,
    before:
      "Spoke with dad on the phone. He said it was just a row and that mum winds him up. " +
      "He was upset and feels CSC are on mum's side. Both parents need to work on their communication.",
    after:
      "Spoke with Mr H on the phone about his behaviour on 3 May, when he grabbed Ms E by the neck. He described it as 'just a row' and blamed Ms E. " +
      "I told him we are worried about the effect of his violence on the children and invited him to the perpetrator programme.",
  },
  {
    situation: "Closure summary",
    borough: WALTHAM_FOREST,
    before:
      "Case closed. Ms E has separated from her partner and the DV is no longer an issue. " +
      "Mum has been advised to contact police if there are any further domestic incidents.",
    after:
      "Case closed with a plan. Ms E has separated from Mr H, but separation is a time of high risk and Mr H has continued to message her. " +
      "The police, the school and the health visitor know what Mr H has done and what to watch for; Ms E has a safety plan she made with the IDVA.",
  },
  {
    situation: "Referral screening note",
    borough: HACKNEY,
    before:
      "Referral from police: DA incident, both parties intoxicated. Ms N was pushed down the stairs. " +
      "Mum reports she has ended the relationship. NFA by police, so no role for CSC.",
    after:
      "Referral from police: Mr P pushed Ms N down the stairs while P (2) was in her arms; he had been drinking. " +
      "Police took no further action because Ms N was too frightened to make a statement. The fear itself is a sign of the control he has, so we will assess.",
  },
  {
    situation: "Family time (contact) note",
    borough: BARNET,
    before:
      "Contact went well. Dad is a good father and the children love him. Mum is obstructive about contact and alienating the children.",
    after:
      "Family time took place at the centre. Mr R was warm with the children, but he questioned S (8) about his mother's new address. " +
      "Ms Q limits contact because Mr R has used handovers to threaten her; that is protective, not obstructive.",
  },
  {
    situation: "Health visitor liaison",
    borough: NEWHAM,
    before:
      "Health visitor concerned about the baby's weight. Mum seems depressed and is struggling to cope. Dad is supportive and attends appointments.",
    after:
      "Health visitor concerned about T's weight. Ms U is low in mood; she says Mr V controls the money for food and criticises how she feeds T. " +
      "Mr V attends appointments and answers for Ms U. We will see Ms U alone and assess how Mr V's control affects T's care.",
  },
  {
    situation: "Plan review",
    borough: WALTHAM_FOREST,
    before:
      "Plan reviewed. Mum must not allow dad into the home. Mum must attend the Freedom Programme. Mum to keep the children away from arguments.",
    after:
      "Plan reviewed. Mr W must not go to the family home and must attend the perpetrator programme; his worker will report on attendance and change. " +
      "Ms Y will be offered the Freedom Programme if she wants it. The plan says what we expect of Mr W, not what Ms Y must do to manage him.",
  },
];

/**
 * The synthetic extracts: twelve situations across four boroughs (Hackney, Barnet, Newham, Waltham
 * Forest), each written before and after training, 24 in all, in pairs (`note-01-before`,
 * `note-01-after`, ...). Fixed text, so every call gives the same extracts; every call returns new
 * objects, safe to change.
 *
 * @example
 * ```ts
 * import { lint } from "@st/language-lint";
 * import { demoCaseNotes } from "@st/language-lint/demo";
 * const before = demoCaseNotes().filter((note) => note.written === "before-training");
 * const findings = before.flatMap((note) => lint(note.text));
 * ```
 */
export function demoCaseNotes(): CaseNoteExtract[] {
  return pairs.flatMap((pair, i): CaseNoteExtract[] => {
    const id = `note-${String(i + 1).padStart(2, "0")}`;
    return [
      {
        id: `${id}-before`,
        borough: pair.borough,
        written: "before-training",
        situation: pair.situation,
        text: pair.before,
      },
      {
        id: `${id}-after`,
        borough: pair.borough,
        written: "after-training",
        situation: pair.situation,
        text: pair.after,
      },
    ];
  });
}
