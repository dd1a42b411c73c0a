/**
 * The Safe & Together practice checklist for audit, supervision and CP chairs: the partnership's
 * default as data, borough definitions loaded and checked, completed checklists scored and
 * summarised, prompts for supervision and conferences, and printable checklists.
 * @packageDocumentation
 */
export * from "./answer-scale.js";
export type { DataFormat } from "./data-text.js";
export * from "./default-checklist.js";
export * from "./definition.js";
export * from "./parse-definition.js";
export type { Result } from "./problems.js";
export * from "./vocabulary.js";
