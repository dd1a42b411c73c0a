import {
  type Detection,
  defaultDetectorRules,
  detect,
  parseDetectorRules,
  safeParseComplaint,
  safeParseDetectorRules,
} from "@st/complaints-proforma";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sampleRecord, stored } from "./arbitraries.js";

const answer = (d: Detection, question: string) => d.suggestions.find((s) => s.question === question)?.answer;
const conventions = (d: Detection) => d.conventions.map((c) => c.id);

// A synthetic complaint: no real person, case or worker.
const letter = `Dear Complaints Team,

I am writing to complain about the social worker, who lied in her report and is clearly on mum's side.
The police NFA'd the case so children's services have no business being involved.
My ex drinks every night and she is mentally unstable. She neglects the children.
I was never consulted about the assessment. I demand a response within 24 hours. You must remove the social worker.
If this is not resolved I will take it all the way to the Ombudsman and Social Work England, and my solicitor is aware.

cc: the Mayor, my MP
`;

describe("detect", () => {
  const found = detect(letter);

  it("suggests every proforma answer the letter supports", () => {
    expect(answer(found, "content.socialWorkerActions")).toBe("yes");
    expect(answer(found, "content.policeNfa")).toBe("yes");
    expect(answer(found, "content.counterAccusations")).toBe("yes");
    expect(answer(found, "content.counterAccusationKinds")).toEqual(["substance-use", "mental-health", "neglect"]);
    expect(answer(found, "content.notInvolvedInAssessment")).toBe("yes");
    expect(answer(found, "process.copiedInOthers")).toBe("yes");
    expect(answer(found, "process.copiedIn")).toEqual(["mayor", "mp"]);
    expect(answer(found, "process.threatenedToTakeItAllTheWay")).toBe("yes");
    expect(answer(found, "process.threatenedTo")).toEqual(["ombudsman", "social-work-england", "solicitor-or-court"]);
    expect(answer(found, "process.unreasonableExpectations")).toBe("yes");
    expect(answer(found, "process.unreasonableExpectationsWhat")).toBe("within 24 hours");
  });

  it("names the conventions, including those the proforma has no question for", () => {
    expect(conventions(found)).toEqual(
      expect.arrayContaining(["worker-bias", "demands", "threatens-escalation", "counter-allegations"]),
    );
  });

  it("counts demands once a sentence", () => {
    expect(found.demands.count).toBe(2);
    expect(found.demands.evidence.map((e) => e.excerpt)).toEqual(["I demand", "You must"]);
  });

  it("gives evidence that indexes the original text, with line and column", () => {
    const nfa = found.suggestions.find((s) => s.question === "content.policeNfa")!.evidence[0]!;
    expect(nfa).toMatchObject({ ruleId: "police-nfa", excerpt: "NFA'd", line: 4, column: 12 });
    expect(letter.slice(nfa.offset, nfa.offset + nfa.length)).toBe("NFA'd");
  });

  it("counts lines the same whether the letter ends its lines with LF, CRLF or a lone CR", () => {
    for (const ending of ["\r\n", "\r"]) {
      const nfa = detect(letter.replace(/\n/g, ending)).suggestions.find((s) => s.question === "content.policeNfa")!
        .evidence[0]!;
      expect(nfa).toMatchObject({ excerpt: "NFA'd", line: 4, column: 12 });
    }
  });

  it("suggests answers that make a valid record", () => {
    const record = sampleRecord();
    const content: Record<string, unknown> = {};
    const process: Record<string, unknown> = {};
    for (const s of found.suggestions) {
      const [section, field] = s.question.split(".") as [string, string];
      (section === "content" ? content : process)[field] = s.answer;
    }
    expect(safeParseComplaint(stored({ ...record, content, process } as typeof record))).toMatchObject({ ok: true });
  });

  it("reads curly apostrophes and keeps their offsets", () => {
    const text = "She is on mum\u2019s side and I\u2019ll go to the press.";
    const d = detect(text);
    expect(conventions(d)).toEqual(expect.arrayContaining(["worker-bias", "threatens-escalation"]));
    for (const c of d.conventions)
      for (const e of c.evidence) expect(text.slice(e.offset, e.offset + e.length)).toBe(e.excerpt);
    expect(d.conventions.find((c) => c.id === "worker-bias")!.evidence[0]!.excerpt).toBe("on mum\u2019s side");
  });

  it("tells copying in from a threat", () => {
    const copied = detect("I have copied in my MP and Councillor Jones.");
    expect(answer(copied, "process.copiedIn")).toEqual(["mp", "councillor"]);
    expect(answer(copied, "process.threatenedToTakeItAllTheWay")).toBeUndefined();
    const threat = detect("If you do not act I will go to my MP.");
    expect(answer(threat, "process.threatenedTo")).toEqual(["mp-or-councillor"]);
    expect(answer(threat, "process.copiedIn")).toBeUndefined();
  });

  it("finds nothing in a neutral note", () => {
    const d = detect("Thank you for meeting me on Tuesday. I have attached the school letter as agreed.");
    expect(d.suggestions).toEqual([]);
    expect(d.conventions).toEqual([]);
    expect(d.demands.count).toBe(0);
  });

  it("suggests answers to the four conventions proforma version 2 asks about", () => {
    const d = detect(
      "It was only an argument and these are false allegations. Your manager agreed with me. You will regret this.",
    );
    expect(answer(d, "content.denialMinimisation")).toBe("yes");
    expect(answer(d, "content.playingOff")).toBe("yes");
    expect(answer(d, "content.threatsToStaff")).toBe("yes");
    expect(answer(d, "content.lengthy")).toBeUndefined();
    const evidence = d.suggestions.find((s) => s.question === "content.denialMinimisation")!.evidence;
    expect(evidence.map((e) => e.excerpt)).toEqual(["only an argument", "false allegations"]);
    const long = detect("word ".repeat(1001));
    expect(long.suggestions).toMatchObject([{ question: "content.lengthy", answer: "yes", evidence: [] }]);
    expect(answer(detect("word ".repeat(1000)), "content.lengthy")).toBeUndefined();
  });

  it("checks the answers a borough's rules suggest for a lengthy complaint", () => {
    const result = safeParseDetectorRules({
      ...defaultDetectorRules,
      lengthySuggests: [{ question: "content.lengthy", answer: "maybe" }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => [p.path, p.code])).toEqual([["lengthySuggests.0.answer", "invalid_answer"]]);
  });

  it("calls a long complaint lengthy", () => {
    expect(conventions(detect("word ".repeat(1001)))).toEqual(["lengthy"]);
    expect(conventions(detect("word ".repeat(1000)))).toEqual([]);
  });

  it("spots unrealistic deadlines written several ways", () => {
    for (const text of [
      "Reply within 48 hours.",
      "I expect an answer by the end of today.",
      "Respond immediately.",
      "I want this sorted by 5pm.",
    ])
      expect(answer(detect(text), "process.unreasonableExpectations"), text).toBe("yes");
  });
});

describe("rules are data", () => {
  it("the default rules are valid", () => {
    expect(safeParseDetectorRules(defaultDetectorRules).ok).toBe(true);
  });

  it("a borough can add its own rule", () => {
    const rules = {
      ...defaultDetectorRules,
      rules: [
        ...defaultDetectorRules.rules,
        {
          id: "local/petition",
          convention: "threatens-escalation",
          description: "Threatens a petition.",
          patterns: ["\\bpetition\\b"],
          suggests: [{ question: "process.threatenedToTakeItAllTheWay", answer: "yes" }],
        },
      ],
    };
    const d = detect("I will start a petition.", { detector: parseDetectorRules(rules) });
    expect(d.suggestions[0]!.evidence[0]!.ruleId).toBe("local/petition");
  });

  it("reports every problem in a borough's rules", () => {
    const result = safeParseDetectorRules({
      ...defaultDetectorRules,
      rules: [
        { id: "a", convention: "nope", description: "x", patterns: ["(unclosed"], suggests: [] },
        {
          id: "b",
          convention: "demands",
          description: "x",
          patterns: ["{missing}"],
          suggests: [{ question: "process.copiedIn", answer: "king" }],
        },
        {
          id: "c",
          convention: "demands",
          description: "x",
          patterns: ["a|"],
          suggests: [{ question: "no.such", answer: "yes" }],
        },
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => [p.path, p.code])).toEqual([
        ["rules.0.convention", "unknown_convention"],
        ["rules.0.patterns", "invalid_pattern"],
        ["rules.1.suggests.0.answer", "invalid_answer"],
        ["rules.1.patterns", "invalid_pattern"],
        ["rules.2.suggests.0.question", "unknown_question"],
        ["rules.2.patterns", "invalid_pattern"],
      ]);
  });
});

describe("fuzzing", () => {
  const adversarial = fc.oneof(
    fc.string({ maxLength: 2000 }),
    fc.string({ unit: "binary", maxLength: 500 }),
    fc.string({
      unit: fc.constantFrom(
        "I ",
        "will ",
        "she ",
        "her ",
        "mum's ",
        "cc",
        ":",
        "\n",
        ".",
        "\u2019",
        "all the way",
        " ",
        "MP",
        "ombudsman",
        "within ",
        "24 hours",
        "\uD800",
        "é",
      ),
      maxLength: 400,
    }),
  );

  function checkEvidence(text: string) {
    const d = detect(text);
    const lines = text.split("\n");
    for (const e of [...d.suggestions.flatMap((s) => s.evidence), ...d.conventions.flatMap((c) => c.evidence)]) {
      expect(text.slice(e.offset, e.offset + e.length)).toBe(e.excerpt);
      expect(e.length).toBeGreaterThan(0);
      expect(lines[e.line - 1]!.slice(e.column - 1, e.column - 1 + e.length)).toBe(
        e.excerpt.split("\n")[0]!.slice(0, e.length),
      );
    }
    expect(d.demands.count).toBeLessThanOrEqual(d.demands.evidence.length);
  }

  it("never throws, and every span of evidence slices to its excerpt", () => {
    fc.assert(
      fc.property(adversarial, (text) => checkEvidence(text)),
      { numRuns: 200 },
    );
  });

  it("handles long, repetitive text built to make patterns backtrack", () => {
    for (const text of [
      "",
      "\n\n\n",
      "a".repeat(50_000),
      "I will ".repeat(5_000),
      `${"she ".repeat(10_000)}drinks`,
      "cc: ".repeat(3000),
    ])
      checkEvidence(text);
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(detect(text)).toEqual(detect(text));
      }),
    );
  });
});

