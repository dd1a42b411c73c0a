import {
  appliesTo,
  checkFollowUps,
  checkProcedureDates,
  complaintsProforma,
  PROCEDURE_DATE_ORDER,
  PROCEDURE_DATE_REQUIRES,
  proformaAtVersion,
  valueAt,
} from "@st/complaints-proforma";
import { answerProblem, type FormDefinition, formQuestions, isAnswered } from "@st/core/forms";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";

// The rules read untrusted records: any value may sit at any answer, including ones that look
// like answers (a known option, a date) and ones that do not (NaN, a list with a hole, null).
const anyAnswer = fc.oneof(
  fc.constantFrom("yes", "no", "unknown", "other", "in-full", "in-part", "mp", "mayor", "", " "),
  fc.constantFrom(Number.NaN, 0, -0, 1, 2, 3, null, true),
  fc.constantFrom("2024-01-31", "2024-02-29", "2023-02-29", "2024-13-01", "2025-06-01", "24-01-01"),
  fc.array(fc.constantFrom("other", "mp", "mayor", "substance-use", "yes", Number.NaN), { maxLength: 3 }),
  // A list with a hole, which array methods skip and iteration reads as undefined.
  fc.constant(Object.assign(new Array(2), { 1: "other" })),
  fc.string({ maxLength: 4 }),
);

function untrustedRecord(definition: FormDefinition) {
  const ids = formQuestions(definition).map((q) => q.id);
  return fc
    .array(fc.tuple(fc.constantFrom(...ids), anyAnswer), { maxLength: 20 })
    .chain((answers) =>
      fc.oneof(
        { weight: 9, arbitrary: fc.constant(answers) },
        // A section that is not a group of fields.
        { weight: 1, arbitrary: fc.constant([...answers, ["stages", "not a section"] as [string, unknown]]) },
      ),
    )
    .map((answers) => {
      const record: Record<string, unknown> = {};
      for (const [id, value] of answers) {
        const [section, field] = id.split(".") as [string, string | undefined];
        if (field === undefined) record[section] = value;
        else if (typeof record[section] === "object" && record[section] !== null)
          (record[section] as Record<string, unknown>)[field] = value;
        else record[section] = { [field]: value };
      }
      return record;
    });
}

const CLOSED = new Set(["yesNo", "yesNoUnknown", "choice", "multiChoice"]);

/** The follow-up rules as `@st/core`'s form functions state them, question by question. */
function followUpsByTheDefinition(definition: FormDefinition, record: unknown) {
  const byId = new Map(formQuestions(definition).map((q) => [q.id, q]));
  const found: { path: string; code: string }[] = [];
  for (const question of byId.values()) {
    if (!question.when) continue;
    const trigger = byId.get(question.when.question);
    const triggerValue = valueAt(record, question.when.question);
    if (trigger && triggerValue !== undefined && CLOSED.has(trigger.type) && answerProblem(trigger, triggerValue))
      continue;
    const applies = appliesTo(definition, record, question.id);
    const answered = isAnswered(valueAt(record, question.id));
    if (applies && question.required && !answered) found.push({ path: question.id, code: "required" });
    else if (!applies && answered) found.push({ path: question.id, code: "not_applicable" });
  }
  return found;
}

/** The procedure's date rules as stated: every date before an earlier one, and every date missing the one it needs. */
function dateRulesAsStated(record: unknown) {
  const date = (id: string) => {
    const v = valueAt(record, id);
    return typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
  };
  const found: string[] = [];
  PROCEDURE_DATE_ORDER.forEach((id, i) => {
    const value = date(id);
    const earlier = PROCEDURE_DATE_ORDER.slice(0, i)
      .map(date)
      .filter((d): d is string => d !== undefined && value !== undefined && value < d);
    if (earlier.length) found.push(`${id} before ${earlier.sort().at(-1)}`);
  });
  const received = date("complaint.received");
  const ombudsman = date("stages.ombudsmanReferral");
  if (received && ombudsman && ombudsman < received) found.push(`stages.ombudsmanReferral before ${received}`);
  for (const [id, needs] of PROCEDURE_DATE_REQUIRES)
    if (valueAt(record, id) !== undefined && valueAt(record, needs) === undefined) found.push(`${id} without ${needs}`);
  return found;
}

