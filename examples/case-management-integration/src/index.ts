/**
 * A worked integration: a borough's form exports mapped to complaint and checklist records through
 * a declared mapping, validated, with problems told against the borough's own ids, and back.
 * @packageDocumentation
 */
export * from "./export.js";
export * from "./import.js";
export * from "./mapping.js";
export * from "./mapping-check.js";
export { checklistMapping } from "./mappings/checklist-mapping.js";
export { complaintMapping } from "./mappings/complaint-mapping.js";
export * from "./problems.js";
export * from "./read-export.js";
export * from "./targets.js";
