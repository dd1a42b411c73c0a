import { seededRandom as random } from "@st/core";
import { addIsoDays } from "@st/core/calendar";

const BOROUGHS = ["E09000012", "E09000031", "E09000025", "E09000013", "E09000003", "E09000002"];

/** `n` stored complaint records, valid, with synthetic people only and realistic variety. */
export function syntheticRecords(n: number, seed = 1): Record<string, unknown>[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const yn = () => (next() < 0.5 ? "yes" : "no");
  return Array.from({ length: n }, (_, i) => {
    const received = addIsoDays("2023-04-01", Math.floor(next() * 700));
    const investigated = yn();
    const upheld = pick(["in-full", "in-part", "no", undefined] as const);
    const copied = yn();
    const stage1Response = addIsoDays(received, 5 + Math.floor(next() * 20));
    const toStage2 = next() < 0.3;
    return {
      schemaVersion: 1,
      complaint: {
        reference: `C-${i + 1}`,
        borough: pick(BOROUGHS),
        received,
        complainantRole: pick(["perpetrator", "perpetrator", "perpetrator", "victim-survivor-at-instigation"]),
        caseRef: `case-${Math.floor(next() * 1e6).toString(36)}`,
        workerRef: `worker-${Math.floor(next() * 400)}`,
        status: pick(["open", "closed", "closed"]),
      },
      content: {
        socialWorkerActions: yn(),
        policeNfa: yn(),
        counterAccusations: "yes",
        counterAccusationKinds: ["substance-use", "mental-health"],
        notInvolvedInAssessment: yn(),
        anythingElse: "Says the worker is on the mother's side and wants a new worker.",
      },
      investigation: {
        resolvedBeforeStage1: "no",
        resolvedAtStage1: "no",
        desiredOutcomeClarified: yn(),
        earlyTeamMeeting: yn(),
        investigated,
        ...(investigated === "yes" ? { stageReached: toStage2 ? 2 : 1 } : {}),
        ...(upheld ? { upheld } : {}),
        ...(upheld === "in-full" || upheld === "in-part" ? { upheldWhat: "Delay in sharing the assessment." } : {}),
      },
      process: {
        emails: Math.floor(next() * next() * 120),
        phoneCalls: Math.floor(next() * 30),
        copiedInOthers: copied,
        ...(copied === "yes" ? { copiedIn: ["mp", "mayor"] } : {}),
        threatenedToTakeItAllTheWay: yn(),
        unreasonableExpectations: "yes",
        unreasonableExpectationsWhat: "A full response within 24 hours.",
      },
      learnings: { forPractice: "Early meeting with the team kept the response consistent." },
      stages: {
        stage1Response,
        ...(toStage2
          ? { stage2Requested: addIsoDays(stage1Response, 10), stage2Response: addIsoDays(stage1Response, 50) }
          : {}),
      },
    };
  });
}

/** A synthetic complaint letter of about `words` words, written in the conventions the detector looks for. */
export function syntheticLetter(words = 2000): string {
  const paragraphs = [
    "I am writing again because nobody has replied to my last six emails and I expect a full response within 24 hours.",
    "The social worker lied in her report and is clearly on mum's side, which everyone can see.",
    "The police NFA'd the case months ago so children's services have no business being involved in my family.",
    "My ex drinks every night and she is mentally unstable, and she neglects the children when I am not there.",
    "I was never consulted about the assessment and my views were ignored from start to finish.",
    "I demand that the worker is removed. You must send me every record you hold by the end of the week.",
    "If this is not sorted I will take it all the way to the Ombudsman and Social Work England.",
    "I have copied in my MP and the Mayor so they can see how I have been treated.",
    "The health visitor said there were no concerns, so I do not understand why you keep visiting.",
    "Thank you for the letter of the 3rd, which I have read carefully, and I have attached the school report.",
  ];
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return out.join("\n\n");
}
