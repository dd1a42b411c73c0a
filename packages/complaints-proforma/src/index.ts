/**
 * @packageDocumentation
 */

export * from "./adapt.js";
export * from "./data-dictionary.js";
export * from "./detect.js";
export * from "./detector-rules.js";
export * from "./json-schema.js";
export * from "./proforma.js";
export * from "./record.js";
export * from "./rules.js";
export * from "./summary.js";
export * from "./summary-schema.js";
export * from "./timescales.js";
