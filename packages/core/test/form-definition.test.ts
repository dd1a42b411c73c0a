import { StValidationError } from "@st/core";
import {
  checkAnswers,
  describeCondition,
  describeExpectedAnswer,
  type FormDefinition,
  findQuestion,
  formQuestions,
  isQuestionShown,
  resolveWith,
  safeValidateFormDefinition,
  validateFormDefinition,
} from "@st/core/forms";
import { personWhoUsesHarmTerminology } from "@st/core/practice";
import { flattenRecord, nestRecord } from "@st/core/records";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** A cut of the complaints proforma: enough to exercise every answer type and chained conditions. */
const proforma = validateFormDefinition({
  id: "complaints-proforma",
  version: 1,
  title: "Complaints from {perpetrator}s",
  sections: [
    {
      id: "complaint",
      title: "The complaint",
      questions: [
        { id: "reference", label: "Complaint reference", type: "text", required: true },
        { id: "received", label: "Date received", type: "date", required: true, min: "2020-01-01" },
        {
          id: "content.counterAccusations",
          label: "Did they make counter accusations about the parenting of their partner?",
          type: "yesNo",
        },
      ],
    },
    {
      id: "investigation",
      title: "Details of investigation",
      help: "Answer from the complaints file.",
      questions: [
        { id: "investigation.investigated", label: "Was the complaint investigated?", type: "yesNo", required: true },
        {
          id: "investigation.stageReached",
          label: "If Y, what stage did it get to?",
          type: "choice",
          required: true,
          options: [
            { value: 1, label: "Stage 1" },
            { value: 2, label: "Stage 2" },
            { value: 3, label: "Stage 3" },
          ],
          when: { question: "investigation.investigated", equals: ["yes"] },
        },
        {
          id: "investigation.upheld",
          label: "Was it upheld?",
          type: "choice",
          options: [
            { value: "full", label: "Yes, in full" },
            { value: "part", label: "Yes, in part" },
            { value: "no", label: "No" },
          ],
          when: { question: "investigation.investigated", equals: ["yes"] },
        },
        {
          id: "investigation.whatUpheld",
          label: "If yes, what was upheld?",
          type: "longText",
          required: true,
          when: { question: "investigation.upheld", equals: ["full", "part"] },
        },
      ],
    },
    {
      id: "process",
      title: "During the process",
      questions: [
        { id: "process.emails", label: "Number of emails from the complainer", type: "integer", min: 0 },
        {
          id: "process.copiedIn",
          label: "If Y, who?",
          type: "multiChoice",
          options: [
            { value: "mayor", label: "Mayor" },
            { value: "mp", label: "MP" },
            { value: "other", label: "Other" },
          ],
        },
        {
          id: "process.copiedInOther",
          label: "Who else?",
          type: "text",
          required: true,
          when: { question: "process.copiedIn", equals: ["other"] },
        },
      ],
    },
  ],
});