describe("false alarms it avoids", () => {
  for (const [text, question] of [
    ["The allegations against me are false.", "content.socialWorkerActions"],
    ["My sister Sue came to the meeting with me.", "process.threatenedToTakeItAllTheWay"],
    ["I never asked for this to happen.", "content.notInvolvedInAssessment"],
    ["The police were not involved until March.", "content.notInvolvedInAssessment"],
    ["She made me mad when she cancelled contact.", "content.counterAccusations"],
    ["The Mayor opened the new children's centre.", "process.copiedInOthers"],
  ] as const) {
    it(`"${text}" suggests nothing for ${question}`, () => {
      expect(answer(detect(text), question)).toBeUndefined();
    });
  }

  it("still finds the real thing in similar words", () => {
    expect(answer(detect("The worker has been against me from the start."), "content.socialWorkerActions")).toBe("yes");
    expect(answer(detect("I will sue the council."), "process.threatenedTo")).toEqual(["solicitor-or-court"]);
    expect(answer(detect("Nobody asked me what I wanted."), "content.notInvolvedInAssessment")).toBe("yes");
  });
});

describe("detect on hostile text", () => {
  // Regression: a rule matching a few hundred thousand times overflowed the stack
  // (`evidence.push(...evidence)` spreads every match as an argument).
  // 200,000 matches is past what a spread push takes (about 150,000 here) with room to spare; the
  // generous timeout is for a busy CI machine running every package's tests at once.
  it("keeps every match when a rule matches 200,000 times", { timeout: 120_000 }, () => {
    const text = "cc the Mayor. ".repeat(200_000);
    const found = detect(text);
    const copied = found.conventions.find((c) => c.id === "copies-in-others");
    expect(copied?.evidence.length).toBe(200_000);
    expect(answer(found, "process.copiedIn")).toEqual(["mayor"]);
  });
});
