import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultRulePack } from "@st/language-lint";
import { expect, it } from "vitest";

// Counts made under two rule packs must never be compared silently: learning-review evidence and
// partnership returns carry the pack's id and version. So any change to the default rules must
// come with a new `defaultRulePack.version`; this lock records which rules a version means.
const LOCK = join(import.meta.dirname, "rule-pack.lock.json");
const UPDATE = "npm run rule-pack:lock in packages/language-lint";

/**
 * The rules as canonical JSON: object keys sorted, so that moving a field within a rule's source
 * is no change, while rule order (which is the order of findings) and every value count.
 * Patterns are strings and rules are plain data; anything else (a function, a RegExp) has no
 * stable text to fingerprint, so it fails here rather than give a fingerprint that drifts.
 */
function canonical(value: unknown, at: string): string {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item, i) => canonical(item ?? null, `${at}[${i}]`)).join(",")}]`;
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v, `${at}.${k}`)}`).join(",")}}`;
  }
  throw new Error(`${at} is not plain data (${typeof value}): the rule pack fingerprint cannot cover it`);
}

/** A fingerprint of everything a rule does: patterns, conditions, wording, examples, versions. */
function fingerprint(): string {
  return createHash("sha256").update(canonical(defaultRulePack.rules, "rules")).digest("hex");
}

interface Lock {
  id: string;
  version: string;
  rules: number;
  sha256: string;
}

it("changes to the default rules come with a new rule pack version", () => {
  const now: Lock = {
    id: defaultRulePack.id,
    version: defaultRulePack.version,
    rules: defaultRulePack.rules.length,
    sha256: fingerprint(),
  };
  const locked = JSON.parse(readFileSync(LOCK, "utf8")) as Lock;
  // Checked before any update, so that refreshing the lock cannot record new rules under an old version.
  if (locked.sha256 !== now.sha256 && locked.version === now.version)
    throw new Error(
      `the default rule pack changed but its version is still ${now.version}: bump defaultRulePack.version in src/rules/index.ts (CONTRIBUTING.md, "Add a lint rule", step 5), then update the fingerprint with \`${UPDATE}\``,
    );
  if (process.env.ST_UPDATE_GENERATED === "1") {
    writeFileSync(LOCK, `${JSON.stringify(now, null, 2)}\n`);
    return;
  }
  expect(now, `the rule pack version or id changed: record it in test/rule-pack.lock.json with \`${UPDATE}\``).toEqual(
    locked,
  );
});
