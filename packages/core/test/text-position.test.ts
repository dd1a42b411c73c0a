import { lineColumns } from "@st/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("lineColumns", () => {
  it("counts LF, CRLF and a lone CR as one line ending each", () => {
    const at = lineColumns("a\nb\r\nc\rd");
    expect([0, 2, 5, 7].map(at)).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
    expect(at(3)).toEqual({ line: 2, column: 2 }); // the CR of a CRLF still belongs to its line
  });

  it("agrees with counting line endings by hand, for any text and offset", () => {
    const text = fc.array(fc.constantFrom("a", " ", "\n", "\r", "\r\n", "é"), { maxLength: 40 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, fc.nat(), (t, n) => {
        const offset = n % (t.length + 1);
        const before = t.slice(0, offset);
        // A CR followed by LF ends one line; `before` may cut a CRLF after its CR, which has not ended yet.
        const endings = [...before.matchAll(/\r\n|\r(?!\n)|\n/g)].filter(
          (m) => !(m[0] === "\r" && m.index === before.length - 1 && t[offset] === "\n"),
        );
        const last = endings.at(-1);
        const lineStart = last === undefined ? 0 : (last.index ?? 0) + last[0].length;
        expect(lineColumns(t)(offset)).toEqual({ line: endings.length + 1, column: offset - lineStart + 1 });
      }),
    );
  });
});
