import { formatProblem } from "@st/core";
import {
  parseReviewRound,
  type ReviewRound,
  readReviewRounds,
  reviewRoundRecord,
  type reviewRoundSchema,
  safeParseReviewRound,
  writeReviewRound,
} from "@st/learning-review";
import { demoRounds } from "@st/learning-review/demo";
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import { reviewedCase, round } from "./round-fixtures.js";

const period = { from: "2024-01-01", to: "2024-03-31" };

describe("the review round record", () => {
  it("writes a round with its schema version and reads it back unchanged", () => {
    for (const r of demoRounds()) {
      const stored = writeReviewRound(r);
      expect(Object.keys(stored)[0]).toBe("schemaVersion");
      const read = parseReviewRound(JSON.parse(JSON.stringify(stored)));
      expect(read).toEqual(JSON.parse(JSON.stringify(r)));
    }
  });

  it("reads a version 1 round as version 2, unchanged, and writes it as version 2", () => {
    const v1 = { schemaVersion: 1, ...round("r1", period, [reviewedCase("A", "trained-consulted")]) };
    const read = parseReviewRound(JSON.parse(JSON.stringify(v1)));
    const { schemaVersion: _, ...content } = v1;
    expect(read).toEqual(JSON.parse(JSON.stringify(content)));
    expect(writeReviewRound(read).schemaVersion).toBe(2);
    expect(reviewRoundRecord.versions).toEqual([1, 2]);
  });

  it("keeps the round's qualitative record (version 2), and names a finding's unknown principle", () => {
    const qualitative = {
      ...round("r1", period, [reviewedCase("A", "trained-consulted")]),
      findings: [{ principle: "intervene-with-perpetrator" as const, text: "Plans set actions for the father." }],
      consultationImpact: "Consultations moved assessments to the father's choices.",
      improvements: ["Safety plans still ask the mother to manage him."],
    };
    const stored = JSON.parse(JSON.stringify(writeReviewRound(qualitative)));
    expect(parseReviewRound(stored)).toEqual(JSON.parse(JSON.stringify(qualitative)));
    // Version 1 had no such fields: a round that says it is version 1 and has them is told so.
    const asV1 = safeParseReviewRound({ ...stored, schemaVersion: 1 });
    expect(!asV1.ok && asV1.problems.map((p) => p.code)).toContain("unknown_field");
    const bad = safeParseReviewRound({ ...stored, findings: [{ principle: "be-nice", text: "x" }] });
    expect(!bad.ok && bad.problems.map(formatProblem).join("\n")).toMatch(/^"Principle": /m);
  });

  it("has a type that matches its schema", () => {
    expectTypeOf<z.output<typeof reviewRoundSchema>>().toExtend<ReviewRound>();
  });

  it("names an unknown field, a case in an undeclared cohort, a case reviewed twice and a bad date", () => {
    const bad = {
      ...round("r1", period, [
        reviewedCase("A", "trained-consulted"),
        reviewedCase("A", "trained"),
        reviewedCase("B", "untrained-unconsulted"),
      ]),
      schemaVersion: 1,
      reviewedOn: "31/03/2024",
      colour: "red",
    };
    const result = safeParseReviewRound(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map(formatProblem).sort()).toEqual([
      '"Case id": case A is reviewed twice in the round (expected each case once, found "A")',
      '"Cohort": no cohort of the round has the id "trained" (expected one of trained-consulted, untrained-unconsulted, found "trained")',
      '"Colour": is not a known field (expected nothing (unknown field), found "red")',
      '"Date of review": is not a real date written YYYY-MM-DD (expected a date written YYYY-MM-DD, found "31/03/2024")',
    ]);
  });

  it("checks every answer against the checklist, naming the case and the item", () => {
    const r = round("r1", period, [
      reviewedCase("A", "trained-consulted", {
        answers: [
          { item: "pattern-beyond-incident", answer: "Y" },
          { item: "behaviours-named", answer: "sometimes" },
          { item: "no-such-item", answer: "yes" },
        ],
      }),
    ]);
    const result = safeParseReviewRound(r, { assumeVersion: 1 });
    expect(!result.ok && result.problems.map((p) => [p.path, p.code])).toEqual([
      ["cases.0.answers.1.answer", "invalid_answer"],
      ["cases.0.answers.2.item", "unknown_item"],
    ]);
    expect(!result.ok && result.problems[0]!.field).toMatch(/^Case A: Answer to behaviours-named \("Are the/);
  });

  it("writes answers in the scale's own values, and reads borough names as codes", () => {
    const r = {
      ...round("r1", period, [
        reviewedCase("A", "trained-consulted", { answers: [{ item: "pattern-beyond-incident", answer: "N/A" }] }),
      ]),
      borough: "London Borough of Waltham Forest",
    };
    const read = parseReviewRound(r, { assumeVersion: 1 });
    expect(read.borough).toBe("E09000031");
    expect(read.cases[0]!.answers[0]!.answer).toBe("not-applicable");
  });

  it("refuses a round that answers a checklist it was not given", () => {
    const r = { ...round("r1", period, []), checklist: { id: "hackney-checklist", version: "2" } };
    expect(() => parseReviewRound(r, { assumeVersion: 1 })).toThrow(
      /answers checklist hackney-checklist 2, which was not supplied/,
    );
  });

  it("reads rounds from JSON text, numbering the problems by round", () => {
    const good = writeReviewRound(round("r1", period, []));
    const text = JSON.stringify([good, { ...good, period: { from: "2024-04-01", to: "2024-03-01" } }]);
    const reading = readReviewRounds(text);
    expect(reading.valid).toHaveLength(1);
    expect(reading.problems.map((p) => [p.record, p.message])).toEqual([[2, "ends before the period starts"]]);
    expect(readReviewRounds("{").problems[0]!.code).toBe("unparseable");
  });

  it("publishes a JSON Schema of the stored form", () => {
    const schema = reviewRoundRecord.jsonSchema();
    expect(schema.required).toEqual(expect.arrayContaining(["schemaVersion", "borough", "cases", "checklist"]));
    expect(schema.additionalProperties).toBe(false);
  });
});
