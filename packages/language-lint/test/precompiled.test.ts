import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { createLinter, defaultRules, lint } from "@st/language-lint";
import { afterAll, expect, it } from "vitest";
import { usePrecompiledPatterns } from "../src/lint.js";
import { decodePatterns, encodePatterns, parsePatterns, rulePatternSources } from "../src/pattern-codec.js";
import { PACK_PATTERNS } from "../src/rules/compiled.js";

// The Node entry point hands `createLinter` the default pack's patterns as parsed at build time
// (src/rules/compiled.ts, written by scripts/precompile.mjs). They must be exactly what the parser
// builds from the rules as they are now, or the linter would run stale patterns.
const sources = rulePatternSources(defaultRules);
const HOW = "run `node scripts/precompile.mjs` in packages/language-lint (npm run build does it)";

it("the precompiled patterns are what the parser builds from the default rules", () => {
  expect(PACK_PATTERNS, `src/rules/compiled.ts is out of date: ${HOW}`).toEqual(encodePatterns(parsePatterns(sources)));
  const decoded = decodePatterns(PACK_PATTERNS, sources);
  const parsed = parsePatterns(sources);
  expect(decoded.size).toBe(sources.length);
  for (const [i, source] of sources.entries()) expect(decoded.get(source), source).toEqual(parsed[i]);
});

it("the generated file is the one the build writes", () => {
  const check = spawnSync(process.execPath, [join(import.meta.dirname, "../scripts/precompile.mjs"), "--check"], {
    encoding: "utf8",
  });
  expect(check.stderr, HOW).toBe("");
  expect(check.status).toBe(0);
});

afterAll(() => usePrecompiledPatterns(undefined));

it("a linter built from the precompiled patterns finds what one built by parsing finds", () => {
  const text = defaultRules.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]).join("\n\n");
  const options = [{}, { positives: true, profile: "family-letter" as const }];
  const parsedFindings = options.map((o) => createLinter(o).lint(text));
  usePrecompiledPatterns(PACK_PATTERNS);
  expect(options.map((o) => createLinter(o).lint(text))).toEqual(parsedFindings);
  expect(lint("The couple have a volatile relationship.").length).toBeGreaterThan(0);
});