describe("validateFormDefinition", () => {
  it("accepts a sound definition and keeps it as written", () => {
    expect(formQuestions(proforma).map((q) => q.id)).toContain("investigation.stageReached");
    expect(findQuestion(proforma, "process.emails")?.type).toBe("integer");
  });

  const base = (questions: unknown[]) => ({
    id: "f",
    version: 1,
    title: "A form",
    sections: [{ id: "s", title: "Section", questions }],
  });
  const cases: [string, unknown, { path: string; code: string; field?: string }][] = [
    [
      "a choice without options",
      base([{ id: "a", label: "A?", type: "choice" }]),
      { path: "sections.0.questions.0.options", code: "required", field: 'question "A?"' },
    ],
    [
      "an unknown answer type",
      base([{ id: "a", label: "A?", type: "banana" }]),
      { path: "sections.0.questions.0.type", code: "invalid_value" },
    ],
    [
      "a misspelt field",
      base([{ id: "a", lable: "A?", type: "text" }]),
      { path: "sections.0.questions.0.lable", code: "unknown_field", field: "question a" },
    ],
    [
      "options on a text question",
      base([{ id: "a", label: "A?", type: "text", options: [] }]),
      { path: "sections.0.questions.0.options", code: "unknown_field" },
    ],
    [
      "a bad id",
      base([{ id: "1st answer", label: "A?", type: "text" }]),
      { path: "sections.0.questions.0.id", code: "invalid_format" },
    ],
    [
      "a blank label",
      base([{ id: "a", label: "  ", type: "text" }]),
      { path: "sections.0.questions.0.label", code: "required" },
    ],
    [
      "an unknown terminology placeholder",
      base([{ id: "a", label: "Did the {perpetrater} complain?", type: "text" }]),
      { path: "sections.0.questions.0.label", code: "custom" },
    ],
    [
      "a repeated question id",
      base([
        { id: "a", label: "A?", type: "text" },
        { id: "a", label: "B?", type: "text" },
      ]),
      { path: "sections.0.questions.1.id", code: "duplicate_id" },
    ],
    [
      "ids that clash when nested",
      base([
        { id: "a", label: "A?", type: "text" },
        { id: "a.b", label: "B?", type: "text" },
      ]),
      { path: "sections.0.questions.1.id", code: "id_clash" },
    ],
    [
      "a condition on a later question",
      base([
        { id: "a", label: "A?", type: "text", when: { question: "b", equals: ["yes"] } },
        { id: "b", label: "B?", type: "yesNo" },
      ]),
      { path: "sections.0.questions.0.when.question", code: "invalid_condition" },
    ],
    [
      "a condition on itself",
      base([{ id: "a", label: "A?", type: "yesNo", when: { question: "a", equals: ["yes"] } }]),
      { path: "sections.0.questions.0.when.question", code: "invalid_condition" },
    ],
    [
      "a condition on an unknown question",
      base([{ id: "a", label: "A?", type: "yesNo", when: { question: "zz", equals: ["yes"] } }]),
      { path: "sections.0.questions.0.when.question", code: "invalid_condition" },
    ],
    [
      "a condition value the question cannot take",
      base([
        { id: "a", label: "A?", type: "yesNo" },
        { id: "b", label: "B?", type: "text", when: { question: "a", equals: ["Y"] } },
      ]),
      { path: "sections.0.questions.1.when.equals.0", code: "invalid_condition" },
    ],
    [
      "repeated option values",
      base([
        {
          id: "a",
          label: "A?",
          type: "choice",
          options: [
            { value: "x", label: "X" },
            { value: "x", label: "Y" },
          ],
        },
      ]),
      { path: "sections.0.questions.0.options.1.value", code: "duplicate_option" },
    ],
    [
      "option labels differing only in case",
      base([
        {
          id: "a",
          label: "A?",
          type: "choice",
          options: [
            { value: "x", label: "Other" },
            { value: "y", label: "other " },
          ],
        },
      ]),
      { path: "sections.0.questions.0.options.1.label", code: "duplicate_option" },
    ],
    [
      "an option label that is another option's value",
      base([
        {
          id: "a",
          label: "A?",
          type: "choice",
          options: [
            { value: "yes", label: "No" },
            { value: "no", label: "Yes" },
          ],
        },
      ]),
      { path: "sections.0.questions.0.options.0.label", code: "duplicate_option" },
    ],
    [
      "a multi-choice option containing the separator",
      base([{ id: "a", label: "A?", type: "multiChoice", options: [{ value: "x", label: "Police; CPS" }] }]),
      { path: "sections.0.questions.0.options.0.label", code: "invalid_option" },
    ],
    [
      "max below min",
      base([{ id: "a", label: "A?", type: "integer", min: 5, max: 1 }]),
      { path: "sections.0.questions.0.max", code: "invalid_range" },
    ],
    [
      "a fractional min",
      base([{ id: "a", label: "A?", type: "integer", min: 0.5 }]),
      { path: "sections.0.questions.0.min", code: "invalid_type" },
    ],
    [
      "a bad date bound",
      base([{ id: "a", label: "A?", type: "date", min: "2025-02-30" }]),
      { path: "sections.0.questions.0.min", code: "invalid_format" },
    ],
    ["no questions", base([]), { path: "sections.0.questions", code: "too_small" }],
    [
      "repeated section ids",
      {
        id: "f",
        version: 1,
        title: "T",
        sections: [
          { id: "s", title: "One", questions: [{ id: "a", label: "A", type: "text" }] },
          { id: "s", title: "Two", questions: [{ id: "b", label: "B", type: "text" }] },
        ],
      },
      { path: "sections.1.id", code: "duplicate_id", field: 'section "Two"' },
    ],
    ["a missing version", { id: "f", title: "T", sections: [] }, { path: "version", code: "required" }],
  ];
  it.each(cases)("reports %s with its path and a code", (_name, input, expected) => {
    const result = safeValidateFormDefinition(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining(expected));
    for (const p of result.problems) {
      expect(p.message).not.toMatch(/Invalid input|received undefined/);
      expect(p.field).not.toBe("");
    }
  });

  it("throws one StValidationError listing every problem", () => {
    try {
      validateFormDefinition(
        base([
          { id: "a", label: "A?", type: "choice" },
          { id: "b", label: "", type: "text" },
        ]),
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StValidationError);
      expect((error as StValidationError).problems).toHaveLength(2);
      expect((error as StValidationError).message).toContain('question "A?"');
    }
  });

  it("never throws on arbitrary input (fuzz)", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = safeValidateFormDefinition(input);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.constantFrom("a", "b", "a.b", "c", "__proto__", "x y"),
            label: fc.string(),
            type: fc.constantFrom("text", "yesNo", "choice", "multiChoice", "integer", "date", "nope"),
            options: fc.option(
              fc.array(fc.record({ value: fc.oneof(fc.string(), fc.integer()), label: fc.string() })),
              {
                nil: undefined,
              },
            ),
            when: fc.option(
              fc.record({
                question: fc.constantFrom("a", "b", "c"),
                equals: fc.array(fc.oneof(fc.boolean(), fc.string())),
              }),
              { nil: undefined },
            ),
          }),
        ),
        (questions) => {
          const cleaned = questions.map((q) =>
            Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)),
          );
          safeValidateFormDefinition(base(cleaned));
        },
      ),
    );
  });
});

