/**
 * The Safe & Together practice model's vocabulary: its principles and critical components, the roles
 * of the people in a case, and terminology profiles (how a borough names the non-abusive parent and
 * the person who uses harm).
 * @packageDocumentation
 */

export {
  type CriticalComponent,
  type CriticalComponentId,
  criticalComponentIdSchema,
  criticalComponentIds,
  criticalComponents,
  findCriticalComponent,
  findPrinciple,
  type Principle,
  type PrincipleId,
  PUBLISHED_PRINCIPLES_SOURCE,
  principleIdSchema,
  principleIds,
  principles,
} from "./principles.js";
export { findRole, type Role, type RoleId, roleIdSchema, roleIds, roles } from "./roles.js";
export {
  type BuiltInTerminologyId,
  builtInTerminologies,
  builtInTerminologyIds,
  defaultTerminology,
  defineTerminology,
  labelTemplateProblems,
  labelTemplateSchema,
  labelTemplateTerms,
  nonOffendingParentTerminology,
  personWhoUsesHarmTerminology,
  renderLabel,
  type TermForms,
  type TerminologyDefinition,
  type TerminologyInput,
  type TerminologyProfile,
  type TermKey,
  type TermOptions,
  term,
  termFormsSchema,
  terminologyDefinitionSchema,
  termKeys,
  thoseWhoHarmTerminology,
} from "./terminology.js";
