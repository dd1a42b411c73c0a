import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultRulePack } from "@st/language-lint";
import { expect, it } from "vitest";

// Counts made under two rule packs must never be compared silently: learning-review evidence and
// partnership returns carry the pack's id and version. So any change to the default rules must
// come with a new `defaultRulePack.version`; this lock records which rules a version means.
const LOCK = join(import.meta.dirname, "rule-pack.lock.json");
const HOW = "ST_UPDATE_GENERATED=1 npx vitest run test/rule-pack-version.test.ts in packages/language-lint";

/** A fingerprint of everything a rule does: patterns (as source), conditions, wording, versions. */
function fingerprint(): string {
  const text = JSON.stringify(defaultRulePack.rules, (_key, value: unknown) =>
    value instanceof RegExp ? `/${value.source}/${value.flags}` : typeof value === "function" ? String(value) : value,
  );
  return createHash("sha256").update(text).digest("hex");
}

it("changes to the default rules come with a new rule pack version", () => {
  const now = { version: defaultRulePack.version, rules: defaultRulePack.rules.length, sha256: fingerprint() };
  if (process.env.ST_UPDATE_GENERATED === "1") writeFileSync(LOCK, `${JSON.stringify(now, null, 2)}\n`);
  const locked = JSON.parse(readFileSync(LOCK, "utf8")) as typeof now;
  if (locked.sha256 !== now.sha256 && locked.version === now.version)
    throw new Error(
      `the default rules changed but defaultRulePack.version is still ${now.version}: bump it in src/rules/index.ts (CONTRIBUTING.md, "Add a lint rule"), then ${HOW}`,
    );
  expect(now, `the pack version changed: record it with ${HOW}`).toEqual(locked);
});