describe("isQuestionShown", () => {
  it("follows a condition and the conditions it depends on", () => {
    const upheld = { "investigation.investigated": "yes", "investigation.upheld": "part" };
    expect(isQuestionShown(proforma, upheld, "investigation.whatUpheld")).toBe(true);
    expect(isQuestionShown(proforma, { ...upheld, "investigation.upheld": "no" }, "investigation.whatUpheld")).toBe(
      false,
    );
    // The upheld answer stays behind, but the question it answers no longer applies.
    expect(
      isQuestionShown(proforma, { ...upheld, "investigation.investigated": "no" }, "investigation.whatUpheld"),
    ).toBe(false);
    expect(isQuestionShown(proforma, {}, "reference")).toBe(true);
  });

  it("treats a multi-choice trigger as matching when any chosen option matches", () => {
    expect(isQuestionShown(proforma, { "process.copiedIn": ["mp", "other"] }, "process.copiedInOther")).toBe(true);
    expect(isQuestionShown(proforma, { "process.copiedIn": ["mp"] }, "process.copiedInOther")).toBe(false);
  });
});

describe("checkAnswers", () => {
  const sound = {
    reference: "C-001",
    received: "2025-03-04",
    "investigation.investigated": "yes",
    "investigation.stageReached": 2,
    "investigation.upheld": "part",
    "investigation.whatUpheld": "The delay in replying.",
    "process.emails": 14,
    "process.copiedIn": ["mp", "other"],
    "process.copiedInOther": "Local newspaper",
  };

  it("accepts a sound record", () => {
    expect(checkAnswers(proforma, sound)).toEqual([]);
    expect(
      checkAnswers(proforma, { reference: "C-2", received: "2025-01-01", "investigation.investigated": "no" }),
    ).toEqual([]);
  });

  it("requires a follow-up when its trigger is answered yes, naming the condition", () => {
    const { "investigation.stageReached": _omit, ...rest } = sound;
    const problems = checkAnswers(proforma, rest);
    expect(problems).toEqual([
      expect.objectContaining({
        path: "investigation.stageReached",
        field: "If Y, what stage did it get to?",
        code: "required",
        message: 'needs an answer when "Was the complaint investigated?" is "Yes"',
      }),
    ]);
  });

  it("requires a follow-up to be empty when its trigger is not yes", () => {
    const problems = checkAnswers(proforma, { ...sound, "investigation.investigated": "no" });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["investigation.stageReached", "not_applicable"],
      ["investigation.upheld", "not_applicable"],
      ["investigation.whatUpheld", "not_applicable"],
    ]);
  });

  it("reports wrong types, unknown options, ranges and unknown fields with the label", () => {
    const problems = checkAnswers(proforma, {
      ...sound,
      received: "04/03/2025",
      "investigation.stageReached": "2",
      "process.emails": -1,
      "process.copiedIn": ["mp", "other", "press"],
      notAQuestion: 1,
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ["notAQuestion", "unknown_field"],
      ["received", "invalid_type"],
      ["investigation.stageReached", "invalid_option"],
      ["process.emails", "too_small"],
      ["process.copiedIn", "invalid_option"],
    ]);
    expect(problems[3]).toMatchObject({
      field: "Number of emails from the complainer",
      expected: "a whole number of at least 0",
    });
  });

  it("resolves terminology in labels it reports", () => {
    const problems = checkAnswers(
      proforma,
      { extra: 1, reference: "x", received: "2025-01-01", "investigation.investigated": "no" },
      {
        resolve: (t) => t.replace("{perpetrator}", "person who uses harm"),
      },
    );
    expect(problems[0]?.message).toBe('is not a question of "Complaints from person who uses harms"');
  });

  it("shows labels in the default words unless given a profile", () => {
    const record = { extra: 1, reference: "x", received: "2025-01-01", "investigation.investigated": "no" };
    expect(checkAnswers(proforma, record)[0]?.message).toBe('is not a question of "Complaints from perpetrators"');
    const words = { resolve: resolveWith(personWhoUsesHarmTerminology) };
    expect(checkAnswers(proforma, record, words)[0]?.message).toBe(
      'is not a question of "Complaints from person who uses harms"',
    );
  });

  it("takes yes, no and unknown where a question allows not known", () => {
    const form = validateFormDefinition({
      id: "f",
      version: 1,
      title: "F",
      sections: [
        {
          id: "s",
          title: "S",
          questions: [
            { id: "worker", label: "Was worker safety considered?", type: "yesNoUnknown" },
            { id: "how", label: "How?", type: "text", when: { question: "worker", equals: ["yes", "unknown"] } },
          ],
        },
      ],
    });
    expect(checkAnswers(form, { worker: "unknown", how: "Not recorded" })).toEqual([]);
    expect(checkAnswers(form, { worker: true })[0]).toMatchObject({
      code: "invalid_type",
      expected: '"Yes", "No" or "Not known"',
    });
    expect(describeCondition(form, findQuestion(form, "how")!)).toBe(
      'only when "Was worker safety considered?" is "Yes" or "Not known"',
    );
    expect(
      safeValidateFormDefinition({
        ...form,
        sections: [
          {
            ...form.sections[0],
            questions: [
              form.sections[0]!.questions[0],
              { id: "x", label: "X", type: "text", when: { question: "worker", equals: [true] } },
            ],
          },
        ],
      }).ok,
    ).toBe(false);
  });

  it("never throws on arbitrary records (fuzz)", () => {
    const keys = formQuestions(proforma).map((q) => q.id);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys, "x", "__proto__"), fc.anything()), (record) => {
        for (const p of checkAnswers(proforma, record)) expect(typeof p.message).toBe("string");
      }),
    );
  });
});

