import {
  PATTERN_MAP_SCHEMA_VERSION,
  parsePatternMap,
  patternMapRecord,
  safeParsePatternMap,
  writePatternMap,
} from "@st/pattern-map";
import { demoPatternMap } from "@st/pattern-map/demo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { patternMap } from "./arbitraries.js";

describe("the pattern map record", () => {
  it("writes and reads back every valid map", () => {
    fc.assert(
      fc.property(patternMap, (map) => {
        const stored = writePatternMap(map);
        expect(stored.schemaVersion).toBe(PATTERN_MAP_SCHEMA_VERSION);
        expect(parsePatternMap(JSON.parse(JSON.stringify(stored)))).toEqual(map);
      }),
      { numRuns: 200 },
    );
  });

  it("reads the lists as empty when left out", () => {
    expect(parsePatternMap({ schemaVersion: 1, caseRef: "PM-1" })).toEqual({
      caseRef: "PM-1",
      behaviours: [],
      impacts: [],
      protectiveEfforts: [],
      engagement: [],
    });
  });

  it("names every problem by its field's label: repeated ids, unknown behaviours, dates out of order", () => {
    const map = demoPatternMap();
    const result = safeParsePatternMap({
      schemaVersion: 1,
      ...map,
      behaviours: [{ ...map.behaviours[0]!, to: "2020-01-01" }, ...map.behaviours.slice(1)],
      impacts: [
        { ...map.impacts[0]!, behaviours: ["B9"] },
        { ...map.impacts[1]!, id: "B2" },
      ],
      engagement: [{ ...map.engagement[0]!, kind: "chat" }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.field, p.code])).toEqual([
      ["engagement.0.kind", "Kind of engagement", "invalid_value"],
      ["impacts.1.id", "Impact id", "duplicate_id"],
      ["impacts.0.behaviours", "Behaviours causing it", "unknown_behaviour"],
      ["behaviours.0.to", "To", "date_order"],
    ]);
    expect(result.problems.find((p) => p.code === "unknown_behaviour")?.message).toBe(
      "points at behaviour B9, which the map does not hold",
    );
  });

  it("refuses unknown fields, blank text and a missing version", () => {
    expect(safeParsePatternMap({ caseRef: "PM-1" })).toMatchObject({
      ok: false,
      problems: [{ path: "schemaVersion" }],
    });
    const result = safeParsePatternMap({ schemaVersion: 1, caseRef: "  ", riskScore: 7 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path).sort()).toEqual(["caseRef", "riskScore"]);
  });

  it("has a JSON Schema for tools not written in TypeScript", () => {
    const schema = patternMapRecord.jsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(["schemaVersion", "caseRef"]));
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["behaviours", "impacts", "protectiveEfforts", "engagement"]),
    );
  });

  it("never throws on untrusted input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(() => safeParsePatternMap(input)).not.toThrow();
        expect(() => safeParsePatternMap({ schemaVersion: 1, caseRef: "X", behaviours: input })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
