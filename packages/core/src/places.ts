/**
 * Where: London's local authorities (GSS codes, the partnership boroughs) and each borough's stage of
 * implementing Safe & Together.
 * @packageDocumentation
 */

export {
  groupByImplementationStage,
  IMPLEMENTATION_STAGES_SOURCE,
  type ImplementationStage,
  type ImplementationStageId,
  implementationStageIds,
  implementationStageOf,
  implementationStages,
} from "./implementation-stages.js";
export {
  findLocalAuthority,
  type GssCode,
  getLocalAuthority,
  getLondonLocalAuthority,
  isGssCode,
  type LocalAuthority,
  type LocalAuthorityType,
  type LondonLocalAuthority,
  localAuthorityCodeSchema,
  londonLocalAuthorities,
  type OtherLocalAuthority,
  type PartnershipBorough,
  partnershipBoroughs,
  withBoroughCode,
} from "./local-authorities.js";