describe("describing questions for people", () => {
  it("says what answer is expected", () => {
    const q = (id: string) => findQuestion(proforma, id)!;
    expect(describeExpectedAnswer(q("investigation.upheld"))).toBe('one of "Yes, in full", "Yes, in part" or "No"');
    expect(describeExpectedAnswer(q("process.copiedIn"))).toBe(
      'one or more of "Mayor", "MP" and "Other", separated by ";"',
    );
    expect(describeExpectedAnswer(q("received"))).toBe(
      "a date such as 2025-12-19 or 19/12/2025, on or after 2020-01-01",
    );
    expect(describeCondition(proforma, q("investigation.whatUpheld"))).toBe(
      'only when "Was it upheld?" is "Yes, in full" or "Yes, in part"',
    );
    expect(describeCondition(proforma, q("process.copiedInOther"))).toBe('only when "If Y, who?" includes "Other"');
    expect(describeCondition(proforma, q("reference"))).toBeUndefined();
  });
});

describe("flattenRecord and nestRecord", () => {
  it("convert between nested records and flat rows keyed by question id", () => {
    const nested = {
      reference: "C-1",
      investigation: { investigated: "yes", stageReached: 2 },
      process: { copiedIn: ["mp"] },
    };
    const flat = flattenRecord(nested);
    expect(flat).toEqual({
      reference: "C-1",
      "investigation.investigated": "yes",
      "investigation.stageReached": 2,
      "process.copiedIn": ["mp"],
    });
    expect(nestRecord(flat)).toEqual(nested);
    expect(checkAnswers(proforma, flattenRecord({ ...nested, received: "2025-01-01" }))).toEqual([]);
  });

  const segment = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
  const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }));
  const nestedRecord = fc.letrec<{ node: Record<string, unknown> }>((tie) => ({
    node: fc.dictionary(segment, fc.oneof({ depthSize: "small" }, leaf, tie("node")), { minKeys: 1, maxKeys: 4 }),
  })).node;

  it("nestRecord(flattenRecord(r)) gives r back (property)", () => {
    fc.assert(
      fc.property(nestedRecord, (record) => {
        expect(nestRecord(flattenRecord(record))).toEqual(record);
      }),
    );
  });

  it("flattenRecord(nestRecord(f)) gives f back (property)", () => {
    const flatRecord = fc
      .dictionary(
        fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(".")),
        leaf,
      )
      .filter((f) => Object.keys(f).every((a) => Object.keys(f).every((b) => a === b || !b.startsWith(`${a}.`))));
    fc.assert(
      fc.property(flatRecord, (flat) => {
        expect(flattenRecord(nestRecord(flat))).toEqual(flat);
      }),
    );
  });

  it("reports clashing and malformed paths instead of overwriting", () => {
    expect(() => nestRecord({ a: 1, "a.b": 2 })).toThrow(StValidationError);
    expect(() => nestRecord({ "a.b": 2, a: 1 })).toThrow(/clashes/);
    expect(() => nestRecord({ "a..b": 1 })).toThrow(/empty part/);
  });

  it("cannot be used to reach an object's prototype", () => {
    const nested = nestRecord({ "__proto__.polluted": true, "constructor.prototype.polluted": true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(nested)).toEqual(["__proto__", "constructor"]);
    expect(flattenRecord(nested)).toEqual({ "__proto__.polluted": true, "constructor.prototype.polluted": true });
  });

  it("leaves undefined answers out", () => {
    expect(flattenRecord({ a: undefined, b: { c: undefined }, d: 1 })).toEqual({ d: 1 });
    expect(nestRecord({ a: undefined, "b.c": 1 })).toEqual({ b: { c: 1 } });
  });
});

describe("FormDefinition type", () => {
  it("narrows questions by answer type", () => {
    const q = findQuestion(proforma, "investigation.upheld")!;
    if (q.type === "choice") expect(q.options).toHaveLength(3);
    const typed: FormDefinition = proforma;
    expect(typed.version).toBe(1);
  });
});
