import { isStValidationError } from "@st/core";
import { formatShare, SMALL_SAMPLE } from "@st/core/report";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("formatShare", () => {
  it("gives the count and what it is out of, with a percentage only from a total of ten", () => {
    expect(formatShare({ count: 3, total: 5 })).toBe("3 of 5");
    expect(formatShare({ count: 9, total: 9 })).toBe("9 of 9");
    expect(formatShare({ count: 12, total: 20 })).toBe("12 of 20 (60%)");
    expect(formatShare({ count: 7, total: 30 })).toBe("7 of 30 (23.3%)");
    expect(formatShare({ count: 0, total: 10 })).toBe("0 of 10 (0%)");
    expect(formatShare({ count: 0, total: 0 })).toBe("0 of 0");
    expect(SMALL_SAMPLE).toBe(10);
  });

  it("lets a report choose where percentages start, and ignores a percentage worked out elsewhere", () => {
    expect(formatShare({ count: 3, total: 5 }, { percentFrom: 1 })).toBe("3 of 5 (60%)");
    expect(formatShare({ count: 12, total: 20 }, { percentFrom: 50 })).toBe("12 of 20");
    expect(formatShare({ count: 0, total: 0 }, { percentFrom: 0 })).toBe("0 of 0");
    expect(formatShare({ count: 1, total: 3, percent: 99 }, { percentFrom: 1 })).toBe("1 of 3 (33.3%)");
  });

  it("always reads as counts, never a bare, infinite or NaN percentage", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), fc.option(fc.nat(50), { nil: undefined }), (a, b, from) => {
        const [count, total] = a <= b ? [a, b] : [b, a];
        const text = formatShare({ count, total }, { percentFrom: from });
        expect(text.startsWith(`${count} of ${total}`)).toBe(true);
        expect(text).not.toMatch(/NaN|Infinity/);
        const percent = /\((\d+(?:\.\d)?)%\)$/.exec(text)?.[1];
        expect(percent !== undefined).toBe(total > 0 && total >= (from ?? SMALL_SAMPLE));
        if (percent !== undefined)
          expect(Math.abs(Number(percent) - (100 * count) / total)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });

  it("refuses what is not a share, naming the field", () => {
    for (const bad of [null, "3 of 5", { count: "3", total: 5 }, { count: 3 }]) {
      let error: unknown;
      try {
        formatShare(bad as never);
      } catch (e) {
        error = e;
      }
      expect(isStValidationError(error)).toBe(true);
      expect(String((error as Error).message)).toMatch(/formatShare/);
    }
  });
});
