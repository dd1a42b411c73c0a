import { createLinter, lint, safeParseLintConfig } from "@st/language-lint";
import { demoCaseNotes } from "@st/language-lint/demo";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../bench/corpus.mjs";
import { lastMention } from "../src/roles.js";

const concerns = (text: string, options?: Parameters<typeof lint>[1]) =>
  lint(text, options).filter((f) => !f.positive && f.severity !== "info");

describe("role-aware rules", () => {
  it("catches blame of the non-abusive parent written as an ordinary sentence", () => {
    for (const text of [
      "Ms K has still not shown she can protect Leo.",
      "She chose to let him back into the home.",
      "Her decision to stay has left the children exposed.",
      "Ms K was unable to put the children first.",
    ])
      expect(
        concerns(text).map((f) => f.category),
        text,
      ).toContain("responsibilising");
  });

  it("catches softened acts and harm with no one doing it", () => {
    expect(concerns("Dad can get a bit heavy-handed when he drinks.").map((f) => f.category)).toContain("minimising");
    expect(concerns("Domestic abuse has had an impact on the children.").map((f) => f.category)).toContain(
      "hidden-perpetrator",
    );
  });

  it("leaves sentences that name the person using harm, or record her protection, alone", () => {
    for (const text of [
      "Mr T's decision to return to the home against the safety plan has put Leo at risk.",
      "Ms K has kept the children safe by moving them to her sister's when Mr T arrived drunk.",
      "Mr T pushed Ms K once, in front of Leo; he says it was only once, which Leo's account contradicts.",
      "Mr B has failed to protect the children from his own violence.",
      "Mr B's abuse has had an impact on the children.",
    ])
      expect(concerns(text), text).toEqual([]);
  });

  it("says which roles it assigned, and suggests wording with the note's own names", () => {
    const [finding] = concerns("Mr Reid hit Ms Obi again. Ms Obi has not protected Zara from Mr Reid.").filter(
      (f) => f.category === "responsibilising",
    );
    expect(finding?.roles).toEqual([
      { text: "Ms Obi", role: "survivor", as: "subject" },
      { text: "Mr Reid", role: "perpetrator", as: "person using harm" },
    ]);
    expect(finding?.reason).toContain("Ms Obi (the non-abusive parent) is the subject of");
    expect(finding?.reason).toContain("Mr Reid's behaviour");
    expect(finding?.suggestions[0]).toMatch(/^Mr Reid's .*; Ms Obi /);
  });

  it("names the person using harm without the possessive he was mentioned with ('Mr B's drinking')", () => {
    for (const apostrophe of ["'", "\u2019"]) {
      const [argue] = concerns(`Mr B${apostrophe}s drinking has got worse. The parents argue most nights.`);
      expect(argue?.ruleId).toBe("mutualising/argument");
      expect(argue?.roles).toContainEqual({ text: "Mr B", role: "perpetrator", as: "person using harm" });
      expect(argue?.suggestions[0]).toBe("Mr B shouted at [survivor] and [behaviour]");
      const [blame] = concerns(`Mr B${apostrophe}s temper frightens Leo. Ms A has not protected Leo.`).filter(
        (f) => f.category === "responsibilising",
      );
      expect(blame?.suggestions[0]).toMatch(/^Mr B's \[what they did\] harmed/);
    }
    // The same for the non-abusive parent, named in a sentence before a pronoun.
    const [her] = concerns("Ms A's sister visited. She has not protected Leo from Mr B.").filter(
      (f) => f.category === "responsibilising",
    );
    expect(her?.roles?.[0]).toEqual({ text: "Ms A", role: "survivor", as: "subject" });
  });

  it("does not read what a professional did, or failed to do, as the parent's failing", () => {
    for (const sentence of [
      "Ms A's social worker failed to protect the children from Mr B.",
      "Her allocated social worker did not follow the safety plan.",
      "Her IDVA was unable to keep her safe.",
      "Mum's solicitor did not engage with the plan.",
      "The police were unable to keep Ms A safe.",
    ])
      expect(
        concerns(sentence).filter((f) => f.category === "responsibilising"),
        sentence,
      ).toEqual([]);
    // The same predicates about her are still findings.
    expect(concerns("Ms A has not engaged with the plan.")[0]?.category).toBe("responsibilising");
    expect(concerns("Her social worker visited; Ms A has not protected Leo.")[0]?.roles?.[0]).toEqual({
      text: "Ms A",
      role: "survivor",
      as: "subject",
    });
    // A match that opens its clause with her is about her, not the professional before it.
    const [instigator] = lint("Police recorded that she started the fight.").filter(
      (f) => f.ruleId === "responsibilising/instigator",
    );
    expect(instigator?.roles?.[0]).toEqual({ text: "she", role: "female", as: "subject" });
  });

  it("flags mutualising wording whoever the subject is, unless he is named as the one who did it", () => {
    for (const sentence of [
      "Their relationship has been volatile since Leo was born.",
      "The relationship between Ms A and Mr B remains volatile.",
      "The relationship is described by Ms A as volatile.",
      "Their relationship is very up and down.",
      "Mum and Dad have been arguing in front of the children.",
      "Ms King and Mr King had a row.",
      "Mum and Dad row most nights.",
      "Ms A argues with Mr B when he drinks.",
    ])
      expect(
        concerns(sentence).some((f) => f.category === "mutualising"),
        sentence,
      ).toBe(true);
    expect(concerns("Mum and Dad have been arguing.")[0]?.roles?.[0]).toMatchObject({ role: "parents", as: "subject" });
    for (const sentence of [
      "Mr B argued with Ms A and then punched her.",
      "Dad fought with Mum in the kitchen and broke her phone.",
      "At home Mr B is volatile when he drinks.",
    ])
      expect(
        concerns(sentence).filter((f) => f.category === "mutualising"),
        sentence,
      ).toEqual([]);
  });

  it("resolves pronouns in the paragraph and names declared in the configuration", () => {
    const text = "Kayleigh told the worker about the assault. She chose to let Dean back into the flat.";
    const placed = lint(text, { roles: { perpetrator: ["Dean"], nonAbusiveParent: ["Kayleigh"] } }).find(
      (f) => f.category === "responsibilising",
    );
    expect(placed?.severity).toBe("error");
    expect(placed?.roles?.[0]).toMatchObject({ role: "survivor", as: "subject" });
    // Unknown people lower confidence, never raise it.
    const unplaced = lint("Jo chose to let him back into the flat.").find((f) => f.category === "responsibilising");
    expect(unplaced?.severity ?? "warning").not.toBe("error");
  });

  it("reads introductions such as 'Dean (father)'", () => {
    const text = "Dean (father) and Kayleigh (mother) live with Ava. Dean only slapped Kayleigh the one time.";
    const found = concerns(text).find((f) => f.category === "minimising");
    expect(found?.roles?.[0]).toEqual({ text: "Dean", role: "perpetrator", as: "subject" });
  });

  it("does not count negated or hypothetical protective efforts as positive signals", () => {
    const positives = (text: string) =>
      lint(text, { positives: true })
        .filter((f) => f.positive)
        .map((f) => f.ruleId);
    expect(positives("Ms A called the police when Mr B threatened her.")).toContain("positive/protective-efforts");
    expect(positives("Ms A has never called the police.")).not.toContain("positive/protective-efforts");
    expect(positives("If Mr B returns, Ms A called the police last time.")).not.toContain(
      "positive/protective-efforts",
    );
  });
});

describe("corrections", () => {
  it("credits the 'why doesn't he stop?' reframe to SafeLives, not the partnership's training", () => {
    const [finding] = lint("The question is why doesn't she leave him.");
    expect(finding?.ruleId).toBe("responsibilising/why-doesnt-she-leave");
    expect(finding?.explanation).toContain("SafeLives");
    expect(finding?.explanation).not.toContain("partnership's own training");
  });

  it("quotes the words it found for a type of abuse ('emotional harm' is not 'emotional abuse')", () => {
    const [finding] = lint("The children have suffered emotional harm.").filter(
      (f) => f.ruleId === "vague/type-of-abuse",
    );
    expect(finding?.message).toContain('"emotional harm"');
    expect(finding?.message).not.toContain("Emotional abuse");
  });

  it("refuses __proto__ and other keys that cannot name a rule, with a coded problem", () => {
    for (const key of ["__proto__", "Vague", "vague/"]) {
      const result = safeParseLintConfig(JSON.parse(`{"rules":{"${key}":"off"}}`));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]).toMatchObject({ code: "invalid_rule_key", path: `rules.${key}` });
    }
    expect(() => createLinter(JSON.parse('{"rules":{"__proto__":"off"}}'))).toThrow(/__proto__/);
    expect(() => createLinter(JSON.parse('{"rules":{"constructor":"off"}}'))).toThrow(/no rule or category/);
  });

  it("does not let an unclosed comment switch rules off for the rest of the file", () => {
    const text = "<!-- st-lint-disable\nThe parents have a volatile relationship.";
    expect(lint(text).map((f) => f.ruleId)).toContain("mutualising/volatile-relationship");
  });
});

describe("lastMention with a memo", () => {
  it("finds, sentence by sentence, what a fresh look-up over the whole window finds", () => {
    const notes = [...demoCaseNotes().map((n) => n.text), generateCorpus().notes.slice(0, 400).join("\n\n")];
    let compared = 0;
    for (const text of notes) {
      const memos = {
        male: { offset: Number.POSITIVE_INFINITY, windowStart: 0, best: undefined },
        female: { offset: Number.POSITIVE_INFINITY, windowStart: 0, best: undefined },
      };
      const declared = { perpetrator: ["Dean"], survivor: ["Kayleigh"] };
      for (const m of text.matchAll(/(?:^|[.!?]\s+)([A-Z])/g)) {
        const offset = m.index + m[0].length - 1;
        for (const gender of ["male", "female"] as const) {
          expect(lastMention(text, offset, gender, declared, memos[gender])).toEqual(
            lastMention(text, offset, gender, declared),
          );
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
