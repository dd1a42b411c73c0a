import { PATTERN_MAP_TOOL_ID } from "@st/pattern-map";
import { defaultChecklist, practiceTools } from "@st/practice-checklist";
import { expect, it } from "vitest";

// @st/practice-checklist names the tool by id without importing @st/pattern-map; @st/cli depends on
// both, so the check that the two ids agree lives here.
it("checklist items point at the pattern map by the id @st/pattern-map gives itself", () => {
  expect(practiceTools).toContain(PATTERN_MAP_TOOL_ID);
  const pointing = defaultChecklist.items.filter((item) => item.tools?.includes(PATTERN_MAP_TOOL_ID));
  expect(pointing.map((item) => item.id)).toEqual(
    expect.arrayContaining([
      "pattern-beyond-incident",
      "impact-on-each-child",
      "full-spectrum-of-efforts",
      "invitation-to-change",
    ]),
  );
});
