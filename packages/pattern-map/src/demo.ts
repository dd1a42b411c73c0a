/**
 * Demo data: one synthetic pattern map, for `st demo`, examples and tests. Every person, case and
 * event in it is invented. Kept out of the main entry so an application holding real maps does
 * not ship it.
 * @module
 */
import { type PatternMap, parsePatternMap } from "./pattern-map.js";

/**
 * A synthetic pattern map for one invented case (`PM-DEMO-1`): the {perpetrator}'s behaviours over
 * two years with their sources, the impact on two children by several pathways each, the
 * {nonAbusiveParent}'s protective efforts, and three engagements with the {perpetrator}. Every
 * call returns a new object, read through {@link parsePatternMap}.
 *
 * @example
 * ```ts
 * import { patternMapMarkdown } from "@st/pattern-map";
 * import { demoPatternMap } from "@st/pattern-map/demo";
 * const page = patternMapMarkdown(demoPatternMap());
 * ```
 */
export function demoPatternMap(): PatternMap {
  return parsePatternMap({
    schemaVersion: 1,
    caseRef: "PM-DEMO-1",
    mappedOn: "2025-11-14",
    behaviours: [
      {
        id: "B1",
        description: "Took the mother's phone and bank card and checked her messages every evening.",
        kinds: ["monitoring", "economic-abuse"],
        from: "2023-09-01",
        to: "2025-06-30",
        source: "victim-survivor",
        sourceDetail: "home visit 2025-07-08",
      },
      {
        id: "B2",
        description: "Pushed the mother against the kitchen door while holding Child B; the police were called.",
        kinds: ["physical-violence", "harm-to-child"],
        from: "2025-06-28",
        source: "police",
        sourceDetail: "police notification 2025-06-29",
      },
      {
        id: "B3",
        description: "Told Child A that the mother would be 'sent away' if Child A spoke to the school.",
        kinds: ["using-children", "threats"],
        from: "2025-05-01",
        source: "child",
        sourceDetail: "Child A, in school with the social worker",
      },
      {
        id: "B4",
        description: "Called the mother 'useless' in front of the children and overruled her bedtimes and meals.",
        kinds: ["emotional-abuse", "undermining-parenting"],
        from: "2024-01-01",
        to: "2025-06-30",
        source: "victim-survivor",
      },
      {
        id: "B5",
        description: "A non-molestation order was made against him by a former partner.",
        kinds: ["threats"],
        from: "2019-03-12",
        source: "court",
        earlierRelationship: "yes",
      },
    ],
    impacts: [
      {
        id: "I1",
        child: "Child A (7)",
        pathway: "emotional-wellbeing",
        description: "Stopped speaking in class after the threat; the school reports wetting and not eating lunch.",
        behaviours: ["B3"],
        source: "school",
      },
      {
        id: "I2",
        child: "Child A (7)",
        pathway: "relationship-undermined",
        description: "Has started repeating that the mother is 'useless' and refusing her at bedtime.",
        behaviours: ["B4"],
        source: "victim-survivor",
      },
      {
        id: "I3",
        child: "Child B (2)",
        pathway: "physical-harm",
        description: "Was in the mother's arms when she was pushed against the door.",
        behaviours: ["B2"],
        source: "police",
      },
      {
        id: "I4",
        child: "Child B (2)",
        pathway: "family-functioning",
        description: "Missed two health visitor checks when the mother had no money for the bus.",
        behaviours: ["B1"],
        source: "health",
      },
    ],
    protectiveEfforts: [
      {
        id: "P1",
        description: "Kept the children's routines going and took Child A to school every day.",
        source: "school",
        constrainedBy: "He controlled the money, so she walked both children to school.",
      },
      {
        id: "P2",
        description: "Called the police on 28 June and took the children to her sister's that night.",
        date: "2025-06-28",
        source: "police",
      },
      {
        id: "P3",
        description: "Asked the health visitor for a new appointment and for help with bus fares.",
        date: "2025-07-15",
        source: "health",
      },
    ],
    engagement: [
      {
        id: "E1",
        date: "2025-07-10",
        kind: "conversation",
        description: "Seen at the office: the pushing and its effect on Child B named; he said it was 'a row'.",
        response: "partly",
      },
      {
        id: "E2",
        date: "2025-07-10",
        kind: "invitation-to-change",
        description: "Invited to a behaviour change programme and to talk about the children's fear of him.",
        response: "pending",
      },
      {
        id: "E3",
        date: "2025-08-01",
        kind: "expectations-set",
        description:
          "Child in need plan: no checking of phones or bank cards; money for the children's travel each week.",
        response: "declined",
      },
    ],
  });
}
