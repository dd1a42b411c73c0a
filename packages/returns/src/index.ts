/**
 * The partnership return: one borough's figures for one quarter in a versioned, schema-checked
 * JSON file, aggregates only, small numbers withheld; and the merge of many returns into the
 * partnership's report model.
 * @packageDocumentation
 */
export * from "./build-return.js";
export * from "./check-return.js";
export * from "./figure.js";
export * from "./figure-definitions.js";
export type { SectionFigures } from "./indicator-figures.js";
export * from "./indicator-table-from-returns.js";
export { canonicalJson, returnChecksum, sha256Hex } from "./integrity.js";
export * from "./json-schema.js";
export * from "./merge-returns.js";
export * from "./partnership-return.js";
export * from "./suppression.js";
export * from "./tidy-export.js";
