/**
 * @packageDocumentation
 */

export { type PatternMapsRead, patternMapForm, patternMapRows, patternMapsFromRows } from "./form.js";
export {
  type Behaviour,
  behaviourSchema,
  type Engagement,
  engagementSchema,
  type Impact,
  impactSchema,
  MAX_TEXT_LENGTH,
  PATTERN_MAP_SCHEMA_VERSION,
  type PatternMap,
  type PatternMapInput,
  type ProtectiveEffort,
  parsePatternMap,
  patternMapRecord,
  patternMapSchema,
  protectiveEffortSchema,
  safeParsePatternMap,
  writePatternMap,
} from "./pattern-map.js";
export { patternMapHtml, patternMapMarkdown, patternMapPage, type RenderPatternMapOptions } from "./render.js";
export {
  BEHAVIOUR_KINDS,
  ENGAGEMENT_KINDS,
  ENGAGEMENT_RESPONSES,
  ENTRY_KINDS,
  IMPACT_PATHWAYS,
  PATTERN_MAP_TOOL_ID,
  SOURCES,
  valuesOf,
} from "./vocabulary.js";
