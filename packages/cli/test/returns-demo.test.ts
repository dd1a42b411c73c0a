import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scratch } from "./scratch.js";

const { dir, st } = scratch("st-returns-demo-");
const report = join(dir, "st-report");

describe("st demo over returns", () => {
  beforeAll(async () => {
    const r = await st(["demo"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(join(report, "index.html"));
  }, 120_000);

  it("writes a return a borough-quarter", () => {
    const returns = readdirSync(join(report, "returns"));
    console.log(returns.length, returns.slice(0, 5));
    const one = JSON.parse(readFileSync(join(report, "returns", returns[0]!), "utf8"));
    console.log(JSON.stringify(one).slice(0, 3000));
  });
});
