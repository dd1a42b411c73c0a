import { describe, expect, it } from "vitest";
import { isModuleNotFound } from "../src/vega-peer.js";

describe("vega as an optional peer", () => {
  it("recognises a module that is not installed, from Node or a bundler", () => {
    expect(
      isModuleNotFound(Object.assign(new Error("Cannot find package 'vega'"), { code: "ERR_MODULE_NOT_FOUND" })),
    ).toBe(true);
    expect(isModuleNotFound(Object.assign(new Error("x"), { code: "MODULE_NOT_FOUND" }))).toBe(true);
    expect(isModuleNotFound(new Error('Failed to resolve module specifier "vega"'))).toBe(true);
  });

  it("leaves every other failure as it is", () => {
    expect(isModuleNotFound(new Error("vega-lite: unsupported mark"))).toBe(false);
    expect(isModuleNotFound(new TypeError("x is not a function"))).toBe(false);
    expect(isModuleNotFound(null)).toBe(false);
    expect(isModuleNotFound("Cannot find module")).toBe(false);
  });
});
