import { createLinter, type Finding, lintStream, paragraphChunks } from "@st/language-lint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { good, neutral, poor } from "./corpus.js";

const linter = createLinter({ positives: true });

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

/** The text split into reads of the given lengths, as a file or a pipe delivers it. */
function* reads(text: string, lengths: readonly number[]): Generator<string> {
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    const n = Math.max(1, lengths[i % lengths.length] ?? 1);
    yield text.slice(at, at + n);
    at += n;
  }
}

const sentence = fc.constantFrom(...poor.map(([s]) => s), ...good, ...neutral, "Ms \u{1F600} A said so.", "");
const lineBreak = fc.constantFrom("\n", "\r\n", "\r");
/** Case notes: paragraphs of sentences on lines, with every kind of line ending, blank lines between. */
const caseNotes = fc
  .array(
    fc.tuple(
      fc.array(fc.tuple(sentence, fc.constantFrom(" ", "\n", "\r\n", "\r")), { maxLength: 6 }),
      lineBreak,
      lineBreak,
    ),
    { maxLength: 12 },
  )
  .map((paragraphs) =>
    paragraphs.map(([sentences, a, b]) => `${sentences.map(([s, sep]) => s + sep).join("")}${a}${b}`).join(""),
  );

describe("lintStream", () => {
  it("gives exactly the findings of linting the whole text: offsets, lines, columns, roles and fixes (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        caseNotes,
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 600 }),
        async (text, lengths, size) => {
          const whole = linter.lint(text);
          const streamed = (await collect(lintStream(linter, reads(text, lengths), { size }))).flat();
          expect(streamed).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("places a finding of a later piece at its line and offset in the whole file", async () => {
    const text = "Visit completed.\n\nAll well.\r\n\r\nThe parents have a volatile relationship.\n";
    const pieces = await collect(lintStream(linter, reads(text, [1]), { size: 1 }));
    expect(pieces.length).toBe(3);
    const found = pieces.flat().find((f) => f.ruleId === "mutualising/volatile-relationship") as Finding;
    expect(found).toMatchObject({ line: 5, column: 20, offset: text.indexOf("volatile") });
    expect(text.slice(found.offset, found.offset + found.length)).toBe(found.excerpt);
  });
});

describe("paragraphChunks", () => {
  it("cuts only after a blank line, never inside a CRLF, and loses nothing (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom("a", " ", ".", "\n", "\r", "\r\n") }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 80 }),
        async (text, lengths, size) => {
          const chunks = await collect(paragraphChunks(reads(text, lengths), { size }));
          expect(chunks.join("")).toBe(text);
          let at = 0;
          for (const chunk of chunks.slice(0, -1)) {
            at += chunk.length;
            expect(chunk).toMatch(/(\r\n|\r(?!\n)|\n)(\r\n|\r|\n)$/);
            expect(chunk).not.toMatch(/[^\r\n]\r\n$/);
            expect(text[at - 1] === "\r" && text[at] === "\n").toBe(false);
          }
        },
      ),
    );
  });

  it("keeps the rest of the text in one piece after an inline directive, which reaches past its paragraph", async () => {
    const text = "One.\n\n<!-- st-lint-disable mutualising -->\n\nA volatile relationship.\n\nTwo.\n\nThree.\n";
    const chunks = await collect(paragraphChunks(reads(text, [3]), { size: 4 }));
    expect(chunks).toEqual(["One.\n\n", text.slice(6)]);
    const streamed = (await collect(lintStream(linter, [text], { size: 4 }))).flat();
    expect(streamed).toEqual(linter.lint(text));
    expect(streamed.some((f) => f.category === "mutualising")).toBe(false);
  });
});
