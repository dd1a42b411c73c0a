/**
 * Declared mappings between a case-management system's flat form exports and the partnership's
 * records: a borough's question ids, answer codes, dates and blanks mapped onto complaint and checklist
 * records, validated by their own packages, with problems told against the borough's own ids, and back.
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
