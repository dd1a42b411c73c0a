import { inflect, PatternError, parsePattern } from "@st/language-lint";
import { describe, expect, it } from "vitest";
import { TokenAutomaton } from "../src/automaton.js";

describe("inflect", () => {
  it("gives every form a rule should match", () => {
    expect(inflect("argue")).toEqual(expect.arrayContaining(["argue", "argues", "argued", "arguing"]));
    expect(inflect("slap")).toEqual(expect.arrayContaining(["slaps", "slapped", "slapping"]));
    expect(inflect("control")).toEqual(expect.arrayContaining(["controls", "controlled", "controlling"]));
    expect(inflect("bully")).toEqual(expect.arrayContaining(["bullies", "bullied", "bullying"]));
    expect(inflect("push")).toEqual(expect.arrayContaining(["pushes", "pushed", "pushing"]));
    expect(inflect("throw")).toEqual(expect.arrayContaining(["threw", "thrown", "throwing"]));
  });
});

describe("parsePattern", () => {
  it("splits hyphens and possessives the way the tokeniser does", () => {
    expect(parsePattern("non-engaging")).toEqual({
      t: "alt",
      items: [
        {
          t: "seq",
          items: [
            { t: "word", words: ["non"] },
            { t: "word", words: ["engaging"] },
          ],
        },
        { t: "word", words: ["nonengaging"] },
      ],
    });
    expect(parsePattern("couple's")).toEqual({
      t: "seq",
      items: [
        { t: "word", words: ["couple"] },
        { t: "word", words: ["'s"] },
      ],
    });
  });

  it("merges one-word alternatives into one word set, and | binds loosest", () => {
    expect(parsePattern("(a|b|c)")).toEqual({ t: "word", words: ["a", "b", "c"] });
    expect(parsePattern("a b|c")).toEqual({
      t: "alt",
      items: [
        { t: "word", words: ["c"] },
        {
          t: "seq",
          items: [
            { t: "word", words: ["a"] },
            { t: "word", words: ["b"] },
          ],
        },
      ],
    });
  });

  it("explains what is wrong with a bad pattern", () => {
    for (const [bad, why] of [
      ["(a b", /not closed/],
      ["a )", /unexpected "\)"/],
      ["*{0,20}", /1 <= max <= 8/],
      ["@nosuchclass", /no word class @nosuchclass/],
      ["a, b", /is not a word/],
      ["(a|)", /empty alternative/],
    ] as const)
      expect(() => parsePattern(bad)).toThrow(why);
    expect(() => parsePattern("(a")).toThrow(PatternError);
  });
});

describe("the automaton", () => {
  it("keeps its state cache bounded however varied the text", () => {
    const patterns = ["a *{0,8} b", "c *{0,8} d", "e *{0,8} f", "(a|c|e) (b|d|f) *{0,8} (a|c|e)"].map((p) => {
      const node = parsePattern(p);
      return { owner: 0, role: "match" as const, node, maxLength: 20 };
    });
    const automaton = new TokenAutomaton(patterns);
    const words = ["a", "b", "c", "d", "e", "f", "x"];
    let state = automaton.start;
    let seed = 7;
    for (let i = 0; i < 200_000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      state = automaton.step(state, automaton.kindOf(words[seed % words.length]!));
    }
    expect(automaton.dfaSize).toBeLessThanOrEqual(4000);
  });
});