/** Records whose procedure dates are drawn from a few, so that dates often come out of order. */
const datedRecord = fc
  .array(
    fc.tuple(
      fc.constantFrom(...PROCEDURE_DATE_ORDER, "stages.ombudsmanReferral"),
      fc.constantFrom("2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-4-1", 7),
    ),
    { maxLength: 10 },
  )
  .map((answers) => {
    const record: Record<string, Record<string, unknown>> = {};
    for (const [id, value] of answers) {
      const [section, field] = id.split(".") as [string, string];
      record[section] = { ...record[section], [field]: value };
    }
    return record;
  });

describe("the rules across answers", () => {
  for (const [name, definition] of [
    ["version 2", complaintsProforma],
    ["version 1", proformaAtVersion(complaintsProforma, 1)],
  ] as const) {
    it(`judge every follow-up of a ${name} record as the definition's conditions say, whatever the record holds`, () => {
      fc.assert(
        fc.property(untrustedRecord(definition), (record) => {
          const found = checkFollowUps(definition, record).map(({ path, code }) => ({ path, code }));
          expect(found).toEqual(followUpsByTheDefinition(definition, record));
        }),
        { numRuns: 2000 },
      );
    });
  }

  it("find every date out of order, naming the latest earlier date, and every date without the one it needs", () => {
    fc.assert(
      fc.property(fc.oneof(datedRecord, untrustedRecord(complaintsProforma)), (record) => {
        const found = checkProcedureDates(complaintsProforma, record).map((v) =>
          v.message.startsWith("is given without")
            ? `${v.path} without ${PROCEDURE_DATE_REQUIRES.find(([id]) => id === v.path)![1]}`
            : `${v.path} before ${v.expected.slice(-10)}`,
        );
        expect(found).toEqual(dateRulesAsStated(record));
      }),
      { numRuns: 2000 },
    );
  });

  it("judge follow-ups the same where no code may be compiled (the answers read one path at a time)", () => {
    const jitless = z.config().jitless;
    z.config({ jitless: true });
    // A copy of the definition, so that its plan is made now, without compiled code.
    const definition = { ...complaintsProforma };
    try {
      fc.assert(
        fc.property(untrustedRecord(definition), (record) => {
          const found = checkFollowUps(definition, record).map(({ path, code }) => ({ path, code }));
          expect(found).toEqual(followUpsByTheDefinition(definition, record));
        }),
        { numRuns: 500 },
      );
    } finally {
      z.config({ jitless });
    }
  });

  it("read answers whose ids hold quotes, backslashes and line breaks as plain keys, never as code", () => {
    const hostile = ['local.a"];globalThis["hacked"]=1;//', "local.b\\\n\u2028c"];
    const definition: FormDefinition = {
      id: "hostile",
      version: 1,
      title: "Hostile ids",
      sections: [
        {
          id: "local",
          title: "Local",
          questions: [
            { id: hostile[0]!, label: "Trigger", type: "yesNo" },
            {
              id: hostile[1]!,
              label: "Follow-up",
              type: "text",
              required: true,
              when: { question: hostile[0]!, equals: ["yes"] },
            },
          ],
        },
      ],
    };
    const [trigger, followUp] = hostile.map((id) => id.slice("local.".length)) as [string, string];
    expect(checkFollowUps(definition, { local: { [trigger]: "yes" } })).toMatchObject([
      { path: hostile[1], code: "required" },
    ]);
    expect(checkFollowUps(definition, { local: { [trigger]: "yes", [followUp]: "Because." } })).toEqual([]);
    expect(checkFollowUps(definition, { local: { [trigger]: "no", [followUp]: "Because." } })).toMatchObject([
      { path: hostile[1], code: "not_applicable" },
    ]);
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
  });
});
