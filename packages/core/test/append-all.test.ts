import { appendAll } from "@st/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("appendAll", () => {
  it("appends a list far longer than the engine's argument limit", () => {
    const target = [0];
    const items = Array.from({ length: 1_000_000 }, (_, i) => i + 1);
    expect(() => target.push(...items)).toThrow(RangeError);
    target.length = 1;
    expect(appendAll(target, items)).toBe(target);
    expect(target.length).toBe(1_000_001);
    expect(target[1_000_000]).toBe(1_000_000);
  });

  it("gives what concat gives, for any lists", () => {
    fc.assert(
      fc.property(fc.array(fc.anything()), fc.array(fc.anything()), (a, b) => {
        expect(appendAll([...a], b)).toEqual(a.concat(b));
      }),
    );
  });
});
