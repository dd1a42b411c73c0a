/**
 * Find mutualising, victim-blaming, minimising and perpetrator-hiding language in case notes,
 * explain it, and suggest better wording.
 * @packageDocumentation
 */
export {
  type AllowedPhrase,
  type DeclaredRoles,
  type LintConfig,
  type LintTerminology,
  lintConfigJsonSchema,
  lintConfigSchema,
  type People,
  parseLintConfig,
  safeParseLintConfig,
  type Terminology,
} from "./config.js";
export {
  type Category,
  categories,
  type Finding,
  type Fix,
  type Quotation,
  type Severity,
  severities,
  severityRank,
} from "./finding.js";
export { inflect, normaliseWord, wordClasses } from "./lexicon.js";
export { createLinter, type Linter, lint, safeCreateLinter } from "./lint.js";
export { type ChunkOptions, lintStream, paragraphChunks } from "./lint-stream.js";
export { PatternError, type PatternNode, parsePattern } from "./pattern.js";
export {
  type EditorDiagnostic,
  escapeHtml,
  excerptInContext,
  formatText,
  type LintedFile,
  markFindings,
  type SarifOptions,
  toDiagnostic,
  toSarif,
} from "./report.js";
export {
  type LintReport,
  type LintReportFile,
  lintReportJsonSchema,
  lintReportSchema,
  parseLintReport,
  type ReportedFinding,
  reportedFindingSchema,
  safeParseLintReport,
} from "./report-schema.js";
export type { RoleAssignment } from "./roles.js";
export {
  type NoteRole,
  noteRoles,
  type Profile,
  parseRules,
  profiles,
  type Role,
  type Rule,
  type RulePack,
  roles,
  ruleJsonSchema,
  ruleSchema,
  type SafeResult,
  safeParseRules,
} from "./rule.js";
export { defaultRulePack, defaultRules } from "./rules/index.js";
export { citeSources, type Source, sources } from "./sources.js";
export { countWords, type LintSummary, type Rate, summarise, summariseFindings } from "./summarise.js";
